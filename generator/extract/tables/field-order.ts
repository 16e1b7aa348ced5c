/**
 * Canonical Field shape: properties in the order of the IR interface (the IR JSON keeps
 * the order in which objects were built), dotted row names (`result.items[].id`,
 * `fields.CONTACT_ID`) moved under their parent row when that row exists.
 */
import type { Field } from '../../ir/types.js';

export function normalizeField(f: Field): Field {
  const out: Field = { name: f.name } as Field;
  if (f.aliases && f.aliases.length > 0) out.aliases = f.aliases;
  out.required = f.required;
  if (f.requiredMark !== undefined) out.requiredMark = f.requiredMark;
  out.type = f.type;
  out.description = f.description;
  if (f.deprecated !== undefined) out.deprecated = f.deprecated;
  if (f.fields && f.fields.length > 0) out.fields = f.fields.map(normalizeField);
  if (f.position !== undefined) out.position = f.position;
  return out;
}

/** Moves `a.b` / `a[].b` rows under row `a` (recursively), keeping the rest in place. */
export function nestDottedNames(fields: Field[]): Field[] {
  const out: Field[] = [];
  for (const f of fields) {
    const parts = f.name.split('.').map((p) => p.replace(/\[\]$/, ''));
    if (parts.length < 2 || parts.some((p) => p === '')) {
      out.push(f);
      continue;
    }
    let level = out;
    let parent: Field | undefined;
    for (const part of parts.slice(0, -1)) {
      parent = level.find((x) => x.name === part || x.name === `${part}[]`);
      if (!parent) break;
      parent.fields = parent.fields ?? [];
      level = parent.fields;
    }
    if (!parent) {
      out.push(f);
      continue;
    }
    level.push({ ...f, name: parts[parts.length - 1] as string });
  }
  return out;
}
