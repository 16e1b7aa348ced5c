/**
 * The cache must never change the output: on a few hundred real pages, a warm run after one
 * page (or one include) changed writes exactly what a cold run of the changed tree writes,
 * and a run with nothing changed is detected from hashes alone.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateOnce } from '../cli/generate-once.js';
import type { Settings } from '../config/index.js';
import { binPath } from '../../test/support/paths.js';
import { copyCorpusParts, withParagraphUnderTitle } from '../../test/support/corpus-copy.js';
import { openIncremental } from './incremental.js';

const SUBSET = [
  '_includes',
  'api-reference/data-types.md',
  'api-reference/crm/data-types.md',
  'api-reference/crm/deals',
  'api-reference/crm/contacts',
  'api-reference/user',
  'api-reference/tasks',
];

function tree(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string, rel: string): void => {
    for (const name of readdirSync(d).sort()) {
      const full = path.join(d, name);
      const r = rel === '' ? name : `${rel}/${name}`;
      if (statSync(full).isDirectory()) walk(full, r);
      else out.set(r, readFileSync(full));
    }
  };
  walk(dir, '');
  return out;
}

function expectSameTree(actual: string, expected: string): void {
  const a = tree(actual);
  const b = tree(expected);
  expect([...a.keys()]).toEqual([...b.keys()]);
  const differing = [...a].filter(([f, buf]) => !buf.equals(b.get(f) as Buffer)).map(([f]) => f);
  expect(differing).toEqual([]);
}

/** Puts a paragraph right under the page's H1, where it becomes the method's description. */
function addUnderTitle(file: string, text: string): void {
  writeFileSync(file, withParagraphUnderTitle(readFileSync(file, 'utf8'), text));
}

let work: string;
let docs: string;
const settings = (out: string): Settings =>
  ({ docs, out, packageName: '@b24gen/client', packageVersion: '0.1.0', include: [], exclude: [] }) as unknown as Settings;
const quiet = { quiet: true };

beforeAll(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'b24gen-cache-test-'));
  docs = path.join(work, 'docs');
  copyCorpusParts(SUBSET, docs);
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('incremental generate on real pages', () => {
  it('a warm run after one page changed equals a cold run of the changed tree', async () => {
    const out = path.join(work, 'out-warm');
    const cache = path.join(work, 'cache-warm');
    expect([...tree(docs).keys()].filter((f) => f.endsWith('.md')).length).toBeGreaterThan(250);
    await generateOnce(settings(out), quiet, { cacheDir: cache });

    const page = path.join(docs, 'api-reference/crm/deals/crm-deal-get.md');
    addUnderTitle(page, 'One more paragraph, added by the cache test.');
    const warm = openIncremental({ docsRoot: docs, outDir: out, options: { packageName: '@b24gen/client', packageVersion: '0.1.0', include: [], exclude: [] }, cacheRoot: cache });
    expect(warm.upToDate).toBe(false);
    // Known by their stat: only the changed page is read (output files written in the last moments
    // before the cold run's record are read once more; stat-records.test.ts covers the outputs).
    expect(warm.stats.docsHashed).toBe(1);
    const inode = (f: string): number => statSync(path.join(out, f)).ino;
    const before = { untouched: inode('dist/methods/user.js'), changed: inode('src/methods/crm.ts') };
    await generateOnce(settings(out), quiet, { cacheDir: cache });
    // Unchanged files are linked from the previous output, changed ones written.
    expect(inode('dist/methods/user.js')).toBe(before.untouched);
    expect(inode('src/methods/crm.ts')).not.toBe(before.changed);

    const cold = path.join(work, 'out-cold');
    await generateOnce(settings(cold), quiet, { cache: false });
    expectSameTree(out, cold);
    // The method's description changed, so the output did too.
    expect(readFileSync(path.join(out, 'src/methods/crm.ts'), 'utf8')).toContain('One more paragraph, added by the cache test.');
  });

  it('counts what a warm run redid: the changed page and its method\'s plan, nothing else', async () => {
    const out = path.join(work, 'out-count');
    const cache = path.join(work, 'cache-count');
    const options = { packageName: '@b24gen/client', packageVersion: '0.1.0', include: [], exclude: [] };
    await generateOnce(settings(out), quiet, { cacheDir: cache });
    addUnderTitle(path.join(docs, 'api-reference/user/user-get.md'), 'Changed by the cache test.');
    const { buildIr } = await import('../pipeline/build-ir.js');
    const { planPackage } = await import('../emit/plan.js');
    const inc = openIncremental({ docsRoot: docs, outDir: out, options, cacheRoot: cache });
    const ir = await buildIr(docs, { pageCache: inc.pageCache });
    expect(inc.pageCache.stats.computed).toBe(1);
    expect(inc.pageCache.stats.reused).toBeGreaterThan(200);
    const plan = planPackage(ir, inc.planCache);
    expect(inc.planCache.misses).toBe(1);
    expect(inc.planCache.hits).toBe(plan.methods.length - 1);
    expect(plan.methods.find((m) => m.key === 'user.get')?.docs.description).toContain('Changed by the cache test.');
  });

  it('an include change re-reads the pages that use it and still equals a cold run', async () => {
    const out = path.join(work, 'out-include');
    const cache = path.join(work, 'cache-include');
    await generateOnce(settings(out), quiet, { cacheDir: cache });
    const includes = readdirSync(path.join(docs, '_includes')).filter((f) => f.endsWith('.md')).sort();
    const used = includes.find((f) => f !== 'system-errors.md') as string;
    appendFileSync(path.join(docs, '_includes', used), '\nA line added to an include by the cache test.\n');
    const options = { packageName: '@b24gen/client', packageVersion: '0.1.0', include: [], exclude: [] };
    const { buildIr } = await import('../pipeline/build-ir.js');
    const probe = openIncremental({ docsRoot: docs, outDir: out, options, cacheRoot: cache });
    await buildIr(docs, { pageCache: probe.pageCache });
    // Every page that uses the include is read again; the rest are reused.
    expect(probe.pageCache.stats.computed).toBeGreaterThan(1);
    expect(probe.pageCache.stats.reused).toBeGreaterThan(probe.pageCache.stats.computed);
    await generateOnce(settings(out), quiet, { cacheDir: cache });
    const cold = path.join(work, 'out-include-cold');
    await generateOnce(settings(cold), quiet, { cache: false });
    expectSameTree(out, cold);
  });

  it('keeps nothing from an output folder that lost its marker: refused without --force, written whole with it', async () => {
    const out = path.join(work, 'out-unmarked');
    const cache = path.join(work, 'cache-unmarked');
    await generateOnce(settings(out), quiet, { cacheDir: cache });
    addUnderTitle(path.join(docs, 'api-reference/crm/deals/crm-deal-list.md'), 'Changed before the marker went away.');
    rmSync(path.join(out, '.b24gen.json'));
    await expect(generateOnce(settings(out), quiet, { cacheDir: cache })).rejects.toThrow(/not written by b24gen/);
    await generateOnce(settings(out), quiet, { cacheDir: cache, force: true });
    const cold = path.join(work, 'out-unmarked-cold');
    await generateOnce(settings(cold), quiet, { cache: false });
    expectSameTree(out, cold);
  });

  it('a run with nothing changed is up to date; touching the output makes it run again', async () => {
    const out = path.join(work, 'out-noop');
    const cache = path.join(work, 'cache-noop');
    await generateOnce(settings(out), quiet, { cacheDir: cache });
    expect(await generateOnce(settings(out), quiet, { cacheDir: cache })).toMatch(/is up to date$/);
    writeFileSync(path.join(out, 'README.md'), 'edited by hand\n');
    expect(await generateOnce(settings(out), quiet, { cacheDir: cache })).toMatch(/^b24gen: wrote \d+ files/);
    expect(readFileSync(path.join(out, 'README.md'), 'utf8')).not.toBe('edited by hand\n');
  });

  it('writes the same bytes whatever the time zone, locale and thread count (cold and warm, in child processes)', () => {
    const run = (out: string, env: Record<string, string>, cache: string, extra: string[] = []): void => {
      const r = spawnSync(process.execPath, [binPath, 'generate', '--docs', docs, '--out', out, '--cache-dir', cache, '-q', ...extra], {
        encoding: 'utf8',
        env: { ...process.env, ...env },
      });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
    };
    const a = path.join(work, 'out-utc');
    const b = path.join(work, 'out-chatham');
    run(a, { TZ: 'UTC', LANG: 'C', LC_ALL: 'C' }, path.join(work, 'cache-utc'));
    run(b, { TZ: 'Pacific/Chatham', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' }, path.join(work, 'cache-chatham'));
    expectSameTree(b, a);
    // Two worker threads (the default above) and one thread without a cache write the same bytes.
    const single = path.join(work, 'out-single');
    run(single, { TZ: 'UTC', LANG: 'C', LC_ALL: 'C' }, path.join(work, 'cache-single'), ['--workers', '1', '--no-cache']);
    expectSameTree(single, a);
    // A warm run under the other locale, after a change (printed by the built CLI's print worker),
    // still matches a cold one.
    addUnderTitle(path.join(docs, 'api-reference/crm/contacts/crm-contact-get.md'), 'İ ı — a locale-sensitive line.');
    run(b, { TZ: 'Pacific/Chatham', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' }, path.join(work, 'cache-chatham'));
    run(a, { TZ: 'UTC', LANG: 'C', LC_ALL: 'C' }, path.join(work, 'cache-utc-fresh'));
    expectSameTree(b, a);
    expect(readFileSync(path.join(b, 'src/methods/crm.ts'), 'utf8')).toContain('İ ı — a locale-sensitive line.');
  });
});


describe('a damaged cache', () => {
  it('is read as misses: the run redoes the work and writes the same package', async () => {
    const out = path.join(work, 'out-damaged');
    const cacheRoot = path.join(work, 'cache-damaged');
    await generateOnce(settings(out), quiet, { cacheDir: cacheRoot });
    const options = { docs: undefined, out: undefined, packageName: '@b24gen/client', packageVersion: '0.1.0', include: [], exclude: [] };
    const dir = openIncremental({ docsRoot: docs, outDir: out, options, cacheRoot }).cacheDir;
    for (const name of ['pages.tsv', 'transpile.tsv', 'plans.tsv']) {
      const file = path.join(dir, name);
      // Cut every record in half, keeping the stamp line.
      const lines = readFileSync(file, 'utf8').split('\n');
      writeFileSync(file, [lines[0], ...lines.slice(1).map((l) => l.slice(0, Math.floor(l.length / 2)))].join('\n'));
    }
    writeFileSync(path.join(out, 'README.md'), 'edited\n');
    await generateOnce(settings(out), quiet, { cacheDir: cacheRoot });
    const cold = path.join(work, 'out-damaged-cold');
    await generateOnce(settings(cold), quiet, { cache: false });
    expectSameTree(out, cold);
  });
});
