import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { writePackage } from './write-package.js';
import { checkPackage } from './check-package.js';
import { MARKER_FILE, parseMarker } from './package-marker.js';
import { WriteError } from './write-error.js';
import { failingFs, removeScratch, scratchDir, snapshotTree } from './test-helpers.js';
import { nodeWriteFs } from './write-fs.js';

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
    expect(result).toMatchObject({ written: true, files: 4, leftovers: [] });
    const tree = await snapshotTree(nested);
    // The hashes it reports are those of the bytes on disk (LF endings), for the cache to record.
    expect([...result.hashes.keys()]).toEqual(['README.md', 'package.json', 'src/index.ts', 'src/methods/backlog.ts']);
    expect(result.hashes.get('src/index.ts')).toBe(createHash('sha256').update('export const a = 1;\n').digest('hex'));
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

  it('keeps the previous package and leaves no staging folder when one of many concurrent writes fails', async () => {
    const many = new Map(Array.from({ length: 120 }, (_, i) => [`src/part-${String(i).padStart(3, '0')}.ts`, `export const p${i} = ${i};\n`]));
    await writePackage(out, V1);
    const before = await snapshotTree(out);
    const fs = failingFs('writeFile', 40);
    const error = await errorOf(writePackage(out, many, { fs }));
    expect((error as Error).message).toContain('injected EIO');
    expect(await snapshotTree(out)).toEqual(before);
    expect(await readdir(root)).toEqual(['generated']);
    // The same package writes whole without the fault.
    await writePackage(out, many);
    expect((await checkPackage(out, many)).fresh).toBe(true);
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

describe('writePackage with what a cache knows', () => {
  const sha = (text: string): string => createHash('sha256').update(text).digest('hex');
  const hashesOf = (files: Map<string, string>): Map<string, string> => new Map([...files].map(([f, t]) => [f, sha(t.replace(/\r\n?/g, '\n'))]));
  const V3 = new Map([...V1, ['README.md', '# v3\n']]);

  it('links the files whose hash the caller vouches for and writes the rest; the result equals a plain write', async () => {
    await writePackage(out, V1);
    const inode = async (f: string): Promise<number> => (await stat(path.join(out, f))).ino;
    const before = { pkg: await inode('package.json'), readme: await inode('README.md') };
    const onDisk = hashesOf(V1);
    const result = await writePackage(out, V3, { hashes: hashesOf(V3), onDisk });
    expect(result.written).toBe(true);
    expect(await inode('package.json')).toBe(before.pkg);
    expect(await inode('README.md')).not.toBe(before.readme);
    // What was linked is said: the marker is always written, README.md changed.
    expect([...result.linked].sort()).toEqual(['package.json', 'src/index.ts', 'src/methods/backlog.ts']);
    const plain = path.join(root, 'plain');
    await writePackage(plain, V3);
    expect(await snapshotTree(out)).toEqual(await snapshotTree(plain));
    expect((await checkPackage(out, V3)).fresh).toBe(true);
  });

  it('hands the set-aside previous package to removeAside, and removes it itself when that fails', async () => {
    await writePackage(out, V1);
    const asked: string[] = [];
    let release = (): void => undefined;
    const removing = new Promise<void>((resolve) => {
      release = resolve;
    });
    const siblings = async (): Promise<string[]> => (await readdir(root)).filter((name) => name !== 'generated');
    const result = await writePackage(out, V2, {
      removeAside: async (folder) => {
        asked.push(folder);
        await removing;
        await nodeWriteFs.rm(folder, { recursive: true, force: true });
      },
    });
    // The writer returned with the new package in place; the old one waits beside it, under the writer's name, until removed.
    expect(await snapshotTree(out)).toEqual(Object.fromEntries([...V2, [MARKER_FILE, expect.any(String)]]));
    expect(asked).toHaveLength(1);
    expect(path.dirname(asked[0] as string)).toBe(root);
    expect(await siblings()).toEqual([path.basename(asked[0] as string)]);
    release();
    await result.asideRemoved;
    expect(await siblings()).toEqual([]);

    const failed = await writePackage(out, V1, { removeAside: async () => Promise.reject(new Error('the worker exited')) });
    await failed.asideRemoved;
    expect(await siblings()).toEqual([]);
    expect((await checkPackage(out, V1)).fresh).toBe(true);
  });

  it('keeps files the caller vouches for without their text: linked, or copied where links fail', async () => {
    await writePackage(out, V1);
    const sha = (text: string): string => createHash('sha256').update(text).digest('hex');
    const onDisk = new Map([...V1].map(([file, text]) => [file, sha(text.replace(/\r\n?/g, '\n'))]));
    const kept = new Map([['src/methods/backlog.ts', onDisk.get('src/methods/backlog.ts') as string]]);
    const files = new Map([...V1].filter(([file]) => !kept.has(file)));
    const before = (await stat(path.join(out, 'src/methods/backlog.ts'))).ino;
    const result = await writePackage(out, files, { onDisk, kept });
    expect(result.hashes.get('src/methods/backlog.ts')).toBe(kept.get('src/methods/backlog.ts'));
    expect((await stat(path.join(out, 'src/methods/backlog.ts'))).ino).toBe(before);
    expect((await checkPackage(out, V1)).fresh).toBe(true);
    // Where the file system cannot link, the kept file is copied.
    const { link: _link, ...noLinks } = nodeWriteFs;
    await writePackage(out, files, { onDisk, kept, fs: noLinks });
    expect((await checkPackage(out, V1)).fresh).toBe(true);
  });

  it('refuses to keep a file the output folder does not hold as vouched, and leaves the folder as it was', async () => {
    await writePackage(out, V1);
    const before = await snapshotTree(out);
    const kept = new Map([['src/methods/backlog.ts', '0'.repeat(64)]]);
    const files = new Map([...V1].filter(([file]) => !kept.has(file)));
    const error = await errorOf(writePackage(out, files, { onDisk: new Map(), kept }));
    expect(error).toBeInstanceOf(WriteError);
    expect((error as WriteError).code).toBe('output-changed');
    expect(await snapshotTree(out)).toEqual(before);
    expect(await readdir(root)).toEqual(['generated']);
  });

  it('writes every file when the file system cannot link', async () => {
    await writePackage(out, V1);
    const { link: _unused, ...noLinks } = nodeWriteFs;
    await writePackage(out, V3, { hashes: hashesOf(V3), onDisk: hashesOf(V1), fs: noLinks });
    const plain = path.join(root, 'plain');
    await writePackage(plain, V3);
    expect(await snapshotTree(out)).toEqual(await snapshotTree(plain));
  });

  it('does not read the old package to see that it is stale when a vouched hash differs', async () => {
    await writePackage(out, V1);
    const reads: string[] = [];
    const counting = { ...nodeWriteFs, readFile: (f: string): Promise<Buffer> => (reads.push(f), nodeWriteFs.readFile(f)) };
    await writePackage(out, V3, { hashes: hashesOf(V3), onDisk: hashesOf(V1), fs: counting });
    expect(reads.map((f) => path.relative(out, f))).toEqual([MARKER_FILE]);
    // Without that knowledge the whole package is read and compared first.
    reads.length = 0;
    await writePackage(out, V1, { fs: counting });
    expect(reads.length).toBeGreaterThan(3);
  });

  it('a hash given for a text with CR is not used: the marker holds the hash of the LF text', async () => {
    const wrong = new Map([['src/index.ts', sha('export const a = 1;\r\n')]]);
    await writePackage(out, V1, { hashes: wrong });
    const marker = parseMarker(await readFile(path.join(out, MARKER_FILE), 'utf8'));
    expect(marker?.files.find((f) => f.path === 'src/index.ts')?.sha256).toBe(sha('export const a = 1;\n'));
  });
});
