/**
 * Refines documented types with what the response example shows, only where the docs are
 * vague and the example is unambiguous: `boolean` shown as "Y"/"N" → enum, as true/false →
 * JSON boolean; an integer shown as "12" → numeric string. Never loosens a type.
 */
import type { Field, KeyPattern, TypeRef } from '../../ir/types.js';
import { EMPTY_ARRAY, isBareArray, isBareObject, JSON_BOOLEAN, JSON_FALSE, NUMERIC_STRING } from '../../ir/type-vocabulary.js';

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

function isObjectLike(t: TypeRef): boolean {
  return t.kind === 'named' || isBareObject(t);
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

/**
 * A string enum shown as `""`: the portal leaves the value empty when unset (a gender, a
 * privacy mark), which the docs' value list does not mention.
 */
function orEmptyString(t: TypeRef): TypeRef {
  const values = t.values ?? [];
  if (values.length === 0 || values.includes('') || !values.every((v) => typeof v === 'string')) return t;
  return { ...t, values: [...values, ''] };
}

const STRING_NAMES = new Set(['string', 'text', 'date', 'datetime']);

/** `T | false`: a date or an object shown as `false`, the way PHP says "not set". */
function orFalse(t: TypeRef): TypeRef {
  return { raw: `${t.raw} | false`, kind: 'union', members: [t, { raw: 'false', kind: 'scalar', name: JSON_FALSE }] };
}

/** An integer enum shown as "0": the portal sends the codes as numeric strings too. */
function orNumericStrings(t: TypeRef): TypeRef {
  const values = t.values ?? [];
  if (values.length === 0 || !values.every((v) => typeof v === 'number')) return t;
  return { ...t, values: [...values, ...values.map(String)] };
}

export function refineType(t: TypeRef, v: unknown): TypeRef {
  if (v === undefined) return t;
  if (v === null) return nullable(t);
  if (v === false && ((t.kind === 'scalar' && STRING_NAMES.has(t.name ?? '')) || isObjectLike(t))) return orFalse(t);
  if (t.kind === 'enum' && v === '') return orEmptyString(t);
  if (t.kind === 'enum' && typeof v === 'string' && /^-?\d+$/.test(v)) return orNumericStrings(t);
  // A reference token that also names a documented structure (`crm_currency` is a currency
  // code in most tables, the currency object as crm.currency.get's result) shown as an object;
  // also `entity.id` whose link anchors the entity's structure, shown as the whole object.
  if (t.kind === 'ref' && isPlainObject(v)) {
    const typeId = t.refField === undefined ? t.typeId : t.link?.includes('#') ? t.link : undefined;
    if (typeId !== undefined) {
      const { refField: _field, ...rest } = t;
      return { ...rest, kind: 'named', typeId };
    }
  }
  if (Array.isArray(v) && v.length === 0 && (isObjectLike(t) || (t.kind === 'union' && (t.members ?? []).some(isObjectLike) && !(t.members ?? []).some((m) => m.kind === 'array')))) return orEmptyArray(t);
  // A bare `array` shown as a key → value object: a PHP associative array.
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

/**
 * `object` whose description calls it an array or a list ("An array of objects, where each
 * object…") shown as an array of objects: the docs' `object` names the items' type.
 */
function listOfObjects(f: Field, v: unknown): TypeRef | undefined {
  if (!isObjectLike(f.type) || !Array.isArray(v) || v.length === 0 || !v.every(isPlainObject)) return undefined;
  if (!/\b(?:array|list)\b/i.test(f.description)) return undefined;
  return { raw: f.type.raw, kind: 'array', items: f.type, ...(f.type.link === undefined ? {} : { link: f.type.link }) };
}

/**
 * A map keyed by id (`{"5": {…}, "7": {…}}`) whose documented fields describe the values: the
 * values, to refine the fields with. Undefined when a documented field is among the keys.
 */
function idMapValues(fields: readonly Field[], v: unknown): unknown[] | undefined {
  if (!isPlainObject(v)) return undefined;
  const keys = Object.keys(v);
  if (keys.length === 0 || !keys.every((k) => /^\d+$/.test(k)) || fields.some((f) => keys.includes(f.name))) return undefined;
  return Object.values(v);
}

export function refineFields(fields: readonly Field[], v: unknown): void {
  const items = idMapValues(fields, v) ?? v;
  // Every object of a list: one item may show a field `null` that another fills.
  const objects = isPlainObject(items) ? [items] : Array.isArray(items) ? items.filter(isPlainObject) : [];
  for (const f of fields) {
    const values = objects.map((obj) => lookup(obj, f.name)).filter((val) => val !== undefined);
    const both = numberAndNumericString(f.type, values);
    if (both !== undefined) f.type = both;
    else for (const val of values) f.type = listOfObjects(f, val) ?? refineType(f.type, val);
    if (f.fields) for (const val of values) refineFields(f.fields, val);
  }
}

/**
 * A number the items of one list show both as `0` and as "21" (PHP keeps a default as an
 * integer and loaded values as strings): both forms. Nulls among them make it nullable.
 */
function numberAndNumericString(t: TypeRef, values: readonly unknown[]): TypeRef | undefined {
  if (t.kind !== 'scalar' || t.name === undefined || !NUMBER_NAMES.has(t.name)) return undefined;
  const numbers = values.some((v) => typeof v === 'number');
  const strings = values.some((v) => typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v));
  if (!numbers || !strings || !values.every((v) => v === null || typeof v === 'number' || (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v)))) return undefined;
  const both: TypeRef = { raw: t.raw, kind: 'union', members: [t, { ...t, name: NUMERIC_STRING }] };
  return values.includes(null) ? nullable(both) : both;
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

function patternRegExp(pattern: string): RegExp {
  const body = pattern
    .split(/(\$\{(?:string|number)\})/)
    .map((part) => (part === '${string}' ? '[\\s\\S]*' : part === '${number}' ? '-?\\d+(?:\\.\\d+)?' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${body}$`);
}

/**
 * Refines key families (`PARENT_ID_${string}` integer shown as "22") with the example values
 * under keys of the family that no documented field names, as `refineFields` does for fields.
 */
export function refineKeyPatterns(patterns: readonly KeyPattern[], fields: readonly Field[], v: unknown): void {
  if (patterns.length === 0) return;
  const objects = isPlainObject(v) ? [v] : Array.isArray(v) ? v.filter(isPlainObject) : [];
  const named = new Set(fields.flatMap((f) => [f.name, ...(f.aliases ?? [])]));
  for (const k of patterns) {
    const re = patternRegExp(k.pattern);
    for (const obj of objects) {
      for (const [key, val] of Object.entries(obj)) {
        if (named.has(key) || !re.test(key)) continue;
        k.type = refineType(k.type, val);
        if (k.fields) refineFields(k.fields, val);
      }
    }
  }
}

