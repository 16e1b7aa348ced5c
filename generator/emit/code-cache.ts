/**
 * V8's code cache for the CommonJS files a worker loads (TypeScript's 9 MB, ts-morph): compiling
 * them took the print worker some 290 ms of its start, on every run; from a cache the last run
 * left, V8 takes the compiled functions as they were. Node 20 has no compile cache of
 * its own (`module.enableCompileCache` came in Node 22), so `Module.prototype._compile` is
 * wrapped for the files asked for, the way Node compiles a CommonJS module otherwise.
 *
 * A cache file is named by the source's path, and by its size, time and inode and Node's version: a
 * reinstalled or upgraded TypeScript, or another Node, takes another file (V8's own check of a
 * cache against its source looks at the length only). A cache V8 rejects all the same is
 * compiled anew and replaced.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import path from 'node:path';
import vm from 'node:vm';

/** What Node's CommonJS loader calls to compile and run one module (not in its typings). */
type Compile = (this: CommonJsModule, content: string, filename: string) => unknown;

interface CommonJsModule {
  exports: unknown;
}

/** A script compiled here that had no usable cache: its cache is written by `saveCodeCache`. */
interface Uncached {
  script: vm.Script;
  file: string;
}

const uncached: Uncached[] = [];

/** Files compiled here from a cache, and without one (none yet, or rejected by V8). */
export const codeCacheStats = { fromCache: 0, compiled: 0 };

const shortHash = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 16);

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
 * `dir`. Meant for a worker thread, before it loads them; other files load as usual.
 */
export function useCodeCache(dir: string, files: RegExp): void {
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
    if (cachedData === undefined || script.cachedDataRejected === true) {
      codeCacheStats.compiled++;
      uncached.push({ script, file: cacheFile });
    } else codeCacheStats.fromCache++;
    const wrapper = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
    const require = Module.createRequire(filename);
    return wrapper.call(this.exports, this.exports, require, this, filename, path.dirname(filename));
  };
}

/**
 * Writes the cache of each file compiled without one, taken now: it then holds the functions
 * compiled so far (call it once the worker has done a job). Written beside and renamed, so a
 * worker stopped midway leaves no half file; a cache that cannot be written is left out.
 */
export function saveCodeCache(): void {
  for (const { script, file } of uncached.splice(0)) {
    try {
      mkdirSync(path.dirname(file), { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, script.createCachedData());
      renameSync(tmp, file);
      // The caches of an earlier version of the same file (or of Node) are of no further use.
      const prefix = path.basename(file).replace(/-[0-9a-f]+\.v8cache$/, '-');
      for (const name of readdirSync(path.dirname(file))) {
        if (name.startsWith(prefix) && name.endsWith('.v8cache') && name !== path.basename(file)) rmSync(path.join(path.dirname(file), name), { force: true });
      }
    } catch {
      // Only speed is lost.
    }
  }
}
