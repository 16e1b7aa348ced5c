import { methodFromUrl } from './mock-transport.js';
import { safeJsonParse } from './safe-json.js';
function json(status, body) {
    return { status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}
/**
 * A Transport that hands each call to an existing b24jssdk instance, which then owns auth, its own
 * rate limiting and renewal. Use with `createCore({ transport, rateLimit: false, retries: 0 })` so
 * the two layers do not both throttle and retry.
 */
export function createB24JssdkTransport(sdk) {
    return {
        async send(request) {
            const { method, apiVersion } = methodFromUrl(request.url);
            if (apiVersion === 'v3') {
                return json(400, { error: { code: 'UNSUPPORTED_BY_TRANSPORT', message: 'the b24jssdk adapter carries REST 2 calls only' } });
            }
            const parsed = request.body === '' ? { ok: true, value: {} } : safeJsonParse(request.body);
            const params = parsed.ok && parsed.value !== null && typeof parsed.value === 'object' ? parsed.value : {};
            const start = typeof params['start'] === 'number' ? params['start'] : undefined;
            try {
                const result = await (start === undefined ? sdk.callMethod(method, params) : sdk.callMethod(method, params, start));
                return json(200, result.getData());
            }
            catch (e) {
                // b24jssdk throws AjaxError {code, status, message} for API errors; anything else is a transport failure.
                const err = e;
                if (typeof err?.code === 'string' && typeof err.status === 'number') {
                    const description = typeof err.description === 'string' ? err.description : typeof err.message === 'string' ? err.message : '';
                    return json(err.status, { error: err.code, error_description: description });
                }
                throw e;
            }
        },
    };
}
