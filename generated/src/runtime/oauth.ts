import { B24Error, ClientErrorCode } from './errors.js';
import type { Redactor } from './redact.js';
import { errorFromBody, errorFromThrown } from './response.js';
import { safeJsonParse } from './safe-json.js';
import type { Transport, TransportRequest } from './transport.js';
import { parseSecureUrl } from './webhook-url.js';

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

export const DEFAULT_TOKEN_ENDPOINT: string = 'https://oauth.bitrix.info/oauth/token/';

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

function portalBase(raw: string): string {
  const url = parseSecureUrl(raw, 'oauth.portalUrl', 'https://<portal>');
  const path = url.pathname.replace(/\/+$/, '').replace(/\/rest$/, '');
  return `${url.protocol}//${url.host}${path}`;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function createOAuthSession(options: OAuthOptions, deps: OAuthDeps): OAuthSession {
  const base = portalBase(options.portalUrl);
  const endpoint = parseSecureUrl(options.tokenEndpoint ?? DEFAULT_TOKEN_ENDPOINT, 'oauth.tokenEndpoint', 'an https:// URL');
  const { redactor } = deps;
  redactor.add(options.accessToken);
  redactor.add(options.refreshToken);
  redactor.add(options.clientSecret);
  let tokens: OAuthTokens = { accessToken: options.accessToken, refreshToken: options.refreshToken };
  let inflight: Promise<void> | undefined;

  const buildRequest = (signal: AbortSignal): TransportRequest => {
    const form = new URLSearchParams({
      grant_type: 'refresh_token',
      client_id: options.clientId,
      client_secret: options.clientSecret,
      refresh_token: tokens.refreshToken,
    }).toString();
    if ((options.tokenRequestMethod ?? 'GET') === 'GET') {
      const url = new URL(endpoint.href);
      url.search = form;
      return { url: url.href, method: 'GET', headers: { accept: 'application/json' }, body: '', signal };
    }
    return {
      url: endpoint.href,
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: form,
      signal,
    };
  };

  const ctx = { method: 'oauth/token', redactor, idempotent: false };

  const doRefresh = async (): Promise<void> => {
    // The refresh must not die with one caller's signal: other callers wait on it too.
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), deps.timeoutMs);
    let response;
    try {
      response = await deps.transport.send(buildRequest(controller.signal));
    } catch (e) {
      if (controller.signal.aborted) {
        throw new B24Error({ code: ClientErrorCode.TIMEOUT, description: 'token renewal timed out', status: 0, method: ctx.method });
      }
      throw errorFromThrown(e, ctx);
    } finally {
      clearTimeout(timer);
    }
    const parsed = safeJsonParse(response.body);
    const body = parsed.ok && parsed.value !== null && typeof parsed.value === 'object' ? (parsed.value as Record<string, unknown>) : undefined;
    if (body === undefined) {
      throw new B24Error({
        code: response.status >= 400 ? ClientErrorCode.HTTP_ERROR : ClientErrorCode.INVALID_RESPONSE,
        description: `token renewal answered with a non-JSON body (HTTP ${response.status})`,
        status: response.status,
        method: ctx.method,
      });
    }
    const error = errorFromBody(body, response.status, ctx);
    if (error !== undefined) throw error;
    const accessToken = str(body['access_token']);
    const refreshToken = str(body['refresh_token']);
    if (accessToken === undefined || refreshToken === undefined) {
      throw new B24Error({ code: ClientErrorCode.INVALID_RESPONSE, description: 'token renewal returned no token pair', status: response.status, method: ctx.method });
    }
    redactor.add(accessToken);
    redactor.add(refreshToken);
    const next: { -readonly [K in keyof OAuthTokens]: OAuthTokens[K] } = { accessToken, refreshToken };
    if (typeof body['expires'] === 'number') next.expiresAt = body['expires'];
    const memberId = str(body['member_id']);
    if (memberId !== undefined) next.memberId = memberId;
    const scope = str(body['scope']);
    if (scope !== undefined) next.scope = scope;
    const clientEndpoint = str(body['client_endpoint']);
    if (clientEndpoint !== undefined) next.clientEndpoint = clientEndpoint;
    const serverEndpoint = str(body['server_endpoint']);
    if (serverEndpoint !== undefined) next.serverEndpoint = serverEndpoint;
    tokens = next;
    if (options.onTokens !== undefined) {
      try {
        await options.onTokens(next);
      } catch (e) {
        throw new B24Error({
          code: ClientErrorCode.TOKEN_STORE_FAILED,
          description: 'onTokens threw while storing renewed tokens (they stay in use in memory)',
          status: 0,
          method: ctx.method,
          cause: redactor.sanitizeCause(e),
        });
      }
    }
  };

  return {
    v2Base: `${base}/rest/`,
    v3Base: `${base}/rest/api/`,
    accessToken: () => tokens.accessToken,
    refresh(failedToken) {
      if (tokens.accessToken !== failedToken) return Promise.resolve();
      if (inflight === undefined) {
        inflight = doRefresh().finally(() => {
          inflight = undefined;
        });
      }
      return inflight;
    },
  };
}
