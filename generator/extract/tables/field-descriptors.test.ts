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
    expect(typeFieldDescriptors('crm.address.fields', CRM, result, { result: { TYPE_ID: descriptor } })).toBe(false);
    expect(result[0]?.type.raw).toBe('integer');
  });
});

describe('typeFieldDescriptors outside crm (no documented descriptor structure)', () => {
  const DISK = 'api-reference/disk/file/disk-file-get-fields.md';
  const shown = {
    ID: { TYPE: 'integer', USE_IN_FILTER: true, USE_IN_SHOW: true },
    NAME: { TYPE: 'string', USE_IN_FILTER: false, USE_IN_SHOW: true },
  };

  it('types each documented field as an object of the keys every shown descriptor carries', () => {
    const result = [field('ID', 'integer'), field('NAME', 'string')];
    expect(typeFieldDescriptors('disk.file.getFields', DISK, result, { result: shown })).toBe(true);
    expect(result[0]?.type.kind).toBe('object');
    expect(result[0]?.type.typeId).toBeUndefined();
    expect(result[1]?.fields?.map((f) => [f.name, f.type.name])).toEqual([
      ['TYPE', 'string'],
      ['USE_IN_FILTER', 'json-boolean'],
      ['USE_IN_SHOW', 'json-boolean'],
    ]);
    // Each field gets its own copy: refining one must not change another.
    expect(result[0]?.fields).not.toBe(result[1]?.fields);
  });

  it('marks keys only some descriptors carry conditional, and looks one object down', () => {
    const inner = [field('groupId', 'integer'), field('createdBy', 'integer')];
    const result: Field[] = [{ ...field('fields', 'object'), type: { raw: 'object', kind: 'object' }, fields: inner }];
    const response = { result: { fields: { groupId: { type: 'integer', title: 'Group' }, createdBy: { type: 'integer' } } } };
    expect(typeFieldDescriptors('tasks.api.scrum.backlog.getFields', 'api-reference/sonet-group/scrum/backlog/x.md', result, response)).toBe(true);
    expect(inner[0]?.fields?.map((f) => [f.name, f.requiredMark])).toEqual([['type', 'optional'], ['title', 'conditional']]);
  });

  it('keeps the table when the values carry no type, or are plain values', () => {
    const result = [field('ID', 'integer')];
    expect(typeFieldDescriptors('disk.file.getFields', DISK, result, { result: { ID: { USE_IN_SHOW: true } } })).toBe(false);
    expect(typeFieldDescriptors('disk.file.getFields', DISK, result, { result: { ID: 5 } })).toBe(false);
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

  it('also when the entity table was read as result keys beside the attribute rows', () => {
    const out = descriptorMapFields([...entity, ...attributes], [], shown);
    expect(out?.map((f) => f.name)).toEqual(['TYPE_ID', 'CITY']);
    expect(out?.[1]?.fields?.map((f) => f.name)).toEqual(['type', 'isRequired', 'title']);
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
