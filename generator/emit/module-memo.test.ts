import { describe, expect, it } from 'vitest';
import { askPart, identifyPart, partKey, partsFromMemo, printAhead, type AskedPart, type PrintedModuleMemo } from './module-memo.js';
import type { ModuleViews } from './module-views.js';
import { NO_VIEWS, type PartPrinter, type PartRequest, type PrintParts } from './parts.js';
import type { MethodPlan } from './plan.js';

function method(description: string): MethodPlan {
  return { key: 'crm.deal.get', docs: { description, tags: [] }, errors: [] } as unknown as MethodPlan;
}

function mapMemo(): PrintedModuleMemo & { map: Map<string, ModuleViews> } {
  const map = new Map<string, ModuleViews>();
  return { map, get: (k) => map.get(k), keep: (k, v) => void map.set(k, v) };
}

/** A printer that records each batch it is asked for and labels each part by its description. */
function recordingPrinter(): PrintParts & { batches: PartRequest[][] } {
  const batches: PartRequest[][] = [];
  const print = (async (requests: readonly PartRequest[]) => {
    batches.push([...requests]);
    return requests.map((r) => {
      const text = `${r.kind}:${(r.input as MethodPlan).docs.description}`;
      return { ts: text, js: `js ${text}`, dts: `dts ${text}` };
    });
  }) as PrintParts & { batches: PartRequest[][] };
  print.batches = batches;
  return print;
}

describe('part keys', () => {
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

  it('refuses to key an input holding anything but plain data', () => {
    const odd = { ...method('one'), extra: new Map([['x', 1]]) } as unknown as MethodPlan;
    expect(partKey('methods', odd)).toBeUndefined();
  });

  it('takes an identity given for an input instead of its content', () => {
    const a = method('one');
    const b = method('one');
    identifyPart(a, 'plan 1');
    identifyPart(b, 'plan 2');
    expect(partKey('methods', a)).not.toBe(partKey('methods', b));
    expect(partKey('methods', a)).not.toBe(partKey('methods', method('one')));
  });
});

/** The parts a walk asks for, in order (each reads as empty). */
function askedBy(walk: (parts: PartPrinter) => unknown): AskedPart[] {
  const asked: AskedPart[] = [];
  walk((kind, input) => {
    asked.push(askPart(kind, input));
    return NO_VIEWS;
  });
  return asked;
}

describe('parts from the memo', () => {
  const assemble = (descriptions: string[]) => (parts: PartPrinter): string[] => descriptions.map((d) => parts('methods', method(d)).ts);

  it('prints what the memo lacks in one batch, once per distinct input, then hands every part out', async () => {
    const memo = mapMemo();
    const print = recordingPrinter();
    const parts = await partsFromMemo(memo, askedBy(assemble(['one', 'two', 'one'])), print);
    expect(print.batches).toHaveLength(1);
    expect(print.batches[0]?.map((r) => (r.input as MethodPlan).docs.description)).toEqual(['one', 'two']);
    expect(assemble(['one', 'two', 'one'])(parts)).toEqual(['methods:one', 'methods:two', 'methods:one']);
    expect(memo.map.size).toBe(2);
  });

  it('prints nothing when the memo has every part, and only the changed one after a change', async () => {
    const memo = mapMemo();
    await partsFromMemo(memo, askedBy(assemble(['one', 'two'])), recordingPrinter());
    const again = recordingPrinter();
    const parts = await partsFromMemo(memo, askedBy(assemble(['one', 'two'])), again);
    expect(again.batches).toEqual([]);
    expect(assemble(['one', 'two'])(parts)).toEqual(['methods:one', 'methods:two']);
    const changed = recordingPrinter();
    await partsFromMemo(memo, askedBy(assemble(['one', 'three'])), changed);
    expect(changed.batches.flat().map((r) => (r.input as MethodPlan).docs.description)).toEqual(['three']);
  });

  it('prints a part without a key every run and hands those out in the order asked', async () => {
    const memo = mapMemo();
    const odd = (d: string): MethodPlan => ({ ...method(d), extra: new Map() }) as unknown as MethodPlan;
    const both = (parts: PartPrinter): string[] => [parts('methods', odd('x')).ts, parts('methods', odd('y')).ts];
    const print = recordingPrinter();
    const parts = await partsFromMemo(memo, askedBy(both), print);
    expect(both(parts)).toEqual(['methods:x', 'methods:y']);
    expect(memo.map.size).toBe(0);
  });

  it('refuses a part the first pass did not ask for', async () => {
    const parts = await partsFromMemo(mapMemo(), askedBy(assemble(['one'])), recordingPrinter());
    expect(() => parts('methods', method('other'))).toThrow(/did not ask for/);
  });
});

describe('printAhead', () => {
  it('prints the parts the memo lacks at once, and partsFromMemo hands them out without printing them again', async () => {
    const memo = mapMemo();
    const kept = method('kept');
    memo.keep(partKey('methods', kept) as string, { ts: 'kept', js: 'kept', dts: 'kept' });
    const fresh = method('fresh');
    const print = recordingPrinter();
    const ahead = printAhead(memo, [askPart('methods', fresh), askPart('methods', kept), askPart('methods', fresh)], print);
    // One batch, of the one part the memo lacks, asked for before the walk.
    expect(print.batches.map((b) => b.map((r) => (r.input as MethodPlan).docs.description))).toEqual([['fresh']]);
    const other = method('other');
    const asked: AskedPart[] = [askPart('methods', kept), askPart('methods', fresh), askPart('methods', other)];
    const parts = await partsFromMemo(memo, asked, print, ahead);
    expect(print.batches.map((b) => b.map((r) => (r.input as MethodPlan).docs.description))).toEqual([['fresh'], ['other']]);
    expect([kept, fresh, other].map((m) => parts('methods', m).ts)).toEqual(['kept', 'methods:fresh', 'methods:other']);
    expect(memo.map.get(partKey('methods', fresh) as string)?.ts).toBe('methods:fresh');
  });

  it('asks for nothing when the memo holds every part', () => {
    const memo = mapMemo();
    const kept = method('kept');
    memo.keep(partKey('methods', kept) as string, NO_VIEWS);
    const print = recordingPrinter();
    expect(printAhead(memo, [askPart('methods', kept)], print).size).toBe(0);
    expect(print.batches).toEqual([]);
  });
});
