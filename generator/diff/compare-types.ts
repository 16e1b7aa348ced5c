import type { TypeRef } from '../ir/types.js';

/**
 * How the set of values a type admits moved: `widened` when the new type accepts every value
 * of the old one (and more), `narrowed` the reverse, `changed` when neither contains the other.
 * `resolved` when the old type could not be decoded (`kind: 'unknown'`) and the new one can:
 * our reading of the docs improved, the API did not necessarily change.
 */
export type TypeRelation = 'same' | 'widened' | 'narrowed' | 'changed' | 'resolved';

/**
 * Spellings the docs use for the same scalar; a switch between them is not an API change.
 * The numeric tokens are one class: the docs use `number`, `integer` and `double` loosely and
 * the generated package types all of them as `number`.
 */
const SCALAR_SYNONYMS: Readonly<Record<string, string>> = {
  int: 'number',
  integer: 'number',
  float: 'number',
  double: 'number',
  bool: 'boolean',
  text: 'string',
  char: 'string',
  mixed: 'any',
  callable: 'function',
};

/** Scalars that admit every value of another scalar: every `date` is a `string`. */
const SCALAR_SUPERSETS: Readonly<Record<string, readonly string[]>> = {
  number: ['timestamp'],
  string: ['date', 'datetime', 'numeric-string'],
  boolean: ['json-boolean'],
};

function scalarName(type: TypeRef): string {
  const name = (type.name ?? type.raw).trim().toLowerCase();
  return SCALAR_SYNONYMS[name] ?? name;
}

function isTop(type: TypeRef): boolean {
  if (type.kind === 'unknown') return true;
  // `unknown` absorbs the other members of a union, in the generated types as in set terms.
  if (type.kind === 'union') return (type.members ?? []).some(isTop);
  return type.kind === 'scalar' && scalarName(type) === 'any';
}

/** `true`/`false` written as a type (`string \| false`): a literal the docs use for "or false". */
function isBooleanLiteral(type: TypeRef): boolean {
  const token = (type.name ?? type.raw).trim().toLowerCase();
  return token === 'true' || token === 'false';
}

/** A structural key of a type, ignoring the docs' spelling (`raw`) and link targets. */
export function typeKey(type: TypeRef): string {
  switch (type.kind) {
    case 'scalar':
      return `scalar:${scalarName(type)}`;
    case 'array':
      return `array<${type.items === undefined ? '?' : typeKey(type.items)}>`;
    case 'union':
      return `union(${[...new Set((type.members ?? []).map(typeKey))].sort().join('|')})`;
    case 'enum':
      return `enum:${type.name ?? ''}(${type.values === undefined ? '?' : [...new Set(type.values.map(String))].sort().join(',')})`;
    case 'ref':
    case 'named':
      return `entity:${entityKey(type)}`;
    case 'object':
      return 'object';
    case 'unknown':
      return `unknown:${type.raw.trim()}`;
  }
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
  if (scalar === 'number') return values.every((value) => typeof value === 'number');
  return false;
}

/** Whether `outer` admits every value of `inner`. */
export function typeAdmits(outer: TypeRef, inner: TypeRef): boolean {
  if (isTop(outer)) return true;
  if (typeKey(outer) === typeKey(inner)) return true;
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
      // B24Boolean is `boolean | 'Y' | 'N' | 0 | 1`.
      if (scalar === 'boolean' && inner.values !== undefined) return values.every((value) => value === 'Y' || value === 'N' || value === 0 || value === 1);
      if (inner.values === undefined) return false;
      return enumValuesAre(values, scalar);
    }
    return false;
  }
  if (outer.kind === 'scalar' && scalarName(outer) === 'boolean' && isBooleanLiteral(inner)) return true;
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
  if (typeKey(from) === typeKey(to)) return 'same';
  if (from.kind === 'unknown' && !isTop(to)) return 'resolved';
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

/**
 * Labels for the two sides of a type change: the docs' own text, or, when both read the same
 * (`boolean` refined differently from two examples), their structural keys.
 */
export function typeChangeLabels(from: TypeRef, to: TypeRef): { from: string; to: string } {
  const labels = { from: typeLabel(from), to: typeLabel(to) };
  return labels.from === labels.to ? { from: typeKey(from), to: typeKey(to) } : labels;
}

/** A short label for a type in a report: the docs' own text when there is one. */
export function typeLabel(type: TypeRef): string {
  const raw = type.raw.trim();
  // Some array types keep the item's text as raw ("object" for a list of objects).
  if (type.kind === 'array' && raw !== '' && !raw.endsWith(']') && raw.toLowerCase() !== 'array') return `${raw}[]`;
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
