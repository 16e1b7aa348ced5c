/**
 * Why an example does not type-check, guessed from the compiler message, the example value at
 * the failing place and the method's IR. A label says whose the fix is: `docs` (the example
 * or the table is wrong or incomplete) or `ours` (the generator models the docs too loosely or
 * too strictly). Heuristics, checked in the order of `CAUSES`; the first that fits wins.
 *
 * | cause | side | fits when |
 * | --- | --- | --- |
 * | filter-operator-prefix | ours | an unknown key under `filter` starts with an operator (`=`, `!`, `<`, `>`, `%`, `@`) the page lists, on a key the filter documents, or on a filter whose keys we did not read |
 * | filter-operator-unlisted | docs | the same, with an operator the filter's own operator list leaves out (`@` where the page lists `=`, `>`, `%` …) |
 * | filter-operator-undocumented | docs | the same, on a documented key of a filter whose page lists no operators at all |
 * | no-param-table | docs | a request example for a method whose page has no parameter table |
 * | time-in-result | docs | `time` (the envelope's timing) shown inside `result` |
 * | result-in-result | docs | `result` shown inside `result` |
 * | fields-descriptors | docs | a `*.fields` / `*.getfields` method whose example maps names to `{ type, isRequired, … }`: a descriptor key the descriptor table leaves out (`statusType`, `items`), or descriptors the page does not describe (extract types them from the page's descriptor table, or from the keys every shown descriptor carries) |
 * | map-keyed-by-id | docs | the failing key (or value) sits in an object with only numeric keys, but the table does not call it a map |
 * | elided-items | docs | a documented field missing from a response example that stands `...` for what it leaves out |
 * | mixed-list-items | ours | an item of a result list lacks documented fields that another item has (files and folders in one list): result types mark every documented field present |
 * | conditional-result-field | ours | a result field the example leaves out whose description says it is there only sometimes ("returned only if", "exists only in deals", "not always present"): result types mark every documented field present |
 * | list-typed-as-one | ours | an array where the type is a single value, and the param's description calls it a list ("List of", "Multiple", a sample opening with `[`) or the type is a bare `Record<string, unknown>` |
 * | key-not-in-table | docs | an object key no table (nor key family) lists; also a filter key whose name after the operator the filter's documented keys lack (`=ownerTypeId` where they are `OWNER_TYPE_ID`) |
 * | required-missing | docs | a required param (request) or a documented field (response) is absent from the example |
 * | placeholder-value | docs | a string that is neither a number nor a code (`your_product_id`, `**put_id_here**`) where the table says number |
 * | object-array-swapped | docs | an array where the table says object, or an object where it says array |
 * | other-type | docs | any other value of another type than the table's |
 * | other | ours | nothing above fits: read the message |
 */
import type { Field, IrMethod } from '../ir/types.js';
import { requestAsNamed } from '../ir/positional-example.js';
import { saysList, saysMultiple } from '../extract/tables/list-params.js';
import { saysConditionalPresence } from '../extract/tables/conditional-presence.js';
import type { ExampleFailure } from './check-conformance.js';

export type CauseSide = 'docs' | 'ours';

export type CauseId =
  | 'filter-operator-prefix'
  | 'filter-operator-unlisted'
  | 'filter-operator-undocumented'
  | 'no-param-table'
  | 'time-in-result'
  | 'result-in-result'
  | 'fields-descriptors'
  | 'map-keyed-by-id'
  | 'elided-items'
  | 'mixed-list-items'
  | 'conditional-result-field'
  | 'list-typed-as-one'
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
  'filter-operator-unlisted': { side: 'docs', label: 'filter key with an operator the page\'s operator list leaves out' },
  'filter-operator-undocumented': { side: 'docs', label: 'filter key with an operator on a filter whose page lists no operators' },
  'no-param-table': { side: 'docs', label: 'the page has no parameter table for what the example sends' },
  'time-in-result': { side: 'docs', label: '`time` shown inside `result`' },
  'result-in-result': { side: 'docs', label: '`result` shown inside `result`' },
  'fields-descriptors': { side: 'docs', label: '`fields` method: a descriptor key the descriptor table leaves out, or descriptors the page does not describe' },
  'map-keyed-by-id': { side: 'docs', label: 'object keyed by ids that the docs do not call a map' },
  'elided-items': { side: 'docs', label: 'a response example that stands `...` for what it leaves out' },
  'mixed-list-items': { side: 'ours', label: 'list items of different shapes; result types mark every documented field present' },
  'conditional-result-field': { side: 'ours', label: 'the docs say the field is returned only sometimes; result types mark every documented field present' },
  'list-typed-as-one': { side: 'ours', label: 'the description calls the value a list, the type takes one value' },
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

/** Whether the method's filter documents the operator `key` starts with (then the fault is ours). */
/** The longest operator a filter key starts with, as the docs write them (`!=%`, `>=`, `@`). */
const OPERATOR_PREFIX = /^(?:!=%|!%=|!@|!=|>=|<=|=%|%=|!%|[=!<>%@])/;

/**
 * Whose fault an operator-prefixed filter key that the types refuse is. The docs': an operator
 * the filter's own list leaves out; a field name after the operator that the filter's documented
 * keys do not have (`=ownerTypeId` where the keys are `OWNER_TYPE_ID`); an operator on a filter
 * whose page lists none. Ours: anything else (a listed operator on a documented key, or a filter
 * whose keys we did not read).
 */
function filterOperatorCause(method: IrMethod | undefined, key: string): CauseId {
  const filter = method?.params.find((p) => /^filter$/i.test(p.name));
  const prefixes = filter?.keyPrefixes ?? [];
  if (prefixes.length > 0 && !prefixes.some((p) => key.startsWith(p.prefix) && /^[A-Za-z_]/.test(key.slice(p.prefix.length)))) {
    return 'filter-operator-unlisted';
  }
  const documented = (filter?.fields ?? []).map((f) => f.name);
  if (documented.length === 0) return 'filter-operator-prefix';
  if (!documented.includes(key.replace(OPERATOR_PREFIX, ''))) return 'key-not-in-table';
  return prefixes.length === 0 ? 'filter-operator-undocumented' : 'filter-operator-prefix';
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
  if (failure.entry.kind === 'request') {
    const n = failure.entry.example ?? 0;
    return requestAsNamed(method, n === 0 ? method.examples.request : method.examples.moreRequests?.[n - 1]?.value);
  }
  const response = method.examples.response;
  return isObject(response) ? response['result'] : undefined;
}

const UNKNOWN_KEY = /may only specify known properties|does not exist in type/;
/** Not "Index signature for type 'string' is missing in type …": that is a type mismatch. */
const MISSING = /Property '.*' is missing in type|is missing the following properties/;
const ASSIGN = /Type '(.*?)' is not assignable to type '(.*?)'/;
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

/** The property names a "missing" message lists (`Property 'x' is missing…`, `…properties from type 'T': a, b, and 3 more`). */
function missingNames(message: string): string[] {
  const one = /Property '([^']+)' is missing/.exec(message);
  if (one) return [one[1] as string];
  const many = /missing the following properties from type '[^']*': (.*)$/.exec(message);
  return many ? (many[1] as string).replace(/,? and \d+ more.*$/, '').split(',').map((n) => n.trim().replace(/\.$/, '')) : [];
}

function allFields(fields: readonly Field[]): Field[] {
  return fields.flatMap((f) => [f, ...allFields(f.fields ?? []), ...(f.keyPatterns ?? []).flatMap((k) => allFields(k.fields ?? []))]);
}

/** Whether a missing result field is one the docs call conditional. */
function conditionalMissing(method: IrMethod, message: string): boolean {
  const fields = allFields([...method.result, ...(method.resultKeyPatterns ?? []).flatMap((k) => k.fields ?? [])]);
  return missingNames(message).some((name) => fields.some((f) => f.name === name && (f.requiredMark === 'conditional' || saysConditionalPresence(f.description))));
}

function keySet(v: unknown): string {
  return isObject(v) ? Object.keys(v).sort().join(',') : '';
}

/** The documented param at a request path (array indices skipped), by name or alias. */
function paramAt(params: readonly Field[], segments: ReadonlyArray<string | number>): Field | undefined {
  let list: readonly Field[] | undefined = params;
  let found: Field | undefined;
  for (const s of segments) {
    if (typeof s === 'number') continue;
    found = (list ?? []).find((f) => f.name === s || (f.aliases ?? []).includes(s));
    if (found === undefined) return undefined;
    list = found.fields;
  }
  return found;
}

export function classifyFailure(failure: ExampleFailure, method: IrMethod | undefined): CauseId {
  const { message } = failure;
  const segments = parseExamplePath(failure.path);
  const root = rootOf(failure, method);
  const last = segments[segments.length - 1];
  const request = failure.entry.kind === 'request';
  const unknownKey = UNKNOWN_KEY.test(message);

  if (request && unknownKey && typeof last === 'string' && OPERATOR_PREFIX.test(last) && segments.some((s) => typeof s === 'string' && /^filter$/i.test(s))) {
    return filterOperatorCause(method, last);
  }
  if (request && method !== undefined && method.params.length === 0 && (method.keyPatterns ?? []).length === 0) return 'no-param-table';
  if (!request && segments[0] === 'time') return 'time-in-result';
  if (!request && segments[0] === 'result') return 'result-in-result';
  if (!request && method !== undefined && /\.(?:get)?fields$/i.test(method.name) && looksLikeDescriptors(root)) return 'fields-descriptors';
  // The failing value, or the object holding it: an id map modelled as a map fails deeper, for other reasons.
  for (let i = segments.length; i >= Math.max(0, segments.length - 1); i--) {
    if (numericKeysOnly(valueAt(root, segments.slice(0, i)))) return 'map-keyed-by-id';
  }
  if (!request && MISSING.test(message)) {
    if (method?.examples.responseElided === true) return 'elided-items';
    const listIndex = segments.findIndex((s) => typeof s === 'number');
    const list = listIndex < 0 ? (Array.isArray(root) ? root : undefined) : valueAt(root, segments.slice(0, listIndex));
    if (Array.isArray(list) && new Set(list.map(keySet)).size > 1) return 'mixed-list-items';
    if (method !== undefined && conditionalMissing(method, message)) return 'conditional-result-field';
  }
  if (request && method !== undefined && !unknownKey && Array.isArray(valueAt(root, segments))) {
    const target = ASSIGN.exec(message)?.[2] ?? '';
    const param = paramAt(method.params, segments);
    const says = param !== undefined && (saysList(param.description) || saysMultiple(param.description));
    if (!/\[\]|Array</.test(target) && (says || /^Record<string, unknown>$/.test(target))) return 'list-typed-as-one';
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
