/** Codes the runtime itself produces (failures that never reached or never came back from Bitrix24). */
export const ClientErrorCode = {
  /** The connection could not be opened: the request surely did not reach the portal. */
  CONNECTION_REFUSED: 'CONNECTION_REFUSED',
  /** The connection broke after the request may have been sent. */
  CONNECTION_LOST: 'CONNECTION_LOST',
  TIMEOUT: 'TIMEOUT',
  ABORTED: 'ABORTED',
  /** A body that is not the JSON envelope Bitrix24 answers with (HTML error page, truncated JSON…). */
  INVALID_RESPONSE: 'INVALID_RESPONSE',
  /** A non-2xx HTTP status without a Bitrix24 error body. */
  HTTP_ERROR: 'HTTP_ERROR',
  INVALID_ARGUMENT: 'INVALID_ARGUMENT',
  /** A list walk whose cursor stopped moving (the same page would be fetched forever). */
  STALLED_CURSOR: 'STALLED_CURSOR',
  /** A batch command that was not run because an earlier command failed with `halt`. */
  BATCH_NOT_EXECUTED: 'BATCH_NOT_EXECUTED',
  /** Refreshed OAuth tokens could not be stored by `onTokens`. */
  TOKEN_STORE_FAILED: 'TOKEN_STORE_FAILED',
} as const;
export type ClientErrorCode = (typeof ClientErrorCode)[keyof typeof ClientErrorCode];

/** System codes the runtime acts on (the full documented list is generated into the package). */
export const QUERY_LIMIT_EXCEEDED = 'QUERY_LIMIT_EXCEEDED';
export const OPERATION_TIME_LIMIT = 'OPERATION_TIME_LIMIT';
export const EXPIRED_TOKEN = 'expired_token';

export interface B24ErrorInit {
  readonly code: string;
  readonly description: string;
  readonly status: number;
  readonly method: string;
  readonly retryable?: boolean;
  /** Validation details of a REST 3.0 error, when given. */
  readonly validation?: ReadonlyArray<{ readonly message?: string; readonly field?: string }>;
  /** How long the portal asked to wait before a retry, when known. */
  readonly retryAfterMs?: number;
  readonly cause?: unknown;
}

/**
 * Every failure of a call. `retryable` is true when repeating the same call is both safe (it surely
 * did not run, or it is idempotent) and may succeed. Messages and `cause` never hold secrets:
 * everything is passed through the client's redactor before it gets here.
 */
export class B24Error extends Error {
  // Declared, not initialised: the fields come from `init` in one assignment, which keeps the
  // class small in a one-method bundle.
  declare readonly name: 'B24Error';
  declare readonly code: string;
  declare readonly description: string;
  declare readonly status: number;
  declare readonly method: string;
  declare readonly retryable: boolean;
  declare readonly validation?: ReadonlyArray<{ readonly message?: string; readonly field?: string }>;
  declare readonly retryAfterMs?: number;
  declare readonly cause?: unknown;

  constructor(init: B24ErrorInit) {
    super(formatMessage(init));
    // Own enumerable fields (`cause` too), so that JSON.stringify(err) shows what went wrong.
    Object.assign(this, init, { retryable: init.retryable === true });
  }

  /** A copy with other fields (used to re-label an error for a batch command or after a retry decision). */
  with(changes: Partial<B24ErrorInit>): B24Error {
    return new B24Error({ ...(this as B24ErrorInit), ...changes });
  }

  /** The own enumerable fields are exactly the init fields (`name` sits on the prototype). */
  toInit(): B24ErrorInit {
    return { ...(this as B24ErrorInit) };
  }

  toJSON(): Record<string, unknown> {
    return { name: this.name, message: this.message, ...(this as B24ErrorInit) };
  }
}
// On the prototype, not an own field: `toInit` then holds exactly the init fields.
(B24Error.prototype as { name: string }).name = 'B24Error';

/** A failure the runtime itself detected (status 0): a short way to build the common case. */
export function clientError(code: ClientErrorCode, description: string, method = '', more?: Partial<B24ErrorInit>): B24Error {
  return new B24Error({ code, description, status: 0, method, ...more });
}

function formatMessage({ method, code, description, status }: B24ErrorInit): string {
  return `${method && `${method}: `}${code}${description && ` - ${description}`}${status > 0 ? ` (HTTP ${status})` : ''}`;
}

export function isB24Error(value: unknown): value is B24Error {
  return value instanceof B24Error;
}

/** A documented error of one method, as the wire identifies it. For many methods code is "0" and
 *  only the message tells errors apart. */
export interface ErrorDescriptor {
  readonly code: string;
  readonly message?: string;
}

function normaliseMessage(text: string): string {
  return text.trim().replace(/\s+/g, ' ').replace(/[.!]+$/, '').toLowerCase();
}

/**
 * Narrow an error to a key of a method's error catalog. The code decides when it is unique in the
 * catalog; when several entries share it (code "0", empty code) the message decides, compared
 * without case, surrounding space or a trailing full stop.
 */
export function matchError<K extends string>(
  error: unknown,
  catalog: Readonly<Record<K, ErrorDescriptor>>,
): K | undefined {
  if (!(error instanceof B24Error)) return undefined;
  const keys = Object.keys(catalog) as K[];
  const sameCode = keys.filter((k) => catalog[k].code === error.code);
  if (sameCode.length === 0) return undefined;
  const description = normaliseMessage(error.description);
  const byMessage = sameCode.filter((k) => {
    const message = catalog[k].message;
    return message !== undefined && normaliseMessage(message) === description;
  });
  if (byMessage.length >= 1) return byMessage[0];
  if (sameCode.length === 1) return sameCode[0];
  return undefined;
}
