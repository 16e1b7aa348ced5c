import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runtimeSourceDir } from '../pipeline/run-pipeline.js';
import { readCompiledRuntime, writeCompiledRuntime } from './runtime-compiled.js';
import { readRuntimeFiles } from './runtime-files.js';
import { transpileFile } from './transpile.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'b24gen-runtime-compiled-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the runtime compiled at build time', () => {
  it('serves a file only for the exact text it was made from', async () => {
    const target = pathToFileURL(path.join(dir, 'record.json'));
    const fake = (file: string, source: string): { js: string; dts: string } => ({ js: `js of ${file}: ${source}`, dts: `dts of ${file}` });
    await writeCompiledRuntime(new Map([['index.ts', 'export const a = 1;'], ['b.ts', 'export const b = 2;']]), fake, target);
    const read = await readCompiledRuntime(new Map([['index.ts', 'export const a = 1;'], ['b.ts', 'export const b = 3;'], ['c.ts', 'x']]), target);
    expect([...read.keys()]).toEqual(['index.ts']);
    expect(read.get('index.ts')).toEqual({ js: 'js of src/runtime/index.ts: export const a = 1;', dts: 'dts of src/runtime/index.ts' });
  });

  it('serves nothing from a missing or damaged record', async () => {
    expect((await readCompiledRuntime(new Map([['index.ts', '']]), pathToFileURL(path.join(dir, 'none.json')))).size).toBe(0);
    const damaged = pathToFileURL(path.join(dir, 'damaged.json'));
    await writeFile(damaged, '{"index.ts": {"hash": 1}');
    expect((await readCompiledRuntime(new Map([['index.ts', '']]), damaged)).size).toBe(0);
  });

  it('was written by the build for every runtime file, as the transpiler makes it', async () => {
    // Tests run the sources; the CLI runs dist/, where `npm run build` put the record.
    const built = new URL('../../dist/runtime-compiled.json', import.meta.url);
    const files = await readRuntimeFiles(runtimeSourceDir());
    const read = await readCompiledRuntime(files, built);
    expect([...read.keys()].sort()).toEqual([...files.keys()].sort());
    for (const [name, source] of files) expect(read.get(name), name).toEqual(transpileFile(`src/runtime/${name}`, source));
  });
});
