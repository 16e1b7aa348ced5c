import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RecordStore } from './record-store.js';
import { TranspileCache } from './transpile-cache.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
const sha = (text: string): string => createHash('sha256').update(text).digest('hex');

describe('TranspileCache', () => {
  it('records what each module was put together from with the hashes of its three files, for the next run', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'b24gen-transpile-test-'));
    dirs.push(dir);
    const file = path.join(dir, 't.tsv');
    const recipe = sha('recipe');
    const written = new Map([
      ['src/methods/tasks.ts', sha('ts')],
      ['dist/methods/tasks.js', sha('js')],
      ['dist/methods/tasks.d.ts', sha('dts')],
      ['src/methods/crm.ts', sha('crm')],
    ]);
    const first = new TranspileCache(new RecordStore(file, 's'));
    // crm.ts has no compiled forms among the written files: no record for it.
    first.keepModules(new Map([['src/methods/tasks.ts', recipe], ['src/methods/crm.ts', recipe]]), written);
    (first as unknown as { store: RecordStore }).store.save();
    const next = new TranspileCache(new RecordStore(file, 's'));
    expect(next.moduleRecord('src/methods/tasks.ts')).toEqual({ recipe, hashes: { ts: sha('ts'), js: sha('js'), dts: sha('dts') } });
    expect(next.moduleRecord('src/methods/crm.ts')).toBeUndefined();
    expect(next.moduleRecord('src/methods/other.ts')).toBeUndefined();
  });

  it('gives back a transpiled module and the hashes of its three files, also in the next run', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'b24gen-transpile-test-'));
    dirs.push(dir);
    const file = path.join(dir, 't.tsv');
    const out = { js: 'export const a = 1; // é\n', dts: 'export declare const a = 1;\n' };
    const first = new TranspileCache(new RecordStore(file, 's'));
    expect(first.empty).toBe(true);
    expect(first.lookup('src/a.ts', 'export const a = 1;\n')).toBeUndefined();
    first.keep('src/a.ts', 'export const a = 1;\n', out);
    (first as unknown as { store: RecordStore }).store.save();

    const next = new TranspileCache(new RecordStore(file, 's'));
    expect(next.empty).toBe(false);
    const hit = next.lookup('src/a.ts', 'export const a = 1;\n');
    expect(hit).toEqual(out);
    const files = new Map([
      ['src/a.ts', 'export const a = 1;\n'],
      ['dist/a.js', (hit as { js: string }).js],
      ['dist/a.d.ts', 'changed after the cache saw it\n'],
      ['README.md', 'never seen\n'],
    ]);
    // Only texts the cache saw are vouched for; the rest are for the writer to hash.
    expect(next.hashesOf(files)).toEqual(new Map([
      ['src/a.ts', sha('export const a = 1;\n')],
      ['dist/a.js', sha(out.js)],
    ]));
    // Another source under the same name is another key.
    expect(next.lookup('src/a.ts', 'export const a = 2;\n')).toBeUndefined();
  });
});
