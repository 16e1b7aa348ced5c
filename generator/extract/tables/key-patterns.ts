/**
 * Family rows → key patterns. The docs list custom fields and the like as one row standing for
 * many keys (`UF_CRM_...`, `PARENT_ID_...`, `ufCrm...`, `UF_\*`, `UF_`, `propertyN`, `fieldN`); such a
 * row is no key of its own, so it leaves `fields` and becomes a `KeyPattern` of its object.
 * A pattern can never be required: the `*` of `UF_\*` is the family mark, not a required mark.
 */
import type { Field, KeyPattern } from '../../ir/types.js';
import { EMPTY_ARRAY } from '../../ir/type-vocabulary.js';
import { isPlainObject } from './example-refine.js';

/** The docs explain the placeholder: "where `N` — identifier of the property". */
const EXPLAINS_N = /`N`|\bN\s*(?:—|–|-|is|stands)/;

/**
 * The template-literal body for a family row's name, or undefined for an ordinary key.
 * `description` decides for `xN` names: `propertyN` says what N is, `gpsN` (latitude) does not.
 */
export function keyPatternOf(name: string, description = ''): string | undefined {
  const ellipsis = /^([A-Za-z][A-Za-z0-9_]*?)(?:\.\.\.|…|\*)$/.exec(name);
  if (ellipsis) return `${ellipsis[1] as string}\${string}`;
  // `UF_`: a bare prefix (the `\*` after it was read as a required mark).
  if (/^[A-Z][A-Z0-9]*_$/.test(name)) return `${name}\${string}`;
  // `propertyN` / `PROPERTY_N`: N stands for a numeric id, when the description says so.
  const numbered = /^([a-z]+|[A-Z][A-Z0-9_]*_)N$/.exec(name);
  if (numbered && EXPLAINS_N.test(description)) return `${numbered[1] as string}\${number}`;
  // `PROPERTY_PropertyId`: a prefix and a camel-case word for the id that follows it.
  const idWord = /^([A-Z][A-Z0-9]*_)[A-Z][a-z]*Id$/.exec(name);
  if (idWord) return `${idWord[1] as string}\${number}`;
  return placeholderPattern(name);
}

/** An id placeholder (`<AREA_ID>`, `<siteId>`, `{id}`, `<Site ID>`) stands for a number. */
function placeholderBody(what: string): string {
  const id = /(?:^|[\s_])(?:id|Id|ID)$|[a-z]Id$|ID$|^position$/.test(what.trim()) && !/code/i.test(what);
  return id ? '${number}' : '${string}';
}

/**
 * `<selector>`, `<AREA_ID>`, `chat<chatId>`, `upload{id}`, `<node selector>@<position>`: placeholders
 * in angle brackets or braces stand for the key, literal text around them stays.
 */
function placeholderPattern(name: string): string | undefined {
  if (!/[<{]/.test(name) || !/^(?:[A-Za-z0-9_@#]|<[^<>]+>|\{[^{}]+\})+$/.test(name)) return undefined;
  return name.replace(/<([^<>]+)>|\{([^{}]+)\}/g, (_m, a: string | undefined, b: string | undefined) => placeholderBody(a ?? b ?? ''));
}

export interface LiftedFields {
  fields: Field[];
  keyPatterns: KeyPattern[];
}

/** Splits family rows off `fields` (recursively: nested objects keep theirs in `keyPatterns`). */
export function liftKeyPatterns(fields: readonly Field[]): LiftedFields {
  const out: Field[] = [];
  const keyPatterns: KeyPattern[] = [];
  for (const f of fields) {
    const pattern = keyPatternOf(f.name, f.description);
    if (pattern !== undefined) {
      if (!keyPatterns.some((k) => k.pattern === pattern)) {
        // A family row with rows under it (`<card selector>` → its nodes) keeps them for its values.
        const nested = f.fields !== undefined && f.fields.length > 0 ? liftKeyPatterns(f.fields) : undefined;
        keyPatterns.push({
          pattern,
          type: f.type,
          ...(nested !== undefined && nested.fields.length > 0 ? { fields: nested.fields } : {}),
          description: f.description,
          source: f.name,
          ...(f.position ? { position: f.position } : {}),
        });
      }
      continue;
    }
    if (f.fields !== undefined && f.fields.length > 0) {
      const nested = liftKeyPatterns(f.fields);
      f.fields = nested.fields;
      if (nested.keyPatterns.length > 0) f.keyPatterns = [...(f.keyPatterns ?? []), ...nested.keyPatterns];
    }
    out.push(f);
  }
  return { fields: out, keyPatterns };
}

/**
 * "The key of the object is the user ID", "with stage IDs as keys": the page says the object
 * is a map keyed by numeric ids (PHP arrays indexed by id). Not for string codes.
 */
const ID_KEYS = [
  /\bkeys?\b(?:\s+of\s+(?:the\s+|each\s+)?(?:object|element|array))?\s*(?:—|–|-|is|are|corresponds\s+to|equals)\s*(?:the\s+)?(?:[a-z]+\s+){0,2}?(?:id|ids|identifiers?)\b/i,
  /\b(?:ids?|identifiers?)\s+as\s+(?:the\s+)?keys\b/i,
  /\bkeyed\s+by\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?(?:id|ids|identifiers?)\b/i,
  // "the top-level key is `BOT_ID`"
  /\bkeys?\s+(?:is|are)\s+`[A-Za-z_]*(?:ID|Id)`/,
];

export function saysKeyedById(description: string): boolean {
  if (/\b(?:string|letter|symbolic)\s+(?:code|identifier)/i.test(description)) return false;
  return ID_KEYS.some((re) => re.test(description));
}

function isPlainObjectType(t: Field['type']): boolean {
  return t.kind === 'object' || t.kind === 'unknown' || (t.kind === 'scalar' && ['object', 'array'].includes((t.name ?? t.raw).toLowerCase()));
}

/** An object, also as the example refined it: `object | []` (PHP's empty associative array). */
function isObjectType(t: Field['type']): boolean {
  if (t.kind !== 'union') return isPlainObjectType(t);
  const members = t.members ?? [];
  return members.some(isPlainObjectType) && members.every((m) => isPlainObjectType(m) || m.name === EMPTY_ARRAY);
}

function asObject(t: Field['type']): Field['type'] {
  return { raw: t.raw, kind: 'object', name: 'object', ...(t.link === undefined ? {} : { link: t.link }) };
}

/** The map's type: the object member becomes a plain object, `| []` stays. */
function asMapType(t: Field['type']): Field['type'] {
  if (t.kind !== 'union') return asObject(t);
  return { ...t, members: (t.members ?? []).map((m) => (isPlainObjectType(m) ? asObject(m) : m)) };
}

/**
 * A one-row table whose row stands for every key: "`attachmentId` string — the file, where the
 * key is the identifier of the attachment". The map's values are that row's type.
 */
function keyRowPattern(fields: readonly Field[]): KeyPattern | undefined {
  const [row] = fields;
  if (fields.length !== 1 || row === undefined || row.fields !== undefined || !saysKeyedById(row.description)) return undefined;
  if (row.type.kind !== 'scalar' && row.type.kind !== 'enum') return undefined;
  return { pattern: '${number}', type: row.type, description: row.description, source: row.name, ...(row.position ? { position: row.position } : {}) };
}

/**
 * "An object in the format `{"lang_1": "value_1", ... "lang_N": "value_N"}` where `value` is an
 * object of type …": numbered placeholder keys stand for codes (languages), the rows for the values.
 */
export function saysKeyedByCode(description: string): boolean {
  // Only where each value is the object the rows describe; `{"field_1": …}` with rows listing the
  // fields names the keys instead.
  const numbered = /\{\s*"([A-Za-z]+)_1"\s*:\s*"?[^"]*"?\s*,\s*(?:\.\.\.|…)\s*,?\s*"\1_N"\s*:/.test(description) && /\bvalue(?:_N)?`?\s+is\s+an?\s+object\b/i.test(description);
  return numbered || CODE_KEYS.some((re) => re.test(description));
}

/**
 * Other ways pages say the rows describe the values of code keys: "The keys are the names of the
 * settings, and the values are objects …", "the key is the section code", "Contains objects, each
 * describing a parameter", "The key of the `fields` object must match the field code", "Map of template pages in the format `{ "page_code": items }`".
 */
const CODE_KEYS = [
  /\bthe\s+keys\s+are\s+the\s+(?:system\s+)?(?:names|codes)\s+of\b[^.]*\bvalues\s+are\s+objects\b/i,
  /\bthe\s+key\s+is\s+the\s+(?:[a-z]+\s+)?code\b/i,
  /\bcontains\s+objects,\s+each\s+describing\b/i,
  /\bthe\s+key\s+of\s+the\s+`?\w+`?\s+object\s+must\s+match\s+the\s+(?:[a-z]+\s+)?code\b/i,
  /\bmap\s+of\s+[^.`]*\bin\s+the\s+format\s+`\{\s*"[a-z_]+"\s*:/i,
];

/** The pattern for a map keyed by id whose values are objects with `fields`. */
export function idMapPattern(fields: Field[], description: string): KeyPattern {
  return { pattern: '${number}', type: { raw: 'object', kind: 'object', name: 'object' }, description, fields };
}

/**
 * Objects the docs call maps keyed by id, whose documented keys describe the values: the keys
 * move into a `${number}` pattern (recursively).
 */
export function liftIdMaps(fields: readonly Field[]): void {
  for (const f of fields) {
    if (f.fields === undefined || f.fields.length === 0) continue;
    liftIdMaps(f.fields);
    if (!isObjectType(f.type)) continue;
    const keyRow = keyRowPattern(f.fields);
    const byCode = keyRow === undefined && !saysKeyedById(f.description) && saysKeyedByCode(f.description);
    if (keyRow === undefined && !saysKeyedById(f.description) && !byCode) continue;
    const valuesPattern = idMapPattern(f.fields, f.description);
    f.keyPatterns = [...(f.keyPatterns ?? []), keyRow ?? (byCode ? { ...valuesPattern, pattern: '${string}' } : valuesPattern)];
    delete f.fields;
    f.type = asMapType(f.type);
  }
}

/** "Associative array of objects describing tags": the rows' type is what each value is, not the field. */
const ASSOCIATIVE_ARRAY_OF = /^\W*(?:an\s+)?associative\s+array\s+of\b/i;

/**
 * A field the docs call an associative array of a structure (`TagDto[]`, `MenuItemDto`, typed as
 * the values): a PHP associative array is a JSON object under keys the caller picks, so the
 * field becomes a map whose values are that structure. A bare `array` of documented keys is an
 * object with those keys instead, and is left alone (recursively).
 */
export function liftAssociativeArrays(fields: readonly Field[]): void {
  for (const f of fields) {
    if (f.fields !== undefined) liftAssociativeArrays(f.fields);
    if (f.fields !== undefined || !ASSOCIATIVE_ARRAY_OF.test(f.description)) continue;
    const value = f.type.kind === 'array' ? f.type.items : f.type;
    if (value === undefined || value.kind !== 'named') continue;
    f.keyPatterns = [...(f.keyPatterns ?? []), { pattern: '${string}', type: value, description: '', source: f.name }];
    f.type = asObject(f.type);
  }
}

const ARRAY_OF_OBJECTS = /\barray\s+of\s+objects\b/i;

/**
 * A field the docs call "an array of objects" but type as one structure (`FooterButtonDto`, not
 * `FooterButtonDto[]`), which an example shows as an object keyed by names whose every value is
 * such a structure (`{"startCall": {"title": …}}`): a PHP associative array, as
 * `liftAssociativeArrays` makes of the fields the docs call one. `structure` is the fields of the
 * field's structure; the field becomes a map of it, in place. A value holding one of the
 * structure's own keys is the structure itself, and nothing changes.
 */
export function liftAssociativeArrayShown(f: Field, value: unknown, structure: readonly Field[]): boolean {
  if (f.type.kind !== 'named' || f.fields !== undefined || f.keyPatterns !== undefined || !ARRAY_OF_OBJECTS.test(f.description)) return false;
  if (!isPlainObject(value) || structure.length === 0) return false;
  const names = new Set(structure.map((s) => s.name));
  const entries = Object.entries(value);
  if (entries.length === 0 || entries.some(([key, v]) => names.has(key) || !isPlainObject(v) || Object.keys(v).some((k) => !names.has(k)))) return false;
  f.keyPatterns = [{ pattern: '${string}', type: f.type, description: '', source: f.name }];
  f.type = asObject(f.type);
  return true;
}
