import { hash } from 'node:crypto';

/*
 * One-shot `crypto.hash` rather than a `Hash` object per call: a run hashes about a thousand
 * small texts, each once, in code that runs too briefly to be optimised, where making the object
 * costs more than hashing the text.
 */

/** sha256 (hex) of texts taken in order, each followed by a separator: the key of everything they say. */
export function contentHash(...parts: readonly string[]): string {
  // A separator that cannot occur in paths or normalised docs text keeps ("ab","c") ≠ ("a","bc").
  return hash('sha256', parts.length === 0 ? '' : `${parts.join('\u0000')}\u0000`, 'hex');
}

/** sha256 (hex) of one text (as UTF-8) or byte string: the hash files are known by (package marker, manifests, records). */
export function sha256Hex(content: string | Uint8Array): string {
  return hash('sha256', content, 'hex');
}
