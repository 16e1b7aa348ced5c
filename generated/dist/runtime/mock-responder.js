import { decodePhpQuery } from './php-query.js';
const REPLY = Symbol('mock-reply');
/** Mark a handler's return value as a whole reply rather than a `result`. */
export function mockReply(status, body) {
    return { status, body, [REPLY]: true };
}
function isReply(value) {
    return value !== null && typeof value === 'object' && value[REPLY] === true;
}
const MOCK_TIME = {
    start: 1_700_000_000,
    finish: 1_700_000_000.01,
    duration: 0.01,
    processing: 0.005,
    date_start: '2023-11-14T22:13:20+00:00',
    date_finish: '2023-11-14T22:13:20+00:00',
};
function errorBody(version, code, message) {
    return version === 'v3' ? { error: { code, message } } : { error: code, error_description: message };
}
function isRecord(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
export function createMockResponder(options) {
    const own = (record, key) => record !== undefined && Object.prototype.hasOwnProperty.call(record, key);
    const failureFor = (method) => {
        if (!own(options.fail, method))
            return undefined;
        const failure = options.fail[method];
        const documented = own(options.fixtures, method)
            ? options.fixtures[method]?.errors?.find((e) => e.code === failure.code)
            : undefined;
        const status = failure.status ?? documented?.status ?? 400;
        return { status, body: { code: failure.code, message: failure.message ?? documented?.message ?? '' } };
    };
    const answerOne = (method, params, version) => {
        const failure = failureFor(method);
        if (failure !== undefined) {
            const f = failure.body;
            return { status: failure.status, body: errorBody(version, f.code, f.message) };
        }
        if (own(options.handlers, method)) {
            const out = options.handlers[method]?.(params, { method, apiVersion: version });
            if (isReply(out))
                return { status: out.status, body: out.body };
            return { status: 200, body: { result: out ?? null, time: MOCK_TIME } };
        }
        if (own(options.fixtures, method)) {
            const response = options.fixtures[method]?.response;
            if (isRecord(response) && 'result' in response)
                return { status: 200, body: response };
            return { status: 200, body: { result: response ?? null, time: MOCK_TIME } };
        }
        return version === 'v3'
            ? { status: 404, body: errorBody('v3', 'ERROR_METHOD_NOT_FOUND', 'Method not found') }
            : { status: 404, body: errorBody('v2', 'ERROR_METHOD_NOT_FOUND', 'Method not found!') };
    };
    const batchV2 = (params) => {
        const p = isRecord(params) ? params : {};
        const cmd = isRecord(p['cmd']) ? p['cmd'] : Array.isArray(p['cmd']) ? Object.assign({}, p['cmd']) : undefined;
        if (cmd === undefined)
            return { status: 400, body: errorBody('v2', 'INVALID_ARG_VALUE', 'cmd is required') };
        const halt = p['halt'] === true || p['halt'] === 1 || p['halt'] === '1' || p['halt'] === 'true';
        const result = {};
        const resultError = {};
        const resultTotal = {};
        const resultNext = {};
        const resultTime = {};
        let count = 0;
        for (const [key, raw] of Object.entries(cmd)) {
            if (++count > 50) {
                resultError[key] = { error: 'ERROR_BATCH_LENGTH_EXCEEDED', error_description: 'Max batch length exceeded' };
                continue;
            }
            const text = typeof raw === 'string' ? raw : '';
            const q = text.indexOf('?');
            const method = q < 0 ? text : text.slice(0, q);
            const query = q < 0 ? '' : text.slice(q + 1);
            if (method.toLowerCase() === 'batch') {
                resultError[key] = { error: 'ERROR_BATCH_METHOD_NOT_ALLOWED', error_description: 'Method is not allowed for batch usage' };
                if (halt)
                    break;
                continue;
            }
            const answer = answerOne(method, decodePhpQuery(query), 'v2');
            const body = isRecord(answer.body) ? answer.body : {};
            if (answer.status >= 400 || body['error'] !== undefined) {
                resultError[key] = { error: body['error'], error_description: body['error_description'] ?? '' };
                if (halt)
                    break;
                continue;
            }
            result[key] = body['result'] ?? null;
            if (body['total'] !== undefined)
                resultTotal[key] = body['total'];
            if (body['next'] !== undefined)
                resultNext[key] = body['next'];
            resultTime[key] = body['time'] ?? MOCK_TIME;
        }
        // PHP writes an empty associative array as [].
        const php = (o) => (Object.keys(o).length === 0 ? [] : o);
        return {
            status: 200,
            body: {
                result: {
                    result: php(result),
                    result_error: php(resultError),
                    result_total: php(resultTotal),
                    result_next: php(resultNext),
                    result_time: php(resultTime),
                },
                time: MOCK_TIME,
            },
        };
    };
    const batchV3 = (params) => {
        if (!Array.isArray(params)) {
            return { status: 400, body: errorBody('v3', 'BITRIX_REST_V3_EXCEPTION_INVALIDSELECTEXCEPTION', 'batch expects a JSON array') };
        }
        const results = params.map((item) => {
            const entry = isRecord(item) ? item : {};
            const answer = answerOne(String(entry['method'] ?? ''), entry['query'] ?? {}, 'v3');
            const body = isRecord(answer.body) ? answer.body : {};
            return answer.status >= 400 ? { error: body['error'] } : body['result'];
        });
        return { status: 200, body: { result: results, time: MOCK_TIME } };
    };
    return {
        answer(method, params, apiVersion) {
            if (method === 'batch')
                return apiVersion === 'v3' ? batchV3(params) : batchV2(params);
            return answerOne(method, params, apiVersion);
        },
    };
}
