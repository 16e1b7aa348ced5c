import { describe, expect, it } from 'vitest';
import type { B24Core, MethodCallOptions } from './core.js';
import { bindMethodTree, wireNameOf } from './method-tree.js';

interface Sent {
  method: string;
  params: unknown;
  options?: MethodCallOptions;
}

function recordingCore(sent: Sent[]): B24Core {
  return {
    call: async (method: string, params: unknown, options?: MethodCallOptions) => {
      sent.push(options === undefined ? { method, params } : { method, params, options });
      return method;
    },
    batch: async (commands: Record<string, readonly [string, unknown]>) => commands,
    iterate: (method: string) => (async function* () { yield method; })(),
  } as unknown as B24Core;
}

describe('bindMethodTree', () => {
  const tree = { crm: { item: { '': 'crm.item', list: 'crm.item.list', name: 'crm.item.name' } }, tasks: { task: { get: 'tasks.task.get@v3' } } };

  it('calls through nested namespaces, a node that is also a method included', async () => {
    const sent: Sent[] = [];
    const client = bindMethodTree(recordingCore(sent), tree, new Set());
    const crm = client.crm as { item: ((p?: unknown) => Promise<unknown>) & { list(p?: unknown): Promise<unknown>; name(): Promise<unknown> } };
    await crm.item.list({ a: 1 });
    await crm.item({ b: 2 });
    await crm.item.name();
    expect(sent.map((s) => s.method)).toEqual(['crm.item.list', 'crm.item', 'crm.item.name']);
    expect(sent[2]?.params).toEqual({});
  });

  it('sends REST 3.0 keys by their wire name with apiVersion v3', async () => {
    const sent: Sent[] = [];
    const client = bindMethodTree(recordingCore(sent), tree, new Set(['tasks.task.get@v3']));
    await client.call('tasks.task.get@v3', { id: 1 });
    expect(sent[0]).toEqual({ method: 'tasks.task.get', params: { id: 1 }, options: { apiVersion: 'v3' } });
    expect(wireNameOf('a.b')).toBe('a.b');
  });

  it('keeps a segment named __proto__ a plain member', () => {
    const client = bindMethodTree(recordingCore([]), JSON.parse('{"__proto__":"x.__proto__"}'), new Set());
    expect(Object.getPrototypeOf(client)).toBe(Object.prototype);
    expect(typeof Object.getOwnPropertyDescriptor(client, '__proto__')?.value).toBe('function');
  });

  it('maps batch commands to wire names', async () => {
    const client = bindMethodTree(recordingCore([]), tree, new Set());
    expect(await client.batch({ a: ['tasks.task.get@v3', undefined] })).toEqual({ a: ['tasks.task.get', {}] });
  });
});
