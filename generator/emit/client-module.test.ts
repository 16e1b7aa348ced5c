import { describe, expect, it } from 'vitest';
import type { IrDocument, IrMethod } from '../ir/types.js';
import { clientModuleInput } from './client-module.js';
import { partKey } from './module-memo.js';
import { planPackage } from './plan.js';
import { irDocument, irMethod } from './test-support/ir-builders.js';
import { jsonPlanMemo } from './test-support/plan-memo.js';

const integer = { raw: 'integer', kind: 'scalar', name: 'integer' } as const;

function method(name: string, extra: Partial<IrMethod> = {}): IrMethod {
  return irMethod(name, {
    params: [{ name: 'id', type: integer, required: true, description: 'The id.' }],
    resultType: { raw: 'boolean', kind: 'scalar', name: 'boolean' },
    description: 'Reads the item.',
    ...extra,
  });
}

const base = (): IrMethod[] => [method('x.item.get'), method('x.item.list', { resultType: { raw: 'array', kind: 'array', items: integer } }), method('y.thing.add')];

/** Edits of one method, some of which the client module shows (its title, its params being required), some not. */
const variants: Record<string, (methods: IrMethod[]) => IrMethod[]> = {
  unchanged: (ms) => ms,
  description: (ms) => ms.map((m) => (m.name === 'x.item.get' ? { ...m, description: 'Reads one item by its id.' } : m)),
  'param description': (ms) => ms.map((m) => (m.name === 'x.item.get' ? { ...m, params: m.params.map((p) => ({ ...p, description: 'Its id.' })) } : m)),
  title: (ms) => ms.map((m) => (m.name === 'x.item.get' ? { ...m, title: 'Get an item' } : m)),
  'params optional': (ms) => ms.map((m) => (m.name === 'x.item.get' ? { ...m, params: m.params.map((p) => ({ ...p, required: false })) } : m)),
  'method added': (ms) => [...ms, method('x.item.delete')],
  'method renamed': (ms) => ms.map((m) => (m.name === 'y.thing.add' ? { ...m, name: 'y.thing.create', key: 'y.thing.create' } : m)),
};

/** The client's input and its part key, planned through a memo the first run filled (as a warm run does). */
function clientOf(doc: IrDocument, memo = jsonPlanMemo()): { key: string | undefined; text: string } {
  const input = clientModuleInput(planPackage(doc, memo));
  return { key: partKey('client', input), text: JSON.stringify(input) };
}

describe('the client module part key', () => {
  it('is equal for two plans exactly when the client inputs are equal, with or without kept plans', () => {
    const memo = jsonPlanMemo();
    const before = clientOf(irDocument(base()), memo);
    expect(before.key).toBeDefined();
    const seen: string[] = [];
    for (const [name, edit] of Object.entries(variants)) {
      for (const after of [clientOf(irDocument(edit(base())), memo), clientOf(irDocument(edit(base())))]) {
        expect({ name, sameKey: after.key === before.key }).toEqual({ name, sameKey: after.text === before.text });
      }
      if (clientOf(irDocument(edit(base())), memo).key !== before.key) seen.push(name);
    }
    // The edits the client does not show keep its key (it is not printed again); the others change it.
    expect(seen.sort()).toEqual(['method added', 'method renamed', 'params optional', 'title']);
  });
});
