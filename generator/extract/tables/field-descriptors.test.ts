import { describe, it, expect } from 'vitest';
import type { Field } from '../../ir/types.js';
import { descriptorMapFields, typeFieldDescriptors } from './field-descriptors.js';

const CRM = 'api-reference/crm/companies/crm-company-fields.md';

function field(name: string, raw: string): Field {
  return { name, required: false, type: { raw, kind: 'scalar', name: raw }, description: '' };
}

const descriptor = { type: 'integer', isRequired: false, isReadOnly: true, title: 'ID' };

describe('typeFieldDescriptors', () => {
  it('retypes the entity fields as the crm descriptor when the example shows descriptors', () => {
    const result = [field('ID', 'integer'), field('TITLE', 'string')];
    expect(typeFieldDescriptors('crm.company.fields', CRM, result, { result: { ID: descriptor, TITLE: descriptor } })).toBe(true);
    expect(result.map((f) => f.type.typeId)).toEqual([
      'api-reference/crm/data-types.md#crm_rest_field_description',
      'api-reference/crm/data-types.md#crm_rest_field_description',
    ]);
  });

  it('looks one object down (result.fields)', () => {
    const inner = [field('id', 'integer')];
    const result: Field[] = [{ ...field('fields', 'object'), type: { raw: 'object', kind: 'object' }, fields: inner }];
    expect(typeFieldDescriptors('crm.category.fields', 'api-reference/crm/universal/category/crm-category-fields.md', result, { result: { fields: { id: descriptor } } })).toBe(true);
    expect(inner[0]?.type.kind).toBe('named');
    expect(result[0]?.type.kind).toBe('object');
  });

  it('accepts descriptors that show only some flags (type and title alone on most)', () => {
    const result = [field('ID', 'integer'), field('XML_ID', 'string')];
    const shown = { ID: { type: 'int', title: 'ID', isReadOnly: true }, XML_ID: { type: 'string', title: 'External ID' } };
    expect(typeFieldDescriptors('crm.userfield.fields', CRM, result, { result: shown })).toBe(true);
    expect(result[1]?.type.kind).toBe('named');
  });

  it('keeps the table when the values have a type but no descriptor flag', () => {
    const result = [field('ID', 'integer')];
    expect(typeFieldDescriptors('crm.company.fields', CRM, result, { result: { ID: { type: 'int', title: 'ID' } } })).toBe(false);
  });

  it('keeps the table when the example shows values', () => {
    const result = [field('ID', 'integer')];
    expect(typeFieldDescriptors('crm.company.fields', CRM, result, { result: { ID: 5 } })).toBe(false);
    expect(result[0]?.type.raw).toBe('integer');
  });

  it('keeps the table for other methods, other sections and example keys the table does not list', () => {
    const result = [field('ID', 'integer')];
    expect(typeFieldDescriptors('crm.company.get', CRM, result, { result: { ID: descriptor } })).toBe(false);
    expect(typeFieldDescriptors('disk.file.getFields', 'api-reference/disk/file/disk-file-get-fields.md', result, { result: { ID: descriptor } })).toBe(false);
    expect(typeFieldDescriptors('crm.address.fields', CRM, result, { result: { TYPE_ID: descriptor } })).toBe(false);
    expect(result[0]?.type.raw).toBe('integer');
  });
});

describe('descriptorMapFields', () => {
  const attributes = [field('type', 'string'), field('isRequired', 'boolean'), field('title', 'string')];
  const entity = [field('TYPE_ID', 'integer'), field('CITY', 'string')];
  const shown = { TYPE_ID: { type: 'integer', isRequired: true, title: 'Type' }, CITY: { type: 'string', isRequired: false, title: 'City' } };

  it('maps the entity table names to objects of the attribute table', () => {
    const out = descriptorMapFields(attributes, [[field('result', 'object')], entity], shown);
    expect(out?.map((f) => f.name)).toEqual(['TYPE_ID', 'CITY']);
    expect(out?.[0]?.type.kind).toBe('object');
    expect(out?.[0]?.fields?.map((f) => f.name)).toEqual(['type', 'isRequired', 'title']);
  });

  it('keeps the result when it is no attribute table, or no table names the example keys', () => {
    expect(descriptorMapFields(entity, [entity], shown)).toBeUndefined();
    expect(descriptorMapFields(attributes, [[field('OTHER', 'string')]], shown)).toBeUndefined();
    expect(descriptorMapFields(attributes, [entity], { TYPE_ID: 1, CITY: 'x' })).toBeUndefined();
  });

  it('leaves such a page-described descriptor alone when retyping to the crm one', () => {
    const mapped = descriptorMapFields(attributes, [entity], shown) ?? [];
    typeFieldDescriptors('crm.address.fields', CRM, mapped, { result: shown });
    expect(mapped[0]?.type.kind).toBe('object');
  });
});
