export function resolveRetryOptions(retries) {
    const o = typeof retries === 'number' ? { maxRetries: retries } : (retries ?? {});
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
export function backoffDelay(attempt, options) {
    const exp = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** attempt);
    return Math.round(exp / 2 + (exp / 2) * options.random());
}
/**
 * Is a retry of this call safe and worth trying? Yes when the request surely did not run (a limit
 * refused it, or no connection opened); for idempotent calls also after failures that leave it
 * open whether it ran (timeouts, dropped connections, 5xx, a 200 with a broken body). OVERLOAD_LIMIT
 * (a manual block) did not run either, but retrying will not help.
 */
export function isRetryable(error, idempotent) {
    const { code, status } = error;
    return (/^(QUERY_LIMIT_EXCEEDED|OPERATION_TIME_LIMIT|CONNECTION_REFUSED)$/.test(code) ||
        (idempotent &&
            (/^(TIMEOUT|CONNECTION_LOST|INTERNAL_SERVER_ERROR|ERROR_UNEXPECTED_ANSWER)$/.test(code) ||
                (/^(HTTP_ERROR|INVALID_RESPONSE)$/.test(code) && (status === 0 || status >= 500 || status === 200)))));
}
/**
 * A conservative guess that `method` only reads (so a retry after a timeout cannot duplicate a
 * write): its last name segment is a reading verb, or starts with get/list (`getlist`, `listall`).
 */
export function isReadMethod(method) {
    return /(^|\.)((get|list)[a-z]*|fields|search|current|info|count|tail|version|scope|methods)$/i.test(method);
}
