import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { irMethod } from '../emit/test-support/ir-builders.js';
import { methodDigest } from '../ir/method-digest.js';
import { methodRefTypes } from '../ir/method-ref-types.js';
import type { IrNamedType } from '../ir/types.js';
import { FINALS_BULK_FIELD, FinalMethodStore } from './final-method-store.js';
import { DamagedCacheError } from './lazy-object.js';
import { RecordStore } from './record-store.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function storeFile(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'b24gen-finals-test-'));
  dirs.push(dir);
  return path.join(dir, 'finals.tsv');
}

const type: IrNamedType = { id: 'x.md#thing', name: 'thing', description: '', fields: [], source: 'x.md' } as unknown as IrNamedType;
const shown = irMethod('a.shown', {
  params: [{ name: 'owner', type: { raw: 'user', kind: 'ref', name: 'user' }, required: true, description: 'Ünïcode — 日本' }],
  examples: { response: { result: { id: 1 } } },
});
const plain = irMethod('b.plain');

describe('FinalMethodStore', () => {
  it('hands back each recorded method under its context, equal to what was recorded, with its digest and references known', () => {
    const file = storeFile();
    const records = new RecordStore(file, 's');
    const first = new FinalMethodStore(records);
    expect(first.context).toBeUndefined();
    first.record('ctx-1', { refined: [type], before: { 'x.md#thing': 'digest-before' } }, [
      { method: shown, shownTypes: ['x.md#thing'], typeReads: [['x.md#thing', 'd1']] },
      { method: plain, shownTypes: [], typeReads: [] },
    ]);
    records.save();

    const again = new FinalMethodStore(new RecordStore(file, 's'));
    expect(again.context).toBe('ctx-1');
    expect(again.types()).toEqual({ refined: [type], before: { 'x.md#thing': 'digest-before' } });
    expect(again.shownTypes(shown.source)).toEqual(['x.md#thing']);
    expect(again.shownTypes(plain.source)).toEqual([]);
    expect(again.typeReads(shown.source)).toEqual([['x.md#thing', 'd1']]);
    const back = again.method(shown.source);
    expect(back).toBeDefined();
    expect(JSON.stringify(back)).toBe(JSON.stringify(shown));
    expect(methodDigest(back as never)).toBe(methodDigest(shown));
    expect(methodRefTypes(back as never)).toEqual(methodRefTypes(shown));
    // A new object on each call: the cross-page passes may change the one they are given.
    expect(again.method(shown.source)).not.toBe(back);
    expect(again.method('absent.md')).toBeUndefined();
    expect(again.stats.taken).toBe(2);
  });

  it('a run that redid a few methods keeps the others and the structures as recorded', () => {
    const file = storeFile();
    const firstRecords = new RecordStore(file, 's');
    new FinalMethodStore(firstRecords).record('ctx-1', { refined: [type], before: {} }, [
      { method: shown, shownTypes: ['x.md#thing'], typeReads: [] },
      { method: plain, shownTypes: [], typeReads: [] },
    ]);
    firstRecords.save();

    const secondRecords = new RecordStore(file, 's');
    const second = new FinalMethodStore(secondRecords);
    expect(second.method(shown.source)).toBeDefined();
    const edited = { ...plain, description: 'Edited.' };
    second.record('ctx-1', undefined, [{ method: edited, shownTypes: [], typeReads: [] }]);
    secondRecords.save();

    const third = new FinalMethodStore(new RecordStore(file, 's'));
    expect(third.context).toBe('ctx-1');
    expect(third.types()?.refined).toEqual([type]);
    expect(third.method(plain.source)?.description).toBe('Edited.');
    expect(JSON.stringify(third.method(shown.source))).toBe(JSON.stringify(shown));
  });

  it('a method recorded under another context is not handed back', () => {
    const file = storeFile();
    const records = new RecordStore(file, 's');
    const store = new FinalMethodStore(records);
    store.record('ctx-1', { refined: [], before: {} }, [{ method: plain, shownTypes: [], typeReads: [] }]);
    store.record('ctx-2', { refined: [], before: {} }, [{ method: shown, shownTypes: [], typeReads: [] }]);
    records.save();
    const again = new FinalMethodStore(new RecordStore(file, 's'));
    expect(again.context).toBe('ctx-2');
    expect(again.method(plain.source)).toBeUndefined();
    expect(again.method(shown.source)).toBeDefined();
  });

  it('reads a method\'s references only when asked for; a list that turns out damaged then stops the run', () => {
    const file = storeFile();
    const records = new RecordStore(file, 's');
    new FinalMethodStore(records).record('ctx', { refined: [], before: {} }, [{ method: shown, shownTypes: [], typeReads: [] }]);
    records.save();
    // Field 6 is the reference list: one that is no list at all (or cut short) is a miss, a broken one fails when read.
    for (const [refs, outcome] of [['{}', 'miss'], ['[{"raw":', 'miss'], ['[{"raw":]', 'damaged']] as const) {
      const reopened = new RecordStore(file, 's');
      const key = `final:${shown.source}`;
      const fields = reopened.get(key);
      if (fields === undefined) throw new Error(`no record under ${key}`);
      const edited = Array.from({ length: fields.length }, (_, i) => (i === 6 ? refs : fields.field(i)));
      reopened.keep(key, edited);
      // Only kept records are saved: the run's own record too.
      const run = reopened.get('run');
      if (run !== undefined) reopened.keep('run', run);
      reopened.save();
      const method = new FinalMethodStore(new RecordStore(file, 's')).method(shown.source);
      if (outcome === 'miss') expect(method).toBeUndefined();
      else expect(() => methodRefTypes(method as never)).toThrow(DamagedCacheError);
    }
  });

  it('keeps the refined structures in the side file: a run that changed only their line numbers does not grow the main file', () => {
    const file = storeFile();
    const withLine = (line: number): IrNamedType => ({ ...type, description: 'x'.repeat(50_000), position: { file: 'x.md', line, column: 1 } }) as unknown as IrNamedType;
    const sizes: number[] = [];
    for (const line of [3, 5, 7]) {
      const records = new RecordStore(file, 's', { bulkField: FINALS_BULK_FIELD });
      const store = new FinalMethodStore(records);
      store.record('ctx', { refined: [withLine(line)], before: { 'x.md#thing': 'd' } }, [{ method: plain, shownTypes: [], typeReads: [] }]);
      records.save();
      sizes.push(statSync(file).size);
      expect(new FinalMethodStore(new RecordStore(file, 's', { bulkField: FINALS_BULK_FIELD })).types()).toEqual({ refined: [withLine(line)], before: { 'x.md#thing': 'd' } });
    }
    // Each save appends one short line for the run record; the 50 KB of structures go to the side file.
    expect(sizes[2] as number).toBeLessThan(5_000);
    expect(statSync(`${file}.bulk`).size).toBeGreaterThan(150_000);
  });
});
