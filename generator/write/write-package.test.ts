import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { mkdir, readdir, readFile, rename, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { writePackage } from './write-package.js';
import { checkPackage } from './check-package.js';
import { MARKER_FILE, parseMarker } from './package-marker.js';
import { WriteError } from './write-error.js';
import { failingFs, removeScratch, scratchDir, snapshotTree } from './test-helpers.js';

const V1 = new Map([
  ['package.json', '{ "name": "pkg" }\n'],
  ['src/index.ts', 'export const a = 1;\r\n'],
  ['src/methods/backlog.ts', 'export const b = 2;\n'],
  ['README.md', '# v1\n'],
]);
const V2 = new Map([
  ['package.json', '{ "name": "pkg", "version": "2" }\n'],
  ['src/index.ts', 'export const a = 2;\n'],
  ['src/new.ts', 'export {};\n'],
]);

let root: string;
let out: string;

beforeEach(async () => {
  root = await scratchDir();
  out = path.join(root, 'generated');
});
afterEach(async () => {
  await removeScratch(root);
});

async function errorOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('writePackage', () => {
  it('writes every file with LF endings and a marker, creating missing parents', async () => {
    const nested = path.join(root, 'a', 'b', 'out');
    const result = await writePackage(nested, V1);
    expect(result).toEqual({ written: true, files: 4, leftovers: [] });
    const tree = await snapshotTree(nested);
    expect(Object.keys(tree)).toEqual([MARKER_FILE, 'README.md', 'package.json', 'src/index.ts', 'src/methods/backlog.ts']);
    expect(tree['src/index.ts']).toBe('export const a = 1;\n');
    expect(parseMarker(tree[MARKER_FILE] ?? '')?.files.map((file) => file.path)).toEqual([
      'README.md',
      'package.json',
      'src/index.ts',
      'src/methods/backlog.ts',
    ]);
    expect((await checkPackage(nested, V1)).fresh).toBe(true);
  });

  it('replaces its own previous output, dropping files no longer generated', async () => {
    await writePackage(out, V1);
    await writePackage(out, V2);
    const tree = await snapshotTree(out);
    expect(Object.keys(tree)).toEqual([MARKER_FILE, 'package.json', 'src/index.ts', 'src/new.ts']);
    expect(await readdir(root)).toEqual(['generated']);
  });

  it('leaves an up-to-date package untouched and gives the same bytes as a fresh write', async () => {
    await writePackage(out, V1);
    const before = await snapshotTree(out);
    const second = await writePackage(out, new Map([...V1].reverse()));
    expect(second.written).toBe(false);
    expect(await snapshotTree(out)).toEqual(before);

    const other = path.join(root, 'other');
    await writePackage(other, new Map([...V1].reverse()));
    expect(await snapshotTree(other)).toEqual(before);
  });

  it('rewrites a package whose files were edited by hand', async () => {
    await writePackage(out, V1);
    await writeFile(path.join(out, 'README.md'), 'edited\n');
    expect((await writePackage(out, V1)).written).toBe(true);
    expect(await readFile(path.join(out, 'README.md'), 'utf8')).toBe('# v1\n');
  });

  it('writes into an existing empty folder', async () => {
    await mkdir(out);
    await writePackage(out, V1);
    expect((await checkPackage(out, V1)).fresh).toBe(true);
  });

  it('refuses a non-empty folder without a marker and leaves it as it was', async () => {
    await mkdir(path.join(out, 'src'), { recursive: true });
    await writeFile(path.join(out, 'src', 'mine.ts'), 'precious\n');
    const error = await errorOf(writePackage(out, V1));
    expect(error).toBeInstanceOf(WriteError);
    expect((error as WriteError).code).toBe('foreign-folder');
    expect((error as WriteError).message).toContain('--force');
    expect(await snapshotTree(out)).toEqual({ 'src/mine.ts': 'precious\n' });
    expect(await readdir(root)).toEqual(['generated']);
  });

  it('treats a marker from another tool as foreign', async () => {
    await mkdir(out);
    await writeFile(path.join(out, MARKER_FILE), JSON.stringify({ generator: 'someone-else', markerVersion: 1, files: [] }));
    expect(((await errorOf(writePackage(out, V1))) as WriteError).code).toBe('foreign-folder');
  });

  it('replaces a foreign folder when forced, without touching its siblings', async () => {
    await mkdir(out);
    await writeFile(path.join(out, 'stray.txt'), 'x');
    await writeFile(path.join(root, 'sibling.txt'), 'keep me');
    await writePackage(out, V1, { force: true });
    expect((await checkPackage(out, V1)).fresh).toBe(true);
    expect(await readFile(path.join(root, 'sibling.txt'), 'utf8')).toBe('keep me');
    expect((await readdir(root)).sort()).toEqual(['generated', 'sibling.txt']);
  });

  it('refuses a file or a symlink in place of the output folder', async () => {
    await writeFile(out, 'a file');
    expect(((await errorOf(writePackage(out, V1, { force: true }))) as WriteError).code).toBe('not-a-directory');
    const target = path.join(root, 'elsewhere');
    await mkdir(target);
    const link = path.join(root, 'link');
    await symlink(target, link);
    expect(((await errorOf(writePackage(link, V1, { force: true }))) as WriteError).code).toBe('not-a-directory');
    expect(await readdir(target)).toEqual([]);
  });

  it('refuses the filesystem root and any folder holding the working directory, even when forced', async () => {
    const cwd = process.cwd();
    for (const target of [path.parse(cwd).root, cwd, path.dirname(cwd)]) {
      expect(((await errorOf(writePackage(target, V1, { force: true }))) as WriteError).code).toBe('dangerous-target');
    }
  });

  it.each(['../escape.txt', '/abs.txt', 'src\\win.ts', 'C:/x.ts', 'a/\0b', 'src/./x.ts'])(
    'rejects the path %j before touching the disk',
    async (bad) => {
      await writePackage(out, V1);
      const before = await snapshotTree(root);
      const error = await errorOf(writePackage(out, new Map([...V2, [bad, 'evil']])));
      expect((error as WriteError).code).toBe('unsafe-path');
      expect(await snapshotTree(root)).toEqual(before);
      expect((await readdir(root)).sort()).toEqual(['generated']);
    },
  );
});

describe('writePackage under failure', () => {
  const failurePoints: Array<[string, Parameters<typeof failingFs>]> = [
    ['the first file write', ['writeFile', 1]],
    ['a file write in the middle', ['writeFile', 3]],
    ['the marker write', ['writeFile', 1, (p: string) => p.endsWith(MARKER_FILE)]],
    ['creating a sub-folder', ['mkdir', 1, (p: string) => p.includes('.b24gen-new-') && p.endsWith('src')]],
    ['moving the old package aside', ['rename', 1]],
    ['moving the new package in', ['rename', 2]],
  ];

  it.each(failurePoints)('keeps the previous package intact when %s fails', async (_label, args) => {
    await writePackage(out, V1);
    const before = await snapshotTree(out);
    const fs = failingFs(...args);
    const error = await errorOf(writePackage(out, V2, { fs }));
    expect(fs.failed()).toBe(true);
    expect((error as Error).message).toContain('injected EIO');
    expect(await snapshotTree(out)).toEqual(before);
    expect((await checkPackage(out, V1)).fresh).toBe(true);
    // no staging or set-aside folder is left next to the output
    expect(await readdir(root)).toEqual(['generated']);
  });

  it('a failed first write leaves no output folder at all', async () => {
    const fs = failingFs('writeFile', 2);
    await errorOf(writePackage(out, V1, { fs }));
    expect(await readdir(root)).toEqual([]);
  });

  it('puts the previous package back when a killed run left it set aside', async () => {
    await writePackage(out, V1);
    const before = await snapshotTree(out);
    // the state a kill between "old aside" and "new in" leaves behind
    await rename(out, path.join(root, '.generated.b24gen-old-0123456789ab'));
    const fs = failingFs('writeFile', 1);
    await errorOf(writePackage(out, V2, { fs }));
    expect(await snapshotTree(out)).toEqual(before);
    expect(await readdir(root)).toEqual(['generated']);
  });

  it('reports but does not delete a staging folder a killed run left behind', async () => {
    const stale = path.join(root, '.generated.b24gen-new-aaaaaaaaaaaa');
    await mkdir(stale);
    await writeFile(path.join(stale, 'half.ts'), 'x');
    const result = await writePackage(out, V1);
    expect(result.leftovers).toEqual([stale]);
    expect(await readFile(path.join(stale, 'half.ts'), 'utf8')).toBe('x');
  });
});
