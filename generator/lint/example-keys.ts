import { withKeyPrefixes } from '../ir/key-prefixes.js';
import type { Field, KeyPattern } from '../ir/types.js';

export interface UnknownKey {
  /** Dotted path of the object holding the key ('' at the top). */
  parent: string;
  key: string;
}

export interface CaseMismatch extends UnknownKey {
  documented: string;
}

export interface MissingRequired {
  parent: string;
  name: string;
}

export interface ExampleComparison {
  unknown: UnknownKey[];
  caseMismatch: CaseMismatch[];
  missingRequired: MissingRequired[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** `select[]` is documented as the key `select`. */
function wireKey(name: string): string {
  return name.endsWith('[]') ? name.slice(0, -2) : name;
}

/**
 * The table's spellings. Aliases that request-refine took from an example (case-only variants,
 * `aliasSource: 'example'`) are not the table's: comparing with them would hide the mismatch.
 */
function spellings(field: Field): string[] {
  const lower = field.name.toLowerCase();
  const aliases = (field.aliases ?? []).filter((a) => field.aliasSource !== 'example' || a.toLowerCase() !== lower);
  return [field.name, ...aliases].map(wireKey);
}

/** `UF_CRM_${string}` → a test for keys of the family. */
function familyTest(patterns: readonly KeyPattern[]): (key: string) => boolean {
  const res = patterns.map((k) => {
    const body = k.pattern
      .split(/(\$\{(?:string|number)\})/)
      .map((part) => (part === '${string}' ? '[\\s\\S]*' : part === '${number}' ? '-?\\d+(?:\\.\\d+)?' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      .join('');
    return new RegExp(`^${body}$`);
  });
  return (key) => res.some((re) => re.test(key));
}

/** The objects an example value holds for a field: itself, or the objects of an array. */
function objectsOf(value: unknown): Array<Record<string, unknown>> {
  if (isRecord(value)) return [value];
  if (Array.isArray(value)) return value.filter(isRecord);
  return [];
}

/** `filter` keys carry a comparison prefix (`>=DATE_CREATE`, `!ID`, `%TITLE`): compare the field name behind it. */
const FILTER_PREFIX = /^(?:>=|<=|><|!><|!=|!%|=%|%=|!@|[=!<>%@])/;

/**
 * Under a documented object, an example object none of whose keys is documented, and whose
 * values are all objects, is a map keyed by the caller's own codes (robot properties…): the
 * documented fields describe its values, not its keys.
 */
function looksLikeMap(example: Record<string, unknown>, folded: ReadonlyMap<string, unknown>): boolean {
  const keys = Object.keys(example);
  return keys.length > 0 && keys.every((key) => !folded.has(key.toLowerCase()) && isRecord(example[key]));
}

function compareObject(example: Record<string, unknown>, fields: readonly Field[], patterns: readonly KeyPattern[], parent: string, out: ExampleComparison, seen: Set<string>): void {
  const inFamily = familyTest(patterns);
  const exact = new Map<string, Field>();
  const folded = new Map<string, { field: Field; spelling: string }>();
  for (const field of fields) {
    for (const spelling of spellings(field)) {
      exact.set(spelling, field);
      if (!folded.has(spelling.toLowerCase())) folded.set(spelling.toLowerCase(), { field, spelling });
    }
  }
  const at = (key: string): string => (parent === '' ? key : `${parent}.${key}`);
  if (parent !== '' && looksLikeMap(example, folded)) return;
  for (const [written, value] of Object.entries(example)) {
    const key = exact.has(written) || folded.has(written.toLowerCase()) ? written : written.replace(FILTER_PREFIX, '');
    let field = exact.get(key);
    if (field === undefined) {
      const loose = folded.get(key.toLowerCase());
      const id = `${parent}\u0000${key}`;
      if (seen.has(id)) continue;
      seen.add(id);
      if (loose === undefined) {
        // A custom field and its kin: a documented family of keys, not an unknown key.
        if (inFamily(key)) continue;
        out.unknown.push({ parent, key: written });
        continue;
      }
      out.caseMismatch.push({ parent, key: written, documented: loose.spelling });
      field = loose.field;
    }
    if ((field.fields !== undefined && field.fields.length > 0) || field.keyPatterns !== undefined) {
      // a filter's documented operator prefixes (`>=ID`) make documented keys too
      for (const inner of objectsOf(value)) compareObject(inner, withKeyPrefixes(field), field.keyPatterns ?? [], at(wireKey(field.name)), out, seen);
    }
  }
  const present = new Set(Object.keys(example).map((key) => key.replace(FILTER_PREFIX, '').toLowerCase()));
  for (const field of fields) {
    if (!field.required || field.requiredMark === 'conditional') continue;
    if (spellings(field).some((spelling) => present.has(spelling.toLowerCase()))) continue;
    const id = `${parent}\u0000required\u0000${field.name}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.missingRequired.push({ parent, name: field.name });
  }
}

/**
 * A request example against the documented params: keys nobody documented, keys documented
 * with another case, and required params the example leaves out. Nested objects are compared
 * where the docs list their keys. Case-insensitive matches are not counted as unknown.
 */
export function compareExample(example: unknown, params: readonly Field[], keyPatterns: readonly KeyPattern[] = []): ExampleComparison {
  const out: ExampleComparison = { unknown: [], caseMismatch: [], missingRequired: [] };
  if (isRecord(example)) compareObject(example, params, keyPatterns, '', out, new Set());
  return out;
}
