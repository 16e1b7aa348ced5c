import { mkdtempSync, mkdirSync, writeFileSync, symlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDocsReader, normaliseText } from './docs-reader.js';

const base = mkdtempSync(path.join(tmpdir(), 'b24gen-load-'));
const root = path.join(base, 'docs');
mkdirSync(path.join(root, 'a'), { recursive: true });
writeFileSync(path.join(root, 'a', 'page.md'), '\uFEFFline1\r\nline2\rline3\n');
writeFileSync(path.join(root, 'bin.md'), Buffer.from([0x61, 0x00, 0x62]));
writeFileSync(path.join(base, 'secret.md'), 'secret');
symlinkSync(path.join(base, 'secret.md'), path.join(root, 'link.md'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('createDocsReader', () => {
  it('strips the BOM and normalises line ends', () => {
    const r = createDocsReader(root).read('a/page.md');
    expect(r).toEqual({ ok: true, text: 'line1\nline2\nline3\n' });
  });

  it('refuses paths that leave the root, lexically or through a symlink', () => {
    const reader = createDocsReader(root);
    const up = reader.read('../secret.md');
    expect(up.ok).toBe(false);
    expect(!up.ok && up.reason).toMatch(/outside/);
    const link = reader.read('link.md');
    expect(link.ok).toBe(false);
    expect(!link.ok && link.reason).toMatch(/outside/);
    expect(reader.read('/etc/passwd').ok).toBe(false);
  });

  it('rejects binary files and missing files with a reason instead of throwing', () => {
    const reader = createDocsReader(root);
    const bin = reader.read('bin.md');
    expect(!bin.ok && bin.reason).toMatch(/binary/);
    const missing = reader.read('nope.md');
    expect(!missing.ok && missing.reason).toMatch(/not found/);
    const noRoot = createDocsReader(path.join(base, 'absent')).read('x.md');
    expect(!noRoot.ok && noRoot.reason).toMatch(/root not found/);
  });

  it('caches: a second read returns the same result even if the file changed', () => {
    const reader = createDocsReader(root);
    const first = reader.read('a/page.md');
    writeFileSync(path.join(root, 'a', 'page.md'), 'changed');
    expect(reader.read('a/page.md')).toBe(first);
    expect(createDocsReader(root).read('a/page.md')).toEqual({ ok: true, text: 'changed' });
  });

  it('normaliseText leaves clean text alone', () => {
    expect(normaliseText('a\nb')).toBe('a\nb');
    expect(normaliseText('\uFEFF')).toBe('');
  });
});
