import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fieldsOf, RecordStore } from './record-store.js';
import type { StoredRecord } from './record-store.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
function storeFile(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'b24gen-store-test-'));
  dirs.push(dir);
  return path.join(dir, 'store.tsv');
}
const f = (v: unknown): string => JSON.stringify(v);

/** A store holding `n` records `k0…`, saved; returns its file. */
function savedStore(n: number, stamp = 's1'): string {
  const file = storeFile();
  const store = new RecordStore(file, stamp);
  for (let i = 0; i < n; i++) store.keep(`k${i}`, [f(`value ${i}`), f(i)]);
  store.save();
  return file;
}

/** Opens the store again and keeps every record it holds, as a run that reused them all would. */
function reopenKeepingAll(file: string, n: number, stamp = 's1'): RecordStore {
  const store = new RecordStore(file, stamp);
  for (let i = 0; i < n; i++) {
    const fields = store.get(`k${i}`);
    if (fields) store.keep(`k${i}`, fields);
  }
  return store;
}

describe('RecordStore', () => {
  it('gives back what the last run kept, and only that', () => {
    const file = savedStore(3);
    const store = new RecordStore(file, 's1');
    expect(store.size).toBe(3);
    expect(fieldsOf(store.get('k1') as StoredRecord)).toEqual([f('value 1'), f(1)]);
    expect(new RecordStore(file, 'another generator').size).toBe(0);
  });

  it('leaves the file alone when the run kept exactly what it found', () => {
    const file = savedStore(5);
    const before = readFileSync(file);
    const mtime = statSync(file).mtimeMs;
    const ino = statSync(file).ino;
    reopenKeepingAll(file, 5).save();
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(statSync(file).mtimeMs).toBe(mtime);
    expect(statSync(file).ino).toBe(ino);
  });

  it('appends a changed record, and the appended line wins when read back', () => {
    const file = savedStore(100);
    const before = readFileSync(file, 'utf8');
    const store = reopenKeepingAll(file, 100);
    store.keep('k7', [f('changed'), f(7)]);
    store.keep('new', [f('added'), f(0)]);
    store.save();
    const after = readFileSync(file, 'utf8');
    expect(after.startsWith(before)).toBe(true);
    expect(after.length).toBeGreaterThan(before.length);
    const again = new RecordStore(file, 's1');
    expect(fieldsOf(again.get('k7') as StoredRecord)).toEqual([f('changed'), f(7)]);
    expect(fieldsOf(again.get('new') as StoredRecord)).toEqual([f('added'), f(0)]);
    expect(again.size).toBe(101);
  });

  it('rewrites the file without dead lines once they are many', () => {
    const file = savedStore(200);
    const store = new RecordStore(file, 's1');
    // A run that used only a few of the records: the rest are stale.
    for (const k of ['k1', 'k2']) store.keep(k, store.get(k) as StoredRecord);
    store.save();
    const text = readFileSync(file, 'utf8');
    expect(text.split('\n').filter((l) => l !== '')).toEqual(['s1', `k1\t${f('value 1')}\t${f(1)}`, `k2\t${f('value 2')}\t${f(2)}`]);
  });

  it('never appends after a line cut short (a killed run): the file is rewritten whole', () => {
    const file = savedStore(10);
    writeFileSync(file, `${readFileSync(file, 'utf8')}k10\t"half a val`);
    const store = reopenKeepingAll(file, 10);
    store.keep('k11', [f('new'), f(11)]);
    store.save();
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain('half a val');
    const again = new RecordStore(file, 's1');
    expect(fieldsOf(again.get('k11') as StoredRecord)).toEqual([f('new'), f(11)]);
    expect(fieldsOf(again.get('k9') as StoredRecord)).toEqual([f('value 9'), f(9)]);
    expect(again.size).toBe(11);
  });

  it('reads back the very same values (accents, CJK, emoji, lone surrogates), and copies kept lines undecoded on a rewrite', () => {
    const file = storeFile();
    const value = { text: 'é — 日本 😀 \ud800 "quoted" \\ \u2028', n: -0.5 };
    const store = new RecordStore(file, 's1');
    store.keep('k', [JSON.stringify(value)]);
    for (let i = 0; i < 100; i++) store.keep(`filler${i}`, [f(i)]);
    store.save();
    const before = readFileSync(file);
    expect(JSON.parse((new RecordStore(file, 's1').get('k') as StoredRecord).field(0))).toEqual(value);
    // A run that keeps only `k`: the file is rewritten without the rest, `k`'s bytes as they were.
    const again = new RecordStore(file, 's1');
    again.keep('k', again.get('k') as StoredRecord);
    again.save();
    const after = readFileSync(file);
    expect(after.length).toBeLessThan(before.length);
    const line = (bytes: Buffer): Buffer => bytes.subarray(bytes.indexOf('\nk\t') + 1, bytes.indexOf('\n', bytes.indexOf('\nk\t') + 1));
    expect(line(after).equals(line(before))).toBe(true);
    expect(JSON.parse((new RecordStore(file, 's1').get('k') as StoredRecord).field(0))).toEqual(value);
  });
  it('rewrites the file once the records replaced by appends weigh more than a quarter of it, however few', () => {
    const file = storeFile();
    const store = new RecordStore(file, 's1');
    store.keep('big', [f('x'.repeat(3_000_000))]);
    for (let i = 0; i < 10; i++) store.keep(`k${i}`, [f(i)]);
    store.save();
    let size = statSync(file).size;
    // Each run replaces the one big record: appended while the dead copies stay small, then rewritten.
    const sizes: number[] = [];
    for (let run = 0; run < 4; run++) {
      const again = reopenKeepingAll(file, 10);
      again.keep('big', [f(String(run).repeat(3_000_000))]);
      again.save();
      size = statSync(file).size;
      sizes.push(size);
    }
    expect(Math.max(...sizes)).toBeLessThan(7_000_000);
    expect(JSON.parse((new RecordStore(file, 's1').get('big') as StoredRecord).field(0))).toBe('3'.repeat(3_000_000));
  });
});

describe('RecordStore on a missing file', () => {
  it('is empty, and saving makes the file', () => {
    const file = storeFile();
    const store = new RecordStore(file, 's1');
    expect(store.size).toBe(0);
    store.keep('k', [f(1)]);
    store.save();
    expect(new RecordStore(file, 's1').size).toBe(1);
  });
});

describe('RecordStore with a bulk field', () => {
  const bulk = { bulkField: 1 };
  const bulkOf = (file: string): string => `${file}.bulk`;
  const big = (i: number): string => f({ n: i, text: `bulk ${i} `.repeat(20) });

  function savedBulkStore(n: number): string {
    const file = storeFile();
    const store = new RecordStore(file, 's1', bulk);
    for (let i = 0; i < n; i++) store.keep(`k${i}`, [f(`head ${i}`), big(i), f(i)]);
    store.save();
    return file;
  }

  it('keeps the bulk field in the side file, read back by its place in it', () => {
    const file = savedBulkStore(3);
    const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l !== '');
    expect(lines[0]).toMatch(/^s1\t[0-9a-f]{16}$/);
    expect(lines[1]).toMatch(/^k0\t"head 0"\t@\d+:\d+\t0$/);
    expect(readFileSync(bulkOf(file), 'utf8').startsWith(`${(lines[0] as string).split('\t')[1]}\n`)).toBe(true);
    const store = new RecordStore(file, 's1', bulk);
    expect(fieldsOf(store.get('k2') as StoredRecord)).toEqual([f('head 2'), big(2), f(2)]);
  });

  it('appends a changed record to both files, the old places staying valid', () => {
    const file = savedBulkStore(100);
    const sideBefore = readFileSync(bulkOf(file));
    const store = new RecordStore(file, 's1', bulk);
    for (let i = 0; i < 100; i++) store.keep(`k${i}`, store.get(`k${i}`) as StoredRecord);
    store.keep('k7', [f('head 7'), big(700), f(7)]);
    store.save();
    const sideAfter = readFileSync(bulkOf(file));
    expect(sideAfter.subarray(0, sideBefore.length).equals(sideBefore)).toBe(true);
    expect(sideAfter.length).toBeGreaterThan(sideBefore.length);
    const again = new RecordStore(file, 's1', bulk);
    expect(fieldsOf(again.get('k7') as StoredRecord)).toEqual([f('head 7'), big(700), f(7)]);
    expect(fieldsOf(again.get('k8') as StoredRecord)).toEqual([f('head 8'), big(8), f(8)]);
  });

  it('writes a new side file with the kept records only when it rewrites the store', () => {
    const file = savedBulkStore(200);
    const sideBefore = statSync(bulkOf(file)).size;
    const store = new RecordStore(file, 's1', bulk);
    for (const k of ['k1', 'k2']) store.keep(k, store.get(k) as StoredRecord);
    store.save();
    expect(statSync(bulkOf(file)).size).toBeLessThan(sideBefore / 50);
    const again = new RecordStore(file, 's1', bulk);
    expect(again.size).toBe(2);
    expect(fieldsOf(again.get('k2') as StoredRecord)).toEqual([f('head 2'), big(2), f(2)]);
  });

  it('reads no bulk from a side file that is not the one the store names, and starts both files again', () => {
    const file = savedBulkStore(3);
    writeFileSync(bulkOf(file), `0123456789abcdef\n${'x'.repeat(5000)}`);
    const store = new RecordStore(file, 's1', bulk);
    const record = store.get('k1') as StoredRecord;
    expect(record.field(0)).toBe(f('head 1'));
    expect(record.field(1)).toBe('');
    store.keep('k1', record);
    store.keep('k9', [f('head 9'), big(9), f(9)]);
    store.save();
    const again = new RecordStore(file, 's1', bulk);
    // The record whose bulk could not be read is gone; the new one reads back.
    expect(again.get('k1')).toBeUndefined();
    expect(fieldsOf(again.get('k9') as StoredRecord)).toEqual([f('head 9'), big(9), f(9)]);
  });
});
