import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { contentHash } from '../content-hash.js';

/**
 * Where the cache of one output folder lives. `B24GEN_CACHE_DIR` (or `--cache-dir`) names a
 * root; else the nearest `node_modules/.cache/b24gen` above the output folder (the usual place
 * for tool caches, ignored by git); else the system temp folder. Each output folder gets its
 * own subfolder, named by a hash of its absolute path, so the cache never sits inside the
 * generated package.
 */
export function resolveCacheDir(outDir: string, root: string | undefined = process.env['B24GEN_CACHE_DIR']): string {
  const target = path.resolve(outDir);
  const key = contentHash(target).slice(0, 16);
  if (root !== undefined && root !== '') return path.join(path.resolve(root), key);
  let dir = path.dirname(target);
  for (;;) {
    if (existsSync(path.join(dir, 'node_modules'))) return path.join(dir, 'node_modules', '.cache', 'b24gen', key);
    const up = path.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return path.join(os.tmpdir(), 'b24gen-cache', key);
}
