import { chmodSync, existsSync, lstatSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { contentHash } from '../content-hash.js';

/**
 * Where b24gen keeps its caches for a file or folder at `near`: `B24GEN_CACHE_DIR` (or
 * `--cache-dir`) when given; else `.cache/b24gen` in the nearest `node_modules` above it (the
 * usual place for tool caches, ignored by git); else a folder of the user's own in the system
 * temp folder (`b24gen-cache-<uid>`: the temp folder is shared, and a cache holds what ends up
 * in generated code, and code that runs; see `cacheDirProblem`).
 */
export function cacheRoot(near: string, root: string | undefined = process.env['B24GEN_CACHE_DIR']): string {
  if (root !== undefined && root !== '') return path.resolve(root);
  let dir = path.dirname(path.resolve(near));
  for (;;) {
    if (existsSync(path.join(dir, 'node_modules'))) return path.join(dir, 'node_modules', '.cache', 'b24gen');
    const up = path.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return path.join(os.tmpdir(), `b24gen-cache-${process.getuid?.() ?? os.userInfo().username}`);
}

/**
 * Why b24gen must not use the cache folder `dir`, made now (readable and writable by its user
 * only) when missing; undefined when it may. A cache holds results that end up in generated code
 * and V8's compiled code that runs, so it is trusted only where no one else can write: a real
 * folder (not a link), owned by this user, not writable by every user (one writable by its group,
 * as a umask of 002 makes them, is made private; POSIX only, elsewhere the folder's place is trusted).
 */
export function cacheDirProblem(dir: string): string | undefined {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const stat = lstatSync(dir);
    if (!stat.isDirectory()) return `${dir} is not a folder`;
    const uid = process.getuid?.();
    if (uid === undefined) return undefined;
    if (stat.uid !== uid) return `${dir} belongs to another user`;
    if ((stat.mode & 0o002) !== 0) return `${dir} is writable by every user`;
    // Writable by its group (made under a umask of 002, where the group is often the user's own): made private.
    if ((stat.mode & 0o020) !== 0) chmodSync(dir, stat.mode & 0o755);
    return undefined;
  } catch (error) {
    return `${dir} cannot be made (${error instanceof Error ? error.message : String(error)})`;
  }
}

/**
 * Where the cache of one output folder lives: a subfolder of `cacheRoot`, named by a hash of the
 * folder's absolute path, so each output folder has its own and the cache never sits inside
 * the generated package.
 */
export function resolveCacheDir(outDir: string, root: string | undefined = process.env['B24GEN_CACHE_DIR']): string {
  const target = path.resolve(outDir);
  return path.join(cacheRoot(target, root), contentHash(target).slice(0, 16));
}
