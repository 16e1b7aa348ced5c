/**
 * A TypeRef (the docs' type vocabulary, decoded) as JSON Schema. The decisions mirror
 * `typeRefToTs` in generator/ir/type-vocabulary.ts and emit's `typeOf`: the same token means
 * the same wire value in the TypeScript package and in the OpenAPI document.
 */
import { REF_TYPES, refTsType } from '../ir/type-vocabulary.js';
import type { TypeRef } from '../ir/types.js';
import type { JsonSchema, JsonType } from './json-schema.js';
import { schemaRef } from './json-schema.js';
import { scalarSchema, vocabularyTsToSchema } from './scalar-schemas.js';
import { unionSchema } from './union-schema.js';

/** How shared structures are named in the document; the default inlines everything. */
export interface SchemaContext {
  /** The component of a named structure (`IrDocument.types`), when the IR has it. */
  namedType(typeId: string): string | undefined;
  /** The component aliasing a domain reference (`crm_status` → `CrmStatusId`), when there is one. */
  refAlias(ref: TypeRef): string | undefined;
  /** JSON types of a `$ref` target, so that unions can claim `oneOf` soundly. */
  typesOfRef(ref: string): ReadonlySet<JsonType> | undefined;
}

export const INLINE_CONTEXT: SchemaContext = {
  namedType: () => undefined,
  refAlias: () => undefined,
  typesOfRef: () => undefined,
};

/**
 * A documented object shape that replaces the object-like position of a type
 * (`object`, `object[]`, `object | null`, a named type we do not have): the field's own
 * nested keys. Called at most where needed.
 */
export type ObjectSlot = () => JsonSchema;

/** Whether a bare reference token stands for a structure rather than an id (see `refTsType`). */
function refNamedType(ref: TypeRef, context: SchemaContext): string | undefined {
  if (ref.refField !== undefined || ref.typeId === undefined) return undefined;
  if (ref.name !== undefined && Object.prototype.hasOwnProperty.call(REF_TYPES, ref.name)) return undefined;
  return context.namedType(ref.typeId);
}

/** The value schema of a domain reference, without the alias component around it. */
export function refValueSchema(ref: TypeRef): JsonSchema {
  return vocabularyTsToSchema(refTsType(ref), 'integer');
}

function enumSchema(values: Array<string | number>): JsonSchema {
  const unique = [...new Set(values)];
  if (unique.length === 0) return scalarSchema('enum');
  if (unique.every((v) => typeof v === 'string')) return { type: 'string', enum: unique };
  if (unique.every((v) => typeof v === 'number' && Number.isInteger(v))) return { type: 'integer', enum: unique };
  if (unique.every((v) => typeof v === 'number')) return { type: 'number', enum: unique };
  return { enum: unique };
}

export function typeRefToSchema(type: TypeRef, context: SchemaContext = INLINE_CONTEXT, slot?: ObjectSlot): JsonSchema {
  switch (type.kind) {
    case 'scalar': {
      const token = (type.name ?? type.raw).toLowerCase();
      if (slot !== undefined && token === 'object') return slot();
      if (slot !== undefined && token === 'array') return { type: 'array', items: slot() };
      return scalarSchema(token);
    }
    case 'array': {
      const items = type.items !== undefined ? typeRefToSchema(type.items, context, slot) : (slot?.() ?? {});
      return { type: 'array', items };
    }
    case 'union':
      return unionSchema((type.members ?? []).map((m) => typeRefToSchema(m, context, slot)), (ref) => context.typesOfRef(ref));
    case 'object':
      return slot !== undefined ? slot() : { type: 'object' };
    case 'enum':
      return enumSchema(type.values ?? []);
    case 'ref': {
      const named = refNamedType(type, context);
      if (named !== undefined) return schemaRef(named);
      const alias = context.refAlias(type);
      return alias !== undefined ? schemaRef(alias) : refValueSchema(type);
    }
    case 'named': {
      const named = type.typeId !== undefined ? context.namedType(type.typeId) : undefined;
      if (named !== undefined) return schemaRef(named);
      return slot !== undefined ? slot() : { type: 'object' };
    }
    case 'unknown':
      return slot !== undefined ? slot() : {};
  }
}
