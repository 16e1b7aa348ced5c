/**
 * `A | B` as JSON Schema. `oneOf` says "exactly one matches", which is only true when the
 * members cannot both match a value; we claim it only when their JSON types are provably
 * disjoint, and fall back to `anyOf` otherwise (e.g. `string | B24DateTime`).
 */
import type { JsonSchema, JsonType } from './json-schema.js';

/** JSON types a schema's values can take; undefined when we cannot tell (a $ref we do not know, `{}`). */
export type TypesOfRef = (ref: string) => ReadonlySet<JsonType> | undefined;

export function jsonTypesOf(schema: JsonSchema, typesOfRef: TypesOfRef = () => undefined): ReadonlySet<JsonType> | undefined {
  if (schema.$ref !== undefined) return typesOfRef(schema.$ref);
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    // integer values are numbers too: the two overlap
    return new Set(types.map((t) => (t === 'integer' ? 'number' : t)));
  }
  const members = schema.oneOf ?? schema.anyOf;
  if (members === undefined || members.length === 0) return undefined;
  const out = new Set<JsonType>();
  for (const member of members) {
    const types = jsonTypesOf(member, typesOfRef);
    if (types === undefined) return undefined;
    for (const t of types) out.add(t);
  }
  return out;
}

function isAny(schema: JsonSchema): boolean {
  return Object.keys(schema).every((key) => key === 'description' || key === 'title');
}

/** Whether a schema is a bare union we built, safe to flatten into an outer one. */
function isPlainUnion(schema: JsonSchema): boolean {
  const keys = Object.keys(schema);
  return keys.length === 1 && (keys[0] === 'oneOf' || keys[0] === 'anyOf');
}

export function unionSchema(members: JsonSchema[], typesOfRef: TypesOfRef = () => undefined): JsonSchema {
  const flat: JsonSchema[] = [];
  const seen = new Set<string>();
  for (const member of members) {
    for (const m of isPlainUnion(member) ? ((member.oneOf ?? member.anyOf) as JsonSchema[]) : [member]) {
      if (isAny(m)) return {};
      const key = JSON.stringify(m);
      if (seen.has(key)) continue;
      seen.add(key);
      flat.push(m);
    }
  }
  if (flat.length === 0) return {};
  if (flat.length === 1) return flat[0] as JsonSchema;
  const claimed = new Set<JsonType>();
  let disjoint = true;
  for (const m of flat) {
    const types = jsonTypesOf(m, typesOfRef);
    if (types === undefined) {
      disjoint = false;
      break;
    }
    for (const t of types) {
      if (claimed.has(t)) disjoint = false;
      claimed.add(t);
    }
  }
  return disjoint ? { oneOf: flat } : { anyOf: flat };
}
