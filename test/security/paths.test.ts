/**
 * Every path b24gen writes stays inside the output folder, whatever a method name or a section
 * holds: emit makes file names from words only, and write refuses anything that would escape.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emitPackage } from '../../generator/emit/index.js';
import type { IrDocument, IrMethod } from '../../generator/ir/types.js';
import { runtimeSourceDir } from '../../generator/pipeline/run-pipeline.js';
import { MARKER_FILE, WriteError, writePackage } from '../../generator/write/index.js';

const HOSTILE = ['../../escape', '/etc/passwd', 'C:\\Windows\\evil', 'nul\u0000byte', '..\\..\\up', 'a/../../b', '.', '..', '~/home', 'CON', 'x\u202eexe.ts', ''];

function method(name: string, section: string, n: number): IrMethod {
  return {
    name,
    apiVersion: 'v2',
    key: name,
    source: `api-reference/${section}/page-${n}.md`,
    docsUrl: `https://apidocs.bitrix24.com/api-reference/${section}/page-${n}.html`,
    title: name,
    section,
    scope: [],
    description: '',
    params: [],
    result: [],
    resultType: { raw: 'integer', kind: 'scalar', name: 'integer' },
    errors: [],
    examples: {},
    seeAlso: [],
    diagnostics: [],
  };
}

function hostileIr(): IrDocument {
  const methods = HOSTILE.flatMap((text, i) => [method(`${text}.m${i}`, text, i), method(`ok.m${i}`, `s/${text}`, 100 + i)]);
  methods.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { irVersion: 1, methods, types: [], systemErrors: [], pages: [], diagnostics: [] };
}

async function listFiles(root: string, rel = ''): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(path.join(root, rel), { withFileTypes: true })) {
    const child = rel === '' ? e.name : `${rel}/${e.name}`;
    if (e.isDirectory()) out.push(...(await listFiles(root, child)));
    else out.push(child);
  }
  return out;
}

describe('paths from hostile method and section names', () => {
  let scratch: string;
  let files: Map<string, string>;

  beforeAll(async () => {
    scratch = await mkdtemp(path.join(os.tmpdir(), 'b24gen-paths-'));
    files = await emitPackage(hostileIr(), { packageName: 'paths-client', packageVersion: '0.0.1', runtimeDir: runtimeSourceDir() });
  });
  afterAll(async () => {
    if (scratch !== undefined) await rm(scratch, { recursive: true, force: true });
  });

  it('become plain relative file names in emit', () => {
    for (const file of files.keys()) {
      expect(file, file).toMatch(/^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/);
      for (const segment of file.split('/')) expect(['.', '..', ''], file).not.toContain(segment);
    }
  });

  it('are all written inside the output folder, and nothing else is', async () => {
    const out = path.join(scratch, 'pkg');
    await writePackage(out, files);
    const written = (await listFiles(out)).filter((f) => f !== MARKER_FILE);
    expect(written.sort()).toEqual([...files.keys()].sort());
    // Only the output folder appeared in the scratch folder.
    expect(await readdir(scratch)).toEqual(['pkg']);
  });

  it('are refused by write when they would escape, before anything touches the disk', async () => {
    const bad = ['../x.js', '/abs.js', 'a/../../x.js', 'a\\..\\x.js', 'C:/x.js', 'a/\u0000.js', 'a//b.js', './x.js', 'a/.', ''];
    for (const name of bad) {
      const out = path.join(scratch, `bad-${bad.indexOf(name)}`);
      const attempt = writePackage(out, new Map([['ok.js', 'x'], [name, 'pwned']]));
      await expect(attempt, JSON.stringify(name)).rejects.toBeInstanceOf(WriteError);
      await expect(readdir(out)).rejects.toThrow();
    }
    expect((await readdir(scratch)).filter((n) => n !== 'pkg')).toEqual([]);
  });
});
