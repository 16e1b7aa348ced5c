import { createMockResponder } from './mock-responder.js';
import type { MethodFixture, MockFailure, MockHandler } from './mock-responder.js';
import { safeJsonParse } from './safe-json.js';
import type { ClientOptions } from './core.js';
import type { Transport, TransportRequest, TransportResponse } from './transport.js';

export interface MockTransportOptions {
  /** Answer these methods with an error (message/status default to the fixture's documented error). */
  fail?: Record<string, MockFailure>;
  /** Dynamic answers for some methods. */
  handlers?: Record<string, MockHandler>;
}

/** The method name and REST version a runtime-built URL addresses. */
export function methodFromUrl(url: string): { method: string; apiVersion: 'v2' | 'v3' } {
  const path = new URL(url).pathname;
  const segments = path.split('/').filter((s) => s !== '');
  const last = decodeURIComponent(segments[segments.length - 1] ?? '').replace(/\.json$/, '');
  return { method: last, apiVersion: path.includes('/rest/api/') ? 'v3' : 'v2' };
}

/** Answers from fixtures without a network: each call gets its documented result or error. */
export function createMockTransport(
  fixtures: Readonly<Record<string, MethodFixture>>,
  options: MockTransportOptions = {},
): Transport {
  const responderOptions: { fixtures: Readonly<Record<string, MethodFixture>>; fail?: Record<string, MockFailure>; handlers?: Record<string, MockHandler> } = { fixtures };
  if (options.fail !== undefined) responderOptions.fail = options.fail;
  if (options.handlers !== undefined) responderOptions.handlers = options.handlers;
  const responder = createMockResponder(responderOptions);
  return {
    async send(request: TransportRequest): Promise<TransportResponse> {
      if (request.signal?.aborted === true) throw request.signal.reason ?? new Error('aborted');
      const { method, apiVersion } = methodFromUrl(request.url);
      const parsed = request.body === '' ? { ok: true as const, value: {} } : safeJsonParse(request.body);
      if (!parsed.ok) {
        return { status: 400, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ error: 'INVALID_REQUEST', error_description: 'Invalid JSON' }) };
      }
      let params = parsed.value;
      if (params !== null && typeof params === 'object' && !Array.isArray(params) && 'auth' in params) {
        const { auth: _auth, ...rest } = params as Record<string, unknown>;
        params = rest;
      }
      const answer = responder.answer(method, params, apiVersion);
      return { status: answer.status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(answer.body) };
    },
  };
}

/** Options of `createMockClient`: those of `createClient` except the transport, plus forced failures by method. */
export interface MockClientOptions extends Omit<ClientOptions, 'transport'> {
  fail?: Record<string, { code: string; message: string; status?: number }>;
}

/** Client options under which every call is answered from `fixtures`, without a network. */
export function mockClientOptions(fixtures: Readonly<Record<string, MethodFixture>>, options: MockClientOptions = {}): ClientOptions {
  const { fail, ...rest } = options;
  return {
    webhookUrl: 'https://mock.bitrix24.invalid/rest/1/mock/',
    rateLimit: false,
    ...rest,
    transport: createMockTransport(fixtures, fail === undefined ? undefined : { fail }),
  };
}
