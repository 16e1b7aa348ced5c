import { contentHash } from '../content-hash.js';
import type { IrMethod } from './types.js';

const digests = new WeakMap<IrMethod, string>();

/**
 * sha256 (hex) of a method's IR, as JSON: the IR is JSON data (the page cache stores it so),
 * so equal digests mean equal methods. Made once per method object and shared by whoever keys
 * work by the method (the plan memo, the API snapshot's chunks). A method must not change once
 * its digest is taken: the IR is final when `buildIr` returns it.
 */
export function methodDigest(method: IrMethod): string {
  let digest = digests.get(method);
  if (digest === undefined) {
    digest = contentHash(JSON.stringify(method));
    digests.set(method, digest);
  }
  return digest;
}

/**
 * A method's IR as JSON text, with its digest taken from that text on the way (for whoever
 * stores the text: the digest then costs no second stringify). The text is not kept.
 */
export function methodJsonAndDigest(method: IrMethod): { json: string; digest: string } {
  const json = JSON.stringify(method);
  const digest = digests.get(method) ?? contentHash(json);
  digests.set(method, digest);
  return { json, digest };
}

/**
 * Tells the digest of a method read back from JSON whose digest was recorded when it was
 * written (the final-method cache): the same value as `methodDigest` would compute, for free.
 */
export function knownMethodDigest(method: IrMethod, digest: string): void {
  digests.set(method, digest);
}
