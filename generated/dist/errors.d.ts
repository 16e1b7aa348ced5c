/** Errors any method may answer with, keyed by the wire code, with their HTTP status. */
export declare const SystemErrorCode: {
    /** The portal's plan does not include the REST API */
    readonly ACCESS_DENIED: {
        readonly code: "ACCESS_DENIED";
        readonly status: 403;
        readonly message: "REST API is available only on commercial plans";
    };
    /** The parameters sent to batch are longer than allowed */
    readonly ERROR_BATCH_LENGTH_EXCEEDED: {
        readonly code: "ERROR_BATCH_LENGTH_EXCEEDED";
        readonly status: 400;
        readonly message: "Max batch length exceeded";
    };
    /** This method cannot be called inside batch */
    readonly ERROR_BATCH_METHOD_NOT_ALLOWED: {
        readonly code: "ERROR_BATCH_METHOD_NOT_ALLOWED";
        readonly status: 405;
        readonly message: "Method is not allowed for batch usage";
    };
    /** The requested manifest cannot be used */
    readonly ERROR_MANIFEST_IS_NOT_AVAILABLE: {
        readonly code: "ERROR_MANIFEST_IS_NOT_AVAILABLE";
        readonly status: 404;
        readonly message: "Manifest is not available";
    };
    /** The server produced an answer it could not deliver in the expected form; ask the portal administrator or Bitrix24 support */
    readonly ERROR_UNEXPECTED_ANSWER: {
        readonly code: "ERROR_UNEXPECTED_ANSWER";
        readonly status: 500;
        readonly message: "Server returned an unexpected response";
    };
    /** The server failed while handling the call; ask the portal administrator or Bitrix24 support */
    readonly INTERNAL_SERVER_ERROR: {
        readonly code: "INTERNAL_SERVER_ERROR";
        readonly status: 500;
        readonly message: "Internal server error";
    };
    /** The user behind the access token or webhook lacks the rights this call needs */
    readonly INVALID_CREDENTIALS: {
        readonly code: "INVALID_CREDENTIALS";
        readonly status: 403;
        readonly message: "Invalid request credentials";
    };
    /** Calls over plain HTTP are rejected; use HTTPS */
    readonly INVALID_REQUEST: {
        readonly code: "INVALID_REQUEST";
        readonly status: 400;
        readonly message: "Https required";
    };
    /** The access token or webhook code is not valid */
    readonly NO_AUTH_FOUND: {
        readonly code: "NO_AUTH_FOUND";
        readonly status: 401;
        readonly message: "Wrong authorization data";
    };
    /** REST access was switched off by hand because of overload; only Bitrix24 support can lift this block */
    readonly OVERLOAD_LIMIT: {
        readonly code: "OVERLOAD_LIMIT";
        readonly status: 503;
        readonly message: "REST API is blocked due to overload";
    };
    /** The public part of the site is closed. On a self-hosted installation, turn off the "Temporary closure of the public part of the site" option in the main module settings */
    readonly PORTAL_DELETED: {
        readonly code: "PORTAL_DELETED";
        readonly status: 500;
        readonly message: "Portal was deleted";
    };
    /** Calls arrive faster than the rate limit allows */
    readonly QUERY_LIMIT_EXCEEDED: {
        readonly code: "QUERY_LIMIT_EXCEEDED";
        readonly status: 503;
        readonly message: "Too many requests";
    };
    /** The access token is too old; refresh it and repeat the call */
    readonly expired_token: {
        readonly code: "expired_token";
        readonly status: 401;
        readonly message: "The access token provided has expired";
    };
    /** The webhook was created without the scope this method belongs to */
    readonly insufficient_scope: {
        readonly code: "insufficient_scope";
        readonly status: 403;
        readonly message: "The request requires higher privileges than provided by the webhook token";
    };
    /** The application is installed, but the administrator limited it to certain users and this user is not one of them */
    readonly user_access_error: {
        readonly code: "user_access_error";
        readonly status: 403;
        readonly message: "The user does not have access to the application";
    };
};
export type SystemErrorCode = keyof typeof SystemErrorCode;
export { B24Error, matchError } from './runtime/index.js';
export type { ErrorDescriptor } from './runtime/index.js';
