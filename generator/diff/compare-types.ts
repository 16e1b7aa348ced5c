import type { TypeRef } from '../ir/types.js';

/**
 * How the set of values a type admits moved: `widened` when the new type accepts every value
 * of the old one (and more), `narrowed` the reverse, `changed` when neither contains the other.
 */
export type TypeRelation = 'same' | 'widened' | 'narrowed' | 'changed';

/** Spellings the docs use for the same scalar; a switch between them is not an API change. */
const SCALAR_SYNONYMS: Readonly<Record<string, string>> = {
  int: 'integer',
  bool: 'boolean',
  float: 'double',
  number: 'double',
  text: 'string',
  char: 'string',
  mixed: 'any',
  callable: 'function',
};

/** Scalars that admit every value of another scalar: `double` holds every `integer`. */
const SCALAR_SUPERSETS: Readonly<Record<string, readonly string[]>> = {
  double: ['integer', 'timestamp'],
  string: ['date', 'datetime', 'numeric-string'],
  boolean: ['json-boolean'],
};

function scalarName(type: TypeRef): string {
  const name = (type.name ?? type.raw).trim().toLowerCase();
  return SCALAR_SYNONYMS[name] ?? name;
}

function isTop(type: TypeRef): boolean {
  if (type.kind === 'unknown') return true;
  return type.kind === 'scalar' && scalarName(type) === 'any';
}

function isObjectLike(type: TypeRef): boolean {
  return type.kind === 'object' || (type.kind === 'scalar' && scalarName(type) === 'object');
}

function isArrayLike(type: TypeRef): boolean {
  return type.kind === 'array' || (type.kind === 'scalar' && scalarName(type) === 'array');
}

/** The entity a ref or named type points at, so that a ref ↔ named switch of the same entity is no change. */
function entityKey(type: TypeRef): string {
  return `${(type.name ?? type.raw).trim()}${type.refField === undefined ? '' : `.${type.refField}`}`;
}

function enumValuesAre(values: ReadonlyArray<string | number>, scalar: string): boolean {
  if (scalar === 'string') return values.every((value) => typeof value === 'string');
  if (scalar === 'double') return values.every((value) => typeof value === 'number');
  if (scalar === 'integer') return values.every((value) => typeof value === 'number' && Number.isInteger(value));
  return false;
}

/** Whether `outer` admits every value of `inner`. */
export function typeAdmits(outer: TypeRef, inner: TypeRef): boolean {
  if (isTop(outer)) return true;
  if (isTop(inner)) return false;
  if (inner.kind === 'union') return (inner.members ?? []).every((member) => typeAdmits(outer, member));
  if (outer.kind === 'union') return (outer.members ?? []).some((member) => typeAdmits(member, inner));
  if (isArrayLike(outer) && isArrayLike(inner)) {
    if (outer.items === undefined) return true;
    if (inner.items === undefined) return false;
    return typeAdmits(outer.items, inner.items);
  }
  if (isObjectLike(outer) && isObjectLike(inner)) return true;
  if (inner.kind === 'enum') {
    const values = inner.values ?? [];
    if (outer.kind === 'enum') {
      // An enum whose values the page does not list admits any listed one.
      if (outer.values === undefined) return true;
      if (inner.values === undefined) return false;
      const allowed = new Set(outer.values.map(String));
      return values.every((value) => allowed.has(String(value)));
    }
    if (outer.kind === 'scalar') {
      const scalar = scalarName(outer);
      if (scalar === 'enum') return true;
      // B24Boolean is `boolean | 'Y' | 'N'`.
      if (scalar === 'boolean' && inner.values !== undefined) return values.every((value) => value === 'Y' || value === 'N');
      if (inner.values === undefined) return false;
      return enumValuesAre(values, scalar) || (scalar === 'double' && enumValuesAre(values, 'integer'));
    }
    return false;
  }
  if (outer.kind === 'scalar' && inner.kind === 'scalar') {
    const o = scalarName(outer);
    const i = scalarName(inner);
    return o === i || (SCALAR_SUPERSETS[o]?.includes(i) ?? false);
  }
  if ((outer.kind === 'ref' || outer.kind === 'named') && (inner.kind === 'ref' || inner.kind === 'named')) {
    return entityKey(outer) === entityKey(inner);
  }
  return false;
}

export function compareTypes(from: TypeRef, to: TypeRef): TypeRelation {
  const toAdmitsFrom = typeAdmits(to, from);
  const fromAdmitsTo = typeAdmits(from, to);
  if (toAdmitsFrom && fromAdmitsTo) return 'same';
  if (toAdmitsFrom) return 'widened';
  if (fromAdmitsTo) return 'narrowed';
  return 'changed';
}

/** The enum values of a type, looking through one level of array (`enum[]`), or undefined when it has none listed. */
export function enumValues(type: TypeRef): Array<string | number> | undefined {
  if (type.kind === 'enum') return type.values;
  if (type.kind === 'array' && type.items?.kind === 'enum') return type.items.values;
  return undefined;
}

/** A short label for a type in a report: the docs' own text when there is one. */
export function typeLabel(type: TypeRef): string {
  const raw = type.raw.trim();
  if (raw !== '') return raw;
  switch (type.kind) {
    case 'array':
      return `${type.items === undefined ? 'unknown' : typeLabel(type.items)}[]`;
    case 'union':
      return (type.members ?? []).map(typeLabel).join(' | ');
    case 'enum':
      return type.values === undefined ? 'enum' : `enum(${type.values.map(String).join(', ')})`;
    default:
      return type.name ?? type.kind;
  }
}
