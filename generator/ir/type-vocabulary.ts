/**
 * The docs' type vocabulary (api-reference/data-types.md) and what each token means in
 * TypeScript. One source of truth: extract uses it to classify tokens, emit to print them.
 *
 * Decisions (see README, "Type mapping"):
 * - `integer`/`double` are numbers in params. Classic methods often answer numbers as
 *   strings ("ID": "12"); extract refines result fields from the response example.
 * - `boolean`: classic methods speak `Y`/`N`, newer ones JSON booleans, and data-types.md says
 *   some take `0`/`1`. Without evidence from an example we type it `B24Boolean`
 *   (`boolean | 'Y' | 'N' | 0 | 1`), the honest union of what that page lists.
 * - `date`/`datetime`/`time`-like scalars are ISO strings on the wire: `string` aliases.
 *
 * Refinements extract makes from a response example (never from guesses). They are
 * ordinary TypeRefs so that emit needs no special case beyond this table:
 * - a number documented as `integer`/`double` but shown as a numeric string ("12") becomes
 *   `{ kind: 'scalar', name: 'numeric-string', raw: <as documented> }` → `` `${number}` ``;
 * - a `boolean` shown as `true`/`false` becomes `{ kind: 'scalar', name: 'json-boolean' }`
 *   → `boolean`; shown as "Y"/"N" it becomes `{ kind: 'enum', name: 'boolean', values: ['Y','N'] }`;
 * - a string, date or object shown as `false` becomes `T | { kind: 'scalar', name: 'json-false' }`
 *   → `T | false` (PHP's "not set").
 * The names contain a hyphen so that no docs token can collide with them.
 *
 * Domain references (`kind: 'ref'`): `crm_status`, `user`, `catalog_product.id` … are ids or
 * codes of other objects. `refTsType` decides their TypeScript type:
 * - `entity.field`: the field decides (`id`/`ID`/`…Id` → number; `code`, `lid`, `CURRENCY`,
 *   `symbol` … → string);
 * - a bare entity listed in REF_TYPES: what the data-types dictionaries say it carries;
 * - any other bare entity with a `typeId`: its named structure (emit resolves it);
 * - otherwise: a number, because the dictionaries describe bare entity tokens as integer ids.
 */
import type { TypeRef } from './types.js';

export interface ScalarType {
  /** The TypeScript type text. */
  ts: string;
  /** A named alias the generated package exports for readability (`B24DateTime`). */
  alias?: string;
  /** What the alias stands for, when `ts` is the alias name itself (`B24File`). */
  definition?: string;
}

/**
 * A lookup table keyed by tokens the docs write: an object with no prototype, so that a type
 * named `constructor`, `toString` or `__proto__` finds nothing instead of what every object
 * inherits (a page typing a field `constructor` once crashed the whole build).
 */
export function vocabularyTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}

export const SCALAR_TYPES: Readonly<Record<string, ScalarType>> = vocabularyTable({
  integer: { ts: 'number' },
  int: { ts: 'number' },
  number: { ts: 'number' },
  double: { ts: 'number' },
  float: { ts: 'number' },
  timestamp: { ts: 'number' },
  string: { ts: 'string' },
  text: { ts: 'string' },
  char: { ts: 'string' },
  date: { ts: 'string', alias: 'B24Date' },
  datetime: { ts: 'string', alias: 'B24DateTime' },
  boolean: { ts: "boolean | 'Y' | 'N' | 0 | 1", alias: 'B24Boolean' },
  bool: { ts: "boolean | 'Y' | 'N' | 0 | 1", alias: 'B24Boolean' },
  // Files go up as a [name, base64] pair (or inside `{ fileData }`) and come back as objects with URLs.
  file: {
    ts: 'B24File',
    alias: 'B24File',
    definition: 'string | readonly [fileName: string, base64Content: string] | { readonly [key: string]: unknown }',
  },
  any: { ts: 'unknown' },
  mixed: { ts: 'unknown' },
  null: { ts: 'null' },
  object: { ts: 'Record<string, unknown>' },
  array: { ts: 'unknown[]' },
  /** `enum` without listed values: one of a set the page does not spell out. */
  enum: { ts: 'string | number' },
  function: { ts: '(...args: unknown[]) => unknown' },
  callable: { ts: '(...args: unknown[]) => unknown' },
  /** Refinement from an example, see the header comment. */
  'numeric-string': { ts: '`${number}`', alias: 'B24NumericString' },
  // An object the portal sends as `[]` when empty (a PHP empty array): only the empty array.
  'empty-array': { ts: '[]' },
  /** Refinement from an example, see the header comment. */
  'json-boolean': { ts: 'boolean' },
  /** Refinement from an example: a date or object the portal sends as `false` when unset ("or `false`"). */
  'json-false': { ts: 'false' },
});

/** Whether a lower-cased token is one of the docs' scalar base types. */
export function isScalarToken(token: string): boolean {
  return Object.prototype.hasOwnProperty.call(SCALAR_TYPES, token);
}

/** The refinement names extract may put into `TypeRef.name` from response examples. */
export const NUMERIC_STRING = 'numeric-string';
export const EMPTY_ARRAY = 'empty-array';
export const JSON_BOOLEAN = 'json-boolean';
export const JSON_FALSE = 'json-false';

/**
 * Bare reference tokens whose meaning the data-types dictionaries state (api-reference/
 * data-types.md, crm/data-types.md): what a field of that type carries on the wire.
 * `crm_currency` is used for currency-code fields (`CURRENCY_ID`) although the CRM
 * dictionary also documents a currency structure under that name.
 */
export const REF_TYPES: Readonly<Record<string, ScalarType>> = vocabularyTable({
  user: { ts: 'number' },
  crm: { ts: 'string' },
  crm_status: { ts: 'string' },
  crm_lead: { ts: 'number' },
  crm_deal: { ts: 'number' },
  crm_contact: { ts: 'number' },
  crm_company: { ts: 'number' },
  crm_quote: { ts: 'number' },
  crm_category: { ts: 'number' },
  crm_entity: { ts: 'number' },
  crm_currency: { ts: 'string' },
  crm_userfield: { ts: 'unknown' },
  crm_enum_activitytype: { ts: 'number' },
  crm_enum_activitystatus: { ts: 'number' },
  crm_enum_activitypriority: { ts: 'number' },
  crm_enum_activitynotifytype: { ts: 'number' },
  crm_enum_activitydirection: { ts: 'number' },
  crm_enum_contenttype: { ts: 'number' },
  crm_enum_ownertype: { ts: 'number' },
  userFieldEntityId: { ts: 'string' },
  location: { ts: 'number' },
  lang_map: { ts: 'Record<string, string>' },
  recurring_params: { ts: 'Record<string, unknown>' },
  product_file: { ts: 'Record<string, unknown>' },
  crm_activity_communication: { ts: 'Record<string, unknown>' },
});

/**
 * Well-known structures that pages use without a link anchor: token → IrNamedType id.
 * (`time` appears in every Returned Data table, mostly linked to data-types.md without `#time`.)
 */
export const KNOWN_NAMED_TYPES: Readonly<Record<string, string>> = vocabularyTable({
  time: 'api-reference/data-types.md#time',
  uf_enum_element: 'api-reference/data-types.md#uf_enum_element',
  crm_multifield: 'api-reference/crm/data-types.md#crm_multifield',
});

/** `entity.field` parts that name a string code rather than a numeric id. */
const STRING_REF_FIELDS = new Set(['code', 'lid', 'currency', 'symbol', 'xmlid', 'xml_id', 'name', 'type', 'entity_id']);

/** Whether a dotted reference's field part names an identifier (`id`, `ID`, `productId`). */
export function isIdField(field: string): boolean {
  return /^id$/i.test(field) || /(Id|_ID|_id)$/.test(field);
}

/**
 * The TypeScript for a `kind: 'ref'` TypeRef. `namedTs` turns a typeId into the emitted
 * name of that structure, or undefined when the IR has no such type.
 */
export function refTsType(ref: TypeRef, namedTs: (typeId: string) => string | undefined = () => undefined): string {
  if (ref.refField !== undefined) {
    if (isIdField(ref.refField)) return 'number';
    if (STRING_REF_FIELDS.has(ref.refField.toLowerCase())) return 'string';
    return 'string | number';
  }
  const known = ref.name !== undefined ? REF_TYPES[ref.name] : undefined;
  if (known) return known.ts;
  if (ref.typeId !== undefined) {
    const named = namedTs(ref.typeId);
    if (named !== undefined) return named;
  }
  return 'number';
}

/**
 * A TypeRef as TypeScript text. Objects with documented keys and named structures are
 * emit's business (it passes `namedTs` / handles `fields`); here they fall back to records.
 */
export function typeRefToTs(t: TypeRef, namedTs: (typeId: string) => string | undefined = () => undefined): string {
  switch (t.kind) {
    case 'scalar': {
      const s = t.name !== undefined ? SCALAR_TYPES[t.name] : undefined;
      return s ? (s.alias ?? s.ts) : 'unknown';
    }
    case 'array': {
      const inner = t.items ? typeRefToTs(t.items, namedTs) : 'unknown';
      return /^[\w.$<>`{}]+$/.test(inner) ? `${inner}[]` : `Array<${inner}>`;
    }
    case 'union': {
      const parts = (t.members ?? []).map((m) => typeRefToTs(m, namedTs));
      return [...new Set(parts)].join(' | ') || 'unknown';
    }
    case 'object':
      return 'Record<string, unknown>';
    case 'enum':
      return (t.values ?? []).map((v) => (typeof v === 'number' ? String(v) : JSON.stringify(v))).join(' | ') || 'string | number';
    case 'ref':
      return refTsType(t, namedTs);
    case 'named':
      return (t.typeId !== undefined ? namedTs(t.typeId) : undefined) ?? 'Record<string, unknown>';
    case 'unknown':
      return 'unknown';
  }
}

/** Whether a bare token looks like a domain reference (`crm_status`, `sale_order`, `user`). */
export function isRefToken(token: string): boolean {
  if (Object.prototype.hasOwnProperty.call(REF_TYPES, token)) return true;
  return /^(crm|catalog|sale|user|task|tasks|disk|im|imbot|calendar|landing|booking|sonet|bizproc|lists|entity|iblock|department|rest)_[a-z0-9_]+$/i.test(token);
}

/** `object` written as the type, without documented keys: the kind, or the word as a scalar token. */
export function isBareObject(t: TypeRef): boolean {
  return t.kind === 'object' || (t.kind === 'scalar' && (t.name ?? t.raw).toLowerCase() === 'object');
}

/** `array` written as the type, with nothing said of its items. */
export function isBareArray(t: TypeRef): boolean {
  return t.kind === 'scalar' && t.items === undefined && (t.name ?? t.raw).toLowerCase() === 'array';
}
