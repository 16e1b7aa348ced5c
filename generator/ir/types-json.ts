import type { IrNamedType } from './types.js';

/** The shared structures as JSON, whole and less the places of their fields. */
export interface TypesJson {
  json: string;
  /**
   * `json` without the fields' `"position":{…}` members: equal texts mean structures that differ
   * at most in where their fields stand (which every line added above them moves).
   */
  withoutPositions: string;
}

/** A field's place in its page, as `JSON.stringify` writes it (a key only: quotes in strings are escaped); the file is group 1. */
export const POSITION_JSON = /"position":\{"file":("(?:[^"\\]|\\.)*"),"line":\d+,"column":\d+\}/g;

const made = new WeakMap<readonly IrNamedType[], TypesJson>();

/**
 * The JSON of an IR's structures, made once per list and shared by whoever keys work by them
 * (the shared plan's key, the API snapshot's `api.json`): half a megabyte, stringified once a
 * run. The list must not change once this is taken: the IR is final when `buildIr` returns it.
 */
export function typesJson(types: readonly IrNamedType[]): TypesJson {
  let found = made.get(types);
  if (found === undefined) {
    const json = JSON.stringify(types);
    found = { json, withoutPositions: json.replace(POSITION_JSON, '') };
    made.set(types, found);
  }
  return found;
}
