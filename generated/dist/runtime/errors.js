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
};
/** System codes the runtime acts on (the full documented list is generated into the package). */
export const QUERY_LIMIT_EXCEEDED = 'QUERY_LIMIT_EXCEEDED';
export const OPERATION_TIME_LIMIT = 'OPERATION_TIME_LIMIT';
export const EXPIRED_TOKEN = 'expired_token';
/**
 * Every failure of a call. `retryable` is true when repeating the same call is both safe (it surely
 * did not run, or it is idempotent) and may succeed. Messages and `cause` never hold secrets:
 * everything is passed through the client's redactor before it gets here.
 */
export class B24Error extends Error {
    constructor(init) {
        super(formatMessage(init));
        // Own enumerable fields (`cause` too), so that JSON.stringify(err) shows what went wrong.
        Object.assign(this, init, { retryable: init.retryable === true });
    }
    /** A copy with other fields (used to re-label an error for a batch command or after a retry decision). */
    with(changes) {
        return new B24Error({ ...this, ...changes });
    }
    /** The own enumerable fields are exactly the init fields (`name` sits on the prototype). */
    toInit() {
        return { ...this };
    }
    toJSON() {
        return { name: this.name, message: this.message, ...this };
    }
}
// On the prototype, not an own field: `toInit` then holds exactly the init fields.
B24Error.prototype.name = 'B24Error';
/** A failure the runtime itself detected (status 0): a short way to build the common case. */
export function clientError(code, description, method = '', more) {
    return new B24Error({ code, description, status: 0, method, ...more });
}
function formatMessage({ method, code, description, status }) {
    return `${method && `${method}: `}${code}${description && ` - ${description}`}${status > 0 ? ` (HTTP ${status})` : ''}`;
}
export function isB24Error(value) {
    return value instanceof B24Error;
}
function normaliseMessage(text) {
    return text.trim().replace(/\s+/g, ' ').replace(/[.!]+$/, '').toLowerCase();
}
/**
 * Narrow an error to a key of a method's error catalog. The code decides when it is unique in the
 * catalog; when several entries share it (code "0", empty code) the message decides, compared
 * without case, surrounding space or a trailing full stop.
 */
export function matchError(error, catalog) {
    if (!(error instanceof B24Error))
        return undefined;
    const keys = Object.keys(catalog);
    const sameCode = keys.filter((k) => catalog[k].code === error.code);
    if (sameCode.length === 0)
        return undefined;
    const description = normaliseMessage(error.description);
    const byMessage = sameCode.filter((k) => {
        const message = catalog[k].message;
        return message !== undefined && normaliseMessage(message) === description;
    });
    if (byMessage.length >= 1)
        return byMessage[0];
    if (sameCode.length === 1)
        return sameCode[0];
    return undefined;
}
