/**
 * Documented keys (`Field[]`) as an object schema. `mode` follows emit: params keep the
 * documented required marks and are closed (`additionalProperties: false`) when every key
 * is spelled out; results and named structures stay open, because portals add keys
 * (user fields, module extensions) the docs cannot list.
 */
import { withKeyPrefixes } from '../ir/key-prefixes.js';
import type { Field, KeyPattern } from '../ir/types.js';
import type { JsonSchema } from './json-schema.js';
import { compareCodeUnits } from '../compare-code-units.js';
import { defineKey } from './json-schema.js';
import { absolutizeDocLinks } from './doc-links.js';
import type { SchemaContext } from './type-schema.js';
import { INLINE_CONTEXT, typeRefToSchema } from './type-schema.js';
import { keyPatternRegex } from './key-pattern-regex.js';

/** What an object carries beside its literal keys (see `KeyPattern`, `Field.requiredOneOf`). */
export interface ObjectExtras {
  keyPatterns?: readonly KeyPattern[];
  requiredOneOf?: readonly string[][];
  /** Ways to call (`IrMethod.paramSets`): all keys of one set must be there. */
  paramSets?: readonly string[][];
}

export type FieldMode = 'params' | 'result' | 'named';

/**
 * A key table is complete when every key is a literal wire key. Placeholders (`UF_CRM_...`,
 * `UF_`, `PROPERTY_{ID}`, `[field]`, `<selector>`) announce keys the table does not list, and
 * an entity with user fields (`UF_…`) takes whatever user fields the portal defines.
 */
const LITERAL_KEY = /^[A-Za-z0-9_\-.]+$/;

function isLiteralKey(name: string): boolean {
  return LITERAL_KEY.test(name) && !name.includes('..') && !/[_.-]$/.test(name) && !/^UF_/i.test(name);
}

export function isFullyDocumented(fields: readonly Field[]): boolean {
  return fields.length > 0 && fields.every((f) => isLiteralKey(f.name) && (f.aliases ?? []).every(isLiteralKey));
}

/** `UF_CRM_...` / `UF_CRM_…`: a family of keys sharing a prefix; the prefix, else undefined. */
export function placeholderPrefix(name: string): string | undefined {
  return /^([A-Za-z0-9_]+)(?:\.\.\.|\u2026)$/.exec(name)?.[1];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function fieldSchema(field: Field, context: SchemaContext = INLINE_CONTEXT, mode: FieldMode = 'params'): JsonSchema {
  // In params, a filter's operator-prefixed keys (`>=ID`) are keys like any other (as in emit).
  const nested = mode === 'params' ? withKeyPrefixes(field) : (field.fields ?? []);
  const extras: ObjectExtras = { keyPatterns: field.keyPatterns ?? [], requiredOneOf: field.requiredOneOf ?? [] };
  const described = nested.length > 0 || (extras.keyPatterns?.length ?? 0) > 0;
  const slot = described ? (): JsonSchema => objectSchema(nested, context, mode, extras) : undefined;
  const schema: JsonSchema = { ...typeRefToSchema(field.type, context, slot) };
  if (field.description !== '') schema.description = absolutizeDocLinks(field.description, field.position?.file);
  if (field.deprecated === true) schema.deprecated = true;
  return schema;
}

/** A key family's value: its type, or the documented object shape of maps keyed by id. */
function keyPatternSchema(pattern: KeyPattern, context: SchemaContext, mode: FieldMode): JsonSchema {
  const nested = pattern.fields;
  const slot = nested !== undefined && nested.length > 0 ? (): JsonSchema => objectSchema(nested, context, mode) : undefined;
  const schema: JsonSchema = { ...typeRefToSchema(pattern.type, context, slot) };
  if (pattern.description !== '') schema.description = absolutizeDocLinks(pattern.description, pattern.position?.file);
  return schema;
}

/**
 * A documented key that a family also covers (`UF_BLOG_POST_DOC` beside `UF_${string}`) keeps
 * its own schema alone: the pattern skips it, and validators need not pick between the two.
 */
function excludingLiteralKeys(regex: string, names: readonly string[]): string {
  const compiled = new RegExp(regex);
  const covered = names.filter((n) => compiled.test(n)).sort(compareCodeUnits);
  if (covered.length === 0) return regex;
  return `^(?!(?:${covered.map(escapeRegExp).join('|')})$)${regex.slice(1)}`;
}

/**
 * "At least one of `IBLOCK_ID` or `IBLOCK_CODE`" as `anyOf` of required sets (each spelling of a
 * member counts): emit's union accepts either or both, and `oneOf` would refuse both.
 */
function requiredOneOfSchemas(groups: readonly string[][], fields: readonly Field[]): JsonSchema[] {
  const spellings = new Map<string, string[]>();
  for (const f of fields) if (!spellings.has(f.name)) spellings.set(f.name, [f.name, ...(f.aliases ?? [])]);
  const out: JsonSchema[] = [];
  for (const group of groups) {
    if (group.length === 0 || !group.every((name) => spellings.has(name))) continue;
    const names = [...new Set(group.flatMap((name) => spellings.get(name) as string[]))];
    out.push({ anyOf: names.map((name) => ({ required: [name] })) });
  }
  return out;
}

export function objectSchema(
  fields: readonly Field[],
  context: SchemaContext = INLINE_CONTEXT,
  mode: FieldMode = 'params',
  extras: ObjectExtras = {},
): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  /** Required keys that have other spellings: one of the spellings must be there. */
  const alternatives: string[][] = [];
  let patterns: Record<string, JsonSchema> | undefined;
  const seen = new Set<string>();
  for (const field of fields) {
    if (seen.has(field.name)) continue;
    seen.add(field.name);
    const schema = fieldSchema(field, context, mode);
    const prefix = placeholderPrefix(field.name);
    if (prefix !== undefined) {
      patterns ??= {};
      defineKey(patterns, `^${escapeRegExp(prefix)}`, schema);
      continue;
    }
    defineKey(properties, field.name, schema);
    const spellings = [field.name];
    for (const alias of field.aliases ?? []) {
      if (seen.has(alias)) continue;
      seen.add(alias);
      spellings.push(alias);
      defineKey(properties, alias, { ...schema, description: `Another accepted spelling of \`${field.name}\`.` });
    }
    if (mode === 'result' || !field.required) continue;
    if (spellings.length === 1) required.push(field.name);
    else alternatives.push(spellings);
  }
  for (const pattern of extras.keyPatterns ?? []) {
    patterns ??= {};
    const key = excludingLiteralKeys(keyPatternRegex(pattern.pattern), Object.keys(properties));
    if (!Object.prototype.hasOwnProperty.call(patterns, key)) defineKey(patterns, key, keyPatternSchema(pattern, context, mode));
  }
  const out: JsonSchema = { type: 'object', properties };
  if (patterns !== undefined) out.patternProperties = patterns;
  if (required.length > 0) out.required = required;
  const oneSpellingOf = (spellings: string[]): JsonSchema => ({ anyOf: spellings.map((name) => ({ required: [name] })) });
  const sets = (extras.paramSets ?? []).filter((set) => set.every((name) => Object.prototype.hasOwnProperty.call(properties, name)));
  const oneWay: JsonSchema[] = mode === 'result' || sets.length < 2 ? [] : [{ anyOf: sets.map((set) => ({ required: [...set] })) }];
  const atLeastOne = [...alternatives.map(oneSpellingOf), ...(mode === 'result' ? [] : requiredOneOfSchemas(extras.requiredOneOf ?? [], fields)), ...oneWay];
  if (atLeastOne.length === 1) out.anyOf = (atLeastOne[0] as JsonSchema).anyOf as JsonSchema[];
  else if (atLeastOne.length > 1) out.allOf = atLeastOne;
  // Pattern keys are outside `additionalProperties`' reach, so the literal keys plus the families still close the object.
  const closable = isFullyDocumented(fields) || (fields.length === 0 && (extras.keyPatterns?.length ?? 0) > 0);
  if (mode === 'params' && closable) out.additionalProperties = false;
  return out;
}
