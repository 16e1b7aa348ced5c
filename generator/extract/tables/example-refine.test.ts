import { describe, expect, it } from 'vitest';
import type { Field, TypeRef } from '../../ir/types.js';
import { refineFields, refineKeyPatterns, refineType } from './example-refine.js';

const scalar = (name: string): TypeRef => ({ raw: name, kind: 'scalar', name });
const field = (name: string, type: TypeRef, extra: Partial<Field> = {}): Field => ({ name, required: false, type, description: '', ...extra });

describe('refineType', () => {
  it('a string enum shown as "" also takes the empty string; other values leave it', () => {
    const gender: TypeRef = { raw: 'string', kind: 'enum', name: 'string', values: ['M', 'F'] };
    expect(refineType(gender, '').values).toEqual(['M', 'F', '']);
    expect(refineType(gender, 'X')).toBe(gender);
    const codes: TypeRef = { raw: 'integer', kind: 'enum', name: 'integer', values: [0, 1] };
    expect(refineType(codes, '')).toBe(codes);
  });

  it('an integer enum shown as a numeric string takes the string codes too', () => {
    const status: TypeRef = { raw: 'integer', kind: 'enum', name: 'integer', values: [0, 1, 2] };
    expect(refineType(status, '0').values).toEqual([0, 1, 2, '0', '1', '2']);
    expect(refineType(status, 'zero')).toBe(status);
  });

  it('a reference whose token also names a documented structure, shown as an object, becomes that structure', () => {
    const currency: TypeRef = { raw: 'crm_currency', kind: 'ref', name: 'crm_currency', typeId: 'api-reference/crm/data-types.md#crm_currency' };
    expect(refineType(currency, { CURRENCY: 'USD' })).toMatchObject({ kind: 'named', typeId: currency.typeId });
    // Shown as a code it stays the code reference.
    expect(refineType(currency, 'USD')).toBe(currency);
    // `entity.id` linked to the entity's anchor, shown as the whole object.
    const dotted: TypeRef = { raw: 'sale_value.id', kind: 'ref', name: 'sale_value', refField: 'id', link: 'api-reference/sale/data-types.md#sale_value' };
    const named = refineType(dotted, { id: 1 });
    expect(named).toMatchObject({ kind: 'named', typeId: 'api-reference/sale/data-types.md#sale_value' });
    expect(named.refField).toBeUndefined();
    // Without an anchored link there is no structure to name.
    expect(refineType({ ...dotted, link: 'api-reference/sale/data-types.md' }, { id: 1 }).kind).toBe('ref');
  });

  it('a date or object shown as false becomes T | false; a number shown as false does not', () => {
    expect(refineType(scalar('datetime'), false)).toMatchObject({ kind: 'union', members: [{ name: 'datetime' }, { name: 'json-false' }] });
    expect(refineType({ raw: 'object', kind: 'object', name: 'object' }, false).members?.map((m) => m.name)).toEqual(['object', 'json-false']);
    expect(refineType(scalar('integer'), false)).toEqual(scalar('integer'));
    expect(refineType(scalar('datetime'), true)).toEqual(scalar('datetime'));
  });
});

describe('refineFields', () => {
  it('an `object` the description calls an array, shown as an array of objects, becomes a list of it', () => {
    const fields = [
      field('tasks', { raw: 'object', kind: 'object', name: 'object' }, { description: 'An array of objects, each a task' }),
      field('data', { raw: 'object', kind: 'object', name: 'object' }, { description: 'Task data' }),
    ];
    refineFields(fields, { tasks: [{ id: '1' }], data: [{ id: '1' }] });
    expect(fields[0]?.type).toMatchObject({ kind: 'array', items: { kind: 'object' } });
    expect(fields[1]?.type.kind).toBe('object');
  });

  it('refines the documented value fields of a map keyed by id through its values', () => {
    const item = field('ID', scalar('integer'));
    refineFields([field('stages', { raw: 'object', kind: 'object' }, { fields: [item] })], { stages: { '5': { ID: '5' }, '7': { ID: '7' } } });
    expect(item.type).toMatchObject({ kind: 'scalar', name: 'numeric-string' });
  });

  it('a number one item shows as 0 and another as "21" takes both forms', () => {
    const parent = field('parentId', scalar('integer'));
    const id = field('id', scalar('integer'));
    refineFields([parent, id], [{ parentId: 0, id: '1' }, { parentId: '21', id: '2' }, { parentId: null, id: '3' }]);
    expect(parent.type).toMatchObject({ kind: 'union', members: [{ name: 'integer' }, { name: 'numeric-string' }, { name: 'null' }] });
    expect(id.type).toMatchObject({ kind: 'scalar', name: 'numeric-string' });
  });
});

describe('refineKeyPatterns', () => {
  it('refines a key family with the example values under its keys, not under documented fields', () => {
    const parent = { pattern: 'PARENT_ID_${string}', type: scalar('integer'), description: '' };
    const custom = { pattern: 'UF_CRM_${string}', type: scalar('string'), description: '' };
    refineKeyPatterns([parent, custom], [field('PARENT_ID_X', scalar('integer'))], { PARENT_ID_1220: '22', PARENT_ID_X: 'abc', UF_CRM_5: null, TITLE: 'x' });
    expect(parent.type).toMatchObject({ kind: 'scalar', name: 'numeric-string' });
    expect(custom.type).toMatchObject({ kind: 'union', members: [{ name: 'string' }, { name: 'null' }] });
  });

  it('leaves a family no example key falls into as documented', () => {
    const parent = { pattern: 'PARENT_ID_${string}', type: scalar('integer'), description: '' };
    refineKeyPatterns([parent], [], [{ ID: '1' }]);
    expect(parent.type).toEqual(scalar('integer'));
  });
});
