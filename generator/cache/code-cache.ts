/**
 * V8's code cache for CommonJS files: TypeScript's 9 MB and ts-morph in the print worker (their
 * compiling took the worker some 290 ms of its start, on every run), and the CLI's own bundle
 * (`dist/bundle/main.cjs`, see generator/cli/run-bundle.ts: some 30 ms of every run). From a
 * cache an earlier run left, V8 takes the compiled functions as they were. Node 20 has no compile
 * cache of its own (`module.enableCompileCache` came in Node 22), so `Module.prototype._compile`
 * is wrapped for the files asked for, the way Node compiles a CommonJS module otherwise.
 *
 * A cache file is named by the source's path, and by its size, time and inode and Node's version: a
 * reinstalled or upgraded TypeScript, or another Node, takes another file (V8's own check of a
 * cache against its source looks at the length only). A cache V8 rejects all the same is
 * compiled anew and replaced.
 *
 * A cache holds the functions compiled when it was taken. The CLI's runs differ in what they
 * run (a first run, a run after an edit, a run with nothing to do), so each kind of run that a
 * cache has not seen yet takes it again once it is done (`saveCodeCache(kind)`); the kinds it
 * has seen are listed beside it.
 *
 * Code compiled here cannot run `import()` once it comes from a cache (Node 20 drops the
 * callback): see generator/import-module.ts.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import { sha256Hex } from '../content-hash.js';
import { cacheDirProblem } from './cache-dir.js';

/** What Node's CommonJS loader calls to compile and run one module (not in its typings). */
type Compile = (this: CommonJsModule, content: string, filename: string) => unknown;

interface CommonJsModule {
  exports: unknown;
}

/** A script compiled here, and what its cache file holds. */
interface Compiled {
  script: vm.Script;
  file: string;
  /** The cache file holds this script's code (it was loaded from it, or written since). */
  cached: boolean;
  /** The kinds of run whose functions the cache holds (read when first needed). */
  kinds?: string[];
}

const compiled: Compiled[] = [];

/** Files compiled here from a cache, and without one (none yet, or rejected by V8). */
export const codeCacheStats = { fromCache: 0, compiled: 0 };

const shortHash = (text: string): string => sha256Hex(text).slice(0, 16);

/**
 * The cache file of `source` in `dir` (`<name>-<path hash>-<version hash>.v8cache`), or
 * undefined when the source cannot be stat'ed.
 */
function cacheFileOf(dir: string, source: string): string | undefined {
  try {
    const { size, mtimeMs, ino } = statSync(source);
    const version = shortHash(`${size}\u0000${mtimeMs}\u0000${ino}\u0000${process.version}`);
    return path.join(dir, `${path.basename(source).replace(/\.c?js$/, '')}-${shortHash(source)}-${version}.v8cache`);
  } catch {
    return undefined;
  }
}

/**
 * From now on, CommonJS files whose path matches `files` are compiled with the code cache kept in
 * `dir`; called before they load (by the print worker for TypeScript, by the CLI's launcher for its
 * bundle). Other files load as usual, and all of them do when `dir` is not one this user alone
 * can write (`cacheDirProblem`): a cache is compiled code that runs.
 */
export function useCodeCache(dir: string, files: { test(file: string): boolean }): void {
  if (cacheDirProblem(dir) !== undefined) return;
  const proto = (Module as unknown as { prototype: { _compile: Compile } }).prototype;
  const compile = proto._compile;
  proto._compile = function compileWithCache(this: CommonJsModule, content: string, filename: string): unknown {
    const cacheFile = files.test(filename) ? cacheFileOf(dir, filename) : undefined;
    if (cacheFile === undefined) return compile.call(this, content, filename);
    let cachedData: Buffer | undefined;
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      cachedData = undefined;
    }
    const script = new vm.Script(Module.wrap(content), { filename, ...(cachedData === undefined ? {} : { cachedData }) });
    const cached = cachedData !== undefined && script.cachedDataRejected !== true;
    if (cached) codeCacheStats.fromCache++;
    else codeCacheStats.compiled++;
    compiled.push({ script, file: cacheFile, cached });
    const wrapper = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
    const require = Module.createRequire(filename);
    return wrapper.call(this.exports, this.exports, require, this, filename, path.dirname(filename));
  };
}

/** The file beside a cache that lists the kinds of run it holds the functions of, one a line. */
const kindsFileOf = (cacheFile: string): string => `${cacheFile}.kinds`;

function kindsOf(entry: Compiled): string[] {
  if (entry.kinds === undefined) {
    try {
      entry.kinds = readFileSync(kindsFileOf(entry.file), 'utf8').split('\n').filter((kind) => kind !== '');
    } catch {
      entry.kinds = [];
    }
  }
  return entry.kinds;
}

/** Writes `data` to `file` beside and renamed, so a process stopped midway leaves no half file. */
function writeWhole(file: string, data: string | Uint8Array): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, file);
}

/**
 * Takes the cache of each file compiled without one, now: it then holds the functions compiled
 * so far (call it once the worker has done a job, or the CLI its run). With `kind` (what the
 * run did), a file whose cache has not seen that kind of run is taken again too. A cache that
 * cannot be written is left out: only speed is lost.
 */
export function saveCodeCache(kind?: string): void {
  for (const entry of compiled) {
    const fresh = !entry.cached;
    if (!fresh && (kind === undefined || kindsOf(entry).includes(kind))) continue;
    try {
      mkdirSync(path.dirname(entry.file), { recursive: true });
      const kinds = fresh ? [] : kindsOf(entry);
      writeWhole(entry.file, entry.script.createCachedData());
      entry.cached = true;
      entry.kinds = kind === undefined ? kinds : [...kinds, kind];
      if (entry.kinds.length > 0) writeWhole(kindsFileOf(entry.file), entry.kinds.map((k) => `${k}\n`).join(''));
      else rmSync(kindsFileOf(entry.file), { force: true });
      if (fresh) removeOutdated(entry.file);
    } catch {
      // Only speed is lost.
    }
  }
}

/** The caches (and their kinds) of an earlier version of the same file, or of another Node, are of no further use. */
function removeOutdated(file: string): void {
  const dir = path.dirname(file);
  const prefix = path.basename(file).replace(/-[0-9a-f]+\.v8cache$/, '-');
  for (const name of readdirSync(dir)) {
    if (name.startsWith(prefix) && /\.v8cache(\.kinds)?$/.test(name) && !name.startsWith(path.basename(file))) rmSync(path.join(dir, name), { force: true });
  }
}
