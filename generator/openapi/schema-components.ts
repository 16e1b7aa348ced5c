/**
 * The shared schemas of the document: the vocabulary's scalar aliases, `Time`, the two error
 * envelopes, one component per shared named structure (`IrDocument.types`) and one per
 * domain-reference alias (`crm_status` → `CrmStatusId`). Names are claimed in sorted order
 * before any schema is built, so the IR's method order cannot rename them.
 */
import { REF_TYPES } from '../ir/type-vocabulary.js';
import type { Field, IrDocument, KeyPattern, TypeRef } from '../ir/types.js';
import { NameRegistry, pascalCase } from './component-names.js';
import { objectSchema } from './field-schema.js';
import type { JsonSchema, JsonType } from './json-schema.js';
import { compareCodeUnits } from '../compare-code-units.js';
import { COMPONENT_SCHEMAS } from './json-schema.js';
import { scalarAliasSchemas } from './scalar-schemas.js';
import { absolutizeDocLinks } from './doc-links.js';
import type { SchemaContext } from './type-schema.js';
import { refValueSchema, typeRefToSchema } from './type-schema.js';
import { jsonTypesOf, unionSchema } from './union-schema.js';

export const TIME_TYPE_ID = 'api-reference/data-types.md#time';
export const TIME = 'Time';
export const ERROR_RESPONSE = 'ErrorResponse';
export const ERROR_RESPONSE_V3 = 'ErrorResponseV3';

export interface SchemaComponents {
  context: SchemaContext;
  /** Every component schema by name. */
  schemas: Map<string, JsonSchema>;
}

/**
 * The `time` object of every response (platform facts §3.2). Used when the IR has no table
 * for it; every key optional because the set varies by method and portal.
 */
function builtInTime(): JsonSchema {
  return {
    type: 'object',
    properties: {
      start: { type: 'number' },
      finish: { type: 'number' },
      duration: { type: 'number' },
      processing: { type: 'number' },
      date_start: { type: 'string', format: 'date-time' },
      date_finish: { type: 'string', format: 'date-time' },
      operating_reset_at: { type: 'integer' },
      operating: { type: 'number' },
    },
    description: 'Timing of the request on the server; `operating` is the time this method has used in the rate window.',
  };
}

function errorResponse(): JsonSchema {
  return {
    type: 'object',
    properties: {
      error: { type: 'string', description: 'The error code.' },
      error_description: { type: 'string', description: 'A human-readable message.' },
    },
    required: ['error'],
    description: 'The error body of classic REST methods.',
  };
}

function errorResponseV3(): JsonSchema {
  return {
    type: 'object',
    properties: {
      error: {
        type: 'object',
        properties: {
          code: { type: 'string' },
          message: { type: 'string' },
          validation: {
            type: 'array',
            items: { type: 'object', properties: { field: { type: 'string' }, message: { type: 'string' } } },
          },
        },
        required: ['code', 'message'],
      },
    },
    required: ['error'],
    description: 'The error body of REST 3.0 methods.',
  };
}

/** The alias a reference token would get; emit uses the same rule for its `…Id` aliases. */
function refCandidate(ref: TypeRef): string {
  const base = pascalCase(ref.name ?? '') || 'Ref';
  const field = ref.refField === undefined ? 'Id' : pascalCase(ref.refField) || 'Id';
  return `${base}${field}`;
}

function isBareStructureRef(ref: TypeRef, namedIds: ReadonlySet<string>): boolean {
  if (ref.refField !== undefined || ref.typeId === undefined) return false;
  if (ref.name !== undefined && Object.prototype.hasOwnProperty.call(REF_TYPES, ref.name)) return false;
  return namedIds.has(ref.typeId);
}

function visitTypeRefs(ir: IrDocument, visit: (ref: TypeRef) => void): void {
  const walkType = (type: TypeRef | undefined): void => {
    if (type === undefined) return;
    visit(type);
    walkType(type.items);
    for (const member of type.members ?? []) walkType(member);
  };
  const walkPatterns = (patterns: readonly KeyPattern[] | undefined): void => {
    for (const pattern of patterns ?? []) {
      walkType(pattern.type);
      walkFields(pattern.fields);
    }
  };
  const walkFields = (fields: readonly Field[] | undefined): void => {
    for (const field of fields ?? []) {
      walkType(field.type);
      walkFields(field.fields);
      walkPatterns(field.keyPatterns);
    }
  };
  for (const method of ir.methods) {
    walkFields(method.params);
    walkPatterns(method.keyPatterns);
    walkFields(method.result);
    walkPatterns(method.resultKeyPatterns);
    walkType(method.resultType);
    walkFields(method.responseExtras);
  }
  for (const named of ir.types) {
    walkFields(named.fields);
    walkPatterns(named.keyPatterns);
    if (named.alias !== undefined) walkType(named.alias);
  }
}

export function planSchemaComponents(ir: IrDocument): SchemaComponents {
  const names = new NameRegistry();
  const schemas = new Map<string, JsonSchema>();
  const aliases = scalarAliasSchemas();
  names.reserve(ERROR_RESPONSE, ERROR_RESPONSE_V3, TIME, ...aliases.keys());

  const namedTypes = [...ir.types].sort((a, b) => compareCodeUnits(a.id, b.id));
  const namedIds = new Set(namedTypes.map((t) => t.id));
  const namedNames = new Map<string, string>();
  for (const named of namedTypes) {
    if (namedNames.has(named.id)) continue;
    namedNames.set(named.id, named.id === TIME_TYPE_ID ? TIME : names.claim(pascalCase(named.name) || 'NamedType'));
  }
  const objectNames = new Set(namedTypes.filter((t) => t.alias === undefined).map((t) => namedNames.get(t.id) as string));

  const refs = new Map<string, { tokens: Set<string>; values: JsonSchema[] }>();
  visitTypeRefs(ir, (type) => {
    if (type.kind !== 'ref' || type.name === undefined || isBareStructureRef(type, namedIds)) return;
    const candidate = refCandidate(type);
    const entry = refs.get(candidate) ?? { tokens: new Set<string>(), values: [] };
    entry.tokens.add(type.refField === undefined ? type.name : `${type.name}.${type.refField}`);
    entry.values.push(refValueSchema(type));
    refs.set(candidate, entry);
  });
  const refNames = new Map<string, string>();
  for (const candidate of [...refs.keys()].sort(compareCodeUnits)) refNames.set(candidate, names.claim(candidate));

  const typesOfRef = (ref: string): ReadonlySet<JsonType> | undefined => {
    if (!ref.startsWith(COMPONENT_SCHEMAS)) return undefined;
    const name = ref.slice(COMPONENT_SCHEMAS.length);
    if (objectNames.has(name)) return new Set<JsonType>(['object']);
    const schema = schemas.get(name);
    return schema === undefined ? undefined : jsonTypesOf(schema);
  };
  const context: SchemaContext = {
    namedType: (typeId) => namedNames.get(typeId),
    refAlias: (ref) => (ref.name === undefined ? undefined : refNames.get(refCandidate(ref))),
    typesOfRef,
  };

  for (const [name, schema] of aliases) schemas.set(name, schema);
  schemas.set(ERROR_RESPONSE, errorResponse());
  schemas.set(ERROR_RESPONSE_V3, errorResponseV3());
  for (const [candidate, entry] of refs) {
    const tokens = [...entry.tokens].sort(compareCodeUnits).map((t) => `\`${t}\``).join(', ');
    schemas.set(refNames.get(candidate) as string, {
      ...unionSchema(entry.values),
      description: `The id or code of another entity, as the docs reference it: ${tokens}.`,
    });
  }
  for (const named of namedTypes) {
    const name = namedNames.get(named.id) as string;
    if (schemas.has(name)) continue;
    const schema = named.alias !== undefined ? typeRefToSchema(named.alias, context) : objectSchema(named.fields, context, 'named', { keyPatterns: named.keyPatterns ?? [] });
    if (named.description !== '') schema.description = absolutizeDocLinks(named.description, named.source);
    schemas.set(name, schema);
  }
  if (!schemas.has(TIME)) schemas.set(TIME, builtInTime());
  return { context, schemas };
}
