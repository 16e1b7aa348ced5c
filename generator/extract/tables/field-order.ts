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
  if (f.keyPatterns && f.keyPatterns.length > 0) out.keyPatterns = f.keyPatterns;
  if (f.requiredOneOf && f.requiredOneOf.length > 0) out.requiredOneOf = f.requiredOneOf;
  if (f.aliasSource !== undefined && out.aliases !== undefined) out.aliasSource = f.aliasSource;
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

function isBareArrayType(t: Field['type']): boolean {
  if (t.kind === 'array') return t.items === undefined || t.items.kind === 'unknown';
  return t.kind === 'scalar' && (t.name ?? t.raw).toLowerCase() === 'array';
}

/**
 * Element rows: `items[]` describes the items of the `items` row beside it (its type and,
 * under it, their keys). The pair becomes one `items` field of type array of the element,
 * with the children of both; a lone `items[]` row becomes `items`, an array of its type.
 * Applied recursively, in place order.
 */
export function mergeElementRows(fields: Field[]): Field[] {
  const out: Field[] = [];
  for (const f of fields) {
    if (f.fields) f.fields = mergeElementRows(f.fields);
    if (!/^[^.[\]]+\[\]$/.test(f.name)) {
      out.push(f);
      continue;
    }
    const base = f.name.slice(0, -2);
    const sibling = fields.find((x) => x.name === base);
    if (sibling === undefined) {
      out.push({ ...f, name: base, type: { raw: `${f.type.raw}[]`, kind: 'array', items: f.type } });
      continue;
    }
    if (isBareArrayType(sibling.type)) sibling.type = { raw: sibling.type.raw, kind: 'array', items: f.type };
    const children = sibling.fields ?? [];
    for (const c of f.fields ?? []) if (!children.some((x) => x.name === c.name)) children.push(c);
    if (children.length > 0) sibling.fields = children;
  }
  return out;
}
