import { B24Error, ClientErrorCode } from './errors.js';
import { errorFromBody, errorFromThrown } from './response.js';
import { safeJsonParse } from './safe-json.js';
import { parseSecureUrl } from './webhook-url.js';
export const DEFAULT_TOKEN_ENDPOINT = 'https://oauth.bitrix.info/oauth/token/';
function portalBase(raw) {
    const url = parseSecureUrl(raw, 'oauth.portalUrl', 'https://<portal>');
    const path = url.pathname.replace(/\/+$/, '').replace(/\/rest$/, '');
    return `${url.protocol}//${url.host}${path}`;
}
function str(value) {
    return typeof value === 'string' && value !== '' ? value : undefined;
}
export function createOAuthSession(options, deps) {
    const base = portalBase(options.portalUrl);
    const endpoint = parseSecureUrl(options.tokenEndpoint ?? DEFAULT_TOKEN_ENDPOINT, 'oauth.tokenEndpoint', 'an https:// URL');
    const { redactor } = deps;
    redactor.add(options.accessToken);
    redactor.add(options.refreshToken);
    redactor.add(options.clientSecret);
    let tokens = { accessToken: options.accessToken, refreshToken: options.refreshToken };
    let inflight;
    const buildRequest = (signal) => {
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
    const doRefresh = async () => {
        // The refresh must not die with one caller's signal: other callers wait on it too.
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(), deps.timeoutMs);
        let response;
        try {
            response = await deps.transport.send(buildRequest(controller.signal));
        }
        catch (e) {
            if (controller.signal.aborted) {
                throw new B24Error({ code: ClientErrorCode.TIMEOUT, description: 'token renewal timed out', status: 0, method: ctx.method });
            }
            throw errorFromThrown(e, ctx);
        }
        finally {
            clearTimeout(timer);
        }
        const parsed = safeJsonParse(response.body);
        const body = parsed.ok && parsed.value !== null && typeof parsed.value === 'object' ? parsed.value : undefined;
        if (body === undefined) {
            throw new B24Error({
                code: response.status >= 400 ? ClientErrorCode.HTTP_ERROR : ClientErrorCode.INVALID_RESPONSE,
                description: `token renewal answered with a non-JSON body (HTTP ${response.status})`,
                status: response.status,
                method: ctx.method,
            });
        }
        const error = errorFromBody(body, response.status, ctx);
        if (error !== undefined)
            throw error;
        const accessToken = str(body['access_token']);
        const refreshToken = str(body['refresh_token']);
        if (accessToken === undefined || refreshToken === undefined) {
            throw new B24Error({ code: ClientErrorCode.INVALID_RESPONSE, description: 'token renewal returned no token pair', status: response.status, method: ctx.method });
        }
        redactor.add(accessToken);
        redactor.add(refreshToken);
        const next = { accessToken, refreshToken };
        if (typeof body['expires'] === 'number')
            next.expiresAt = body['expires'];
        const memberId = str(body['member_id']);
        if (memberId !== undefined)
            next.memberId = memberId;
        const scope = str(body['scope']);
        if (scope !== undefined)
            next.scope = scope;
        const clientEndpoint = str(body['client_endpoint']);
        if (clientEndpoint !== undefined)
            next.clientEndpoint = clientEndpoint;
        const serverEndpoint = str(body['server_endpoint']);
        if (serverEndpoint !== undefined)
            next.serverEndpoint = serverEndpoint;
        tokens = next;
        if (options.onTokens !== undefined) {
            try {
                await options.onTokens(next);
            }
            catch (e) {
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
            if (tokens.accessToken !== failedToken)
                return Promise.resolve();
            if (inflight === undefined) {
                inflight = doRefresh().finally(() => {
                    inflight = undefined;
                });
            }
            return inflight;
        },
    };
}
