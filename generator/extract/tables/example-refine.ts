/**
 * Refines documented types with what the response example shows, only where the docs are
 * vague and the example is unambiguous: `boolean` shown as "Y"/"N" → enum, as true/false →
 * JSON boolean; an integer shown as "12" → numeric string. Never loosens a type.
 */
import type { Field, TypeRef } from '../../ir/types.js';
import { EMPTY_ARRAY, JSON_BOOLEAN, NUMERIC_STRING } from '../../ir/type-vocabulary.js';

const NUMBER_NAMES = new Set(['integer', 'int', 'number', 'double', 'float']);

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const NULL_TYPE: TypeRef = { raw: 'null', kind: 'scalar', name: 'null' };

function admitsNull(t: TypeRef): boolean {
  if (t.kind === 'scalar') return t.name === 'null' || t.name === 'any' || t.name === 'mixed';
  if (t.kind === 'union') return (t.members ?? []).some(admitsNull);
  return t.kind === 'unknown';
}

/** `T | null`: the example shows the documented field empty as `null`. */
export function nullable(t: TypeRef): TypeRef {
  if (admitsNull(t)) return t;
  if (t.kind === 'union') return { ...t, raw: `${t.raw} | null`, members: [...(t.members ?? []), NULL_TYPE] };
  return { raw: `${t.raw} | null`, kind: 'union', members: [t, NULL_TYPE] };
}

/** A bare `array` that the example shows as a key → value object: a PHP associative array. */
export function isBareArray(t: TypeRef): boolean {
  return t.kind === 'scalar' && t.items === undefined && (t.name ?? t.raw).toLowerCase() === 'array';
}

function isObjectLike(t: TypeRef): boolean {
  return t.kind === 'object' || t.kind === 'named' || (t.kind === 'scalar' && (t.name ?? t.raw).toLowerCase() === 'object');
}

function admitsEmptyArray(t: TypeRef): boolean {
  return t.kind === 'union' && (t.members ?? []).some((m) => m.kind === 'scalar' && m.name === EMPTY_ARRAY);
}

/** `T | []`: an object the example shows as `[]`, the way PHP encodes an empty associative array. */
export function orEmptyArray(t: TypeRef): TypeRef {
  if (admitsEmptyArray(t)) return t;
  const empty: TypeRef = { raw: '[]', kind: 'scalar', name: EMPTY_ARRAY };
  if (t.kind === 'union') return { ...t, members: [...(t.members ?? []), empty] };
  return { raw: t.raw, kind: 'union', members: [t, empty] };
}

export function refineType(t: TypeRef, v: unknown): TypeRef {
  if (v === undefined) return t;
  if (v === null) return nullable(t);
  if (Array.isArray(v) && v.length === 0 && (isObjectLike(t) || (t.kind === 'union' && (t.members ?? []).some(isObjectLike) && !(t.members ?? []).some((m) => m.kind === 'array')))) return orEmptyArray(t);
  if (isBareArray(t) && isPlainObject(v)) return { ...t, kind: 'object', name: 'object' };
  if (t.kind === 'union' && t.members !== undefined && !t.members.some((m) => m.kind === 'union')) {
    // Refine the one member the value fits by kind (`integer | null` shown as "12").
    const fits = t.members.filter((m) => m.kind === 'scalar' && m.name !== 'null');
    if (fits.length === 1) {
      const refined = refineType(fits[0] as TypeRef, v);
      if (refined !== fits[0]) return { ...t, members: t.members.map((m) => (m === fits[0] ? refined : m)) };
    }
    return t;
  }
  if (t.kind === 'scalar' && (t.name === 'boolean' || t.name === 'bool')) {
    if (v === 'Y' || v === 'N') return { ...t, kind: 'enum', values: ['Y', 'N'] };
    if (typeof v === 'boolean') return { ...t, name: JSON_BOOLEAN };
    return t;
  }
  if (t.kind === 'scalar' && t.name !== undefined && NUMBER_NAMES.has(t.name)) {
    if (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v)) return { ...t, name: NUMERIC_STRING };
    return t;
  }
  // An id of another entity (`user`, `crm_company`) shown as "12": the portal sends ids as numeric strings.
  if (t.kind === 'ref' && typeof v === 'string' && /^-?\d+$/.test(v)) {
    return { raw: t.raw, kind: 'union', members: [t, { raw: t.raw, kind: 'scalar', name: NUMERIC_STRING }] };
  }
  if (t.kind === 'array' && t.items && Array.isArray(v) && v.length > 0) {
    let items = t.items;
    for (const item of v) items = refineType(items, item);
    return { ...t, items };
  }
  return t;
}

function lookup(obj: Record<string, unknown>, name: string): unknown {
  if (Object.prototype.hasOwnProperty.call(obj, name)) return obj[name];
  const key = Object.keys(obj).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : obj[key];
}

/** The object whose keys the fields describe: the value itself or the first object item. */
export function exampleObject(v: unknown): Record<string, unknown> | undefined {
  if (isPlainObject(v)) return v;
  if (Array.isArray(v)) return v.find(isPlainObject);
  return undefined;
}

export function refineFields(fields: readonly Field[], v: unknown): void {
  // Every object of a list: one item may show a field `null` that another fills.
  const objects = isPlainObject(v) ? [v] : Array.isArray(v) ? v.filter(isPlainObject) : [];
  for (const obj of objects) {
    for (const f of fields) {
      const val = lookup(obj, f.name);
      if (val === undefined) continue;
      f.type = refineType(f.type, val);
      if (f.fields) refineFields(f.fields, val);
    }
  }
}

/** The type an example value shows, for a result the docs do not type. */
export function inferType(v: unknown): TypeRef {
  if (typeof v === 'boolean') return { raw: 'boolean', kind: 'scalar', name: JSON_BOOLEAN };
  if (typeof v === 'number') return { raw: Number.isInteger(v) ? 'integer' : 'double', kind: 'scalar', name: Number.isInteger(v) ? 'integer' : 'double' };
  if (typeof v === 'string') return { raw: 'string', kind: 'scalar', name: 'string' };
  if (Array.isArray(v)) {
    const first = v[0];
    return { raw: 'array', kind: 'array', items: first === undefined ? { raw: 'any', kind: 'scalar', name: 'any' } : inferType(first) };
  }
  if (isPlainObject(v)) return { raw: 'object', kind: 'object', name: 'object' };
  return { raw: '', kind: 'unknown' };
}

/** Shortest key path to `name` inside an example value (objects and first array items). */
export function findKeyPath(v: unknown, name: string): string[] | undefined {
  const queue: Array<{ v: unknown; path: string[] }> = [{ v, path: [] }];
  while (queue.length > 0) {
    const { v: cur, path } = queue.shift() as { v: unknown; path: string[] };
    const obj = exampleObject(cur);
    if (!obj || path.length > 6) continue;
    if (Object.prototype.hasOwnProperty.call(obj, name)) return [...path, name];
    for (const [k, child] of Object.entries(obj)) queue.push({ v: child, path: [...path, k] });
  }
  return undefined;
}
