import type { MethodFixture, MockFailure, MockHandler } from './mock-responder.js';
/** Faults the server can inject, each for a number of matching requests. */
export type MockFaultKind = 
/** 503 QUERY_LIMIT_EXCEEDED; the method does not run. */
'query-limit'
/** 429 OPERATION_TIME_LIMIT; the method does not run. */
 | 'operation-time-limit'
/** 401 expired_token; the method does not run. */
 | 'expired-token'
/** 500 INTERNAL_SERVER_ERROR after the method ran. */
 | 'server-error'
/** 502 with an HTML page (a proxy in front of the portal); the method does not run. */
 | 'html'
/** The method runs; the answer comes after `delayMs`. */
 | 'slow'
/** The method runs; the answer is truncated JSON with status 200. */
 | 'malformed-json'
/** The connection is cut before the method runs. */
 | 'drop'
/** The method runs, then the connection is cut without an answer. */
 | 'drop-after-run';
export interface MockFault {
    kind: MockFaultKind;
    /** Only requests for this method (default: any). */
    method?: string;
    /** How many matching requests get the fault (default 1). */
    times?: number;
    /** For `slow` (default 1000 ms). */
    delayMs?: number;
}
export interface MockRequestRecord {
    /** The REST method, or `oauth/token`, or '' for unroutable requests. */
    readonly method: string;
    readonly apiVersion: 'v2' | 'v3';
    readonly httpMethod: string;
    readonly params: unknown;
    readonly headers: Readonly<Record<string, string | string[] | undefined>>;
    /** Whether the method ran (its fixture or handler produced an answer). */
    executed: boolean;
    readonly fault?: MockFaultKind;
    readonly status?: number;
}
export interface MockOAuthConfig {
    /** The access token the portal accepts now; any other `auth` gets expired_token. */
    accessToken: string;
    refreshToken: string;
    clientId?: string;
    clientSecret?: string;
}
export interface MockServerOptions {
    fixtures: Readonly<Record<string, MethodFixture>>;
    /** 0 (default) picks a free port. */
    port?: number;
    faults?: MockFault[];
    fail?: Record<string, MockFailure>;
    handlers?: Record<string, MockHandler>;
    /** The webhook credentials the server accepts (default user 1 and a random code). */
    webhook?: {
        userId?: string;
        secret?: string;
    };
    /** Accept OAuth calls (`/rest/<method>` with `auth` in the body) and serve `/oauth/token/`. */
    oauth?: MockOAuthConfig;
    /** Largest request body accepted (default 1 MiB). */
    maxBodyBytes?: number;
}
export interface MockServer {
    /** `http://127.0.0.1:<port>` */
    readonly url: string;
    /** `http://127.0.0.1:<port>/rest/<user>/<secret>/` */
    readonly webhookUrl: string;
    readonly webhookSecret: string;
    /** `http://127.0.0.1:<port>/oauth/token/` */
    readonly tokenEndpoint: string;
    readonly requests: MockRequestRecord[];
    /** The current OAuth pair (changes on each refresh). */
    readonly oauth: MockOAuthConfig | undefined;
    addFault(fault: MockFault): void;
    close(): Promise<void>;
}
/**
 * A fake Bitrix24 over real HTTP on 127.0.0.1: webhook URLs (`/rest/<user>/<secret>/<method>`,
 * `/rest/api/...` for REST 3.0), OAuth calls and the token endpoint, batch, and injected faults.
 */
export declare function startMockServer(options: MockServerOptions): Promise<MockServer>;
