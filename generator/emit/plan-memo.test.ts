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

  it('a second run takes the shared declarations from the memo too, and plans the same package', async () => {
    for (const name of ['backlog', 'edge-cases']) {
      const doc = await fixture(name);
      const memo = jsonMemo({ shared: true });
      const first = planPackage(doc, memo);
      expect([memo.sharedKept, memo.sharedFound]).toEqual([1, 0]);
      const second = planPackage(doc, memo);
      expect([memo.sharedKept, memo.sharedFound]).toEqual([1, 1]);
      // The context kept with the shared plan keeps every method plan.
      expect(memo.found).toBe(doc.methods.length);
      expect(second.sharedDigest).toBeDefined();
      expect(second.sharedDigest).toBe(first.sharedDigest);
      expect(planData(second)).toStrictEqual(planData(first));
      expect(planData(second)).toStrictEqual(planData(planPackage(doc)));
    }
  });

  it('plans the shared declarations again when a structure or a method\'s references change, not for a method\'s prose', async () => {
    const doc = await fixture('edge-cases');
    const memo = jsonMemo({ shared: true });
    planPackage(doc, memo);
    const structure = doc.types[0];
    if (structure === undefined) throw new Error('the fixture has no structure');
    const renamed: IrDocument = { ...doc, types: [{ ...structure, name: `${structure.name}_renamed` }, ...doc.types.slice(1)] };
    const reference = { raw: 'crm_status', kind: 'ref', name: 'crm_status' } as const;
    const referring: IrDocument = { ...doc, methods: [...doc.methods, method('x.ref.get', { resultType: reference })] };
    const plans = [planPackage(doc, memo)];
    for (const changed of [renamed, referring]) {
      const kept = memo.sharedKept;
      const plan = planPackage(changed, memo);
      expect(memo.sharedKept).toBe(kept + 1);
      expect(planData(plan)).toStrictEqual(planData(planPackage(changed)));
      plans.push(plan);
    }
    // The digest that keys the printed types module follows the declarations, and only them.
    for (const a of plans) for (const b of plans) expect(a.sharedDigest === b.sharedDigest).toBe(JSON.stringify(a.shared) === JSON.stringify(b.shared));
    const prose: IrDocument = { ...doc, methods: doc.methods.map((m, i) => (i === 0 ? { ...m, description: 'Edited.' } : m)) };
    const found = memo.sharedFound;
    expect(planData(planPackage(prose, memo))).toStrictEqual(planData(planPackage(prose)));
    expect(memo.sharedFound).toBe(found + 1);
  });

  it('takes the shared plan over moved fields, unless its findings name their pages', () => {
    const field = (file: string, name: string, line: number) => ({
      name,
      required: false,
      type: { raw: 'string', kind: 'scalar', name: 'string' } as const,
      description: 'd',
      position: { file, line, column: 1 },
    });
    // Two structures on two pages; the first documents a field twice when `duplicate` (a finding).
    const structure = (file: string, name: string, lines: [number, number], duplicate: boolean) => ({
      id: `${file}#${name}`,
      name,
      description: 'A thing.',
      source: file,
      fields: [field(file, 'A', lines[0]), field(file, duplicate ? 'A' : 'B', lines[1])],
    });
    const doc = (first: [number, number], second: [number, number], duplicate: boolean): IrDocument => ({
      ...ir([method('x.thing.get', { resultType: { raw: 'thing', kind: 'ref', name: 'thing', typeId: 'api-reference/x/one.md#thing' } })]),
      types: [structure('api-reference/x/one.md', 'thing', first, duplicate), structure('api-reference/x/two.md', 'other', second, false)],
    });
    const cases: Array<{ duplicate: boolean; moved: IrDocument; replanned: boolean }> = [
      // Without findings the places do not matter.
      { duplicate: false, moved: doc([12, 13], [22, 23], false), replanned: false },
      // A finding names a page whose fields did not move.
      { duplicate: true, moved: doc([10, 11], [22, 23], true), replanned: false },
      // It names the page whose fields moved: it is made again where the field now is.
      { duplicate: true, moved: doc([12, 13], [20, 21], true), replanned: true },
    ];
    for (const { duplicate, moved, replanned } of cases) {
      const memo = jsonMemo({ shared: true });
      planPackage(doc([10, 11], [20, 21], duplicate), memo);
      const plan = planPackage(moved, memo);
      expect(memo.sharedKept).toBe(replanned ? 2 : 1);
      expect(planData(plan)).toStrictEqual(planData(planPackage(moved)));
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
