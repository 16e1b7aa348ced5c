import type { B24Error } from './errors.js';
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
export declare function resolveRetryOptions(retries: number | RetryOptions | undefined): ResolvedRetryOptions;
/** Exponential backoff with "equal jitter": half the delay fixed, half random, so retries of
 *  concurrent calls spread out but never collapse to zero. `attempt` counts from 0. */
export declare function backoffDelay(attempt: number, options: ResolvedRetryOptions): number;
/**
 * Is a retry of this call safe and worth trying? Yes when the request surely did not run (a limit
 * refused it, or no connection opened); for idempotent calls also after failures that leave it
 * open whether it ran (timeouts, dropped connections, 5xx, a 200 with a broken body). OVERLOAD_LIMIT
 * (a manual block) did not run either, but retrying will not help.
 */
export declare function isRetryable(error: B24Error, idempotent: boolean): boolean;
/**
 * A conservative guess that `method` only reads (so a retry after a timeout cannot duplicate a
 * write): its last name segment is a reading verb, or starts with get/list (`getlist`, `listall`).
 */
export declare function isReadMethod(method: string): boolean;
