import { createServer } from 'node:http';
import { createMockResponder } from './mock-responder.js';
import { decodePhpQuery } from './php-query.js';
import { safeJsonParse } from './safe-json.js';
function randomCode() {
    let s = '';
    for (let i = 0; i < 16; i++)
        s += Math.floor(Math.random() * 36).toString(36);
    return s;
}
function sendJson(res, status, body) {
    if (res.destroyed || res.headersSent)
        return;
    const text = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
    res.end(text);
}
function route(pathname) {
    if (/^\/oauth\/token\/?$/.test(pathname))
        return { kind: 'token', method: 'oauth/token', apiVersion: 'v2' };
    const m = /^\/rest\/(api\/)?(?:(\d+)\/([^/]+)\/)?([^/]+?)(?:\.json)?\/?$/.exec(pathname);
    if (m === null)
        return { kind: 'unknown', method: '', apiVersion: 'v2' };
    let method = m[4] ?? '';
    try {
        method = decodeURIComponent(method);
    }
    catch {
        return { kind: 'unknown', method: '', apiVersion: 'v2' };
    }
    const r = { kind: 'rest', method, apiVersion: m[1] !== undefined ? 'v3' : 'v2' };
    if (m[2] !== undefined)
        r.webhook = { userId: m[2], secret: m[3] ?? '' };
    return r;
}
/**
 * A fake Bitrix24 over real HTTP on 127.0.0.1: webhook URLs (`/rest/<user>/<secret>/<method>`,
 * `/rest/api/...` for REST 3.0), OAuth calls and the token endpoint, batch, and injected faults.
 */
export async function startMockServer(options) {
    const faults = (options.faults ?? []).map((f) => ({ ...f }));
    const requests = [];
    const maxBody = options.maxBodyBytes ?? 1024 * 1024;
    const userId = options.webhook?.userId ?? '1';
    const secret = options.webhook?.secret ?? `mock${randomCode()}`;
    const oauth = options.oauth === undefined ? undefined : { ...options.oauth };
    let issued = 0;
    const responderOptions = { fixtures: options.fixtures };
    if (options.fail !== undefined)
        responderOptions.fail = options.fail;
    if (options.handlers !== undefined)
        responderOptions.handlers = options.handlers;
    const responder = createMockResponder(responderOptions);
    const sockets = new Set();
    const timers = new Set();
    const takeFault = (method) => {
        const i = faults.findIndex((f) => (f.method === undefined || f.method === method) && (f.times ?? 1) > 0);
        if (i < 0)
            return undefined;
        const fault = faults[i];
        fault.times = (fault.times ?? 1) - 1;
        return fault;
    };
    const readBody = (req) => new Promise((resolve) => {
        const chunks = [];
        let size = 0;
        let done = false;
        req.on('data', (chunk) => {
            if (done)
                return;
            size += chunk.length;
            if (size > maxBody) {
                done = true;
                resolve(undefined);
                return;
            }
            chunks.push(chunk);
        });
        req.on('end', () => {
            if (!done) {
                done = true;
                resolve(Buffer.concat(chunks).toString('utf8'));
            }
        });
        req.on('error', () => {
            if (!done) {
                done = true;
                resolve('');
            }
        });
    });
    const handle = async (req, res) => {
        let url;
        try {
            url = new URL(req.url ?? '/', 'http://127.0.0.1');
        }
        catch {
            sendJson(res, 400, { error: 'INVALID_REQUEST', error_description: 'Bad URL' });
            return;
        }
        const r = route(url.pathname);
        const text = await readBody(req);
        const record = {
            method: r.method,
            apiVersion: r.apiVersion,
            httpMethod: req.method ?? '',
            params: undefined,
            headers: { ...req.headers },
            executed: false,
        };
        requests.push(record);
        const reply = (status, body) => {
            record.status = status;
            sendJson(res, status, body);
        };
        const errorReply = (status, code, message) => reply(status, r.apiVersion === 'v3' ? { error: { code, message } } : { error: code, error_description: message });
        if (text === undefined) {
            errorReply(413, 'REQUEST_TOO_LARGE', 'Request body too large');
            return;
        }
        if (r.kind === 'unknown') {
            errorReply(404, 'ERROR_METHOD_NOT_FOUND', 'Method not found!');
            return;
        }
        // Parameters: a JSON body, a form body, or (v2 GET) the query string.
        let params = {};
        const type = String(req.headers['content-type'] ?? '');
        if (text !== '' && type.includes('json')) {
            const parsed = safeJsonParse(text, { maxDepth: 32 });
            if (!parsed.ok) {
                errorReply(400, r.apiVersion === 'v3' ? 'BITRIX_REST_V3_EXCEPTION_INVALIDJSONEXCEPTION' : 'INVALID_REQUEST', `Invalid JSON: ${parsed.reason}`);
                return;
            }
            params = parsed.value;
        }
        else if (text !== '') {
            params = decodePhpQuery(text);
        }
        else if (url.search.length > 1) {
            params = decodePhpQuery(url.search.slice(1));
        }
        let auth;
        if (params !== null && typeof params === 'object' && !Array.isArray(params) && 'auth' in params) {
            const { auth: a, ...rest } = params;
            auth = a;
            params = rest;
        }
        record.params = params;
        if (r.kind === 'token') {
            const p = params;
            if (oauth === undefined || p['grant_type'] !== 'refresh_token' || p['refresh_token'] !== oauth.refreshToken) {
                reply(400, { error: 'invalid_grant', error_description: 'Invalid grant' });
                return;
            }
            if ((oauth.clientId !== undefined && p['client_id'] !== oauth.clientId) || (oauth.clientSecret !== undefined && p['client_secret'] !== oauth.clientSecret)) {
                reply(401, { error: 'invalid_client', error_description: 'Invalid client' });
                return;
            }
            issued++;
            oauth.accessToken = `acc${issued}${randomCode()}`;
            oauth.refreshToken = `ref${issued}${randomCode()}`;
            record.executed = true;
            reply(200, {
                access_token: oauth.accessToken,
                refresh_token: oauth.refreshToken,
                expires: 1_700_003_600,
                expires_in: 3600,
                member_id: 'mockmember',
                scope: 'crm,task',
                client_endpoint: `http://127.0.0.1:${port}/rest/`,
                server_endpoint: `http://127.0.0.1:${port}/rest/`,
                status: 'L',
            });
            return;
        }
        if (req.method !== 'POST' && req.method !== 'GET') {
            errorReply(405, 'INVALID_REQUEST', 'Method not allowed');
            return;
        }
        // Authentication: the webhook code in the path, or an OAuth token in `auth`.
        if (r.webhook !== undefined) {
            if (r.webhook.userId !== userId || r.webhook.secret !== secret) {
                errorReply(401, 'NO_AUTH_FOUND', 'Wrong authorization data');
                return;
            }
        }
        else if (oauth === undefined || typeof auth !== 'string' || auth === '') {
            errorReply(401, 'NO_AUTH_FOUND', 'Wrong authorization data');
            return;
        }
        const fault = takeFault(r.method);
        if (fault !== undefined)
            record.fault = fault.kind;
        const tokenIsStale = r.webhook === undefined && oauth !== undefined && auth !== oauth.accessToken;
        if (fault?.kind === 'expired-token' || tokenIsStale) {
            errorReply(401, 'expired_token', 'The access token provided has expired.');
            return;
        }
        switch (fault?.kind) {
            case 'query-limit':
                errorReply(503, 'QUERY_LIMIT_EXCEEDED', 'Too many requests');
                return;
            case 'operation-time-limit':
                errorReply(429, 'OPERATION_TIME_LIMIT', 'Method is blocked due to operation time limit.');
                return;
            case 'html':
                record.status = 502;
                res.writeHead(502, { 'content-type': 'text/html' });
                res.end('<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>');
                return;
            case 'drop':
                req.socket.destroy();
                return;
            default:
                break;
        }
        const answer = responder.answer(r.method, params, r.apiVersion);
        record.executed = true;
        switch (fault?.kind) {
            case 'server-error':
                errorReply(500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
                return;
            case 'malformed-json': {
                const full = JSON.stringify(answer.body);
                record.status = 200;
                res.writeHead(200, { 'content-type': 'application/json' });
                res.end(full.slice(0, Math.max(1, Math.floor(full.length / 2))));
                return;
            }
            case 'drop-after-run':
                req.socket.destroy();
                return;
            case 'slow': {
                const timer = setTimeout(() => {
                    timers.delete(timer);
                    reply(answer.status, answer.body);
                }, fault.delayMs ?? 1000);
                timers.add(timer);
                return;
            }
            default:
                reply(answer.status, answer.body);
        }
    };
    const server = createServer((req, res) => {
        handle(req, res).catch(() => {
            // A bug in a fixture handler must not take the server down.
            try {
                sendJson(res, 500, { error: 'INTERNAL_SERVER_ERROR', error_description: 'mock server failure' });
            }
            catch {
                res.destroy();
            }
        });
    });
    server.on('connection', (socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
    });
    server.on('clientError', (_err, socket) => {
        if (socket.writable)
            socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
        else
            socket.destroy();
    });
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
    });
    const port = server.address().port;
    const base = `http://127.0.0.1:${port}`;
    return {
        url: base,
        webhookUrl: `${base}/rest/${userId}/${secret}/`,
        webhookSecret: secret,
        tokenEndpoint: `${base}/oauth/token/`,
        requests,
        get oauth() {
            return oauth;
        },
        addFault(fault) {
            faults.push({ ...fault });
        },
        close() {
            for (const t of timers)
                clearTimeout(t);
            timers.clear();
            for (const s of sockets)
                s.destroy();
            return new Promise((resolve) => server.close(() => resolve()));
        },
    };
}
