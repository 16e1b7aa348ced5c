/**
 * The lean core: `call` and `callRaw` over a webhook (or a self-authenticating transport), with
 * timeouts and retries. It leaves out OAuth, the rate limiter, the operating budget, batch and
 * iterate, so a bundle that imports one standalone method function and this stays small.
 */
import { systemClock } from './clock.js';
import { createEngine, DEFAULT_TIMEOUT_MS, SELF_AUTH } from './engine.js';
import { clientError } from './errors.js';
import { createFetchTransport } from './http-transport.js';
import { createRedactor } from './redact.js';
import { resolveRetryOptions } from './retry.js';
import { parseWebhookUrl } from './webhook-url.js';
/** A lean untyped core for the standalone method functions: no OAuth, rate limiter, batch or iterate. */
export function createCaller(options) {
    const redactor = createRedactor();
    const hook = options.webhookUrl === undefined ? undefined : parseWebhookUrl(options.webhookUrl);
    if (hook === undefined && options.transport === undefined)
        throw clientError('INVALID_ARGUMENT', 'pass webhookUrl or a transport');
    redactor.add(hook?.secret);
    const { prepare, attempt, retryOrThrow } = createEngine({
        ...options, // v3Methods, headers
        transport: options.transport ?? createFetchTransport(),
        auth: hook ?? SELF_AUTH,
        redactor,
        clock: options.clock ?? systemClock,
        retry: resolveRetryOptions(options.retries),
        timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    });
    // The engine's parts in their plainest loop: attempt, then retry or throw.
    const callRaw = async (method, params, opts) => {
        const req = prepare(method, params, opts);
        for (let retriesDone = 0;; retriesDone++) {
            try {
                return await attempt(req);
            }
            catch (e) {
                await retryOrThrow(e, req, retriesDone);
            }
        }
    };
    return { call: async (method, params, opts) => (await callRaw(method, params, opts)).result, callRaw };
}
