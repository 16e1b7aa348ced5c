/** Codes the runtime itself produces (failures that never reached or never came back from Bitrix24). */
export declare const ClientErrorCode: {
    /** The connection could not be opened: the request surely did not reach the portal. */
    readonly CONNECTION_REFUSED: "CONNECTION_REFUSED";
    /** The connection broke after the request may have been sent. */
    readonly CONNECTION_LOST: "CONNECTION_LOST";
    readonly TIMEOUT: "TIMEOUT";
    readonly ABORTED: "ABORTED";
    /** A body that is not the JSON envelope Bitrix24 answers with (HTML error page, truncated JSON…). */
    readonly INVALID_RESPONSE: "INVALID_RESPONSE";
    /** A non-2xx HTTP status without a Bitrix24 error body. */
    readonly HTTP_ERROR: "HTTP_ERROR";
    readonly INVALID_ARGUMENT: "INVALID_ARGUMENT";
    /** A list walk whose cursor stopped moving (the same page would be fetched forever). */
    readonly STALLED_CURSOR: "STALLED_CURSOR";
    /** A batch command that was not run because an earlier command failed with `halt`. */
    readonly BATCH_NOT_EXECUTED: "BATCH_NOT_EXECUTED";
    /** Refreshed OAuth tokens could not be stored by `onTokens`. */
    readonly TOKEN_STORE_FAILED: "TOKEN_STORE_FAILED";
};
export type ClientErrorCode = (typeof ClientErrorCode)[keyof typeof ClientErrorCode];
/** System codes the runtime acts on (the full documented list is generated into the package). */
export declare const QUERY_LIMIT_EXCEEDED = "QUERY_LIMIT_EXCEEDED";
export declare const OPERATION_TIME_LIMIT = "OPERATION_TIME_LIMIT";
export declare const EXPIRED_TOKEN = "expired_token";
export interface B24ErrorInit {
    readonly code: string;
    readonly description: string;
    readonly status: number;
    readonly method: string;
    readonly retryable?: boolean;
    /** Validation details of a REST 3.0 error, when given. */
    readonly validation?: ReadonlyArray<{
        readonly message?: string;
        readonly field?: string;
    }>;
    /** How long the portal asked to wait before a retry, when known. */
    readonly retryAfterMs?: number;
    readonly cause?: unknown;
}
/**
 * Every failure of a call. `retryable` is true when repeating the same call is both safe (it surely
 * did not run, or it is idempotent) and may succeed. Messages and `cause` never hold secrets:
 * everything is passed through the client's redactor before it gets here.
 */
export declare class B24Error extends Error {
    readonly name: 'B24Error';
    readonly code: string;
    readonly description: string;
    readonly status: number;
    readonly method: string;
    readonly retryable: boolean;
    readonly validation?: ReadonlyArray<{
        readonly message?: string;
        readonly field?: string;
    }>;
    readonly retryAfterMs?: number;
    readonly cause?: unknown;
    constructor(init: B24ErrorInit);
    /** A copy with other fields (used to re-label an error for a batch command or after a retry decision). */
    with(changes: Partial<B24ErrorInit>): B24Error;
    /** The own enumerable fields are exactly the init fields (`name` sits on the prototype). */
    toInit(): B24ErrorInit;
    toJSON(): Record<string, unknown>;
}
/** A failure the runtime itself detected (status 0): a short way to build the common case. */
export declare function clientError(code: ClientErrorCode, description: string, method?: string, more?: Partial<B24ErrorInit>): B24Error;
export declare function isB24Error(value: unknown): value is B24Error;
/** A documented error of one method, as the wire identifies it. For many methods code is "0" and
 *  only the message tells errors apart. */
export interface ErrorDescriptor {
    readonly code: string;
    readonly message?: string;
}
/**
 * Narrow an error to a key of a method's error catalog. The code decides when it is unique in the
 * catalog; when several entries share it (code "0", empty code) the message decides, compared
 * without case, surrounding space or a trailing full stop.
 */
export declare function matchError<K extends string>(error: unknown, catalog: Readonly<Record<K, ErrorDescriptor>>): K | undefined;
