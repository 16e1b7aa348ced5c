import type { Redactor } from './redact.js';
import type { Transport } from './transport.js';
/** A token pair as the client holds it (and hands to `onTokens` after each renewal). */
export interface OAuthTokens {
    readonly accessToken: string;
    readonly refreshToken: string;
    /** Unix time (s) when the access token expires, when the server said. */
    readonly expiresAt?: number;
    readonly memberId?: string;
    readonly scope?: string;
    /** The portal's REST address from the token response (`client_endpoint`). */
    readonly clientEndpoint?: string;
    /** The authorization server's REST address (`server_endpoint`). */
    readonly serverEndpoint?: string;
}
export interface OAuthOptions {
    /** The portal, e.g. `https://example.bitrix24.com` (a trailing `/rest/` is accepted). */
    readonly portalUrl: string;
    readonly accessToken: string;
    readonly refreshToken: string;
    readonly clientId: string;
    readonly clientSecret: string;
    /** Token endpoint (default `https://oauth.bitrix.info/oauth/token/`). */
    readonly tokenEndpoint?: string;
    /** The docs renew with GET; some servers observed in the wild take a POST form. Default GET. */
    readonly tokenRequestMethod?: 'GET' | 'POST';
    /** Store the renewed pair: the old refresh token stops working once a new one is issued. */
    readonly onTokens?: (tokens: OAuthTokens) => void | Promise<void>;
}
export declare const DEFAULT_TOKEN_ENDPOINT: string;
export interface OAuthSession {
    /** `<portal>/rest/` */
    readonly v2Base: string;
    /** `<portal>/rest/api/` */
    readonly v3Base: string;
    accessToken(): string;
    /**
     * Renew after `failedToken` was rejected as expired. Concurrent callers share one request; a
     * caller whose token was already replaced returns at once.
     */
    refresh(failedToken: string): Promise<void>;
}
export interface OAuthDeps {
    readonly transport: Transport;
    readonly redactor: Redactor;
    readonly timeoutMs: number;
}
export declare function createOAuthSession(options: OAuthOptions, deps: OAuthDeps): OAuthSession;
