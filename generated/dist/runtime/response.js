import { B24Error, clientError } from './errors.js';
import { safeJsonParse } from './safe-json.js';
import { isRecord, scalarText } from './values.js';
/** A finite number, also from numeric text. */
function toNumber(value) {
    const n = typeof value === 'string' && value !== '' ? Number(value) : value;
    return Number.isFinite(n) ? n : undefined;
}
/** Build a B24Error from an error body of either REST version: v2 `{error, error_description}`,
 *  v3 `{error: {code, message, validation}}`. */
export function errorFromBody(body, status, ctx) {
    const raw = body['error'];
    if (raw === undefined || raw === null || raw === '')
        return undefined;
    const redact = (value) => ctx.redactor.redact(scalarText(value));
    // v2: {error: code, error_description}; v3: {error: {code, message, validation}}.
    const [code, description, validation] = isRecord(raw) ? [raw['code'], raw['message'], raw['validation']] : [raw, body['error_description']];
    return new B24Error({
        code: redact(code) || 'UNKNOWN_ERROR',
        description: redact(description),
        status,
        method: ctx.method,
        ...(Array.isArray(validation) && {
            validation: validation.filter(isRecord).map(({ message, field }) => ({
                ...(typeof message === 'string' && { message: redact(message) }),
                ...(typeof field === 'string' && { field }),
            })),
        }),
    });
}
/** Turn an HTTP exchange into the response envelope, or throw the B24Error it means. */
export function interpretResponse(response, ctx) {
    const { status, body: raw } = response;
    const parsed = safeJsonParse(raw);
    const body = parsed.ok && isRecord(parsed.value) ? parsed.value : undefined;
    if (body !== undefined) {
        const error = errorFromBody(body, status, ctx);
        if (error !== undefined)
            throw error;
        if ('result' in body) {
            const total = toNumber(body['total']);
            const next = toNumber(body['next']);
            return {
                result: body['result'],
                ...(total !== undefined && { total }),
                ...(next !== undefined && { next }),
                ...(isRecord(body['time']) && { time: body['time'] }),
            };
        }
    }
    const kind = body !== undefined ? 'JSON without "result"'
        : /^\s*</.test(raw) ? 'an HTML page'
            : parsed.ok ? 'JSON that is no object'
                : `a non-JSON body (${parsed.message})`;
    const flat = raw.replace(/\s+/g, ' ').trim();
    throw new B24Error({
        // A body that is not the envelope: the portal's fault on a 2xx, else the HTTP status says it.
        code: status >= 200 && status < 300 ? 'INVALID_RESPONSE' : 'HTTP_ERROR',
        description: ctx.redactor.redact(`answered with ${kind}`),
        status,
        method: ctx.method,
        // The start of the body, for a human to see what came back.
        cause: { name: 'ResponseBody', message: ctx.redactor.redact(flat.length > 200 ? `${flat.slice(0, 200)}…` : flat) },
    });
}
// Failures before a request could be sent: DNS, refused or unreachable, connect timeout, and any
// certificate check (CERT_HAS_EXPIRED, ERR_TLS_CERT_ALTNAME_INVALID, …_LEAF_SIGNATURE), which runs
// in the TLS handshake.
const REFUSED_CODES = /^(E(CONNREFUSED|NOTFOUND|AI_AGAIN|NETUNREACH|HOSTUNREACH)|UND_ERR_CONNECT_TIMEOUT)$|CERT|LEAF_SIGNATURE/;
/** The `code`s along a thrown value's cause chain (and of an AggregateError's members). */
function errorCodeChain(error) {
    const codes = [];
    for (let c = error, i = 0; i < 4 && c !== null && typeof c === 'object'; i++, c = c.cause) {
        // Happy Eyeballs reports an AggregateError of per-address failures.
        codes.push(c.code, ...(Array.isArray(c.errors) ? c.errors.map((inner) => inner?.code) : []));
    }
    return codes.filter((c) => typeof c === 'string');
}
/** Classify what a transport threw: a connection that never opened (surely not run) or one that broke. */
export function errorFromThrown(thrown, ctx) {
    if (thrown instanceof B24Error)
        return thrown;
    const codes = errorCodeChain(thrown);
    const refused = codes.some((c) => REFUSED_CODES.test(c));
    // fetch says only "fetch failed": the codes along the cause chain tell what happened.
    const message = `${thrown instanceof Error ? thrown.message : 'transport failure'}${codes.length > 0 ? ` (${codes.join(', ')})` : ''}`;
    return clientError(refused ? 'CONNECTION_REFUSED' : 'CONNECTION_LOST', ctx.redactor.redact(message), ctx.method, {
        retryable: refused || ctx.idempotent,
        cause: ctx.redactor.sanitizeCause(thrown),
    });
}
