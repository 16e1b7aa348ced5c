import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { compareCodeUnits } from '../compare-code-units.js';

/** Written by the build (bin/bundle-cli.js) beside the compiled code: that code's digest (`codeTreeDigest`). */
export const CODE_DIGEST_FILE = 'code-digest.txt';

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
    if (!entry || name === 'node_modules' || name.startsWith('.') || name === CODE_DIGEST_FILE) continue;
    const full = path.join(dir, name);
    if (entry.isDirectory()) hashTree(hash, full, `${rel}/${name}`);
    else if (entry.isFile()) {
      hash.update(`${rel}/${name}\u0000`);
      hash.update(readFileSync(full));
      hash.update('\u0000');
    }
  }
}

/** sha256 (hex) of the files under `codeRoot`, their paths and bytes, in path order. */
export function codeTreeDigest(codeRoot: string): string {
  const hash = createHash('sha256');
  hashTree(hash, codeRoot, 'code');
  return hash.digest('hex');
}

/** The code's digest: the one the build wrote beside it, else (run from TypeScript sources) `codeTreeDigest`. */
export function codeDigest(codeRoot: string): string {
  try {
    const digest = readFileSync(path.join(codeRoot, CODE_DIGEST_FILE), 'utf8').trim();
    if (/^[0-9a-f]{64}$/.test(digest)) return digest;
  } catch {
    // none written
  }
  return codeTreeDigest(codeRoot);
}

let cached: string | undefined;

/**
 * The generator itself as a cache key: its version and the bytes of its own code, templates
 * and runtime sources. A rebuilt generator (same version, other code) never reuses results
 * made by the old one. The compiled code's digest is taken by the build (`npm run build` writes
 * it last, over dist/ as built): reading megabytes of it took every run some 15 ms. The
 * templates and the runtime sources, which a run reads as they are, are hashed each run.
 */
export function generatorFingerprint(): string {
  if (cached !== undefined) return cached;
  const hash = createHash('sha256');
  const codeRoot = fileURLToPath(new URL('../', import.meta.url));
  const projectRoot = path.resolve(codeRoot, '..');
  hash.update(readFileSync(path.join(projectRoot, 'package.json')));
  hash.update(codeDigest(codeRoot));
  hashTree(hash, path.join(projectRoot, 'templates'), 'templates');
  hashTree(hash, path.join(projectRoot, 'generator', 'runtime'), 'runtime');
  cached = hash.digest('hex');
  return cached;
}
