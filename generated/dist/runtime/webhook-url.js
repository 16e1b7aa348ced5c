import { clientError } from './errors.js';
/** True for hosts that never leave the machine, where plain http cannot be sniffed. */
export function isLoopbackHost(hostname) {
    return /^(localhost|\[::1]|::1|127(\.\d{1,3}){3})$|\.localhost$/i.test(hostname);
}
/** The error for a URL option that is not what it should be; the URL itself is never echoed
 *  because it may carry a secret. */
function invalidUrl(what, form) {
    return clientError('INVALID_ARGUMENT', `${what} must be ${form} (http:// only for loopback; no user:password@)`);
}
/** A URL the client may send credentials to: https, or http to a loopback host (a local mock or
 *  tunnel), without user:password@. Otherwise undefined. */
function secureUrl(raw) {
    try {
        const url = new URL(raw);
        if (url.username + url.password === '' && (url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname))))
            return url;
    }
    catch {
        // not an absolute URL
    }
    return undefined;
}
/** `raw` as a URL the client may send credentials to; `what` names the option and `form` what it
 *  should look like in the error. */
export function parseSecureUrl(raw, what, form) {
    const url = secureUrl(raw);
    if (url === undefined)
        throw invalidUrl(what, form);
    return url;
}
/** Split and validate an inbound webhook URL. Throws a B24Error (without the secret) when malformed. */
export function parseWebhookUrl(raw) {
    const url = secureUrl(raw.trim());
    const [, prefix = '', userId = '', code = ''] = /^(.*?)\/rest\/(\d+)\/([^/]+)\/?$/.exec(url?.search === '' && url.hash === '' ? url.pathname : '') ?? [];
    let secret = '';
    try {
        secret = decodeURIComponent(code);
    }
    catch {
        // a malformed %-escape: reported below
    }
    if (url === undefined || secret === '')
        throw invalidUrl('webhookUrl', 'https://<portal>/rest/<user id>/<webhook code>/ without query');
    const origin = url.origin + prefix;
    const tail = `${userId}/${encodeURIComponent(secret)}/`;
    return { origin, userId, secret, v2Base: `${origin}/rest/${tail}`, v3Base: `${origin}/rest/api/${tail}` };
}
