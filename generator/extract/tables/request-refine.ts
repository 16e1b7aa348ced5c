/**
 * What the request example shows about the params, where the table is vague and the example
 * unambiguous (the request counterpart of example-refine):
 * - a top-level key that differs from a documented param only in letter case (`ID` for `id`,
 *   `FIELDS` for `fields`) becomes an alias of that param: the page shows both spellings
 *   (table and example), and classic methods read their top-level params either way;
 * - a bare `array` shown as a key → value object is an object (a PHP associative array);
 * - an `integer` shown as a numeric string ("12") also takes numeric strings: the portal
 *   reads numbers from form-style strings;
 * - a `boolean` shown as the string "true" or "false" also takes those two strings (crm.type.add
 *   says its `linkedUserFields` take them and not `Y`/`N`); no other string is let in.
 * Nothing else is widened: keys the table does not list stay unknown.
 */
import type { Examples, Field, TypeRef } from '../../ir/types.js';
import { namedByPosition, positionalOrder } from '../../ir/positional-example.js';
import { NUMERIC_STRING, isBareArray } from '../../ir/type-vocabulary.js';
import { isPlainObject } from './example-refine.js';
import { listParamType } from './list-params.js';

const NUMBER_NAMES = new Set(['integer', 'int', 'number', 'double', 'float']);
const NUMERIC = /^-?\d+(\.\d+)?$/;

function isNumberScalar(t: TypeRef): boolean {
  return t.kind === 'scalar' && t.name !== undefined && NUMBER_NAMES.has(t.name);
}

/** `number | `${number}``, written as the documented type plus its numeric-string refinement. */
function withNumericString(t: TypeRef): TypeRef {
  return { raw: t.raw, kind: 'union', members: [t, { ...t, name: NUMERIC_STRING }] };
}

const BOOLEAN_WORDS = ['true', 'false'];

/** `boolean | 'true' | 'false'`: the documented type plus the two words the example sends. */
function withBooleanWords(t: TypeRef): TypeRef {
  return { raw: t.raw, kind: 'union', members: [t, { raw: t.raw, kind: 'enum', values: [...BOOLEAN_WORDS] }] };
}

/**
 * The widening part of `refineParamType` (numeric strings, the boolean words, array items), for
 * structures that results share: it only ever adds members to the documented type.
 */
export function widenParamType(t: TypeRef, v: unknown): TypeRef {
  return refineScalarParam(t, v, widenParamType);
}

function refineScalarParam(t: TypeRef, v: unknown, refineItem: (t: TypeRef, v: unknown) => TypeRef): TypeRef {
  if (v === undefined || v === null) return t;
  if (t.kind === 'scalar' && t.name === 'boolean' && typeof v === 'string' && BOOLEAN_WORDS.includes(v)) return withBooleanWords(t);
  if (isNumberScalar(t) && typeof v === 'string' && NUMERIC.test(v)) return withNumericString(t);
  if (t.kind === 'array' && t.items !== undefined && Array.isArray(v)) {
    let items = t.items;
    for (const item of v) items = refineItem(items, item);
    return items === t.items ? t : { ...t, items };
  }
  return t;
}

export function refineParamType(t: TypeRef, v: unknown): TypeRef {
  if (v === undefined || v === null) return t;
  if (isBareArray(t) && isPlainObject(v)) return { ...t, kind: 'object', name: 'object' };
  const scalar = refineScalarParam(t, v, refineParamType);
  if (scalar !== t) return scalar;
  if (t.kind === 'union' && t.members !== undefined) {
    // `string | array` shown as `{ "ID": "ASC" }`: the `array` member is an associative array.
    if (isPlainObject(v) && t.members.some(isBareArray) && !t.members.some((m) => m.kind === 'object')) {
      return { ...t, members: t.members.map((m) => (isBareArray(m) ? { ...m, kind: 'object', name: 'object' } : m)) };
    }
    if (t.members.some((m) => m.kind === 'scalar' && m.name === NUMERIC_STRING)) return t;
    const numbers = t.members.filter(isNumberScalar);
    if (numbers.length === 1 && typeof v === 'string' && NUMERIC.test(v) && !t.members.some((m) => m.kind === 'scalar' && m.name === 'string')) {
      return { ...t, members: [...t.members, { ...(numbers[0] as TypeRef), name: NUMERIC_STRING }] };
    }
  }
  return t;
}

function refineNested(fields: readonly Field[], v: unknown): void {
  const objects = isPlainObject(v) ? [v] : Array.isArray(v) ? v.filter(isPlainObject) : [];
  for (const obj of objects) {
    for (const f of fields) {
      if (!Object.prototype.hasOwnProperty.call(obj, f.name)) continue;
      const val = obj[f.name];
      f.type = listParamType(f, val);
      f.type = refineParamType(f.type, val);
      if (f.fields) refineNested(f.fields, val);
    }
  }
}

/** Refines `params` in place from the request example's body. */
export function refineParams(params: readonly Field[], request: unknown): void {
  if (!isPlainObject(request)) return;
  for (const key of Object.keys(request)) {
    if (params.some((p) => p.name === key || (p.aliases ?? []).includes(key))) continue;
    const lower = key.toLowerCase();
    const match = params.find((p) => p.name.toLowerCase() === lower);
    if (match === undefined) continue;
    match.aliases = [...(match.aliases ?? []), key];
    match.aliasSource = 'example';
  }
  for (const f of params) {
    const spellings = [f.name, ...(f.aliases ?? [])];
    for (const key of spellings) {
      if (!Object.prototype.hasOwnProperty.call(request, key)) continue;
      const val = request[key];
      f.type = listParamType(f, val);
      f.type = refineParamType(f.type, val);
      if (f.fields) refineNested(f.fields, val);
    }
  }
}

function isBareArrayParam(t: TypeRef): boolean {
  return isBareArray(t) || (t.kind === 'array' && (t.items === undefined || t.items.kind === 'unknown'));
}

/**
 * `select` documented as a bare `array` that links the table of the entity's fields ("an array
 * of fields to select (see template fields)"): its items are those fields' names, not objects
 * with those keys. The linked table stays the source of the names.
 */
export function refineSelectLists(params: Field[]): void {
  for (const f of params) {
    // `params.select` (socialnetwork.api.workgroup.get): a select list one level down.
    if (!/^select$/i.test(f.name) && f.fields !== undefined) refineSelectLists(f.fields);
    if (!/^select$/i.test(f.name) || !isBareArrayParam(f.type) || f.fields === undefined || f.fields.length === 0) continue;
    if (f.fields.some((x) => x.fields !== undefined && x.fields.length > 0)) continue;
    const names = [...new Set(f.fields.map((x) => x.name))];
    // "Default is `["*"]`": the page names the all-fields wildcard as a value too.
    if (/`\[?\s*"?\*"?\s*\]?`/.test(f.description) && !names.includes('*')) names.push('*');
    f.type = { raw: f.type.raw, kind: 'array', items: { raw: 'string', kind: 'enum', name: 'string', values: names }, ...(f.type.link === undefined ? {} : { link: f.type.link }) };
    delete f.fields;
  }
}

/**
 * Types the params more closely from the request examples (see `refineParams`). The page's further
 * examples show the same params (a second spelling, a list) just as well. A method that reads its
 * params by position takes an example's values in order, whatever keys the example spells.
 */
export function refineFromRequests(params: Field[], examples: Examples, byPosition: boolean): void {
  const names = positionalOrder(params);
  const asRead = (value: unknown): unknown => (byPosition ? (namedByPosition(value, names) ?? value) : value);
  refineParams(params, asRead(examples.request));
  for (const more of examples.moreRequests ?? []) refineParams(params, asRead(more.value));
}
