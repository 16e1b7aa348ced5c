import { B24Error, clientError } from './errors.js';
import { errorFromThrown, interpretResponse } from './response.js';
import { backoffDelay, isReadMethod, isRetryable } from './retry.js';
export const DEFAULT_TIMEOUT_MS = 65_000;
/** Bases for a transport that authenticates by itself (e.g. the b24jssdk adapter): it only needs the method name. */
const SELF_BASE = 'https://portal.invalid/rest/';
export const SELF_AUTH = { v2Base: SELF_BASE, v3Base: `${SELF_BASE}api/` };
/** The error of a call stopped by its signal (the reason is kept, without secrets). */
export function abortedError(method, signal, redactor) {
    return clientError('ABORTED', 'aborted by its signal', method, { cause: redactor.sanitizeCause(signal?.reason) });
}
export function createEngine(deps) {
    const { transport, auth, redactor, clock, retry, v3Methods } = deps;
    const versionOf = (method, opts) => opts?.apiVersion ?? (v3Methods?.has(method) ? 'v3' : 'v2');
    const attempt = async (req, credentials) => {
        const { method, signal, timeoutMs, idempotencyKey } = req;
        const controller = new AbortController();
        const onAbort = () => controller.abort();
        const timer = setTimeout(onAbort, timeoutMs);
        const ctx = { ...req, redactor };
        try {
            signal?.throwIfAborted();
            signal?.addEventListener('abort', onAbort, { once: true });
            const response = await transport.send({
                url: (req.version === 'v3' ? auth.v3Base : auth.v2Base) + method + (credentials?.query ?? ''),
                method: 'POST',
                headers: {
                    ...deps.headers,
                    'content-type': 'application/json',
                    accept: 'application/json',
                    ...(idempotencyKey !== undefined && { 'idempotency-key': idempotencyKey }),
                },
                body: JSON.stringify((credentials ?? req).params ?? {}),
                signal: controller.signal,
            });
            return interpretResponse(response, ctx);
        }
        catch (e) {
            if (e instanceof B24Error)
                throw e;
            if (signal?.aborted === true)
                throw abortedError(method, signal, redactor);
            // Aborted, but not by the caller: the timer fired.
            throw controller.signal.aborted ? clientError('TIMEOUT', `no answer within ${timeoutMs} ms`, method) : errorFromThrown(e, ctx);
        }
        finally {
            clearTimeout(timer);
            signal?.removeEventListener('abort', onAbort);
        }
    };
    const retryOrThrow = async (error, req, retriesDone, wait = backoffDelay(retriesDone, retry)) => {
        // ABORTED is never retryable, so it ends here too.
        const retryable = isRetryable(error, req.idempotent);
        if (!retryable || retriesDone >= retry.maxRetries)
            throw error.with({ retryable });
        if (wait > retry.maxWaitMs)
            throw error.with({ retryable, retryAfterMs: wait });
        if (wait > 0) {
            try {
                await clock.sleep(wait, req.signal);
            }
            catch {
                throw abortedError(req.method, req.signal, redactor);
            }
        }
    };
    const prepare = (method, params, opts) => {
        if (typeof method !== 'string' || !/^\w[\w.-]*$/.test(method)) {
            throw clientError('INVALID_ARGUMENT', 'invalid method name', String(method).slice(0, 100));
        }
        const version = versionOf(method, opts);
        return {
            method,
            params,
            version,
            idempotent: opts?.idempotent ?? (version === 'v3' || isReadMethod(method)),
            timeoutMs: opts?.timeoutMs ?? deps.timeoutMs,
            // Sent on every v3 call (the portal ignores it on reads); reused by this call's retries.
            // randomUUID is missing outside secure contexts (a page served over plain http) and on Node 18.
            idempotencyKey: version === 'v3'
                ? (opts?.idempotencyKey ?? globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random()}`)
                : undefined,
            signal: opts?.signal,
        };
    };
    return { versionOf, prepare, attempt, retryOrThrow };
}
