/**
 * The keys a filter object accepts when its description lists operator prefixes: every
 * documented field, and every field under every listed operator. Shared by the consumers of
 * `Field.keyPrefixes` so that they agree on the keys and their value types.
 */
import type { Field } from './types.js';

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
        type: p.list === true ? { raw: `${f.type.raw}[]`, kind: 'array', items: f.type } : f.type,
        description: '',
      });
    }
  }
  return out;
}
