/**
 * Params the table types as one thing but the docs say are a list of them (or either):
 * - "An array can be passed": the value or a list of values; "a string or an object with labels
 *   by language": the string or a `lang_map`;
 * - a value of a "Multiple" field (`crm_multifield`, "Phone. Multiple") is a list of items;
 * - an id field typed as a structure ("`statusId` `sale_status` — status identifier") carries
 *   that structure's `id`;
 * - a file structure the data-types dictionary says is written as an upload (`diskfile`,
 *   `attached_diskfile`) is a file upload in a request;
 * - an `object` whose description calls it a list ("List of fields", "an array of objects", a
 *   format sample that opens with `[`) and whose request example shows a JSON array is that
 *   array; its items' kind is the one every shown item has (strings, numbers, string lists,
 *   objects). PHP reads both encodings as one array, but only the list is what the page means.
 * A union only where the words say either; where they say list, the list replaces the single value.
 */
import type { Field, TypeRef } from '../../ir/types.js';
import { isBareObject, isIdField } from '../../ir/type-vocabulary.js';
import { isPlainObject } from './example-refine.js';

/** Named structures the dictionaries say are written as a file upload structure. */
const WRITTEN_AS_UPLOAD = new Set(['diskfile', 'attached_diskfile']);

/** "Phone. Multiple", "Contact. Multiple": the docs' mark of a multi-value field. */
const MULTIPLE = /(?:^|\.\s+)Multiple\.?\s*$/;

/** Words that call the value a list, and a format sample that opens with `[`. */
const LIST_WORDS = /^(?:an?\s+)?(?:list|array|set)\s+of\b|\b(?:an?\s+)?(?:array|list)\s+of\s+(?:values|objects|fields|files|ids|identifiers|strings|elements)\b|```[a-z]*\s*\n\s*\[/i;

function isFileType(t: TypeRef): boolean {
  return t.kind === 'scalar' && t.name === 'file';
}

function arrayOf(t: TypeRef, items: TypeRef): TypeRef {
  return { raw: `${t.raw}[]`, kind: 'array', items, ...(t.link === undefined ? {} : { link: t.link }) };
}

const STRING: TypeRef = { raw: 'string', kind: 'scalar', name: 'string' };
const NUMBER: TypeRef = { raw: 'number', kind: 'scalar', name: 'number' };
const OBJECT: TypeRef = { raw: 'object', kind: 'object', name: 'object' };

/** The one kind every shown item has, or undefined when they differ or the list is empty. */
export function itemKindOf(items: readonly unknown[]): TypeRef | undefined {
  if (items.length === 0) return undefined;
  if (items.every((v) => typeof v === 'string')) return STRING;
  if (items.every((v) => typeof v === 'number')) return NUMBER;
  if (items.every((v) => Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string'))) return { raw: 'string[]', kind: 'array', items: STRING };
  if (items.every(isPlainObject)) return OBJECT;
  return undefined;
}

/** Whether a description calls its value a list. */
export function saysList(description: string): boolean {
  return LIST_WORDS.test(description.trim());
}

/** "An array can be passed": one value or a list of them. */
const OR_ARRAY = /\ban array (?:of them |of values )?can (?:also )?be passed\b/i;

/** "You can pass a string or an object with labels by language in `{"de": …}` format". */
const OR_LANG_MAP = /\ba string or an object with\b[^.]*\blanguage/i;

const LANG_MAP: TypeRef = { raw: 'lang_map', kind: 'ref', name: 'lang_map' };

/** Whether a description marks a multi-value field ("Phone. Multiple"). */
export function saysMultiple(description: string): boolean {
  return MULTIPLE.test(description);
}

/** The type a request param carries on the wire, from the table alone (no example needed). */
export function writtenType(f: Field): TypeRef {
  let t = f.type;
  // Also as a bare token (`ref`): older pages link it to the general dictionary, without the anchor that resolves it.
  if ((t.kind === 'named' || (t.kind === 'ref' && t.refField === undefined)) && t.name !== undefined && WRITTEN_AS_UPLOAD.has(t.name)) {
    t = { raw: t.raw, kind: 'scalar', name: 'file', ...(t.link === undefined ? {} : { link: t.link }) };
  }
  // `statusId` typed `sale_status` and described as an identifier: the id of that structure.
  if (t.kind === 'named' && t.name !== undefined && isIdField(f.name) && /\bidentifier\b/i.test(f.description)) {
    t = { raw: `${t.raw}.id`, kind: 'ref', name: t.name, refField: 'id', ...(t.link === undefined ? {} : { link: t.link }) };
  }
  if (t.kind !== 'array' && t.kind !== 'union' && saysMultiple(f.description)) return arrayOf(t, t);
  if (t.kind === 'scalar' && OR_ARRAY.test(f.description)) return { raw: `${t.raw} | ${t.raw}[]`, kind: 'union', members: [t, arrayOf(t, t)] };
  if (t.kind === 'scalar' && t.name === 'string' && OR_LANG_MAP.test(f.description)) return { raw: `${t.raw} | lang_map`, kind: 'union', members: [t, LANG_MAP] };
  return t;
}

/** "in the form of a list of objects": the words name the items as objects. */
const LIST_OF_OBJECTS = /\b(?:array|list)\s+of\s+objects\b/i;

/**
 * The param's type given the request example's value for it. Rows under the param describe
 * the items then (`object[]` with fields). A `string` cell whose description says "a list of
 * objects" is read by the words when the example shows them: the cell is the odd one out.
 */
export function listParamType(f: Field, value: unknown): TypeRef {
  const t = f.type;
  if (!Array.isArray(value) || !saysList(f.description) || (f.keyPatterns ?? []).length > 0) return t;
  if (isFileType(t)) return arrayOf(t, t);
  const items = itemKindOf(value);
  if (items === undefined) return t;
  const hasRows = f.fields !== undefined && f.fields.length > 0;
  if (isBareObject(t)) return hasRows && items !== OBJECT ? t : arrayOf(t, items);
  const isString = t.kind === 'scalar' && t.name === 'string';
  if (isString && items === OBJECT && LIST_OF_OBJECTS.test(f.description)) return arrayOf({ ...t, raw: 'object' }, OBJECT);
  return t;
}

/** Applies `writtenType` to every param, nested ones too. */
export function refineWrittenTypes(params: readonly Field[]): void {
  for (const f of params) {
    f.type = writtenType(f);
    if (f.fields !== undefined) refineWrittenTypes(f.fields);
  }
}
