import { describe, expect, it } from 'vitest';
import { fieldSchema, isFullyDocumented, objectSchema, placeholderPrefix } from './field-schema.js';
import { INTEGER, STRING, field } from './test-support/sample-ir.js';

describe('objectSchema', () => {
  it('lists required params and closes a fully documented table', () => {
    const schema = objectSchema([field('id', INTEGER, { required: true }), field('name', STRING)]);
    expect(schema).toEqual({
      type: 'object',
      properties: { id: { type: 'integer' }, name: { type: 'string' } },
      required: ['id'],
      additionalProperties: false,
    });
  });

  it('nests documented objects and arrays of objects', () => {
    const schema = objectSchema([
      field('fields', { raw: 'object', kind: 'object' }, { required: true, fields: [field('TITLE', STRING, { required: true })] }),
      field('rows', { raw: 'object[]', kind: 'array', items: { raw: 'object', kind: 'object' } }, { fields: [field('QTY', INTEGER)] }),
    ]);
    expect(schema.properties?.fields).toEqual({
      type: 'object',
      properties: { TITLE: { type: 'string' } },
      required: ['TITLE'],
      additionalProperties: false,
    });
    expect(schema.properties?.rows).toEqual({
      type: 'array',
      items: { type: 'object', properties: { QTY: { type: 'integer' } }, additionalProperties: false },
    });
  });

  it('keeps results and named structures open and optional', () => {
    const fields = [field('ID', INTEGER, { required: true })];
    expect(objectSchema(fields, undefined, 'result')).toEqual({ type: 'object', properties: { ID: { type: 'integer' } } });
    expect(objectSchema(fields, undefined, 'named')).toEqual({ type: 'object', properties: { ID: { type: 'integer' } }, required: ['ID'] });
  });

  it('leaves an entity with user fields or placeholder keys open', () => {
    expect(isFullyDocumented([field('TITLE', STRING), field('UF_DEPARTMENT', INTEGER)])).toBe(false);
    expect(isFullyDocumented([field('TITLE', STRING), field('PROPERTY_', STRING)])).toBe(false);
    expect(isFullyDocumented([field('<selector>', STRING)])).toBe(false);
    expect(isFullyDocumented([])).toBe(false);
    expect(isFullyDocumented([field('crm.entity', STRING), field('a-b', STRING)])).toBe(true);
  });

  it('turns a prefix placeholder into a pattern property', () => {
    expect(placeholderPrefix('UF_CRM_...')).toBe('UF_CRM_');
    expect(placeholderPrefix('PARENT_ID_\u2026')).toBe('PARENT_ID_');
    expect(placeholderPrefix('TITLE')).toBeUndefined();
    const schema = objectSchema([field('TITLE', STRING), field('UF_CRM_...', { raw: 'any', kind: 'scalar', name: 'any' }, { required: true })]);
    expect(schema.properties).toEqual({ TITLE: { type: 'string' } });
    expect(schema.patternProperties).toEqual({ '^UF_CRM_': {} });
    expect(schema.required).toBeUndefined();
    expect(schema.additionalProperties).toBeUndefined();
  });

  it('accepts any spelling of a required key that has aliases', () => {
    const schema = objectSchema([field('REPORT_ID', INTEGER, { required: true, aliases: ['ID'] })]);
    expect(Object.keys(schema.properties ?? {})).toEqual(['REPORT_ID', 'ID']);
    expect(schema.required).toBeUndefined();
    expect(schema.anyOf).toEqual([{ required: ['REPORT_ID'] }, { required: ['ID'] }]);
    const two = objectSchema([field('A', INTEGER, { required: true, aliases: ['a'] }), field('B', INTEGER, { required: true, aliases: ['b'] })]);
    expect(two.allOf).toHaveLength(2);
  });

  it('keeps the first of duplicate keys and adds keys named like Object builtins as own keys', () => {
    const schema = objectSchema([field('__proto__', STRING), field('x', STRING), field('x', INTEGER)]);
    expect(Object.keys(schema.properties ?? {})).toEqual(['__proto__', 'x']);
    expect(schema.properties?.x).toEqual({ type: 'string' });
    expect(JSON.stringify(schema)).toContain('"__proto__":{"type":"string"}');
  });
});

describe('objectSchema with key families and at-least-one groups', () => {
  const uf = { pattern: 'UF_CRM_${string}', type: STRING, description: 'Custom field' };

  it('adds key families as anchored pattern properties and stays closed when the rest is spelled out', () => {
    const schema = objectSchema([field('TITLE', STRING)], undefined, 'params', { keyPatterns: [uf] });
    expect(schema.patternProperties).toEqual({ '^UF_CRM_.*$': { type: 'string', description: 'Custom field' } });
    expect(schema.additionalProperties).toBe(false);
  });

  it('keeps documented keys that a family also covers out of its pattern', () => {
    const schema = objectSchema([field('UF_CRM_DOC', INTEGER)], undefined, 'params', { keyPatterns: [uf] });
    const [pattern] = Object.keys(schema.patternProperties ?? {});
    expect(pattern).toBe('^(?!(?:UF_CRM_DOC)$)UF_CRM_.*$');
    expect(new RegExp(pattern as string).test('UF_CRM_DOC')).toBe(false);
    expect(new RegExp(pattern as string).test('UF_CRM_DOC2')).toBe(true);
  });

  it('closes an object that only has key families, but not a result', () => {
    expect(objectSchema([], undefined, 'params', { keyPatterns: [uf] }).additionalProperties).toBe(false);
    expect(objectSchema([], undefined, 'result', { keyPatterns: [uf] }).additionalProperties).toBeUndefined();
  });

  it('requires at least one member of a requiredOneOf group, counting aliases', () => {
    const fields = [field('IBLOCK_ID', INTEGER, { aliases: ['iblockId'] }), field('IBLOCK_CODE', STRING), field('X', STRING, { required: true })];
    const schema = objectSchema(fields, undefined, 'params', { requiredOneOf: [['IBLOCK_ID', 'IBLOCK_CODE']] });
    expect(schema.required).toEqual(['X']);
    expect(schema.anyOf).toEqual([{ required: ['IBLOCK_ID'] }, { required: ['iblockId'] }, { required: ['IBLOCK_CODE'] }]);
    expect(objectSchema(fields, undefined, 'result', { requiredOneOf: [['IBLOCK_ID', 'IBLOCK_CODE']] }).anyOf).toBeUndefined();
  });

  it('requires all keys of one way to call (paramSets), in params only', () => {
    const fields = [field('attachId', INTEGER), field('moduleId', STRING), field('entityId', INTEGER)];
    const sets = [['attachId'], ['moduleId', 'entityId']];
    expect(objectSchema(fields, undefined, 'params', { paramSets: sets }).anyOf).toEqual([{ required: ['attachId'] }, { required: ['moduleId', 'entityId'] }]);
    expect(objectSchema(fields, undefined, 'params', { paramSets: [['attachId'], ['NOPE']] }).anyOf).toBeUndefined();
    expect(objectSchema(fields, undefined, 'result', { paramSets: sets }).anyOf).toBeUndefined();
  });

  it('combines a group with a required aliased key under allOf and ignores groups naming unknown keys', () => {
    const fields = [field('ID', INTEGER, { required: true, aliases: ['id'] }), field('A', STRING), field('B', STRING)];
    const schema = objectSchema(fields, undefined, 'params', { requiredOneOf: [['A', 'B'], ['A', 'NOPE']] });
    expect(schema.allOf).toEqual([
      { anyOf: [{ required: ['ID'] }, { required: ['id'] }] },
      { anyOf: [{ required: ['A'] }, { required: ['B'] }] },
    ]);
  });

  it('carries a nested field\'s own families into its object', () => {
    const f = field('fields', { raw: 'object', kind: 'object' }, { fields: [field('TITLE', STRING)], keyPatterns: [uf] });
    expect(fieldSchema(f).patternProperties).toEqual({ '^UF_CRM_.*$': { type: 'string', description: 'Custom field' } });
  });
});

describe('fieldSchema', () => {
  it('carries description and deprecation beside a $ref', () => {
    const schema = fieldSchema(field('DATE', { raw: 'datetime', kind: 'scalar', name: 'datetime' }, { description: 'When "it" happened', deprecated: true }));
    expect(schema).toEqual({ $ref: '#/components/schemas/B24DateTime', description: 'When "it" happened', deprecated: true });
  });
});
