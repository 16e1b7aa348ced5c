/**
 * The runtime against hostile portals and hostile clients: responses cannot pollute prototypes,
 * huge or deep responses fail as a B24Error, and the mock server survives malformed requests.
 */
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../generator/runtime/core.js';
import { B24Error } from '../../generator/runtime/errors.js';
import { startMockServer, type MockServer } from '../../generator/runtime/mock-server.js';
import type { TransportResponse } from '../../generator/runtime/transport.js';

function coreAnswering(body: string | (() => string), status = 200): ReturnType<typeof createCore> {
  return createCore({
    webhookUrl: 'https://example.bitrix24.com/rest/1/secret/',
    rateLimit: false,
    retries: 0,
    transport: {
      async send(): Promise<TransportResponse> {
        return { status, headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : body() };
      },
    },
  });
}

async function failure(p: Promise<unknown>): Promise<B24Error> {
  try {
    await p;
  } catch (error) {
    expect(error).toBeInstanceOf(B24Error);
    return error as B24Error;
  }
  throw new Error('expected the call to fail');
}

describe('responses that try to pollute prototypes', () => {
  const POISON = '{"result":{"a":1,"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"\\u005f_proto__":{"polluted":"yes"},"items":[{"__proto__":{"polluted":"yes"}}]},"total":1,"time":{"__proto__":{"polluted":"yes"},"start":1}}';

  it('reach neither Object.prototype nor the result objects, also after merging them', async () => {
    const response = await coreAnswering(POISON).callRaw('x.y', {});
    const result = response.result as Record<string, unknown>;
    expect(result['a']).toBe(1);
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
    expect((result as { polluted?: unknown }).polluted).toBeUndefined();
    const item = (result['items'] as Array<Record<string, unknown>>)[0] as Record<string, unknown>;
    expect((item as { polluted?: unknown }).polluted).toBeUndefined();
    // The usual ways user code copies a result must not carry a poisoned key either.
    const merged = { ...result, ...Object.assign({}, result), ...(JSON.parse(JSON.stringify(result)) as object) } as Record<string, unknown>;
    expect(merged['polluted']).toBeUndefined();
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect((response.time as unknown as Record<string, unknown> | undefined)?.['polluted']).toBeUndefined();
  });

  it('do not pollute through an error body either', async () => {
    const error = await failure(coreAnswering('{"error":"X","error_description":"y","__proto__":{"polluted":"yes"}}', 400).call('x.y', {}));
    expect(error.code).toBe('X');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('responses too big or too deep', () => {
  it('fail as a B24Error when nested past the depth limit', async () => {
    const deep = `{"result":${'['.repeat(200_000)}${']'.repeat(200_000)}}`;
    const error = await failure(coreAnswering(deep).call('x.y', {}));
    expect(error.code).toBe('INVALID_RESPONSE');
    expect(error.method).toBe('x.y');
  });

  it('fail as a B24Error when larger than the size limit', async () => {
    const huge = `{"result":"${'x'.repeat(65 * 1024 * 1024)}"}`;
    const error = await failure(coreAnswering(huge).call('x.y', {}));
    expect(error.code).toBe('INVALID_RESPONSE');
    // The error carries a snippet, not the whole body.
    expect(JSON.stringify(error.cause ?? null).length).toBeLessThan(64 * 1024);
  });

  it('fail as a B24Error on bodies that are not JSON objects', async () => {
    for (const body of ['', 'null', '[]', '"x"', '{"result":', '\u0000\u0001', '<html><script>alert(1)</script>']) {
      const error = await failure(coreAnswering(body).call('x.y', {}));
      expect(['INVALID_RESPONSE', 'HTTP_ERROR']).toContain(error.code);
    }
  });
});

describe('the mock server given malformed requests', () => {
  let server: MockServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  /** Sends raw bytes and returns what came back (or '' when the server closed the socket). */
  function raw(url: string, request: string | Buffer): Promise<string> {
    const { port } = new URL(url);
    return new Promise((resolve) => {
      const socket = net.connect(Number(port), '127.0.0.1');
      let received = '';
      socket.on('data', (chunk) => (received += chunk.toString('latin1')));
      socket.on('error', () => resolve(received));
      socket.on('close', () => resolve(received));
      socket.setTimeout(5_000, () => socket.destroy());
      socket.end(request);
    });
  }

  it('answers every malformed request with an HTTP error status, and keeps serving', async () => {
    server = await startMockServer({ fixtures: { 'user.current': { response: { result: { ID: '1' } } } }, maxBodyBytes: 4096 });
    const hook = new URL(server.webhookUrl).pathname;
    const post = (path: string, body: string, extra = ''): string =>
      `POST ${path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n${extra}Connection: close\r\n\r\n${body}`;
    const requests: Array<string | Buffer> = [
      post(`${hook}user.current`, '{"a":'),
      post(`${hook}user.current`, '['.repeat(3000) + ']'.repeat(3000)),
      post(`${hook}user.current`, '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}'),
      post(`${hook}user.current`, 'x'.repeat(10_000)),
      post(`${hook}%E0%A4%A.json`, '{}'),
      post(`${hook}..%2F..%2Fetc%2Fpasswd`, '{}'),
      post(`${hook}user.current`, '\u0000\u0001binary'),
      post('/rest/1/wrong/user.current', '{}'),
      post('/../../etc/passwd', '{}'),
      `POST ${hook}user.current HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\nConnection: close\r\n\r\n{"short":`,
      `POST ${hook}user.current HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\nZZZ\r\nnot hex\r\n0\r\n\r\n`,
      'GARBAGE\r\n\r\n',
      Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x0d, 0x0a, 0x0d, 0x0a]),
      `GET ${hook}user.current?${'a=1&'.repeat(2000)} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`,
    ];
    // Well-formed requests with poisoned keys or a long query string may be served.
    const mayPass = new Set([2, 13]);
    for (const [i, request] of requests.entries()) {
      const answer = await raw(server.url, request);
      // Always an HTTP answer (the server also answers what Node's parser refuses), never a 2xx for garbage, never a crash.
      expect(answer, String(request).slice(0, 60)).toMatch(mayPass.has(i) ? /^HTTP\/1\.1 [2-5]\d\d/ : /^HTTP\/1\.1 [45]\d\d/);
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    // Still alive and correct afterwards.
    const result = await createCore({ webhookUrl: server.webhookUrl, rateLimit: false, retries: 0 }).call('user.current', {});
    expect(result).toEqual({ ID: '1' });
  });
});
