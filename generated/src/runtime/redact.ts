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
    redact(text) {
      let out = text;
      // Longest first, so a secret that contains another is removed whole.
      const ordered = [...secrets].sort((a, b) => b.length - a.length);
      for (const s of ordered) out = out.split(s).join(REDACTED);
      return out;
    },
    sanitizeCause(cause) {
      return sanitize(cause, redactor, 0);
    },
  };
  return redactor;
}

function sanitize(cause: unknown, redactor: Redactor, depth: number): SanitizedCause | undefined {
  if (cause === undefined || cause === null || depth > 3) return undefined;
  if (cause instanceof Error || (typeof cause === 'object' && 'message' in cause)) {
    const c = cause as { name?: unknown; message?: unknown; code?: unknown; cause?: unknown };
    const out: { name: string; message: string; code?: string; cause?: SanitizedCause } = {
      name: typeof c.name === 'string' ? c.name : 'Error',
      message: redactor.redact(typeof c.message === 'string' ? c.message : String(c.message)),
    };
    if (typeof c.code === 'string' || typeof c.code === 'number') out.code = redactor.redact(String(c.code));
    const inner = sanitize(c.cause, redactor, depth + 1);
    if (inner !== undefined) out.cause = inner;
    return out;
  }
  return { name: typeof cause, message: redactor.redact(String(cause)) };
}
