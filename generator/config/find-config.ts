import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { FatalError } from '../fatal-error.js';

/** The names b24gen looks for, in each folder from the working directory up to the root. */
export const CONFIG_FILE_NAMES: readonly string[] = ['b24gen.config.json', 'b24gen.config.ts', 'b24gen.config.mjs', 'b24gen.config.js'];

function isFile(file: string): boolean {
  return existsSync(file) && statSync(file).isFile();
}

/**
 * The nearest config file at or above `startDir`, stopping at the filesystem root.
 * Two config files in one folder are an error: silently preferring one would hide the other.
 */
export function findConfigFile(startDir: string): string | undefined {
  let dir = path.resolve(startDir);
  for (;;) {
    const found = CONFIG_FILE_NAMES.map((name) => path.join(dir, name)).filter(isFile);
    if (found.length > 1) {
      throw new FatalError(`more than one config file in ${dir}: ${found.map((f) => path.basename(f)).join(', ')}; keep one`);
    }
    if (found[0] !== undefined) return found[0];
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
