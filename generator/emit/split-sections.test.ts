/**
 * A section over the split threshold: its folders become sub-modules that its own module
 * re-exports, and the package (sources, consumer view, mock fixtures) works as one section did.
 */
import { mkdir, symlink } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IrDocument, IrMethod } from '../ir/types.js';
import { emitPackage } from './index.js';
import { compileConsumers, compileSources, installPackage, type InstalledPackage } from './typecheck-package.js';

const NAME = 'split-client';
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RUNTIME = path.join(ROOT, 'generator/runtime');

function method(name: string, source: string): IrMethod {
  return {
    name,
    apiVersion: 'v2',
    key: name,
    source,
    docsUrl: `https://apidocs.bitrix24.com/${source.replace(/\.md$/, '.html')}`,
    title: name,
    section: source.split('/')[1] as string,
    scope: [],
    description: '',
    params: [{ name: 'id', required: true, type: { raw: 'integer', kind: 'scalar', name: 'integer' }, description: '' }],
    result: [],
    resultType: { raw: 'boolean', kind: 'scalar', name: 'boolean' },
    errors: [],
    examples: { response: { result: true } },
    seeAlso: [],
    diagnostics: [],
  };
}

function folder(section: string, name: string, count: number): IrMethod[] {
  return Array.from({ length: count }, (_, i) => method(`${section}.${name}.m${i}`, `api-reference/${section}/${name}/m${i}.md`));
}

const IR: IrDocument = {
  irVersion: 1,
  methods: [
    ...folder('big', 'deals', 40),
    ...folder('big', 'leads', 22),
    ...folder('big', 'tiny', 2),
    method('big.top', 'api-reference/big/big-top.md'),
    ...folder('small', 'things', 3),
  ],
  types: [],
  systemErrors: [],
  pages: [],
  diagnostics: [],
};

const CONSUMER = `import { bigDealsM0, bigTop, bigTinyM1 } from '${NAME}/big';
import { createClient, type ParamsOf, type ResultOf } from '${NAME}';
import { fixtures, bigFixtures, bigLeadsFixtures } from '${NAME}/mock';
export const p: ParamsOf<'big.leads.m3'> = { id: 1 };
// @ts-expect-error id is an integer
export const bad: ParamsOf<'big.deals.m0'> = { id: 'x' };
export const calls = [bigDealsM0, bigTop, bigTinyM1];
export const client = createClient({ webhookUrl: 'https://x.bitrix24.com/rest/1/abc/' });
export const viaTree: Promise<ResultOf<'big.deals.m0'>> = client.big.deals.m0({ id: 1 });
export const all = [fixtures, bigFixtures, bigLeadsFixtures];
`;

describe('a section over the split threshold', () => {
  let files: Map<string, string>;
  let pkg: InstalledPackage;
  beforeAll(async () => {
    files = await emitPackage(IR, { packageName: NAME, packageVersion: '1.0.0', runtimeDir: RUNTIME, zod: true, msw: true });
    pkg = await installPackage(files, NAME);
    await mkdir(path.join(pkg.root, 'node_modules', '@types'), { recursive: true });
    for (const dep of ['zod', 'msw', '@types/node']) {
      await symlink(path.join(ROOT, 'node_modules', dep), path.join(pkg.root, 'node_modules', dep), 'dir');
    }
  }, 60_000);
  afterAll(async () => {
    await pkg?.dispose();
  });

  it('gets one module per docs folder, small folders staying in the section module', () => {
    const methods = [...files.keys()].filter((f) => f.startsWith('src/methods/'));
    expect(methods).toEqual(['src/methods/big.ts', 'src/methods/big/deals.ts', 'src/methods/big/leads.ts', 'src/methods/small.ts']);
    expect(files.has('src/fixtures/big/deals.ts')).toBe(true);
    expect(files.has('src/zod/big/leads.ts')).toBe(true);
    const big = files.get('src/methods/big.ts') as string;
    expect(big).toContain('export function bigTinyM1(');
    expect(big).toContain("export * from './big/deals.js';");
    expect(files.get('src/methods/big/deals.ts')).toContain("from '../../core.js'");
  });

  it('exports each section, not each sub-module, as a subpath', () => {
    const exports = Object.keys((JSON.parse(files.get('package.json') as string) as { exports: Record<string, unknown> }).exports);
    expect(exports).toContain('./big');
    expect(exports).toContain('./small');
    expect(exports.some((e) => e.startsWith('./big/'))).toBe(false);
  });

  it('compiles its own sources (zod schemas included) under strict isolatedDeclarations', () => {
    // msw's types need the DOM library; msw-module.test.ts checks that entry point.
    expect(compileSources(pkg, new Map([...files].filter(([file]) => file !== 'src/msw.ts')))).toEqual([]);
  });

  it('is seen by a consumer through the section entry point, the client and the mock', async () => {
    expect(await compileConsumers(pkg, { 'consumer.ts': CONSUMER })).toEqual([]);
  });

  it('serves every method of the split section from the mock fixtures', async () => {
    const mock = (await import(pathToFileURL(path.join(pkg.packageDir, 'dist/mock.js')).href)) as { fixtures: Record<string, unknown>; bigFixtures: Record<string, unknown> };
    expect(Object.keys(mock.bigFixtures).sort()).toEqual(IR.methods.filter((m) => m.section === 'big').map((m) => m.key).sort());
    expect(Object.keys(mock.fixtures)).toHaveLength(IR.methods.length);
  });
});
