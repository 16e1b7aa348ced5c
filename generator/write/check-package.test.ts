import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { checkPackage } from './check-package.js';
import { writePackage } from './write-package.js';
import { MARKER_FILE } from './package-marker.js';
import { removeScratch, scratchDir } from './test-helpers.js';

const FILES = new Map([
  ['package.json', '{}\n'],
  ['src/index.ts', 'export {};\n'],
  ['src/methods/a.ts', 'export const a = 1;\n'],
]);

let root: string;
let out: string;

beforeEach(async () => {
  root = await scratchDir();
  out = path.join(root, 'generated');
  await writePackage(out, FILES);
});
afterEach(async () => {
  await removeScratch(root);
});

describe('checkPackage', () => {
  it('is fresh right after a write, also when the map order and line endings differ', async () => {
    const sameButCrlf = new Map([...FILES].reverse().map(([name, text]) => [name, text.replace(/\n/g, '\r\n')]));
    expect(await checkPackage(out, sameButCrlf)).toEqual({ stale: [], fresh: true, changes: [] });
  });

  it('names a file whose content changed, and the marker whose hash no longer matches', async () => {
    const next = new Map(FILES).set('src/index.ts', 'export const changed = true;\n');
    const result = await checkPackage(out, next);
    expect(result.fresh).toBe(false);
    expect(result.changes).toEqual([
      { path: MARKER_FILE, reason: 'changed' },
      { path: 'src/index.ts', reason: 'changed' },
    ]);
    expect(result.stale).toEqual([MARKER_FILE, 'src/index.ts']);
  });

  it('names a file that was edited on disk', async () => {
    await writeFile(path.join(out, 'package.json'), '{ "edited": true }\n');
    expect((await checkPackage(out, FILES)).changes).toEqual([{ path: 'package.json', reason: 'changed' }]);
  });

  it('names a file deleted from disk as missing', async () => {
    await rm(path.join(out, 'src', 'methods', 'a.ts'));
    expect((await checkPackage(out, FILES)).changes).toEqual([{ path: 'src/methods/a.ts', reason: 'missing' }]);
  });

  it('names a file on disk that would not be generated as extra', async () => {
    await mkdir(path.join(out, 'src', 'old'));
    await writeFile(path.join(out, 'src', 'old', 'gone.ts'), 'x');
    expect((await checkPackage(out, FILES)).changes).toEqual([{ path: 'src/old/gone.ts', reason: 'extra' }]);
  });

  it('treats a symlink in the package as changed without following it', async () => {
    await rm(path.join(out, 'package.json'));
    await writeFile(path.join(root, 'outside.json'), '{}\n');
    await symlink(path.join(root, 'outside.json'), path.join(out, 'package.json'));
    expect((await checkPackage(out, FILES)).changes).toEqual([{ path: 'package.json', reason: 'changed' }]);
  });

  it('reports every file, marker included, as missing when the folder does not exist', async () => {
    const result = await checkPackage(path.join(root, 'nowhere'), FILES);
    expect(result.fresh).toBe(false);
    expect(result.changes.map((change) => change.reason)).toEqual(['missing', 'missing', 'missing', 'missing']);
    expect(result.stale).toEqual([MARKER_FILE, 'package.json', 'src/index.ts', 'src/methods/a.ts']);
  });

  it('reports a hand-edited marker', async () => {
    await writeFile(path.join(out, MARKER_FILE), '{}\n');
    expect((await checkPackage(out, FILES)).stale).toEqual([MARKER_FILE]);
  });
});
