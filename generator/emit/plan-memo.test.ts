import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { IrDocument, IrMethod } from '../ir/types.js';
import { NameRegistry } from './names.js';
import { irDocument, irMethod } from './test-support/ir-builders.js';
import { planPackage } from './plan.js';
import { replayClaims } from './plan-memo.js';
import { jsonPlanMemo as jsonMemo, planData } from './test-support/plan-memo.js';

async function fixture(name: string): Promise<IrDocument> {
  return JSON.parse(await readFile(new URL(`../../test/fixtures/ir/${name}.json`, import.meta.url), 'utf8')) as IrDocument;
}

/** A method taking a required `id` and answering a boolean. */
function method(name: string, extra: Partial<IrMethod> = {}): IrMethod {
  return irMethod(name, {
    params: [{ name: 'id', type: { raw: 'integer', kind: 'scalar', name: 'integer' }, required: true, description: 'The id.' }],
    resultType: { raw: 'boolean', kind: 'scalar', name: 'boolean' },
    ...extra,
  });
}

const ir = irDocument;

describe('plan memo', () => {
  it('a method plan is JSON data: it comes back from the memo as planned', async () => {
    for (const name of ['backlog', 'edge-cases']) {
      const plan = planPackage(await fixture(name));
      expect(JSON.parse(JSON.stringify(plan.methods))).toStrictEqual(plan.methods);
    }
  });

  it('a second run takes every plan from the memo and plans the same package', async () => {
    for (const name of ['backlog', 'edge-cases']) {
      const doc = await fixture(name);
      const memo = jsonMemo();
      const first = planPackage(doc, memo);
      expect(memo.kept).toBe(doc.methods.length);
      const keptBefore = memo.kept;
      const second = planPackage(doc, memo);
      expect(memo.kept).toBe(keptBefore);
      expect(memo.found).toBe(doc.methods.length);
      expect(planData(second)).toStrictEqual(planData(first));
      expect(planData(second)).toStrictEqual(planData(planPackage(doc)));
    }
  });

  it('plans a changed method again, and only that one', async () => {
    const doc = await fixture('backlog');
    const memo = jsonMemo();
    planPackage(doc, memo);
    const changed: IrDocument = { ...doc, methods: doc.methods.map((m, i) => (i === 0 ? { ...m, description: `${m.description} Edited.` } : m)) };
    const kept = memo.kept;
    const plan = planPackage(changed, memo);
    expect(memo.kept).toBe(kept + 1);
    expect(planData(plan)).toStrictEqual(planData(planPackage(changed)));
  });

  it('re-plans a kept method whose name a new method now takes first', () => {
    const memo = jsonMemo();
    planPackage(ir([method('x.y')]), memo);
    // `x-y` sorts before `x.y` and asks for the same identifier: the kept plan's names are gone.
    const grown = ir([method('x.y'), method('x-y', { source: 'api-reference/x/x-dash-y.md' })]);
    const plan = planPackage(grown, memo);
    expect(plan.methods.find((m) => m.key === 'x-y')?.functionName).toBe('xY');
    expect(plan.methods.find((m) => m.key === 'x.y')?.functionName).toBe('xY2');
    expect(planData(plan)).toStrictEqual(planData(planPackage(grown)));
  });
});

describe('replayClaims', () => {
  it('claims the recorded names when each would be handed out the same', () => {
    const names = new NameRegistry();
    expect(replayClaims(names, [['dealGet', 'method', 'dealGet'], ['DealGetParams', 'Item', 'DealGetParams']])).toBe(true);
    expect(names.list()).toEqual(['DealGetParams', 'dealGet']);
  });

  it('claims nothing when one name would come out otherwise', () => {
    const names = new NameRegistry();
    names.claim('DealGetParams');
    expect(replayClaims(names, [['dealGet', 'method', 'dealGet'], ['DealGetParams', 'Item', 'DealGetParams']])).toBe(false);
    expect(names.list()).toEqual(['DealGetParams']);
  });

  it('sees its own earlier claims: a repeated base gets the suffix it got before', () => {
    const names = new NameRegistry();
    expect(replayClaims(names, [['Item', 'Item', 'Item'], ['Item', 'Item', 'Item2']])).toBe(true);
    expect(replayClaims(new NameRegistry(), [['Item', 'Item', 'Item'], ['Item', 'Item', 'Item']])).toBe(false);
  });
});
