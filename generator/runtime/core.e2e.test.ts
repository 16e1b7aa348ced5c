import { afterEach, describe, expect, it } from 'vitest';
import { createManualClock } from './clock.js';
import { createCore } from './core.js';
import type { ClientOptions } from './core.js';
import { B24Error } from './errors.js';
import { mockReply } from './mock-responder.js';
import { startMockServer } from './mock-server.js';
import type { MockServer, MockServerOptions } from './mock-server.js';

const fixtures = {
  'user.current': { response: { result: { ID: '1', NAME: 'John' }, time: { start: 1, finish: 2 } } },
  'crm.deal.add': { response: { result: 17 } },
  'crm.deal.get': { response: { result: { ID: '17', TITLE: 'Deal' } } },
};

let server: MockServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(options: Partial<MockServerOptions> = {}): Promise<MockServer> {
  server = await startMockServer({ fixtures, ...options });
  return server;
}

function core(s: MockServer, extra: Partial<ClientOptions> = {}) {
  const clock = createManualClock();
  const client = createCore({ webhookUrl: s.webhookUrl, clock, retries: { maxRetries: 3, random: () => 0.5 }, ...extra });
  return { client, clock };
}

async function failure(p: Promise<unknown>): Promise<B24Error> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(B24Error);
    return e as B24Error;
  }
  throw new Error('expected the call to fail');
}

function expectNoSecret(err: B24Error, secrets: readonly string[]): void {
  const views = [err.message, String(err), JSON.stringify(err), JSON.stringify(err.cause ?? null), err.stack ?? '', err.description];
  for (const secret of secrets) {
    for (const view of views) expect(view).not.toContain(secret);
  }
}

function count(s: MockServer, method: string): number {
  return s.requests.filter((r) => r.method === method).length;
}

describe('webhook calls over HTTP', () => {
  it('returns result and the envelope', async () => {
    const s = await start();
    const { client } = core(s);
    expect(await client.call('user.current', {})).toEqual({ ID: '1', NAME: 'John' });
    const raw = await client.callRaw('user.current', {});
    expect(raw.time).toEqual({ start: 1, finish: 2 });
    expect(s.requests[0]?.headers['content-type']).toBe('application/json');
  });

  it('turns a documented error into a B24Error without the webhook secret', async () => {
    const s = await start({ fail: { 'crm.deal.add': { code: 'ACCESS_DENIED', message: 'Access denied', status: 403 } } });
    const { client } = core(s);
    const err = await failure(client.call('crm.deal.add', { fields: { TITLE: 'x' } }));
    expect(err).toMatchObject({ code: 'ACCESS_DENIED', description: 'Access denied', status: 403, method: 'crm.deal.add', retryable: false });
    expect(count(s, 'crm.deal.add')).toBe(1);
    expectNoSecret(err, [s.webhookSecret]);
  });

  it('refuses a wrong webhook code with NO_AUTH_FOUND', async () => {
    const s = await start();
    const { client } = core(s, { webhookUrl: s.webhookUrl.replace(s.webhookSecret, 'wrongsecret123') });
    const err = await failure(client.call('user.current', {}));
    expect(err.code).toBe('NO_AUTH_FOUND');
    expect(err.status).toBe(401);
    expectNoSecret(err, ['wrongsecret123']);
  });
});

describe('faults', () => {
  it('retries QUERY_LIMIT_EXCEEDED (it surely did not run) with growing delays', async () => {
    const s = await start({ faults: [{ kind: 'query-limit', times: 2 }] });
    const { client, clock } = core(s);
    expect(await client.call('crm.deal.add', {})).toBe(17);
    expect(count(s, 'crm.deal.add')).toBe(3);
    expect(s.requests.filter((r) => r.executed)).toHaveLength(1);
    // 500 ms base doubling, equal jitter at random 0.5: 375, then 750 (the limiter adds its own
    // pacing in between, because the portal said its bucket is full).
    const sleeps = clock.sleeps.filter((ms) => ms > 0);
    expect(sleeps.indexOf(750)).toBeGreaterThan(sleeps.indexOf(375));
    expect(sleeps.indexOf(375)).toBeGreaterThanOrEqual(0);
  });

  it('gives up on QUERY_LIMIT_EXCEEDED after the retry budget, still retryable', async () => {
    const s = await start({ faults: [{ kind: 'query-limit', times: 10 }] });
    const { client } = core(s, { retries: { maxRetries: 2, random: () => 0 } });
    const err = await failure(client.call('crm.deal.add', {}));
    expect(err).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', status: 503, retryable: true });
    expect(count(s, 'crm.deal.add')).toBe(3);
    expectNoSecret(err, [s.webhookSecret]);
  });

  it('does not repeat a write after a dropped connection (it may have run)', async () => {
    const s = await start({ faults: [{ kind: 'drop-after-run', method: 'crm.deal.add' }] });
    const { client } = core(s);
    const err = await failure(client.call('crm.deal.add', { fields: { TITLE: 'x' } }));
    expect(err.code).toBe('CONNECTION_LOST');
    expect(err.retryable).toBe(false);
    expect(count(s, 'crm.deal.add')).toBe(1);
    expectNoSecret(err, [s.webhookSecret]);
  });

  it('repeats a write after a dropped connection when marked idempotent', async () => {
    const s = await start({ faults: [{ kind: 'drop', method: 'crm.deal.add' }] });
    const { client } = core(s);
    expect(await client.call('crm.deal.add', {}, { idempotent: true })).toBe(17);
    expect(count(s, 'crm.deal.add')).toBe(2);
  });

  it('repeats a read after a dropped connection (reads are idempotent by default)', async () => {
    const s = await start({ faults: [{ kind: 'drop', method: 'crm.deal.get' }] });
    const { client } = core(s);
    expect(await client.call('crm.deal.get', { id: 17 })).toEqual({ ID: '17', TITLE: 'Deal' });
    expect(count(s, 'crm.deal.get')).toBe(2);
  });

  it('times out a slow write once and does not send it again', async () => {
    const s = await start({ faults: [{ kind: 'slow', method: 'crm.deal.add', delayMs: 2000 }] });
    const { client } = core(s);
    const err = await failure(client.call('crm.deal.add', {}, { timeoutMs: 50 }));
    expect(err).toMatchObject({ code: 'TIMEOUT', status: 0, retryable: false, method: 'crm.deal.add' });
    expect(count(s, 'crm.deal.add')).toBe(1);
    expectNoSecret(err, [s.webhookSecret]);
  });

  it('retries a timed-out idempotent call', async () => {
    const s = await start({ faults: [{ kind: 'slow', method: 'crm.deal.get', delayMs: 2000 }] });
    const { client } = core(s);
    expect(await client.call('crm.deal.get', {}, { timeoutMs: 300 })).toEqual({ ID: '17', TITLE: 'Deal' });
    expect(count(s, 'crm.deal.get')).toBe(2);
  });

  it('honours an AbortSignal without retrying', async () => {
    const s = await start({ faults: [{ kind: 'slow', method: 'crm.deal.get', delayMs: 2000 }] });
    const { client } = core(s);
    const controller = new AbortController();
    const p = client.call('crm.deal.get', {}, { signal: controller.signal });
    // Abort once the request has surely reached the server (timing-independent).
    while (count(s, 'crm.deal.get') === 0) await new Promise((r) => setTimeout(r, 5));
    controller.abort(new Error(`stop ${s.webhookSecret}`));
    const err = await failure(p);
    expect(err.code).toBe('ABORTED');
    expect(count(s, 'crm.deal.get')).toBe(1);
    expectNoSecret(err, [s.webhookSecret]);
  });

  it('reports a 5xx as an error and repeats it only for idempotent calls', async () => {
    const s = await start({ faults: [{ kind: 'server-error', times: 2 }] });
    const { client } = core(s);
    const err = await failure(client.call('crm.deal.add', {}));
    expect(err).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', status: 500, retryable: false });
    expect(count(s, 'crm.deal.add')).toBe(1);
    expect(await client.call('crm.deal.get', {})).toEqual({ ID: '17', TITLE: 'Deal' });
    expect(count(s, 'crm.deal.get')).toBe(2);
  });

  it('reports an HTML error page with its status and a body snippet as the cause', async () => {
    const s = await start({ faults: [{ kind: 'html', method: 'crm.deal.add' }] });
    const { client } = core(s);
    const err = await failure(client.call('crm.deal.add', {}));
    expect(err).toMatchObject({ code: 'HTTP_ERROR', status: 502 });
    expect(err.description).toContain('HTML');
    expect(JSON.stringify(err.cause)).toContain('502 Bad Gateway');
    expect(count(s, 'crm.deal.add')).toBe(1);
    expectNoSecret(err, [s.webhookSecret]);
  });

  it('reports malformed JSON as INVALID_RESPONSE and does not repeat a write', async () => {
    const s = await start({ faults: [{ kind: 'malformed-json', method: 'crm.deal.add' }] });
    const { client } = core(s);
    const err = await failure(client.call('crm.deal.add', {}));
    expect(err).toMatchObject({ code: 'INVALID_RESPONSE', status: 200, retryable: false });
    expect(count(s, 'crm.deal.add')).toBe(1);
    expectNoSecret(err, [s.webhookSecret]);
  });

  it('retries connection refused (nothing ran) and then fails with the cause kept', async () => {
    const s = await start();
    const url = s.webhookUrl;
    await s.close();
    server = undefined;
    const clock = createManualClock();
    const client = createCore({ webhookUrl: url, clock, retries: { maxRetries: 2, random: () => 0 } });
    const err = await failure(client.call('crm.deal.add', {}));
    expect(err.code).toBe('CONNECTION_REFUSED');
    expect(err.retryable).toBe(true);
    expect(clock.sleeps.filter((ms) => ms > 0)).toEqual([250, 500]);
    expect(JSON.stringify(err.cause)).toContain('ECONNREFUSED');
    expectNoSecret(err, [s.webhookSecret]);
  });

  it('waits out OPERATION_TIME_LIMIT until operating_reset_at, then retries once', async () => {
    const clock = createManualClock(1_000_000_000_000);
    const resetAt = 1_000_000_000 + 30; // seconds
    let calls = 0;
    const s = await start({
      handlers: {
        'crm.item.list': () => {
          calls++;
          return { items: [] };
        },
      },
      fixtures: { ...fixtures, 'crm.item.get': { response: { result: {}, time: { operating: 100, operating_reset_at: resetAt } } } },
    });
    const client = createCore({ webhookUrl: s.webhookUrl, clock, rateLimit: false });
    await client.call('crm.item.get', {});
    s.addFault({ kind: 'operation-time-limit', method: 'crm.item.get' });
    await client.call('crm.item.get', {});
    expect(count(s, 'crm.item.get')).toBe(3);
    expect(clock.sleeps).toContain(30_000);
    expect(calls).toBe(0);
  });
});

describe('rate limit', () => {
  it('paces calls past the burst at the drain rate, on the injected clock', async () => {
    const s = await start();
    const { client, clock } = core(s, { rateLimit: { burst: 3, perSecond: 2 } });
    for (let i = 0; i < 5; i++) await client.call('user.current', {});
    expect(clock.sleeps).toEqual([500, 500]);
    expect(count(s, 'user.current')).toBe(5);
  });
});

describe('more failure paths', () => {
  it('fails at once, without a request, while a method is known to be blocked for long', async () => {
    const clock = createManualClock(1_000_000_000_000);
    const s = await start({ faults: [{ kind: 'operation-time-limit', method: 'crm.deal.add' }] });
    const client = createCore({ webhookUrl: s.webhookUrl, clock, rateLimit: false, operatingBudget: { blockedFallbackMs: 600_000 } });
    const first = await failure(client.call('crm.deal.add', {}));
    expect(first).toMatchObject({ code: 'OPERATION_TIME_LIMIT', status: 429, retryable: true, retryAfterMs: 600_000 });
    const second = await failure(client.call('crm.deal.add', {}));
    expect(second.code).toBe('OPERATION_TIME_LIMIT');
    expect(count(s, 'crm.deal.add')).toBe(1);
    // Other methods are not blocked.
    expect(await client.call('user.current', {})).toEqual({ ID: '1', NAME: 'John' });
  });

  it('does not try to renew on expired_token with a webhook', async () => {
    const s = await start({ faults: [{ kind: 'expired-token' }] });
    const { client } = core(s);
    const err = await failure(client.call('user.current', {}));
    expect(err).toMatchObject({ code: 'expired_token', status: 401, retryable: false });
    expect(count(s, 'user.current')).toBe(1);
  });

  it('sends nothing when the signal is already aborted', async () => {
    const s = await start();
    const { client } = core(s);
    const err = await failure(client.call('user.current', {}, { signal: AbortSignal.abort() }));
    expect(err.code).toBe('ABORTED');
    expect(s.requests).toHaveLength(0);
  });

  it('reports an onTokens failure and keeps the renewed token in use', async () => {
    const s = await start({ oauth: { accessToken: 'currentaccess1', refreshToken: 'refreshtoken1' } });
    const client = createCore({
      clock: createManualClock(),
      oauth: {
        portalUrl: `${s.url}/rest/`,
        accessToken: 'oldaccesstoken',
        refreshToken: 'refreshtoken1',
        clientId: 'app.1',
        clientSecret: 'clientsecret1',
        tokenEndpoint: s.tokenEndpoint,
        onTokens: () => {
          throw new Error(`disk full while writing ${s.oauth?.refreshToken ?? ''}`);
        },
      },
    });
    const err = await failure(client.call('user.current', {}));
    expect(err.code).toBe('TOKEN_STORE_FAILED');
    expectNoSecret(err, [s.oauth?.refreshToken ?? 'x', s.oauth?.accessToken ?? 'x', 'clientsecret1']);
    expect(await client.call('user.current', {})).toEqual({ ID: '1', NAME: 'John' });
    expect(count(s, 'oauth/token')).toBe(1);
  });
});

describe('REST 3.0', () => {
  it('calls /rest/api/ with a JSON body and an Idempotency-Key reused by the retry', async () => {
    const s = await start({
      fixtures: { 'tasks.task.add': { response: { result: { item: { id: 5 } } } } },
      faults: [{ kind: 'drop-after-run', method: 'tasks.task.add' }],
    });
    const { client } = core(s, { v3Methods: new Set(['tasks.task.add']) });
    expect(await client.call('tasks.task.add', { fields: { title: 'A' } })).toEqual({ item: { id: 5 } });
    const sent = s.requests.filter((r) => r.method === 'tasks.task.add');
    expect(sent).toHaveLength(2);
    expect(sent.every((r) => r.apiVersion === 'v3')).toBe(true);
    const keys = sent.map((r) => r.headers['idempotency-key']);
    expect(typeof keys[0]).toBe('string');
    expect(keys[0]).toBe(keys[1]);
  });

  it('maps the v3 error shape onto B24Error with validation', async () => {
    const s = await start({
      fail: { 'tasks.task.get': { code: 'BITRIX_REST_V3_EXCEPTION_VALIDATION_REQUESTVALIDATIONEXCEPTION', message: 'Error validating request object', status: 400 } },
    });
    const { client } = core(s);
    const err = await failure(client.call('tasks.task.get', {}, { apiVersion: 'v3' }));
    expect(err).toMatchObject({ code: 'BITRIX_REST_V3_EXCEPTION_VALIDATION_REQUESTVALIDATIONEXCEPTION', status: 400, method: 'tasks.task.get' });
    expect(count(s, 'tasks.task.get')).toBe(1);
  });
});

describe('REST 3.0 batch', () => {
  it('sends v3 commands as a root JSON array to /rest/api/batch and v2 ones as cmd', async () => {
    const s = await start({
      fixtures: { ...fixtures, 'tasks.task.get': { response: { result: { item: { id: 289 } } } } },
      fail: { 'tasks.task.delete': { code: 'BITRIX_REST_V3_EXCEPTION_ACCESSDENIEDEXCEPTION', message: 'Access denied', status: 403 } },
    });
    const { client } = core(s, { v3Methods: new Set(['tasks.task.get', 'tasks.task.delete']) });
    const out = await client.batch({ t: ['tasks.task.get', { id: 289 }], d: ['tasks.task.delete', { id: 1 }], u: ['user.current', {}] });
    expect(out.result).toEqual({ t: { item: { id: 289 } }, u: { ID: '1', NAME: 'John' } });
    expect(out.errors['d']).toMatchObject({ code: 'BITRIX_REST_V3_EXCEPTION_ACCESSDENIEDEXCEPTION', method: 'tasks.task.delete' });
    const batches = s.requests.filter((r) => r.method === 'batch');
    expect(batches.map((r) => r.apiVersion).sort()).toEqual(['v2', 'v3']);
    expect(batches.find((r) => r.apiVersion === 'v3')?.params).toEqual([
      { method: 'tasks.task.get', query: { id: 289 } },
      { method: 'tasks.task.delete', query: { id: 1 } },
    ]);
  });
});

describe('OAuth', () => {
  it('two concurrent calls hitting expired_token cause exactly one refresh; new tokens are stored', async () => {
    const s = await start({ oauth: { accessToken: 'currentaccess1', refreshToken: 'refreshtoken1', clientId: 'app.1', clientSecret: 'clientsecret1' } });
    const stored: string[] = [];
    const clock = createManualClock();
    const client = createCore({
      clock,
      oauth: {
        portalUrl: s.url,
        accessToken: 'oldaccesstoken',
        refreshToken: 'refreshtoken1',
        clientId: 'app.1',
        clientSecret: 'clientsecret1',
        tokenEndpoint: s.tokenEndpoint,
        onTokens: (t) => {
          stored.push(t.accessToken);
        },
      },
    });
    const [a, b] = await Promise.all([client.call('user.current', {}), client.call('crm.deal.get', {})]);
    expect(a).toEqual({ ID: '1', NAME: 'John' });
    expect(b).toEqual({ ID: '17', TITLE: 'Deal' });
    expect(count(s, 'oauth/token')).toBe(1);
    expect(stored).toEqual([s.oauth?.accessToken]);
    // The renewal used the stored refresh token; every later call uses the new access token.
    await client.call('user.current', {});
    expect(count(s, 'oauth/token')).toBe(1);
  });

  it('a failed renewal surfaces invalid_grant without any token or the client secret', async () => {
    const s = await start({ oauth: { accessToken: 'currentaccess1', refreshToken: 'someotherrefresh' } });
    const client = createCore({
      clock: createManualClock(),
      oauth: {
        portalUrl: s.url,
        accessToken: 'oldaccesstoken',
        refreshToken: 'staleRefreshToken',
        clientId: 'app.1',
        clientSecret: 'clientsecret1',
        tokenEndpoint: s.tokenEndpoint,
        tokenRequestMethod: 'POST',
      },
    });
    const err = await failure(client.call('user.current', {}));
    expect(err).toMatchObject({ code: 'invalid_grant', status: 400, method: 'user.current' });
    expectNoSecret(err, ['oldaccesstoken', 'staleRefreshToken', 'clientsecret1']);
  });

  it('refuses plain http to a non-loopback portal', () => {
    expect(() =>
      createCore({ oauth: { portalUrl: 'http://example.com', accessToken: 'a', refreshToken: 'b', clientId: 'c', clientSecret: 'd' } }),
    ).toThrow(/https/);
  });
});

describe('batch over HTTP', () => {
  it('splits 120 commands into 3 requests and keeps per-command errors and null results', async () => {
    const s = await start({
      handlers: { 'crm.deal.get': (p) => ((p as { id?: string }).id === '0' ? null : { id: (p as { id?: string }).id }) },
      fail: { 'crm.deal.delete': { code: 'NOT_FOUND', message: 'Not found', status: 400 } },
    });
    const { client } = core(s);
    const commands: Record<string, readonly [string, unknown]> = {};
    for (let i = 0; i < 119; i++) commands[`g${i}`] = ['crm.deal.get', { id: i }];
    commands['bad'] = ['crm.deal.delete', { id: 1 }];
    const out = await client.batch(commands);
    expect(count(s, 'batch')).toBe(3);
    expect(out.result['g0']).toBeNull();
    expect('g0' in out.result).toBe(true);
    expect(out.result['g118']).toEqual({ id: '118' });
    expect(Object.keys(out.result)).toHaveLength(119);
    expect(out.errors['bad']).toMatchObject({ code: 'NOT_FOUND', description: 'Not found', method: 'crm.deal.delete' });
  });

  it('with halt stops at the first error and does not send later chunks', async () => {
    const s = await start({ fail: { 'crm.deal.delete': { code: 'NOT_FOUND', message: 'Not found' } } });
    const { client } = core(s);
    const commands: Record<string, readonly [string, unknown]> = { first: ['crm.deal.delete', { id: 1 }] };
    for (let i = 0; i < 60; i++) commands[`g${i}`] = ['crm.deal.get', { id: i }];
    const out = await client.batch(commands, { halt: true });
    expect(count(s, 'batch')).toBe(1);
    expect(out.errors['first']?.code).toBe('NOT_FOUND');
    expect(out.errors['g0']?.code).toBe('BATCH_NOT_EXECUTED');
    expect(out.errors['g59']?.code).toBe('BATCH_NOT_EXECUTED');
    expect(Object.keys(out.result)).toHaveLength(0);
  });

  it('sends sub-commands as method?query with PHP-style nested keys', async () => {
    const s = await start();
    const { client } = core(s);
    await client.batch({ a: ['crm.deal.get', { id: 5, filter: { '>ID': 3, TYPE: ['A', 'B'] } }] });
    const params = s.requests.find((r) => r.method === 'batch')?.params as { cmd: Record<string, string> };
    expect(params.cmd['a']).toBe('crm.deal.get?id=5&filter[%3EID]=3&filter[TYPE][0]=A&filter[TYPE][1]=B');
  });
});

describe('lists over HTTP', () => {
  const items = Array.from({ length: 120 }, (_, i) => ({ ID: String(i + 1) }));

  it('iterates every page following next', async () => {
    const s = await start({
      handlers: {
        'crm.deal.list': (p) => {
          const start = Number((p as { start?: unknown }).start ?? 0);
          const body: Record<string, unknown> = { result: items.slice(start, start + 50), total: items.length };
          if (start + 50 < items.length) body['next'] = start + 50;
          return mockReply(200, body);
        },
      },
    });
    const { client } = core(s);
    const seen: unknown[] = [];
    for await (const item of client.iterate('crm.deal.list', { select: ['ID'] })) seen.push(item);
    expect(seen).toEqual(items);
    expect(count(s, 'crm.deal.list')).toBe(3);
  });

  it('walks by id with start=-1 (fast) and stops on a short page', async () => {
    const s = await start({
      handlers: {
        'crm.item.list': (p) => {
          const q = p as { start?: number; filter?: Record<string, unknown>; order?: Record<string, string> };
          expect(q.start).toBe(-1);
          expect(q.order).toEqual({ id: 'ASC' });
          const after = Number(q.filter?.['>id'] ?? 0);
          return { items: items.filter((i) => Number(i.ID) > after).slice(0, 50).map((i) => ({ id: Number(i.ID) })) };
        },
      },
    });
    const { client } = core(s);
    const ids: unknown[] = [];
    for await (const item of client.iterate('crm.item.list', { entityTypeId: 1 }, { fast: { idField: 'id' } })) ids.push((item as { id: number }).id);
    expect(ids).toEqual(items.map((i) => Number(i.ID)));
    expect(count(s, 'crm.item.list')).toBe(3);
    const filters = s.requests.filter((r) => r.method === 'crm.item.list').map((r) => (r.params as { filter?: unknown }).filter);
    expect(filters).toEqual([{}, { '>id': 50 }, { '>id': 100 }]);
  });

  it('stops with STALLED_CURSOR when the portal ignores the id filter', async () => {
    const s = await start({ handlers: { 'crm.deal.list': () => items.slice(0, 50) } });
    const { client } = core(s);
    const walk = async (): Promise<void> => {
      for await (const _ of client.iterate('crm.deal.list', {}, { fast: true })) void _;
    };
    const err = await failure(walk());
    expect(err.code).toBe('STALLED_CURSOR');
    expect(count(s, 'crm.deal.list')).toBe(2);
  });

  it('stops with STALLED_CURSOR when next does not advance', async () => {
    const s = await start({ handlers: { 'crm.deal.list': () => mockReply(200, { result: items.slice(0, 50), next: 50, total: 500 }) } });
    const { client } = core(s);
    const walk = async (): Promise<void> => {
      for await (const _ of client.iterate('crm.deal.list', {})) void _;
    };
    expect((await failure(walk())).code).toBe('STALLED_CURSOR');
    expect(count(s, 'crm.deal.list')).toBe(2);
  });
});

describe('mock server robustness', () => {
  it('survives malformed, oversized, deep and prototype-polluting requests', async () => {
    const s = await start({ maxBodyBytes: 1000 });
    const post = (body: string, type = 'application/json') =>
      fetch(`${s.webhookUrl}user.current`, { method: 'POST', headers: { 'content-type': type }, body });
    expect((await post('{not json')).status).toBe(400);
    expect((await post('x'.repeat(5000))).status).toBe(413);
    expect((await post('['.repeat(100) + ']'.repeat(100))).status).toBe(400);
    const polluted = await post('{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}');
    expect(polluted.status).toBe(200);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect((await fetch(`${s.url}/nowhere`)).status).toBe(404);
    expect((await fetch(`${s.url}/rest/1/${s.webhookSecret}/%E0%A4%A`)).status).toBe(404);
    // Still serving.
    const ok = await post('{}');
    expect(await ok.json()).toMatchObject({ result: { ID: '1' } });
  });
});

describe('methods that read their params by position', () => {
  it('sends named params as a list in the documented order, in calls and in batch commands', async () => {
    const s = await start({ fixtures: { 'task.item.update': { response: { result: true } } } });
    const { client } = core(s, { paramOrders: { 'task.item.update': ['TASKID', 'TASKDATA'] } });
    expect(await client.call('task.item.update', { TASKDATA: { TITLE: 'A' }, TASKID: 7 })).toBe(true);
    const sent = s.requests.find((r) => r.method === 'task.item.update');
    expect(sent?.params).toEqual([7, { TITLE: 'A' }]);
    await client.batch({ u: ['task.item.update', { TASKDATA: { TITLE: 'B' }, TASKID: 8 }] });
    const batch = s.requests.find((r) => r.method === 'batch')?.params as { cmd: Record<string, string> };
    expect(batch.cmd['u']).toBe('task.item.update?0=8&1[TITLE]=B');
  });

  it('leaves lists and the methods the table does not name as they are', async () => {
    const s = await start({ fixtures: { 'task.item.getdata': { response: { result: {} } }, 'user.current': { response: { result: {} } } } });
    const { client } = core(s, { paramOrders: { 'task.item.getdata': ['TASKID'] } });
    await client.call('task.item.getdata', [3]);
    await client.call('user.current', { TASKID: 3 });
    expect(s.requests.map((r) => r.params)).toEqual([[3], { TASKID: 3 }]);
  });
});
