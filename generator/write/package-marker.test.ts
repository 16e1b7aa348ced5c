import { describe, it, expect } from 'vitest';
import { normalizePackageFiles } from './normalize-package-files.js';
import { sha256Hex } from '../content-hash.js';
import { parseMarker, renderMarker } from './package-marker.js';

describe('renderMarker', () => {
  it('is the same text whatever the insertion order of the files', () => {
    const one = renderMarker(normalizePackageFiles(new Map([['b.ts', 'B\n'], ['a/x.ts', 'X\n'], ['A.md', 'doc\n']])));
    const two = renderMarker(normalizePackageFiles(new Map([['A.md', 'doc\n'], ['a/x.ts', 'X\n'], ['b.ts', 'B\n']])));
    expect(one).toBe(two);
  });

  it('lists the files sorted by code unit with the sha256 of their LF content', () => {
    const text = renderMarker(normalizePackageFiles(new Map([['b.ts', 'one\r\ntwo'], ['C.ts', 'x']])));
    const marker = parseMarker(text);
    expect(marker).not.toBeNull();
    expect(marker?.generator).toBe('b24gen');
    expect(marker?.files).toEqual([
      { path: 'C.ts', sha256: sha256Hex('x') },
      { path: 'b.ts', sha256: sha256Hex('one\ntwo') },
    ]);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).not.toMatch(/\r|20\d\d-\d\d-\d\d/);
  });
});

describe('parseMarker', () => {
  it.each([
    ['not json', '{'],
    ['another generator', JSON.stringify({ generator: 'other', markerVersion: 1, files: [] })],
    ['no file list', JSON.stringify({ generator: 'b24gen', markerVersion: 1 })],
    ['bad entry', JSON.stringify({ generator: 'b24gen', markerVersion: 1, files: [{ path: 1 }] })],
    ['a bare value', 'null'],
  ])('returns null for %s', (_label, text) => {
    expect(parseMarker(text)).toBeNull();
  });
});
