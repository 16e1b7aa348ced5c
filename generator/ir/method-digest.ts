import { contentHash } from '../content-hash.js';
import type { IrMethod } from './types.js';

const texts = new WeakMap<IrMethod, string>();
const digests = new WeakMap<IrMethod, string>();

/** A method's IR as JSON text, made once per method object (the digest and the final-method cache both need it). */
export function methodJson(method: IrMethod): string {
  let text = texts.get(method);
  if (text === undefined) {
    text = JSON.stringify(method);
    texts.set(method, text);
  }
  return text;
}

/**
 * sha256 (hex) of a method's IR, as JSON: the IR is JSON data (the page cache stores it so),
 * so equal digests mean equal methods. Made once per method object and shared by whoever keys
 * work by the method (the plan memo, the API snapshot's chunks). A method must not change once
 * its digest is taken: the IR is final when `buildIr` returns it.
 */
export function methodDigest(method: IrMethod): string {
  let digest = digests.get(method);
  if (digest === undefined) {
    digest = contentHash(methodJson(method));
    digests.set(method, digest);
  }
  return digest;
}

/**
 * Tells the digest of a method read back from JSON whose digest was recorded when it was
 * written (the final-method cache): the same value as `methodDigest` would compute, for free.
 */
export function knownMethodDigest(method: IrMethod, digest: string): void {
  digests.set(method, digest);
}
