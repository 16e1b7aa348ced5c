import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { compareCodeUnits } from '../compare-code-units.js';

function hashTree(hash: ReturnType<typeof createHash>, dir: string, rel: string): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    hash.update(`missing:${rel}\u0000`);
    return;
  }
  const names = entries.map((e) => e.name).sort(compareCodeUnits);
  for (const name of names) {
    const entry = entries.find((e) => e.name === name);
    if (!entry || name === 'node_modules' || name.startsWith('.')) continue;
    const full = path.join(dir, name);
    if (entry.isDirectory()) hashTree(hash, full, `${rel}/${name}`);
    else if (entry.isFile()) {
      hash.update(`${rel}/${name}\u0000`);
      hash.update(readFileSync(full));
      hash.update('\u0000');
    }
  }
}

let cached: string | undefined;

/**
 * The generator itself as a cache key: its version and the bytes of its own code, templates
 * and runtime sources. A rebuilt generator (same version, other code) never reuses results
 * made by the old one.
 */
export function generatorFingerprint(): string {
  if (cached !== undefined) return cached;
  const hash = createHash('sha256');
  const codeRoot = fileURLToPath(new URL('../', import.meta.url));
  const projectRoot = path.resolve(codeRoot, '..');
  hash.update(readFileSync(path.join(projectRoot, 'package.json')));
  hashTree(hash, codeRoot, 'code');
  hashTree(hash, path.join(projectRoot, 'templates'), 'templates');
  hashTree(hash, path.join(projectRoot, 'generator', 'runtime'), 'runtime');
  cached = hash.digest('hex');
  return cached;
}
