import { describe, expect, it } from 'vitest';
import type { Field } from '../../ir/types.js';
import { refineParams, refineSelectLists } from './request-refine.js';

const int = { raw: 'integer', kind: 'scalar', name: 'integer' } as const;
function field(name: string, type: Field['type'], extra: Partial<Field> = {}): Field {
  return { name, required: false, type, description: '', ...extra };
}

describe('refineParams', () => {
  it('adds a case-only different example key as an alias of the documented param', () => {
    const params = [field('id', int, { required: true }), field('fields', { raw: 'object', kind: 'scalar', name: 'object' })];
    refineParams(params, { ID: 5, FIELDS: { TITLE: 'x' } });
    expect(params[0]?.aliases).toEqual(['ID']);
    expect(params[1]?.aliases).toEqual(['FIELDS']);
  });

  it('leaves keys that match no param unknown', () => {
    const params = [field('id', int)];
    refineParams(params, { ident: 1, other: 2 });
    expect(params[0]?.aliases).toBeUndefined();
  });

  it('reads a bare array shown as an object as an object, nested too', () => {
    const params = [field('fields', { raw: 'array', kind: 'scalar', name: 'array' }, { fields: [field('LIST', { raw: 'array', kind: 'scalar', name: 'array' })] })];
    refineParams(params, { fields: { LIST: { a: 1 } } });
    expect(params[0]?.type).toMatchObject({ kind: 'object', name: 'object' });
    expect(params[0]?.fields?.[0]?.type).toMatchObject({ kind: 'object' });
  });

  it('lets an integer shown as a numeric string take numeric strings too, but not other strings', () => {
    const params = [field('id', int), field('n', int)];
    refineParams(params, { id: '12', n: 'your_id_here' });
    expect(params[0]?.type.kind).toBe('union');
    expect(params[0]?.type.members?.map((m) => m.name)).toEqual(['integer', 'numeric-string']);
    expect(params[1]?.type).toEqual(int);
  });

  it('lets a boolean shown as "true"/"false" take those two words, nested too, but not Y-style strings', () => {
    const bool = { raw: 'boolean', kind: 'scalar', name: 'boolean' } as const;
    const params = [field('fields', { raw: 'object', kind: 'scalar', name: 'object' }, { fields: [field('A|B', bool), field('C', bool)] }), field('on', bool)];
    refineParams(params, { fields: { 'A|B': 'true', C: 'yes' }, on: true });
    expect(params[0]?.fields?.[0]?.type).toEqual({ raw: 'boolean', kind: 'union', members: [bool, { raw: 'boolean', kind: 'enum', values: ['true', 'false'] }] });
    expect(params[0]?.fields?.[1]?.type).toEqual(bool);
    expect(params[1]?.type).toEqual(bool);
  });
});

describe('refineType from response examples', () => {
  it('makes a field shown as null nullable and a bare array shown as an object an object', async () => {
    const { refineFields } = await import('./example-refine.js');
    const fields: Field[] = [field('NAME', { raw: 'string', kind: 'scalar', name: 'string' }), field('DATA', { raw: 'array', kind: 'scalar', name: 'array' })];
    refineFields(fields, [{ NAME: 'a', DATA: { x: 1 } }, { NAME: null }]);
    expect(fields[0]?.type).toMatchObject({ kind: 'union', members: [{ name: 'string' }, { name: 'null' }] });
    expect(fields[1]?.type).toMatchObject({ kind: 'object' });
  });
});

describe('refineSelectLists', () => {
  it('a bare select array over a linked fields table becomes an array of those names', () => {
    const bare = { raw: 'array', kind: 'scalar' as const, name: 'array' };
    const params: Field[] = [
      { name: 'select', required: false, type: bare, description: 'fields to select', fields: [{ name: 'ID', required: false, type: { raw: 'integer', kind: 'scalar', name: 'integer' }, description: '' }, { name: 'NAME', required: false, type: { raw: 'string', kind: 'scalar', name: 'string' }, description: '' }] },
      { name: 'rows', required: false, type: bare, description: '', fields: [{ name: 'ID', required: false, type: { raw: 'integer', kind: 'scalar', name: 'integer' }, description: '' }] },
    ];
    refineSelectLists(params);
    expect(params[0]?.type).toMatchObject({ kind: 'array', items: { kind: 'enum', values: ['ID', 'NAME'] } });
    expect(params[0]?.fields).toBeUndefined();
    expect(params[1]?.fields?.length).toBe(1);
  });
});

describe('request refinements for lists', () => {
  it('reads the `array` member of `string | array` shown as an object as an object', () => {
    const union: Field['type'] = { raw: 'string | array', kind: 'union', members: [{ raw: 'string', kind: 'scalar', name: 'string' }, { raw: 'array', kind: 'scalar', name: 'array' }] };
    const params = [field('order', union)];
    refineParams(params, { order: { id: 'ASC' } });
    expect(params[0]?.type.members?.map((m) => m.kind)).toEqual(['scalar', 'object']);
  });
  it('types a param the description calls a list by the example', () => {
    const params = [field('select', { raw: 'object', kind: 'object', name: 'object' }, { description: 'List of fields to retrieve' })];
    refineParams(params, { select: ['ID'] });
    expect(params[0]?.type).toMatchObject({ kind: 'array', items: { name: 'string' } });
  });
  it('makes nested select lists enums too, with the `*` the description names', () => {
    const arr: Field['type'] = { raw: 'array', kind: 'scalar', name: 'array' };
    const params = [field('params', { raw: 'object', kind: 'object' }, { fields: [field('select', arr, { description: 'Fields. Default is `["*"]`', fields: [field('ID', arr), field('NAME', arr)] })] })];
    refineSelectLists(params);
    expect(params[0]?.fields?.[0]?.type).toMatchObject({ kind: 'array', items: { kind: 'enum', values: ['ID', 'NAME', '*'] } });
  });
});
