import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { CODE_DIGEST_FILE, codeDigest, codeTreeDigest } from './fingerprint.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function codeTree(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'b24gen-fingerprint-'));
  dirs.push(root);
  mkdirSync(path.join(root, 'cli'));
  writeFileSync(path.join(root, 'cli', 'main.js'), 'export const a = 1;\n');
  writeFileSync(path.join(root, 'index.js'), 'export * from "./cli/main.js";\n');
  return root;
}

describe('code digest', () => {
  it('follows every byte and path of the code, not the digest file written beside it', () => {
    const root = codeTree();
    const before = codeTreeDigest(root);
    writeFileSync(path.join(root, CODE_DIGEST_FILE), `${'0'.repeat(64)}\n`);
    expect(codeTreeDigest(root)).toBe(before);
    writeFileSync(path.join(root, 'cli', 'main.js'), 'export const a = 2;\n');
    expect(codeTreeDigest(root)).not.toBe(before);
  });

  it('is the one the build wrote when there is one, else the tree is hashed', () => {
    const root = codeTree();
    expect(codeDigest(root)).toBe(codeTreeDigest(root));
    writeFileSync(path.join(root, CODE_DIGEST_FILE), `${'a'.repeat(64)}\n`);
    expect(codeDigest(root)).toBe('a'.repeat(64));
    writeFileSync(path.join(root, CODE_DIGEST_FILE), 'not a digest\n');
    expect(codeDigest(root)).toBe(codeTreeDigest(root));
  });

  it('the build wrote the digest of dist/ as it stands (npm test builds first)', () => {
    const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
    const file = path.join(dist, CODE_DIGEST_FILE);
    if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build (npm test does) before this test`);
    expect(readFileSync(file, 'utf8').trim()).toBe(codeTreeDigest(dist));
  });
});
