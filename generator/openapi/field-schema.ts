/**
 * Documented keys (`Field[]`) as an object schema. `mode` follows emit: params keep the
 * documented required marks and are closed (`additionalProperties: false`) when every key
 * is spelled out; results and named structures stay open, because portals add keys
 * (user fields, module extensions) the docs cannot list.
 */
import type { Field } from '../ir/types.js';
import type { JsonSchema } from './json-schema.js';
import { defineKey } from './json-schema.js';
import { absolutizeDocLinks } from './doc-links.js';
import type { SchemaContext } from './type-schema.js';
import { INLINE_CONTEXT, typeRefToSchema } from './type-schema.js';

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
  const nested = field.fields;
  const slot = nested !== undefined && nested.length > 0 ? (): JsonSchema => objectSchema(nested, context, mode) : undefined;
  const schema: JsonSchema = { ...typeRefToSchema(field.type, context, slot) };
  if (field.description !== '') schema.description = absolutizeDocLinks(field.description, field.position?.file);
  if (field.deprecated === true) schema.deprecated = true;
  return schema;
}

export function objectSchema(fields: readonly Field[], context: SchemaContext = INLINE_CONTEXT, mode: FieldMode = 'params'): JsonSchema {
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
  const out: JsonSchema = { type: 'object', properties };
  if (patterns !== undefined) out.patternProperties = patterns;
  if (required.length > 0) out.required = required;
  const oneSpellingOf = (spellings: string[]): JsonSchema => ({ anyOf: spellings.map((name) => ({ required: [name] })) });
  if (alternatives.length === 1) out.anyOf = oneSpellingOf(alternatives[0] as string[]).anyOf as JsonSchema[];
  else if (alternatives.length > 1) out.allOf = alternatives.map(oneSpellingOf);
  if (mode === 'params' && isFullyDocumented(fields)) out.additionalProperties = false;
  return out;
}
