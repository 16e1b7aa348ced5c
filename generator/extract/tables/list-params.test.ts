import { describe, expect, it } from 'vitest';
import type { Field, TypeRef } from '../../ir/types.js';
import { itemKindOf, listParamType, refineWrittenTypes, saysList, saysMultiple, writtenType } from './list-params.js';

const OBJECT: TypeRef = { raw: 'object', kind: 'object', name: 'object' };
const STRING: TypeRef = { raw: 'string', kind: 'scalar', name: 'string' };
function field(name: string, type: TypeRef, description = '', extra: Partial<Field> = {}): Field {
  return { name, required: false, type, description, ...extra };
}

describe('saysList / saysMultiple', () => {
  it('reads list words and a format sample that opens with [', () => {
    expect(saysList('List of fields to retrieve')).toBe(true);
    expect(saysList('A set of contacts represented as an array of objects with the fields:')).toBe(true);
    expect(saysList('Context menu. Minimum format:\n\n```json\n[\n  { "TEXT": "x" }\n]\n```')).toBe(true);
    expect(saysList('Field values of the deal')).toBe(false);
    expect(saysList('Sample:\n\n```json\n{ "a": [1] }\n```')).toBe(false);
  });
  it('reads "Multiple" only as the closing mark of a description', () => {
    expect(saysMultiple('Phone. Multiple')).toBe(true);
    expect(saysMultiple('Multiple values are joined by commas')).toBe(false);
  });
});

describe('itemKindOf', () => {
  it('gives the one kind every item has, or nothing', () => {
    expect(itemKindOf(['ID', 'TITLE'])).toMatchObject({ kind: 'scalar', name: 'string' });
    expect(itemKindOf([['department', '3'], ['user', '1']])).toMatchObject({ kind: 'array', items: { name: 'string' } });
    expect(itemKindOf([{ a: 1 }, { b: 2 }])).toMatchObject({ kind: 'object' });
    expect(itemKindOf(['a', 1])).toBeUndefined();
    expect(itemKindOf([])).toBeUndefined();
  });
});

describe('listParamType', () => {
  it('turns an object the description calls a list into the array the example shows', () => {
    expect(listParamType(field('select', OBJECT, 'List of fields to retrieve'), ['ID', 'STAGE_ID'])).toMatchObject({ kind: 'array', items: { name: 'string' } });
    const withRows = field('CONFIG', OBJECT, 'An array of objects with settings', { fields: [field('TYPE', STRING)] });
    expect(listParamType(withRows, [{ TYPE: 'STRING' }])).toMatchObject({ kind: 'array', items: { kind: 'object' } });
  });
  it('keeps the type when the words or the example do not say list', () => {
    expect(listParamType(field('fields', OBJECT, 'Field values'), [{ a: 1 }])).toBe(OBJECT);
    expect(listParamType(field('select', OBJECT, 'List of fields'), { ID: 'ASC' })).toBe(OBJECT);
    // Rows describe the value's keys: an array of strings does not fit them.
    expect(listParamType(field('x', OBJECT, 'List of values', { fields: [field('A', STRING)] }), ['a'])).toBe(OBJECT);
    // A string typed cell becomes a list only when the words say "list of objects".
    expect(listParamType(field('CODES', STRING, 'List of codes, comma-separated'), ['a'])).toBe(STRING);
    expect(listParamType(field('RANGES', STRING, 'Ranges in the form of a list of objects'), [{ ip: '1' }])).toMatchObject({ kind: 'array', items: { kind: 'object' } });
  });
});

describe('writtenType / refineWrittenTypes', () => {
  it('reads an upload-written structure as a file, and a "Multiple" field as a list', () => {
    const disk: TypeRef = { raw: 'attached_diskfile', kind: 'named', name: 'attached_diskfile', typeId: 'api-reference/crm/data-types.md#attached_diskfile' };
    expect(writtenType(field('ICON_FILE', disk, 'Icon'))).toMatchObject({ kind: 'scalar', name: 'file' });
    // The bare token, as older pages link it (to the general dictionary, no anchor), and not an `.id` reference to it.
    const bare: TypeRef = { raw: 'attached_diskfile', kind: 'ref', name: 'attached_diskfile', link: 'api-reference/data-types.md' };
    expect(writtenType(field('FILES', bare, 'Files'))).toMatchObject({ kind: 'scalar', name: 'file' });
    const idOf: TypeRef = { raw: 'attached_diskfile.id', kind: 'ref', name: 'attached_diskfile', refField: 'id' };
    expect(writtenType(field('FILE_ID', idOf, 'File'))).toBe(idOf);
    const multi: TypeRef = { raw: 'crm_multifield', kind: 'named', name: 'crm_multifield', typeId: 'x#crm_multifield' };
    expect(writtenType(field('PHONE', multi, 'Phone. Multiple'))).toMatchObject({ kind: 'array', items: { name: 'crm_multifield' } });
    expect(writtenType(field('PHONE', multi, 'Phone'))).toBe(multi);
  });
  it('reads "An array can be passed" as one or many, and "a string or an object … by language" as a lang map too', () => {
    const int: TypeRef = { raw: 'integer', kind: 'scalar', name: 'integer' };
    expect(writtenType(field('FILE_ID', int, 'File id. An array can be passed.'))).toMatchObject({ kind: 'union', members: [int, { kind: 'array', items: int }] });
    const label = writtenType(field('EDIT_FORM_LABEL', STRING, 'Label. You can pass a string or an object with labels by language in `{"de": "..."}` format.'));
    expect(label).toMatchObject({ kind: 'union', members: [STRING, { kind: 'ref', name: 'lang_map' }] });
    expect(writtenType(field('NAME', STRING, 'A string or an array'))).toBe(STRING);
  });
  it('reads an id field typed as a structure as the id of that structure', () => {
    const status: TypeRef = { raw: 'sale_status', kind: 'named', name: 'sale_status', typeId: 'api-reference/sale/data-types.md#sale_status', link: 'api-reference/sale/data-types.md' };
    expect(writtenType(field('statusId', status, 'Delivery status identifier'))).toMatchObject({ kind: 'ref', name: 'sale_status', refField: 'id', raw: 'sale_status.id' });
    // Not an id field, or not said to be an identifier: the structure stays.
    expect(writtenType(field('status', status, 'Status identifier'))).toBe(status);
    expect(writtenType(field('statusId', status, 'The status'))).toBe(status);
  });
  it('walks nested params', () => {
    const params = [field('fields', OBJECT, '', { fields: [field('FILES', { raw: 'diskfile', kind: 'named', name: 'diskfile' }, 'Files')] })];
    refineWrittenTypes(params);
    expect(params[0]?.fields?.[0]?.type).toMatchObject({ kind: 'scalar', name: 'file' });
  });
});
