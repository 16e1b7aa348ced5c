/**
 * The code cache hooks Node's CommonJS loader, so each case runs in a child process of its own
 * (on the built module: `npm test` builds first), never in the test runner's.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const BUILT = fileURLToPath(new URL('../../dist/cache/code-cache.js', import.meta.url));

let root: string;
let cacheDir: string;
let moduleFile: string;

beforeEach(() => {
  if (!existsSync(BUILT)) throw new Error(`${BUILT} is missing: run npm run build (npm test does) before this test`);
  root = mkdtempSync(path.join(os.tmpdir(), 'b24gen-code-cache-'));
  cacheDir = path.join(root, 'cache');
  moduleFile = path.join(root, 'node_modules', 'answer', 'index.js');
  mkdirSync(path.dirname(moduleFile), { recursive: true });
  writeModule(42);
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

/** A CommonJS module of some size (V8 caches little for a tiny one), answering `value`. */
function writeModule(value: number): void {
  const helpers = Array.from({ length: 200 }, (_, i) => `function helper${i}(x) { return x + ${i}; }`).join('\n');
  writeFileSync(moduleFile, `${helpers}\nconst path = require('node:path');\nmodule.exports = { answer: () => helper0(${value}), base: path.basename(__filename), self: module.exports === exports };\n`);
}

interface ChildReport {
  answer: number;
  base: string;
  self: boolean;
  stats: { fromCache: number; compiled: number };
}

/** Loads the module with the cache in a fresh process, saves the cache (after a run of `kind`), and reports. */
function loadInChild(kind?: string): ChildReport {
  const script = `
    import { createRequire } from 'node:module';
    const { useCodeCache, saveCodeCache, codeCacheStats } = await import(${JSON.stringify(pathToFileURL(BUILT).href)});
    useCodeCache(${JSON.stringify(cacheDir)}, /[\\\\/]node_modules[\\\\/]/);
    const loaded = createRequire(${JSON.stringify(moduleFile)})(${JSON.stringify(moduleFile)});
    saveCodeCache(${kind === undefined ? '' : JSON.stringify(kind)});
    console.log(JSON.stringify({ answer: loaded.answer(), base: loaded.base, self: loaded.self, stats: codeCacheStats }));
  `;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as ChildReport;
}

const cacheFiles = (): string[] => (existsSync(cacheDir) ? readdirSync(cacheDir).sort() : []);

describe('useCodeCache', () => {
  it('compiles a module once, then loads it from the cache, as CommonJS loads it', () => {
    const first = loadInChild();
    expect(first).toEqual({ answer: 42, base: 'index.js', self: true, stats: { fromCache: 0, compiled: 1 } });
    expect(cacheFiles()).toHaveLength(1);
    expect(cacheFiles()[0]).toMatch(/^index-[0-9a-f]{16}-[0-9a-f]{16}\.v8cache$/);
    const second = loadInChild();
    expect(second).toEqual({ ...first, stats: { fromCache: 1, compiled: 0 } });
  });

  it('takes a changed module to need a new cache, and drops the old one', () => {
    loadInChild();
    const before = cacheFiles();
    writeModule(7);
    // A new time as well as new bytes (the cache is named by size, time and inode).
    utimesSync(moduleFile, new Date(), new Date(Date.now() + 5_000));
    const after = loadInChild();
    expect(after.answer).toBe(7);
    expect(after.stats).toEqual({ fromCache: 0, compiled: 1 });
    expect(cacheFiles()).toHaveLength(1);
    expect(cacheFiles()).not.toEqual(before);
  });

  it('compiles anew over a cache V8 rejects, and replaces it', () => {
    loadInChild();
    const [name] = cacheFiles();
    writeFileSync(path.join(cacheDir, name as string), 'not a code cache');
    const report = loadInChild();
    expect(report.answer).toBe(42);
    expect(report.stats).toEqual({ fromCache: 0, compiled: 1 });
    expect(loadInChild().stats).toEqual({ fromCache: 1, compiled: 0 });
  });

  it('takes the cache again after each kind of run it has not seen, once', () => {
    loadInChild('cold');
    const [name] = cacheFiles();
    const cacheFile = path.join(cacheDir, name as string);
    expect(cacheFiles()).toEqual([name, `${name}.kinds`]);
    expect(readFileSync(`${cacheFile}.kinds`, 'utf8')).toBe('cold\n');
    const written = (): number => statSync(cacheFile).ino;
    const first = written();
    expect(loadInChild('cold').stats).toEqual({ fromCache: 1, compiled: 0 });
    expect(written()).toBe(first);
    loadInChild('warm');
    const second = written();
    expect(second).not.toBe(first);
    expect(readFileSync(`${cacheFile}.kinds`, 'utf8')).toBe('cold\nwarm\n');
    loadInChild('warm');
    loadInChild();
    expect(written()).toBe(second);
    expect(loadInChild('cold').stats).toEqual({ fromCache: 1, compiled: 0 });
  });

  it('neither reads nor writes a cache in a folder other users can write: the module loads as usual', () => {
    mkdirSync(cacheDir, { recursive: true });
    chmodSync(cacheDir, 0o777);
    expect(loadInChild('cold')).toEqual({ answer: 42, base: 'index.js', self: true, stats: { fromCache: 0, compiled: 0 } });
    expect(cacheFiles()).toEqual([]);
  });
});
