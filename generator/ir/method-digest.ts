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
