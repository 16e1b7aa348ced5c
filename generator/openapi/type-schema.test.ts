import { describe, expect, it } from 'vitest';
import type { TypeRef } from '../ir/types.js';
import type { JsonType } from './json-schema.js';
import type { SchemaContext } from './type-schema.js';
import { INLINE_CONTEXT, typeRefToSchema } from './type-schema.js';
import { unionSchema } from './union-schema.js';

const scalar = (name: string): TypeRef => ({ raw: name, kind: 'scalar', name });
const ref = (name: string, refField?: string, typeId?: string): TypeRef => ({
  raw: refField === undefined ? name : `${name}.${refField}`,
  kind: 'ref',
  name,
  ...(refField === undefined ? {} : { refField }),
  ...(typeId === undefined ? {} : { typeId }),
});

const context: SchemaContext = {
  namedType: (typeId) => (typeId === 'x.md#store' ? 'CatalogStore' : undefined),
  refAlias: (r) => (r.name === 'crm_status' ? 'CrmStatusId' : undefined),
  typesOfRef: (r) => (r.endsWith('/B24Boolean') ? new Set<JsonType>(['boolean', 'string']) : undefined),
};

describe('typeRefToSchema', () => {
  it('maps scalars, aliased scalars and unknown tokens', () => {
    expect(typeRefToSchema(scalar('integer'))).toEqual({ type: 'integer' });
    expect(typeRefToSchema(scalar('string'))).toEqual({ type: 'string' });
    expect(typeRefToSchema(scalar('datetime'))).toEqual({ $ref: '#/components/schemas/B24DateTime' });
    expect(typeRefToSchema(scalar('any'))).toEqual({});
    expect(typeRefToSchema(scalar('array'))).toEqual({ type: 'array', items: {} });
    expect(typeRefToSchema({ raw: 'Foo', kind: 'unknown' })).toEqual({});
  });

  it('maps arrays by their items, and untyped arrays to any items', () => {
    expect(typeRefToSchema({ raw: 'integer[]', kind: 'array', items: scalar('integer') })).toEqual({ type: 'array', items: { type: 'integer' } });
    expect(typeRefToSchema({ raw: 'array', kind: 'array' })).toEqual({ type: 'array', items: {} });
  });

  it('uses oneOf for disjoint union members and anyOf when they overlap', () => {
    const stringOrNull: TypeRef = { raw: 'string | null', kind: 'union', members: [scalar('string'), scalar('null')] };
    expect(typeRefToSchema(stringOrNull)).toEqual({ oneOf: [{ type: 'string' }, { type: 'null' }] });
    const intOrDouble: TypeRef = { raw: 'integer | double', kind: 'union', members: [scalar('integer'), scalar('double')] };
    expect(typeRefToSchema(intOrDouble)).toEqual({ anyOf: [{ type: 'integer' }, { type: 'number' }] });
    const boolOrString: TypeRef = { raw: 'boolean | string', kind: 'union', members: [scalar('boolean'), scalar('string')] };
    expect(typeRefToSchema(boolOrString, context)).toEqual({ anyOf: [{ $ref: '#/components/schemas/B24Boolean' }, { type: 'string' }] });
    // a member we cannot type (a $ref with no known types) never claims oneOf
    const withDate: TypeRef = { raw: 'date | integer', kind: 'union', members: [scalar('date'), scalar('integer')] };
    expect(typeRefToSchema(withDate, context).anyOf).toHaveLength(2);
  });

  it('collapses duplicate members and any-typed unions', () => {
    expect(unionSchema([{ type: 'string' }, { type: 'string' }])).toEqual({ type: 'string' });
    expect(unionSchema([{ type: 'string' }, {}])).toEqual({});
    expect(unionSchema([{ oneOf: [{ type: 'string' }, { type: 'null' }] }, { type: 'integer' }])).toEqual({
      oneOf: [{ type: 'string' }, { type: 'null' }, { type: 'integer' }],
    });
  });

  it('maps objects to open objects, or to the documented slot', () => {
    const object: TypeRef = { raw: 'object', kind: 'object' };
    expect(typeRefToSchema(object)).toEqual({ type: 'object' });
    const slot = (): { type: 'object'; properties: Record<string, never> } => ({ type: 'object', properties: {} });
    expect(typeRefToSchema(object, INLINE_CONTEXT, slot)).toEqual(slot());
    expect(typeRefToSchema(scalar('object'), INLINE_CONTEXT, slot)).toEqual(slot());
    expect(typeRefToSchema({ raw: 'object[]', kind: 'array', items: object }, INLINE_CONTEXT, slot)).toEqual({ type: 'array', items: slot() });
    const orNull: TypeRef = { raw: 'object | null', kind: 'union', members: [object, scalar('null')] };
    expect(typeRefToSchema(orNull, INLINE_CONTEXT, slot)).toEqual({ oneOf: [slot(), { type: 'null' }] });
  });

  it('maps enums by the type of their values', () => {
    expect(typeRefToSchema({ raw: 'enum', kind: 'enum', values: ['Y', 'N', 'Y'] })).toEqual({ type: 'string', enum: ['Y', 'N'] });
    expect(typeRefToSchema({ raw: 'enum', kind: 'enum', values: [1, 2] })).toEqual({ type: 'integer', enum: [1, 2] });
    expect(typeRefToSchema({ raw: 'enum', kind: 'enum', values: [1.5, 2] })).toEqual({ type: 'number', enum: [1.5, 2] });
    expect(typeRefToSchema({ raw: 'enum', kind: 'enum', values: ['a', 1] })).toEqual({ enum: ['a', 1] });
    expect(typeRefToSchema({ raw: 'enum', kind: 'enum' })).toEqual({ oneOf: [{ type: 'string' }, { type: 'number' }] });
  });

  it('maps domain references as the vocabulary decides, through an alias when there is one', () => {
    expect(typeRefToSchema(ref('catalog_product', 'id'))).toEqual({ type: 'integer' });
    expect(typeRefToSchema(ref('catalog_language', 'lid'))).toEqual({ type: 'string' });
    expect(typeRefToSchema(ref('catalog_product', 'weird'))).toEqual({ oneOf: [{ type: 'string' }, { type: 'integer' }] });
    expect(typeRefToSchema(ref('crm_status'))).toEqual({ type: 'string' });
    expect(typeRefToSchema(ref('user'))).toEqual({ type: 'integer' });
    expect(typeRefToSchema(ref('crm_status'), context)).toEqual({ $ref: '#/components/schemas/CrmStatusId' });
    // a bare token with a structure behind it is that structure, as in refTsType
    expect(typeRefToSchema(ref('catalog_store', undefined, 'x.md#store'), context)).toEqual({ $ref: '#/components/schemas/CatalogStore' });
  });

  it('maps named types to their component, or to an open object when the IR lacks it', () => {
    const named: TypeRef = { raw: 'catalog_store', kind: 'named', typeId: 'x.md#store' };
    expect(typeRefToSchema(named, context)).toEqual({ $ref: '#/components/schemas/CatalogStore' });
    expect(typeRefToSchema({ ...named, typeId: 'y.md#missing' }, context)).toEqual({ type: 'object' });
  });
});
