/**
 * Family rows → key patterns. The docs list custom fields and the like as one row standing for
 * many keys (`UF_CRM_...`, `PARENT_ID_...`, `ufCrm...`, `UF_\*`, `UF_`, `propertyN`, `fieldN`); such a
 * row is no key of its own, so it leaves `fields` and becomes a `KeyPattern` of its object.
 * A pattern can never be required: the `*` of `UF_\*` is the family mark, not a required mark.
 */
import type { Field, KeyPattern } from '../../ir/types.js';

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
  return undefined;
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
        keyPatterns.push({ pattern, type: f.type, description: f.description, source: f.name, ...(f.position ? { position: f.position } : {}) });
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
];

export function saysKeyedById(description: string): boolean {
  if (/\b(?:string|letter|symbolic)\s+(?:code|identifier)/i.test(description)) return false;
  return ID_KEYS.some((re) => re.test(description));
}

function isObjectType(t: Field['type']): boolean {
  return t.kind === 'object' || t.kind === 'unknown' || (t.kind === 'scalar' && ['object', 'array'].includes((t.name ?? t.raw).toLowerCase()));
}

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
    if (!isObjectType(f.type) || !saysKeyedById(f.description)) continue;
    f.keyPatterns = [...(f.keyPatterns ?? []), idMapPattern(f.fields, f.description)];
    delete f.fields;
    f.type = { raw: f.type.raw, kind: 'object', name: 'object', ...(f.type.link === undefined ? {} : { link: f.type.link }) };
  }
}
