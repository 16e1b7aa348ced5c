import { describe, expect, it } from 'vitest';
import { createCore } from './core.js';
import { createMockTransport, mockClientOptions } from './mock-transport.js';

const fixtures = {
  'tasks.api.scrum.backlog.add': {
    response: { result: { id: 2, groupId: 1 }, time: { start: 1 } },
    errors: [{ code: '0', message: 'Backlog already added' }],
  },
  'user.current': { response: { result: { ID: '1' } } },
};

describe('createMockTransport', () => {
  it('answers documented results, also inside batch', async () => {
    const core = createCore({ webhookUrl: 'https://example.bitrix24.com/rest/1/abcdefgh/', transport: createMockTransport(fixtures), rateLimit: false });
    expect(await core.call('tasks.api.scrum.backlog.add', { fields: { groupId: 1 } })).toEqual({ id: 2, groupId: 1 });
    const out = await core.batch({ a: ['user.current', {}], b: ['no.such.method', {}] });
    expect(out.result).toEqual({ a: { ID: '1' } });
    expect(out.errors['b']?.code).toBe('ERROR_METHOD_NOT_FOUND');
  });

  it('serves a documented error with its documented message', async () => {
    const transport = createMockTransport(fixtures, { fail: { 'tasks.api.scrum.backlog.add': { code: '0' } } });
    const core = createCore({ webhookUrl: 'https://example.bitrix24.com/rest/1/abcdefgh/', transport, rateLimit: false });
    await expect(core.call('tasks.api.scrum.backlog.add', {})).rejects.toMatchObject({ code: '0', description: 'Backlog already added', status: 400 });
  });

  it('answers unknown methods with ERROR_METHOD_NOT_FOUND', async () => {
    const core = createCore({ webhookUrl: 'https://example.bitrix24.com/rest/1/abcdefgh/', transport: createMockTransport({}), rateLimit: false });
    await expect(core.call('x.y', {})).rejects.toMatchObject({ code: 'ERROR_METHOD_NOT_FOUND', status: 404 });
  });
});

describe('mockClientOptions', () => {
  it('answers from the fixtures without rate limiting, and fails the methods asked to', async () => {
    const options = mockClientOptions(fixtures, { retries: 0, fail: { 'user.current': { code: 'ACCESS_DENIED', message: 'no', status: 403 } } });
    expect(options.rateLimit).toBe(false);
    const core = createCore(options);
    expect(await core.call('tasks.api.scrum.backlog.add', { fields: { groupId: 1 } })).toEqual({ id: 2, groupId: 1 });
    await expect(core.call('user.current', {})).rejects.toMatchObject({ code: 'ACCESS_DENIED' });
  });

  it('keeps the caller\'s options over its defaults, but never the caller\'s transport', () => {
    const options = mockClientOptions(fixtures, { webhookUrl: 'https://example.bitrix24.com/rest/1/abcdefgh/', rateLimit: { burst: 5, perSecond: 1 } });
    expect(options.webhookUrl).toBe('https://example.bitrix24.com/rest/1/abcdefgh/');
    expect(options.rateLimit).toEqual({ burst: 5, perSecond: 1 });
    expect(options.transport).toBeDefined();
  });
});
