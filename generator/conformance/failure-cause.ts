/**
 * Why an example does not type-check, guessed from the compiler message, the example value at
 * the failing place and the method's IR. A label says whose the fix is: `docs` (the example
 * or the table is wrong or incomplete) or `ours` (the generator models the docs too loosely or
 * too strictly). Heuristics, checked in the order of `CAUSES`; the first that fits wins.
 *
 * | cause | side | fits when |
 * | --- | --- | --- |
 * | filter-operator-prefix | ours | an unknown key under `filter` starts with an operator (`=`, `!`, `<`, `>`, `%`, `@`) |
 * | no-param-table | docs | a request example for a method whose page has no parameter table |
 * | time-in-result | docs | `time` (the envelope's timing) shown inside `result` |
 * | result-in-result | docs | `result` shown inside `result` |
 * | fields-descriptors | docs | a `*.fields` / `*.getfields` method whose example maps names to `{ type, isRequired, … }` while the table lists the entity |
 * | map-keyed-by-id | docs | the object at the place has only numeric keys, but the table does not call it a map |
 * | mixed-list-items | ours | an item of a result list lacks documented fields that another item has (files and folders in one list): result types mark every documented field present |
 * | key-not-in-table | docs | an object key no table (nor key family) lists |
 * | required-missing | docs | a required param (request) or a documented field (response) is absent from the example |
 * | placeholder-value | docs | a string that is neither a number nor a code (`your_product_id`, `**put_id_here**`) where the table says number |
 * | object-array-swapped | docs | an array where the table says object, or an object where it says array |
 * | other-type | docs | any other value of another type than the table's |
 * | other | ours | nothing above fits: read the message |
 */
import type { IrMethod } from '../ir/types.js';
import type { ExampleFailure } from './check-conformance.js';

export type CauseSide = 'docs' | 'ours';

export type CauseId =
  | 'filter-operator-prefix'
  | 'no-param-table'
  | 'time-in-result'
  | 'result-in-result'
  | 'fields-descriptors'
  | 'map-keyed-by-id'
  | 'mixed-list-items'
  | 'key-not-in-table'
  | 'required-missing'
  | 'placeholder-value'
  | 'object-array-swapped'
  | 'other-type'
  | 'other';

export interface CauseInfo {
  side: CauseSide;
  /** One line for humans: what is wrong and where the fix belongs. */
  label: string;
}

export const CAUSES: Readonly<Record<CauseId, CauseInfo>> = {
  'filter-operator-prefix': { side: 'ours', label: 'filter key with an operator prefix the types do not model' },
  'no-param-table': { side: 'docs', label: 'the page has no parameter table for what the example sends' },
  'time-in-result': { side: 'docs', label: '`time` shown inside `result`' },
  'result-in-result': { side: 'docs', label: '`result` shown inside `result`' },
  'fields-descriptors': { side: 'docs', label: '`fields` method: the example shows field descriptors, the table lists the entity' },
  'map-keyed-by-id': { side: 'docs', label: 'object keyed by ids that the docs do not call a map' },
  'mixed-list-items': { side: 'ours', label: 'list items of different shapes; result types mark every documented field present' },
  'key-not-in-table': { side: 'docs', label: 'a key no table lists' },
  'required-missing': { side: 'docs', label: 'a required or documented key is missing from the example' },
  'placeholder-value': { side: 'docs', label: 'placeholder text where the table says number' },
  'object-array-swapped': { side: 'docs', label: 'array shown where the table says object, or the other way round' },
  'other-type': { side: 'docs', label: 'a value of another type than the table says' },
  other: { side: 'ours', label: 'unclassified: read the compiler message' },
};

/** `params.fields.ID[0]["=X"]` → ['fields', 'ID', 0, '=X'] (the root segment dropped). */
export function parseExamplePath(path: string): Array<string | number> {
  const out: Array<string | number> = [];
  const re = /\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g;
  for (const m of path.matchAll(re)) {
    if (m[1] !== undefined) out.push(m[1]);
    else if (m[2] !== undefined) out.push(Number(m[2]));
    else if (m[3] !== undefined) out.push(JSON.parse(m[3]) as string);
  }
  return out;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function valueAt(root: unknown, segments: ReadonlyArray<string | number>): unknown {
  let v = root;
  for (const s of segments) {
    if (typeof s === 'number' ? !Array.isArray(v) : !isObject(v)) return undefined;
    v = (v as Record<string | number, unknown>)[s];
  }
  return v;
}

/** The example's root value for the failure: the request body, or the response's `result`. */
function rootOf(failure: ExampleFailure, method: IrMethod | undefined): unknown {
  if (method === undefined) return undefined;
  if (failure.entry.kind === 'request') return method.examples.request;
  const response = method.examples.response;
  return isObject(response) ? response['result'] : undefined;
}

const UNKNOWN_KEY = /may only specify known properties|does not exist in type/;
const MISSING = /is missing in type|is missing the following properties/;
const ASSIGN = /Type '(.*?)' is not assignable to type '(.*?)'/;
const OPERATOR = /^(?:=|!|<|>|%|@)/;
/** `your_product_id`, `**put_id_here**`, `<id>`, `{{ID}}`, `ID of the deal`. */
const PLACEHOLDER = /your|put_|_here|example|xxx|\*\*|[<{]|\bid\b|_id\b|^id_|\s/i;
const DESCRIPTOR_KEYS = ['type', 'isRequired', 'isReadOnly'];

function looksLikeDescriptors(v: unknown): boolean {
  if (!isObject(v)) return false;
  const values = Object.values(v).filter(isObject);
  return values.length > 0 && values.every((d) => DESCRIPTOR_KEYS.filter((k) => k in d).length >= 2);
}

function numericKeysOnly(v: unknown): boolean {
  return isObject(v) && Object.keys(v).length > 0 && Object.keys(v).every((k) => /^\d+$/.test(k));
}

function keySet(v: unknown): string {
  return isObject(v) ? Object.keys(v).sort().join(',') : '';
}

export function classifyFailure(failure: ExampleFailure, method: IrMethod | undefined): CauseId {
  const { message } = failure;
  const segments = parseExamplePath(failure.path);
  const root = rootOf(failure, method);
  const last = segments[segments.length - 1];
  const request = failure.entry.kind === 'request';
  const unknownKey = UNKNOWN_KEY.test(message);

  if (request && unknownKey && typeof last === 'string' && OPERATOR.test(last) && segments.some((s) => typeof s === 'string' && /^filter$/i.test(s))) {
    return 'filter-operator-prefix';
  }
  if (request && method !== undefined && method.params.length === 0 && (method.keyPatterns ?? []).length === 0) return 'no-param-table';
  if (!request && segments[0] === 'time') return 'time-in-result';
  if (!request && segments[0] === 'result') return 'result-in-result';
  if (!request && method !== undefined && /\.(?:get)?fields$/i.test(method.name) && looksLikeDescriptors(root)) return 'fields-descriptors';
  for (let i = segments.length; i >= 0; i--) {
    if (numericKeysOnly(valueAt(root, segments.slice(0, i)))) return 'map-keyed-by-id';
  }
  if (!request && MISSING.test(message)) {
    const listIndex = segments.findIndex((s) => typeof s === 'number');
    const list = listIndex < 0 ? (Array.isArray(root) ? root : undefined) : valueAt(root, segments.slice(0, listIndex));
    if (Array.isArray(list) && new Set(list.map(keySet)).size > 1) return 'mixed-list-items';
  }
  if (unknownKey) return 'key-not-in-table';
  if (MISSING.test(message)) return 'required-missing';
  const value = valueAt(root, segments);
  const assign = ASSIGN.exec(message);
  const target = assign?.[2] ?? '';
  if (typeof value === 'string' && /\bnumber\b/.test(target) && !/\bstring\b/.test(target) && PLACEHOLDER.test(value)) {
    return 'placeholder-value';
  }
  const targetArray = /\[\]|Array</.test(target);
  if ((Array.isArray(value) && !targetArray && assign !== null) || (isObject(value) && targetArray && !/Record</.test(target))) {
    return 'object-array-swapped';
  }
  if (assign !== null || /has no properties in common|Types of property/.test(message)) return 'other-type';
  return 'other';
}
