/**
 * An incremental run need not put together a module the output folder already holds as it would
 * be: what it makes plus what it keeps is the whole package, and a changed method's module is made.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { IrDocument } from '../ir/types.js';
import { emitPackage, emitPackageFiles, type UnchangedModules } from './index.js';
import { compiledPaths } from './module-path.js';
import type { ModuleViews } from './module-views.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const options = { packageName: 'kept-check', packageVersion: '0.0.1', runtimeDir: path.join(ROOT, 'generator/runtime') };
const sha = (text: string): string => createHash('sha256').update(text).digest('hex');

async function backlog(): Promise<IrDocument> {
  return JSON.parse(await readFile(path.join(ROOT, 'test/fixtures/ir/backlog.json'), 'utf8')) as IrDocument;
}

function mapMemo(): { get(k: string): ModuleViews | undefined; keep(k: string, v: ModuleViews): void } {
  const map = new Map<string, ModuleViews>();
  return { get: (k) => map.get(k), keep: (k, v) => void map.set(k, v) };
}

/** An output folder holding `files`, made from `recipes`, as the cache would describe it. */
function folderHolding(files: ReadonlyMap<string, string>, recipes: ReadonlyMap<string, string>): UnchangedModules & { asked: number } {
  const found = {
    asked: 0,
    find(file: string, recipe: string) {
      found.asked++;
      if (recipes.get(file) !== recipe) return undefined;
      const paths = compiledPaths(file);
      return { ts: sha(files.get(file) as string), js: sha(files.get(paths.js) as string), dts: sha(files.get(paths.dts) as string) };
    },
  };
  return found;
}

describe('unchanged modules', () => {
  it('keeps every module the folder holds as it would be, and the kept and made files are the whole package', async () => {
    const ir = await backlog();
    const memo = mapMemo();
    const first = await emitPackageFiles(ir, { ...options, printedModules: memo });
    expect(first.kept.size).toBe(0);
    expect(first.recipes.size).toBeGreaterThanOrEqual(4);
    const folder = folderHolding(first.files, first.recipes);
    const second = await emitPackageFiles(ir, { ...options, printedModules: memo, unchangedModules: folder });
    expect(folder.asked).toBe(first.recipes.size);
    // Three files per kept module, none of them made.
    expect(second.kept.size).toBe(3 * first.recipes.size);
    for (const file of second.kept.keys()) expect(second.files.has(file)).toBe(false);
    const whole = await emitPackage(ir, options);
    const hashes = new Map([...second.files].map(([file, text]) => [file, sha(text)]));
    for (const [file, hash] of second.kept) hashes.set(file, hash);
    const expected = new Map([...whole].map(([file, text]): [string, string] => [file, sha(text)]));
    expect(new Map([...hashes].sort())).toEqual(new Map([...expected].sort()));
  });

  it('makes the module of a changed method again, and keeps the others', async () => {
    const ir = await backlog();
    const memo = mapMemo();
    const first = await emitPackageFiles(ir, { ...options, printedModules: memo });
    const changed: IrDocument = { ...ir, methods: ir.methods.map((m, i) => (i === 0 ? { ...m, description: `${m.description} Changed.` } : m)) };
    const second = await emitPackageFiles(changed, { ...options, printedModules: memo, unchangedModules: folderHolding(first.files, first.recipes) });
    const made = [...second.recipes.keys()].filter((file) => second.files.has(file));
    expect(made).toContain('src/methods/sonet-group.ts');
    expect(second.files.get('src/methods/sonet-group.ts')).toContain('Changed.');
    // The client lists each method's title and link, not its description; the shared types do not change either.
    expect(second.kept.has('src/client.ts')).toBe(true);
    expect(second.kept.has('src/types.ts')).toBe(true);
  });

  it('runs the caller\'s work beside the printing of a changed method\'s parts, once', async () => {
    const ir = await backlog();
    const memo = mapMemo();
    await emitPackageFiles(ir, { ...options, printedModules: memo });
    const changed: IrDocument = { ...ir, methods: ir.methods.map((m, i) => (i === 0 ? { ...m, description: `${m.description} Changed.` } : m)) };
    const events: string[] = [];
    const { printPartsHere } = await import('./print-here.js');
    const second = await emitPackageFiles(changed, {
      ...options,
      printedModules: memo,
      printParts: async (parts) => {
        events.push('printing');
        const views = await printPartsHere(parts);
        await new Promise((resolve) => setTimeout(resolve, 20));
        events.push('printed');
        return views;
      },
      besidePrinting: () => void events.push('beside'),
    });
    expect(events).toEqual(['printing', 'beside', 'printed']);
    expect(second.files.get('src/methods/sonet-group.ts')).toContain('Changed.');
    // Nothing to print: called all the same, once, before emit returns.
    const calls: string[] = [];
    await emitPackageFiles(changed, { ...options, printedModules: memo, besidePrinting: () => void calls.push('beside') });
    expect(calls).toEqual(['beside']);
  });
});
