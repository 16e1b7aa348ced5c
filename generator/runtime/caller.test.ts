import { describe, expect, it } from 'vitest';
import { createCaller } from './caller.js';
import { createManualClock } from './clock.js';
import type { Transport, TransportRequest } from './transport.js';

function scripted(answers: Array<{ status: number; body: unknown }>): Transport & { requests: TransportRequest[] } {
  const requests: TransportRequest[] = [];
  return {
    requests,
    send: async (request) => {
      requests.push(request);
      const answer = answers.shift() ?? { status: 500, body: {} };
      return { status: answer.status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(answer.body) };
    },
  };
}

const WEBHOOK = 'https://example.bitrix24.com/rest/1/abcdefghij/';

describe('createCaller', () => {
  it('calls the webhook URL (REST 3.0 under /rest/api/ with an Idempotency-Key) and resolves to result', async () => {
    const transport = scripted([{ status: 200, body: { result: { id: 1 } } }, { status: 200, body: { result: 2, total: 2 } }]);
    const caller = createCaller({ webhookUrl: WEBHOOK, transport });
    expect(await caller.call('crm.item.get', { id: 1 })).toEqual({ id: 1 });
    expect(await caller.callRaw('tasks.task.get', {}, { apiVersion: 'v3' })).toEqual({ result: 2, total: 2 });
    expect(transport.requests.map((r) => r.url)).toEqual([
      'https://example.bitrix24.com/rest/1/abcdefghij/crm.item.get',
      'https://example.bitrix24.com/rest/api/1/abcdefghij/tasks.task.get',
    ]);
    expect(transport.requests[1]?.headers['idempotency-key']).toMatch(/.{8,}/);
  });

  it('retries a rate-limited read and throws documented errors with the secret redacted', async () => {
    const clock = createManualClock();
    const transport = scripted([
      { status: 503, body: { error: 'QUERY_LIMIT_EXCEEDED', error_description: 'Too many requests' } },
      { status: 200, body: { result: true } },
      { status: 400, body: { error: 'ERROR_X', error_description: 'bad hook abcdefghij' } },
    ]);
    const caller = createCaller({ webhookUrl: WEBHOOK, transport, clock, retries: { random: () => 0 } });
    expect(await caller.call('crm.item.list', {})).toBe(true);
    expect(clock.sleeps).toEqual([250]);
    await expect(caller.call('crm.item.add', {})).rejects.toMatchObject({ code: 'ERROR_X', description: 'bad hook [REDACTED]' });
  });

  it('needs a webhook URL or a transport', () => {
    expect(() => createCaller({})).toThrow(/webhookUrl or a transport/);
  });
});
