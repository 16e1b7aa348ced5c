import { readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { isInside } from './docs-reader.js';
import { compareCodeUnits } from '../compare-code-units.js';

/**
 * Every `.md` file under `root`, as sorted `/`-separated paths relative to the root.
 * Dot-folders (`.git`, …) and `node_modules` are skipped; symlinks are followed only when
 * they stay inside the root, and each real folder is visited once (no symlink loops).
 */
export function listDocsPages(root: string): string[] {
  const realRoot = realpathSync(root);
  const out: string[] = [];
  const seen = new Set<string>();

  const walk = (dirReal: string, rel: string): void => {
    if (seen.has(dirReal)) return;
    seen.add(dirReal);
    const entries = readdirSync(dirReal, { withFileTypes: true });
    for (const entry of entries) {
      const name = entry.name;
      const childRel = rel === '' ? name : `${rel}/${name}`;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      let childReal = path.join(dirReal, name);
      if (entry.isSymbolicLink()) {
        try {
          childReal = realpathSync(childReal);
          const st = statSync(childReal);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch {
          continue;
        }
        if (!isInside(realRoot, childReal)) continue;
      }
      if (isDir) {
        if (name.startsWith('.') || name === 'node_modules') continue;
        walk(childReal, childRel);
      } else if (isFile && name.endsWith('.md')) {
        out.push(childRel);
      }
    }
  };

  walk(realRoot, '');
  return out.sort(compareCodeUnits);
}
