import { B24Error, ClientErrorCode, OPERATION_TIME_LIMIT, QUERY_LIMIT_EXCEEDED } from './errors.js';

export interface RetryOptions {
  /** Retries after the first attempt (default 3). */
  readonly maxRetries?: number;
  /** First backoff delay (default 500 ms); doubles each retry. */
  readonly baseDelayMs?: number;
  /** Ceiling of one backoff delay (default 30 s). */
  readonly maxDelayMs?: number;
  /** Longest wait the runtime accepts for a portal-imposed pause such as OPERATION_TIME_LIMIT
   *  (default 60 s); longer ones fail at once with `retryAfterMs` set. */
  readonly maxWaitMs?: number;
  /** Source of randomness for jitter, in [0, 1) (tests pass a constant). */
  readonly random?: () => number;
}

export interface ResolvedRetryOptions {
  readonly maxRetries: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  readonly maxWaitMs: number;
  readonly random: () => number;
}

export function resolveRetryOptions(retries: number | RetryOptions | undefined): ResolvedRetryOptions {
  const o: RetryOptions = typeof retries === 'number' ? { maxRetries: retries } : (retries ?? {});
  return {
    maxRetries: Math.max(0, Math.floor(o.maxRetries ?? 3)),
    baseDelayMs: o.baseDelayMs ?? 500,
    maxDelayMs: o.maxDelayMs ?? 30_000,
    maxWaitMs: o.maxWaitMs ?? 60_000,
    random: o.random ?? Math.random,
  };
}

/** Exponential backoff with "equal jitter": half the delay fixed, half random, so retries of
 *  concurrent calls spread out but never collapse to zero. `attempt` counts from 0. */
export function backoffDelay(attempt: number, options: ResolvedRetryOptions): number {
  const exp = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** attempt);
  return Math.round(exp / 2 + (exp / 2) * options.random());
}

/** Whether the request behind this error surely did not run on the portal. */
export function surelyNotRun(error: B24Error): boolean {
  return (
    error.code === QUERY_LIMIT_EXCEEDED ||
    error.code === OPERATION_TIME_LIMIT ||
    error.code === ClientErrorCode.CONNECTION_REFUSED ||
    error.code === 'OVERLOAD_LIMIT' // manual block: not run, but retrying will not help either
  );
}

/** Failures after which the call may or may not have run: retried only for idempotent calls. */
export function maybeRun(error: B24Error): boolean {
  if (error.code === ClientErrorCode.TIMEOUT || error.code === ClientErrorCode.CONNECTION_LOST) return true;
  if (error.code === 'INTERNAL_SERVER_ERROR' || error.code === 'ERROR_UNEXPECTED_ANSWER') return true;
  if (error.code === ClientErrorCode.HTTP_ERROR || error.code === ClientErrorCode.INVALID_RESPONSE) {
    return error.status === 0 || error.status >= 500 || error.status === 200;
  }
  return false;
}

/** Is a retry of this call safe and worth trying? */
export function isRetryable(error: B24Error, idempotent: boolean): boolean {
  if (error.code === 'OVERLOAD_LIMIT') return false;
  if (surelyNotRun(error)) return true;
  return idempotent && maybeRun(error);
}

// Last name segments of methods that only read; such calls are idempotent unless the caller says no.
const READ_VERBS: ReadonlySet<string> = new Set([
  'get', 'list', 'fields', 'search', 'current', 'info', 'count', 'tail', 'version', 'scope', 'methods',
]);

/** A conservative guess that `method` only reads (so a retry after a timeout cannot duplicate a write). */
export function isReadMethod(method: string): boolean {
  const lower = method.toLowerCase();
  const last = lower.slice(lower.lastIndexOf('.') + 1);
  if (READ_VERBS.has(last)) return true;
  return /^(get|list)[a-z]*$/.test(last);
}
