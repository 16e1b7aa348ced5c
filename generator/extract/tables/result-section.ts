/**
 * Returned Data → `result` fields, `resultType`, and the other top-level keys. The tables
 * are often flat (`result` beside its children, `time`, `total`); the JSON example decides
 * where a flat row belongs. `time` is not part of the method's result and is dropped.
 */
import type { RootContent } from 'mdast';
import type { Field, KeyPattern, TypeRef } from '../../ir/types.js';
import { isBareObject } from '../../ir/type-vocabulary.js';
import { idMapPattern, saysKeyedById } from './key-patterns.js';
import { report, type TableContext } from './context.js';
import { exampleObject, findKeyPath, inferType, isPlainObject, refineFields, refineType } from './example-refine.js';
import { mergeElementRows, nestDottedNames, normalizeField } from './field-order.js';
import { buildFieldTree } from './nesting.js';
import { descriptorMapFields } from './field-descriptors.js';

export interface ResultSection {
  result: Field[];
  resultType: TypeRef;
  responseExtras: Field[];
  /** `result` is a map keyed by id (the page says so): its documented keys describe the values. */
  resultKeyPatterns?: KeyPattern[];
}

const EXTRA_KEYS = new Set(['total', 'next']);

function holdsFields(t: TypeRef): boolean {
  if (t.kind === 'object' || t.kind === 'named' || t.kind === 'ref' || t.kind === 'unknown') return true;
  // A bare `array` / `object` token: the rows beside it describe its items (or its keys).
  if (t.kind === 'scalar' && ['array', 'object'].includes((t.name ?? t.raw).toLowerCase())) return true;
  if (t.kind === 'array') return t.items ? holdsFields(t.items) : true;
  if (t.kind === 'union') return (t.members ?? []).some(holdsFields);
  return false;
}

/** Puts flat rows under the row the example nests them in, else at the top. */
function placeFlatRows(into: Field[], flat: readonly Field[], exResult: unknown): void {
  const all = [...into, ...flat];
  for (const f of flat) {
    const path = exResult === undefined ? undefined : findKeyPath(exResult, f.name);
    const parentName = path && path.length >= 2 ? path[path.length - 2] : undefined;
    const parent = parentName === undefined ? undefined : all.find((x) => x !== f && x.name === parentName);
    const level = parent ? (parent.fields = parent.fields ?? []) : into;
    if (!level.some((x) => x.name === f.name)) level.push(f);
  }
}

function hasKey(obj: Record<string, unknown>, name: string): boolean {
  return Object.prototype.hasOwnProperty.call(obj, name);
}

/**
 * A result the example wraps in one key (`{"booking": {…}}`, `{"items": […]}`) while the table
 * lists the wrapped object's keys flat: the wrapper field, holding the documented fields.
 * Only when no documented field sits at the top of the example's result, exactly one key's
 * object holds documented fields (at least half of them), and that key is no numeric id.
 */
export function wrapFromExample(fields: readonly Field[], exResult: unknown): Field | undefined {
  if (!isPlainObject(exResult) || fields.length === 0) return undefined;
  if (fields.some((f) => hasKey(exResult, f.name))) return undefined;
  let best: { key: string; hits: number } | undefined;
  let holders = 0;
  for (const [key, value] of Object.entries(exResult)) {
    const inner = exampleObject(value);
    if (inner === undefined) continue;
    const hits = fields.filter((f) => hasKey(inner, f.name)).length;
    if (hits === 0) continue;
    holders++;
    if (best === undefined || hits > best.hits) best = { key, hits };
  }
  // Several keys holding the documented object (`{"5": {…}, "6": {…}}`) make a map, not a wrapper.
  if (best === undefined || holders > 1 || /^\d+$/.test(best.key) || best.hits * 2 < fields.length) return undefined;
  const value = exResult[best.key];
  const object: TypeRef = { raw: 'object', kind: 'object', name: 'object' };
  return {
    name: best.key,
    required: false,
    type: Array.isArray(value) ? { raw: 'object[]', kind: 'array', items: object } : object,
    description: '',
    fields: [...fields],
  };
}

function fitsScalar(t: TypeRef, v: unknown): boolean {
  if (t.kind !== 'scalar') return false;
  const name = (t.name ?? t.raw).toLowerCase();
  if (name === 'boolean' || name === 'bool') return typeof v === 'boolean' || v === 'Y' || v === 'N';
  if (['integer', 'int', 'number', 'double', 'float'].includes(name)) return typeof v === 'number' || (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v));
  if (name === 'string') return typeof v === 'string';
  return false;
}

/**
 * A `result` row typed as a scalar (`boolean`, `integer`) while the example's result is an
 * object: the portal wraps the value (`{"result": true}`, `{"id": 1823}`), or the rows beside
 * `result` are its keys (`{"task": true}` with a `task` row). The object's fields: the flat
 * rows the example shows, plus the one other key, when its value fits the row's type, typed
 * and described as the `result` row. Undefined when the example does not read that way.
 */
export function scalarResultObject(resultRow: Field, flat: readonly Field[], exResult: unknown): Field[] | undefined {
  if (!isPlainObject(exResult) || holdsFields(resultRow.type) || resultRow.type.kind !== 'scalar') return undefined;
  const keys = Object.keys(exResult);
  const shown = flat.filter((f) => hasKey(exResult, f.name));
  const others = keys.filter((k) => !shown.some((f) => f.name === k));
  if (others.length > 1 || keys.length === 0) return undefined;
  const other = others[0];
  if (other !== undefined && (/^\d+$/.test(other) || !fitsScalar(resultRow.type, exResult[other]))) return undefined;
  const wrapped: Field[] = other === undefined ? [] : [{ ...resultRow, name: other }];
  return [...wrapped, ...shown];
}

function scalarList(v: unknown): boolean {
  return Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string');
}

const INTEGER: TypeRef = { raw: 'integer', kind: 'scalar', name: 'integer' };
const OBJECT: TypeRef = { raw: 'object', kind: 'object', name: 'object' };
const ID_OR_OBJECT_LISTS: TypeRef = {
  raw: 'integer[] | object[]',
  kind: 'union',
  members: [{ raw: 'integer[]', kind: 'array', items: INTEGER }, { raw: 'object[]', kind: 'array', items: OBJECT }],
};

/**
 * "the value: an array of employee IDs (`USER_DATA = 'N'`), or an array of objects describing
 * the users (`'Y'`)": each value is a list of ids or a list of the documented objects.
 */
export function idsOrObjects(description: string): boolean {
  return /\barray of (?:[a-z]+ ){0,2}(?:IDs|identifiers)\b/i.test(description) && /\barray of objects\b/i.test(description);
}

export function extractResultSection(nodes: readonly RootContent[], responseExample: unknown, ctx: TableContext): ResultSection {
  const tree = buildFieldTree(nodes, ctx);
  const rows = nestDottedNames(tree.top.filter((r) => !r.typeOnly).map((r) => r.field));
  const typeOnly = tree.top.filter((r) => r.typeOnly).map((r) => r.field.type);
  const example = isPlainObject(responseExample) ? responseExample : undefined;
  const hasResult = example !== undefined && Object.prototype.hasOwnProperty.call(example, 'result');
  const exResult = hasResult ? example.result : undefined;
  const resultRow = rows.find((f) => f.name === 'result');
  const extras: Field[] = [];
  const flat: Field[] = [];
  for (const f of rows) {
    // `result[]` describes the items of `result` itself; its keys come as the rows after it.
    if (f === resultRow || f.name === 'time' || (resultRow && f.name === 'result[]')) continue;
    // `total` shown inside `result` (and not beside it) is one of result's keys.
    if (EXTRA_KEYS.has(f.name) && !(example !== undefined && isPlainObject(exResult) && hasKey(exResult, f.name) && !hasKey(example, f.name))) extras.push(f);
    else if (resultRow && hasResult && Object.prototype.hasOwnProperty.call(example, f.name) && !exampleObject(exResult)?.[f.name]) extras.push(f);
    else flat.push(f);
  }
  let resultType: TypeRef;
  let result: Field[];
  const objectFromExample = resultRow === undefined ? undefined : scalarResultObject(resultRow, flat, exResult);
  if (resultRow && objectFromExample !== undefined) {
    report(ctx, undefined, 'result-object-from-example', `the table types result as ${resultRow.type.raw}; the example shows an object with ${objectFromExample.map((f) => `"${f.name}"`).join(', ')}`, 'info');
    resultType = { raw: 'object', kind: 'object', name: 'object' };
    result = objectFromExample;
    for (const f of flat) if (!objectFromExample.includes(f)) report(ctx, undefined, 'unplaced-result-row', `row "${f.name}" beside a ${resultRow.type.raw} result`, 'info');
  } else if (resultRow) {
    resultType = resultRow.type;
    result = resultRow.fields ?? [];
    if (flat.length > 0) {
      if (holdsFields(resultType)) placeFlatRows(result, flat, exResult);
      else for (const f of flat) report(ctx, undefined, 'unplaced-result-row', `row "${f.name}" beside a ${resultType.raw} result`, 'info');
    }
  } else {
    result = [];
    placeFlatRows(result, flat, exResult ?? (example && !hasResult ? example : undefined));
    if (typeOnly.length > 0) resultType = typeOnly.length === 1 ? (typeOnly[0] as TypeRef) : { raw: typeOnly.map((t) => t.raw).join(' | '), kind: 'union', members: typeOnly };
    else if (exResult !== undefined) resultType = inferType(exResult);
    else resultType = result.length > 0 ? { raw: 'object', kind: 'object', name: 'object' } : { raw: '', kind: 'unknown' };
  }
  result = mergeElementRows(result);
  const otherTables = tree.tables.slice(1).map((t) => t.rows.filter((r) => !r.typeOnly).map((r) => r.field));
  const descriptorMap = descriptorMapFields(result, otherTables, exResult);
  if (descriptorMap !== undefined) {
    report(ctx, undefined, 'result-descriptor-map', 'the result maps the listed fields to their attribute descriptors', 'info');
    result = descriptorMap;
    resultType = { raw: resultType.raw, kind: 'object', name: 'object', ...(resultType.link === undefined ? {} : { link: resultType.link }) };
  }
  const wrapped = wrapFromExample(result, exResult);
  if (wrapped !== undefined) {
    report(ctx, undefined, 'result-wrapper-from-example', `the table lists the keys of result.${wrapped.name} as if they were result's own; the example nests them under "${wrapped.name}"`, 'info');
    result = [wrapped];
    resultType = { raw: resultType.raw, kind: 'object', name: 'object', ...(resultType.link === undefined ? {} : { link: resultType.link }) };
  }
  if (exResult !== undefined && exResult !== null) {
    if (resultType.kind === 'unknown' && resultType.raw === '') resultType = inferType(exResult);
    // `object` with no documented keys shown as `true`, a number or a list of strings: the example's type is the precise one.
    else if (isBareObject(resultType) && result.length === 0 && (typeof exResult === 'boolean' || typeof exResult === 'number' || scalarList(exResult))) {
      report(ctx, undefined, 'result-type-from-example', `the table types result as ${resultType.raw} with no keys; the example shows ${JSON.stringify(exResult)}`, 'info');
      resultType = inferType(exResult);
    }
    else if ((resultType.kind === 'object' || resultType.kind === 'named') && Array.isArray(exResult) && exResult.length > 0 && exResult.every(isPlainObject)) {
      resultType = { raw: resultType.raw, kind: 'array', items: resultType };
    } else resultType = refineType(resultType, exResult);
    refineFields(result, exResult);
  }
  if (example) refineFields(extras, example);
  if (resultRow && result.length > 0 && resultType.kind === 'object' && saysKeyedById(resultRow.description)) {
    const pattern = idMapPattern(result.map(normalizeField), resultRow.description);
    if (idsOrObjects(resultRow.description)) pattern.type = ID_OR_OBJECT_LISTS;
    return { result: [], resultType, responseExtras: extras.map(normalizeField), resultKeyPatterns: [pattern] };
  }
  return { result: result.map(normalizeField), resultType, responseExtras: extras.map(normalizeField) };
}
