import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentHash, sha256Hex } from './content-hash.js';

describe('sha256Hex', () => {
  it('hashes a text as its UTF-8 bytes', () => {
    const texts = ['', 'ascii only', 'деталь — ünïcode ✓ 𝄞', 'x'.repeat(3_000_000)];
    for (const text of texts) {
      const expected = createHash('sha256').update(Buffer.from(text, 'utf8')).digest('hex');
      expect(sha256Hex(text)).toBe(expected);
      expect(sha256Hex(Buffer.from(text, 'utf8'))).toBe(expected);
    }
  });
});

describe('contentHash', () => {
  it('keeps the parts apart', () => {
    expect(contentHash('ab', 'c')).not.toBe(contentHash('a', 'bc'));
    expect(contentHash('ab', 'c')).toBe(contentHash('ab', 'c'));
  });

  it('is the sha256 of each part followed by a NUL, as UTF-8 (the digests earlier caches hold)', () => {
    const parts = ['деталь', '', 'x'.repeat(100_000), '𝄞'];
    const expected = createHash('sha256');
    for (const part of parts) expected.update(Buffer.from(`${part}\u0000`, 'utf8'));
    expect(contentHash(...parts)).toBe(expected.digest('hex'));
    expect(contentHash()).toBe(createHash('sha256').digest('hex'));
  });
});
