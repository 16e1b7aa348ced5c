import { createHash, hash } from 'node:crypto';

/** sha256 (hex) of texts taken in order, each followed by a separator: the key of everything they say. */
export function contentHash(...parts: readonly string[]): string {
  // Part by part, not joined: some parts are megabytes, and a joined copy is garbage at once.
  const h = createHash('sha256');
  for (const p of parts) {
    h.update(p);
    // A separator that cannot occur in paths or normalised docs text keeps ("ab","c") ≠ ("a","bc").
    h.update('\u0000');
  }
  return h.digest('hex');
}

/**
 * sha256 (hex) of one text (as UTF-8) or byte string: the hash files are known by (package marker,
 * manifests, records). One `crypto.hash` call rather than a `Hash` object: cheaper in code that
 * runs too briefly to be optimised.
 */
export function sha256Hex(content: string | Uint8Array): string {
  return hash('sha256', content, 'hex');
}
