import { scalarText } from './values.js';

/** Remembers every secret the client has used and scrubs them out of text meant for errors. */
export interface Redactor {
  add(secret: string | undefined): void;
  redact(text: string): string;
  /** A plain, secret-free copy of a thrown value, fit to keep as `B24Error.cause`. */
  sanitizeCause(cause: unknown): SanitizedCause | undefined;
}

export interface SanitizedCause {
  readonly name: string;
  readonly message: string;
  readonly code?: string;
  readonly cause?: SanitizedCause;
}

export const REDACTED: string = '[REDACTED]';

// Short values would match innocent text; real webhook codes and tokens are far longer.
const MIN_SECRET_LENGTH = 6;

export function createRedactor(): Redactor {
  const secrets = new Set<string>();
  const redactor: Redactor = {
    add(secret) {
      if (secret === undefined || secret.length < MIN_SECRET_LENGTH) return;
      secrets.add(secret);
      secrets.add(encodeURIComponent(secret));
    },
    // Longest first, so a secret that contains another is removed whole.
    redact: (text) => [...secrets].sort((a, b) => b.length - a.length).reduce((out, s) => out.split(s).join(REDACTED), text),
    sanitizeCause: (cause) => sanitize(cause, redactor, 0),
  };
  return redactor;
}

function sanitize(cause: unknown, redactor: Redactor, depth: number): SanitizedCause | undefined {
  if (cause === undefined || cause === null || depth > 3) return undefined;
  // A thrown string (or number…) becomes the message of a cause named after its type.
  const c = (typeof cause === 'object' ? cause : { name: typeof cause, message: String(cause) }) as { name?: unknown; message?: unknown; code?: unknown; cause?: unknown };
  const code = scalarText(c.code);
  const inner = sanitize(c.cause, redactor, depth + 1);
  return {
    name: scalarText(c.name) || 'Error',
    message: redactor.redact(scalarText(c.message)),
    ...(code !== '' && { code: redactor.redact(code) }),
    ...(inner !== undefined && { cause: inner }),
  };
}
