import { decodePhpQuery } from './php-query.js';

/** A method's documented behaviour: its example 200 body and its documented errors. */
export interface MethodFixture {
  /** The whole documented 200 body `{result, time, …}` (a body without `result` is wrapped). */
  response?: unknown;
  errors?: ReadonlyArray<{ code: string; message: string; status?: number }>;
}

/** An error to answer with instead of the fixture; `message`/`status` default to the documented ones. */
export interface MockFailure {
  code: string;
  message?: string;
  status?: number;
}

/** An explicit reply from a handler (otherwise a handler's return value is the `result`). */
export interface MockReply {
  readonly status: number;
  readonly body: unknown;
}

export interface MockCallContext {
  readonly method: string;
  readonly apiVersion: 'v2' | 'v3';
}

/** Dynamic behaviour for a method (paging, counting writes). Return a result, or a MockReply. */
export type MockHandler = (params: unknown, context: MockCallContext) => unknown;

export interface MockResponderOptions {
  readonly fixtures: Readonly<Record<string, MethodFixture>>;
  readonly fail?: Readonly<Record<string, MockFailure>>;
  readonly handlers?: Readonly<Record<string, MockHandler>>;
}

export interface MockAnswer {
  readonly status: number;
  readonly body: unknown;
}

const REPLY = Symbol('mock-reply');

/** Mark a handler's return value as a whole reply rather than a `result`. */
export function mockReply(status: number, body: unknown): MockReply {
  return { status, body, [REPLY]: true } as MockReply;
}

function isReply(value: unknown): value is MockReply {
  return value !== null && typeof value === 'object' && (value as Record<symbol, unknown>)[REPLY] === true;
}

const MOCK_TIME = {
  start: 1_700_000_000,
  finish: 1_700_000_000.01,
  duration: 0.01,
  processing: 0.005,
  date_start: '2023-11-14T22:13:20+00:00',
  date_finish: '2023-11-14T22:13:20+00:00',
};

function errorBody(version: 'v2' | 'v3', code: string, message: string): unknown {
  return version === 'v3' ? { error: { code, message } } : { error: code, error_description: message };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Answers REST calls from fixtures, the same way for the in-process mock transport and the HTTP mock server. */
export interface MockResponder {
  answer(method: string, params: unknown, apiVersion: 'v2' | 'v3'): MockAnswer;
}

export function createMockResponder(options: MockResponderOptions): MockResponder {
  const own = (record: Readonly<Record<string, unknown>> | undefined, key: string): boolean =>
    record !== undefined && Object.prototype.hasOwnProperty.call(record, key);

  const failureFor = (method: string): MockAnswer | undefined => {
    if (!own(options.fail, method)) return undefined;
    const failure = (options.fail as Readonly<Record<string, MockFailure>>)[method] as MockFailure;
    const documented = own(options.fixtures, method)
      ? options.fixtures[method]?.errors?.find((e) => e.code === failure.code)
      : undefined;
    const status = failure.status ?? documented?.status ?? 400;
    return { status, body: { code: failure.code, message: failure.message ?? documented?.message ?? '' } };
  };

  const answerOne = (method: string, params: unknown, version: 'v2' | 'v3'): MockAnswer => {
    const failure = failureFor(method);
    if (failure !== undefined) {
      const f = failure.body as { code: string; message: string };
      return { status: failure.status, body: errorBody(version, f.code, f.message) };
    }
    if (own(options.handlers, method)) {
      const out = (options.handlers as Readonly<Record<string, MockHandler>>)[method]?.(params, { method, apiVersion: version });
      if (isReply(out)) return { status: out.status, body: out.body };
      return { status: 200, body: { result: out ?? null, time: MOCK_TIME } };
    }
    if (own(options.fixtures, method)) {
      const response = options.fixtures[method]?.response;
      if (isRecord(response) && 'result' in response) return { status: 200, body: response };
      return { status: 200, body: { result: response ?? null, time: MOCK_TIME } };
    }
    return version === 'v3'
      ? { status: 404, body: errorBody('v3', 'ERROR_METHOD_NOT_FOUND', 'Method not found') }
      : { status: 404, body: errorBody('v2', 'ERROR_METHOD_NOT_FOUND', 'Method not found!') };
  };

  const batchV2 = (params: unknown): MockAnswer => {
    const p = isRecord(params) ? params : {};
    const cmd = isRecord(p['cmd']) ? p['cmd'] : Array.isArray(p['cmd']) ? Object.assign({}, p['cmd']) : undefined;
    if (cmd === undefined) return { status: 400, body: errorBody('v2', 'INVALID_ARG_VALUE', 'cmd is required') };
    const halt = p['halt'] === true || p['halt'] === 1 || p['halt'] === '1' || p['halt'] === 'true';
    const result: Record<string, unknown> = {};
    const resultError: Record<string, unknown> = {};
    const resultTotal: Record<string, unknown> = {};
    const resultNext: Record<string, unknown> = {};
    const resultTime: Record<string, unknown> = {};
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
        if (halt) break;
        continue;
      }
      const answer = answerOne(method, decodePhpQuery(query), 'v2');
      const body = isRecord(answer.body) ? answer.body : {};
      if (answer.status >= 400 || body['error'] !== undefined) {
        resultError[key] = { error: body['error'], error_description: body['error_description'] ?? '' };
        if (halt) break;
        continue;
      }
      result[key] = body['result'] ?? null;
      if (body['total'] !== undefined) resultTotal[key] = body['total'];
      if (body['next'] !== undefined) resultNext[key] = body['next'];
      resultTime[key] = body['time'] ?? MOCK_TIME;
    }
    // PHP writes an empty associative array as [].
    const php = (o: Record<string, unknown>): unknown => (Object.keys(o).length === 0 ? [] : o);
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

  const batchV3 = (params: unknown): MockAnswer => {
    if (!Array.isArray(params)) {
      return { status: 400, body: errorBody('v3', 'BITRIX_REST_V3_EXCEPTION_INVALIDSELECTEXCEPTION', 'batch expects a JSON array') };
    }
    const results = params.map((item: unknown) => {
      const entry = isRecord(item) ? item : {};
      const answer = answerOne(String(entry['method'] ?? ''), entry['query'] ?? {}, 'v3');
      const body = isRecord(answer.body) ? answer.body : {};
      return answer.status >= 400 ? { error: body['error'] } : body['result'];
    });
    return { status: 200, body: { result: results, time: MOCK_TIME } };
  };

  return {
    answer(method, params, apiVersion) {
      if (method === 'batch') return apiVersion === 'v3' ? batchV3(params) : batchV2(params);
      return answerOne(method, params, apiVersion);
    },
  };
}
