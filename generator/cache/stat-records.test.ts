/**
 * The cache knows a docs or output file by its size, time and inode, as the last run saw them,
 * and reads (hashes) only the files whose stat changed, or whose time is too close to the last
 * run's to prove anything.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { openIncremental } from './incremental.js';
import type { Incremental } from './incremental.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

const sha = (text: string): string => createHash('sha256').update(text).digest('hex');
const hourAgo = (): Date => new Date(Date.now() - 3_600_000);

function setup(): { docs: string; out: string; open: () => Incremental; outFiles: Map<string, string> } {
  const work = mkdtempSync(path.join(os.tmpdir(), 'b24gen-stat-test-'));
  dirs.push(work);
  const docs = path.join(work, 'docs');
  const out = path.join(work, 'out');
  mkdirSync(path.join(docs, 'a'), { recursive: true });
  mkdirSync(path.join(out, 'src'), { recursive: true });
  for (const [f, text] of [['a/one.md', '# One\n'], ['a/two.md', '# Two\n'], ['three.md', '# Three\n']] as const) {
    writeFileSync(path.join(docs, f), text);
    utimesSync(path.join(docs, f), hourAgo(), hourAgo());
  }
  const outFiles = new Map([['README.md', 'readme\n'], ['src/index.ts', 'export {};\n']]);
  for (const [f, text] of outFiles) {
    writeFileSync(path.join(out, f), text);
    utimesSync(path.join(out, f), hourAgo(), hourAgo());
  }
  const open = (): Incremental => openIncremental({ docsRoot: docs, outDir: out, options: { packageName: 'p' }, cacheRoot: path.join(work, 'cache') });
  return { docs, out, open, outFiles };
}

describe('stat records of docs and output files', () => {
  it('a second run hashes nothing; a changed page is the one file read', () => {
    const { docs, open, outFiles } = setup();
    const first = open();
    expect(first.upToDate).toBe(false);
    expect(first.stats.docsHashed).toBe(3);
    first.commit({ files: outFiles, hashes: new Map() });

    const second = open();
    expect(second.upToDate).toBe(true);
    expect(second.stats).toEqual({ docsHashed: 0, outputsHashed: 0 });
    expect([...second.outputsOnDisk]).toEqual([...outFiles].map(([f, text]) => [f, sha(text)]));

    writeFileSync(path.join(docs, 'a/two.md'), '# Two, edited\n');
    const third = open();
    expect(third.upToDate).toBe(false);
    expect(third.stats.docsHashed).toBe(1);
  });

  it('re-reads a file whose time is too close to the last run: an edit that keeps size and time is still seen', () => {
    const { docs, open, outFiles } = setup();
    const page = path.join(docs, 'three.md');
    // A time at or after the manifest's (here: in the future) proves nothing about the bytes.
    const future = new Date(Date.now() + 3_600_000);
    utimesSync(page, future, future);
    open().commit({ files: outFiles, hashes: new Map() });
    writeFileSync(page, '# Thre3\n');
    utimesSync(page, future, future);
    const next = open();
    expect(next.stats.docsHashed).toBe(1);
    expect(next.upToDate).toBe(false);
  });

  it('an output file changed by hand is not vouched for, and the run is not up to date', () => {
    const { out, open, outFiles } = setup();
    open().commit({ files: outFiles, hashes: new Map() });
    writeFileSync(path.join(out, 'README.md'), 'edited by hand\n');
    const next = open();
    expect(next.upToDate).toBe(false);
    expect(next.stats.outputsHashed).toBe(1);
    expect([...next.outputsOnDisk.keys()]).toEqual(['src/index.ts']);
    // Put back as it was: the bytes match again, whatever the stat says.
    writeFileSync(path.join(out, 'README.md'), 'readme\n');
    expect(open().upToDate).toBe(true);
  });

  it('never vouches for a symbolic link in the output, even to the very same bytes', () => {
    const { out, open, outFiles } = setup();
    open().commit({ files: outFiles, hashes: new Map() });
    const copy = path.join(path.dirname(out), 'readme-copy');
    writeFileSync(copy, 'readme\n');
    unlinkSync(path.join(out, 'README.md'));
    symlinkSync(copy, path.join(out, 'README.md'));
    const next = open();
    expect(next.upToDate).toBe(false);
    expect(next.outputsOnDisk.has('README.md')).toBe(false);
  });

  it('records the hash it is given for a file written by the run, without reading it', () => {
    const { out, open, outFiles } = setup();
    // A wrong hash given on purpose shows which one was recorded.
    open().commit({ files: outFiles, hashes: new Map([['README.md', sha('something else')]]) });
    const next = open();
    expect(next.outputsOnDisk.get('README.md')).toBe(sha('something else'));
    expect(next.outputsOnDisk.get('src/index.ts')).toBe(sha('export {};\n'));
    expect(readFileSync(path.join(out, 'README.md'), 'utf8')).toBe('readme\n');
  });
});

describe('files the writer linked from the previous output', () => {
  it('are recorded with the stat they had when checked, not stat again', () => {
    const { out, open, outFiles } = setup();
    const hashes = new Map([...outFiles].map(([f, text]) => [f, sha(text)]));
    open().commit({ files: outFiles, hashes });
    const readme = path.join(out, 'README.md');
    const twoHoursAgo = new Date(Date.now() - 7_200_000);

    // Linked: the record is the stat the check took; the time set since shows next run as a changed stat (read again, same bytes).
    const checked = open();
    utimesSync(readme, twoHoursAgo, twoHoursAgo);
    checked.commit({ files: outFiles, hashes, linked: new Set(['README.md']) });
    const afterLinked = open();
    expect(afterLinked.upToDate).toBe(true);
    expect(afterLinked.stats.outputsHashed).toBe(1);

    // Not linked: the file is stat'ed when recorded, and the next run knows it by that stat.
    const again = open();
    utimesSync(readme, hourAgo(), hourAgo());
    again.commit({ files: outFiles, hashes });
    expect(open().stats.outputsHashed).toBe(0);
  });
});

describe('the API snapshot the last run wrote', () => {
  it('is offered by its methods files digests, with the output files vouched for, while the generator is the same', () => {
    const { open, outFiles } = setup();
    const first = open();
    expect(first.previousApiFiles).toBeUndefined();
    first.commit({ files: outFiles, hashes: new Map(), apiDigests: { 'api/crm/deals.json': 'digest-1' } });

    const second = open();
    expect(second.previousApiFiles?.digests).toEqual({ 'api/crm/deals.json': 'digest-1' });
    expect(second.previousApiFiles?.onDisk.get('README.md')).toBe(sha('readme\n'));

    // Another generator may write the files differently: nothing is offered.
    const manifestFile = path.join(second.cacheDir, 'run.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { apiSnapshot: { stamp: string } };
    manifest.apiSnapshot.stamp = 'b24gen-cache 2 another-generator';
    writeFileSync(manifestFile, JSON.stringify(manifest));
    expect(open().previousApiFiles).toBeUndefined();
    // Nor by a run that recorded none.
    open().commit({ files: outFiles, hashes: new Map() });
    expect(open().previousApiFiles).toBeUndefined();
  });
});
