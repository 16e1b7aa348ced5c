/**
 * The keys a filter object accepts when its description lists operator prefixes: every
 * documented field, and every field under every listed operator. Shared by the consumers of
 * `Field.keyPrefixes` so that they agree on the keys and their value types.
 */
import type { Field, KeyPrefix, TypeRef } from './types.js';

function listOf(one: TypeRef): TypeRef {
  return { raw: `${one.raw}[]`, kind: 'array', items: one };
}

function eitherOneOrList(one: TypeRef): TypeRef {
  return { raw: `${one.raw} | ${one.raw}[]`, kind: 'union', members: [one, listOf(one)] };
}

/** `T` of a key that takes `T | T[]` (one value or a list), else the type itself. */
export function singleValueOf(t: TypeRef): TypeRef {
  const [one, list] = t.members ?? [];
  if (t.kind === 'union' && t.members?.length === 2 && one !== undefined && list?.kind === 'array' && JSON.stringify(list.items) === JSON.stringify(one)) return one;
  return t;
}

/**
 * A filter key's value: one value or a list of them. The portal's list filters read a list
 * under a plain key as IN (`{ ID: [1, 2] }`, `{ vatId: [1, 2] }`), whatever the operator list says.
 */
export function oneValueOrList(one: TypeRef): TypeRef {
  if (one.kind === 'array' || one.kind === 'object' || one.kind === 'named' || singleValueOf(one) !== one) return one;
  return eitherOneOrList(one);
}

/** An operator's value: operators decide the shape themselves, from the key's single value. */
function prefixedType(prefix: KeyPrefix, type: TypeRef): TypeRef {
  const one = singleValueOf(type);
  if (prefix.list === true) return one.kind === 'array' ? one : listOf(one);
  if (prefix.oneOrList === true && one.kind !== 'array') return eitherOneOrList(one);
  return one;
}

/** The nested fields of `field` followed by their prefixed spellings (`>=ID`, `@ID` as a list). */
export function withKeyPrefixes(field: Field): Field[] {
  const fields = field.fields ?? [];
  const prefixes = field.keyPrefixes ?? [];
  if (prefixes.length === 0) return fields;
  const names = new Set(fields.map((f) => f.name));
  const out = [...fields];
  for (const p of prefixes) {
    for (const f of fields) {
      const name = `${p.prefix}${f.name}`;
      // A documented key that happens to read like a prefixed one keeps its own row.
      if (names.has(name)) continue;
      names.add(name);
      const { aliases: _aliases, requiredOneOf: _oneOf, aliasSource: _source, ...rest } = f;
      out.push({
        ...rest,
        name,
        required: false,
        requiredMark: 'optional',
        type: prefixedType(p, f.type),
        description: '',
      });
    }
  }
  return out;
}
