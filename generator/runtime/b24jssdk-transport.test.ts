import { describe, expect, it } from 'vitest';
import { createB24JssdkTransport } from './b24jssdk-transport.js';
import type { B24JssdkLike } from './b24jssdk-transport.js';
import { createCore } from './core.js';
import { B24Error } from './errors.js';

function fakeSdk(): B24JssdkLike & { calls: Array<[string, unknown, number | undefined]> } {
  const calls: Array<[string, unknown, number | undefined]> = [];
  return {
    calls,
    async callMethod(method, params, start) {
      calls.push([method, params, start]);
      if (method === 'crm.deal.add') {
        throw Object.assign(new Error('Access denied'), { code: 'ACCESS_DENIED', status: 403 });
      }
      const page = start ?? 0;
      return { getData: () => ({ result: [{ ID: String(page + 1) }], next: page === 0 ? 50 : undefined, total: 2 }) };
    },
  };
}

describe('createB24JssdkTransport', () => {
  it('carries typed calls and list paging through callMethod', async () => {
    const sdk = fakeSdk();
    const core = createCore({ transport: createB24JssdkTransport(sdk), rateLimit: false, retries: 0 });
    const items: unknown[] = [];
    for await (const item of core.iterate('crm.deal.list', { select: ['ID'] })) items.push(item);
    expect(items).toEqual([{ ID: '1' }, { ID: '51' }]);
    expect(sdk.calls.map((c) => [c[0], c[2]])).toEqual([['crm.deal.list', 0], ['crm.deal.list', 50]]);
  });

  it('maps a b24jssdk AjaxError onto B24Error', async () => {
    const core = createCore({ transport: createB24JssdkTransport(fakeSdk()), rateLimit: false, retries: 0 });
    const err = await core.call('crm.deal.add', {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(B24Error);
    expect(err).toMatchObject({ code: 'ACCESS_DENIED', status: 403, description: 'Access denied', method: 'crm.deal.add' });
  });
});
