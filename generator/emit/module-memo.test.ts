import { describe, expect, it } from 'vitest';
import { memoizedParts, partKey, printEveryPart, type PrintedModuleMemo } from './module-memo.js';
import type { ModuleViews } from './module-views.js';
import type { MethodPlan } from './plan.js';

function method(description: string): MethodPlan {
  return { key: 'crm.deal.get', docs: { description, tags: [] }, errors: [] } as unknown as MethodPlan;
}

function mapMemo(): PrintedModuleMemo & { map: Map<string, ModuleViews> } {
  const map = new Map<string, ModuleViews>();
  return { map, get: (k) => map.get(k), keep: (k, v) => void map.set(k, v) };
}

describe('memoized parts', () => {
  it('keys an input by every value in it and by the kind of part', () => {
    const a = partKey('methods', method('one'));
    expect(a).toBe(partKey('methods', method('one')));
    expect(a).not.toBe(partKey('methods', method('two')));
    expect(a).not.toBe(partKey('fixtures', method('one')));
    expect(partKey('methods', { ...method('one'), errorsName: 'E' })).not.toBe(a);
  });

  it('tells an absent property from one set to undefined, and a string from a number', () => {
    expect(partKey('methods', { ...method('one'), errorName: undefined })).not.toBe(partKey('methods', method('one')));
    const asNumber = { ...method('one'), key: 1 } as unknown as MethodPlan;
    expect(partKey('methods', asNumber)).not.toBe(partKey('methods', { ...method('one'), key: '1' }));
  });

  it('refuses to key a plan holding anything but plain data', () => {
    const odd = { ...method('one'), extra: new Map([['x', 1]]) } as unknown as MethodPlan;
    expect(partKey('methods', odd)).toBeUndefined();
    let printed = 0;
    const memo = mapMemo();
    const print = (): ModuleViews => ({ ts: `${++printed}`, js: '', dts: '' });
    memoizedParts(memo)('methods', odd, print);
    memoizedParts(memo)('methods', odd, print);
    expect(printed).toBe(2);
    expect(memo.map.size).toBe(0);
  });

  it('prints a part once and then reuses its three forms, until its plan changes', () => {
    const memo = mapMemo();
    let printed = 0;
    const print = (m: MethodPlan): ModuleViews => ({ ts: `ts ${++printed} ${m.docs.description}`, js: `js ${printed}`, dts: `dts ${printed}` });
    const parts = memoizedParts(memo);
    const first = parts('methods', method('one'), print);
    expect(parts('methods', method('one'), print)).toEqual(first);
    expect(printed).toBe(1);
    expect(parts('methods', method('two'), print).ts).toContain('two');
    expect(printed).toBe(2);
    expect(parts('fixtures', method('one'), print).ts).toBe('ts 3 one');
    expect(printEveryPart('methods', method('one'), print).ts).toBe('ts 4 one');
  });
});
