import { describe, expect, it } from 'vitest';
import { compareTypes, typeAdmits, typeChangeLabels, typeKey, typeLabel } from './compare-types.js';
import { arrayOf, enumOf, objectType, scalar, union } from './test-support.js';
import type { TypeRef } from '../ir/types.js';

const unknown = (raw: string): TypeRef => ({ raw, kind: 'unknown' });
const ref = (name: string, refField?: string): TypeRef => ({ raw: name, kind: 'ref', name, ...(refField === undefined ? {} : { refField }) });

describe('compareTypes', () => {
  it('treats spellings of one scalar and link moves as the same type', () => {
    expect(compareTypes(scalar('int'), scalar('integer'))).toBe('same');
    expect(compareTypes(scalar('integer'), scalar('double'))).toBe('same');
    expect(compareTypes({ ...scalar('string'), link: 'a.md' }, { ...scalar('text'), link: 'b.md#x' })).toBe('same');
  });

  it('treats identical undecoded types as the same', () => {
    expect(compareTypes(union(unknown('asc'), unknown('desc')), union(unknown('asc'), unknown('desc')))).toBe('same');
  });

  it('a union gaining a member is widened, losing one narrowed', () => {
    expect(compareTypes(scalar('integer'), union(scalar('integer'), scalar('null')))).toBe('widened');
    expect(compareTypes(union(scalar('integer'), scalar('string')), scalar('string'))).toBe('narrowed');
  });

  it('anything to any is widened; a known type to a different one is changed', () => {
    expect(compareTypes(scalar('string'), scalar('any'))).toBe('widened');
    expect(compareTypes(scalar('integer'), scalar('string'))).toBe('changed');
    expect(compareTypes(scalar('integer'), objectType)).toBe('changed');
  });

  it('an undecoded type becoming decoded is resolved, not narrowed', () => {
    expect(compareTypes(unknown('crm.enum.x'), ref('crm_enum_x'))).toBe('resolved');
  });

  it('compares arrays by their items', () => {
    expect(compareTypes(arrayOf(scalar('integer')), arrayOf(union(scalar('integer'), scalar('string'))))).toBe('widened');
    expect(compareTypes(scalar('array'), arrayOf(scalar('integer')))).toBe('narrowed');
    expect(compareTypes(arrayOf(scalar('integer')), scalar('integer'))).toBe('changed');
  });

  it('compares enums by their values and against the scalar that holds them', () => {
    expect(compareTypes(enumOf('a', 'b'), enumOf('a', 'b', 'c'))).toBe('widened');
    expect(compareTypes(enumOf('a', 'b'), enumOf('a'))).toBe('narrowed');
    expect(compareTypes(scalar('string'), enumOf('a', 'b'))).toBe('narrowed');
    expect(compareTypes(enumOf(1, 2), scalar('string'))).toBe('changed');
  });

  it('compares refs by entity and field, whether ref or named', () => {
    expect(compareTypes(ref('crm_status'), { raw: 'crm_status', kind: 'named', name: 'crm_status', typeId: 'x.md#crm_status' })).toBe('same');
    expect(compareTypes(ref('catalog_product', 'id'), ref('catalog_product', 'code'))).toBe('changed');
  });

  it('reads a false literal as a boolean', () => {
    expect(typeAdmits(scalar('boolean'), ref('false'))).toBe(true);
    expect(compareTypes(union(scalar('string'), ref('false')), union(scalar('string'), scalar('boolean')))).toBe('widened');
  });
});

describe('type labels', () => {
  it('uses the docs text, and shows a list for an array whose raw is its item', () => {
    expect(typeLabel(scalar('integer'))).toBe('integer');
    expect(typeLabel({ raw: 'object', kind: 'array', items: objectType })).toBe('object[]');
    expect(typeLabel({ raw: '', kind: 'union', members: [scalar('a'), scalar('b')] })).toBe('a | b');
  });

  it('falls back to structural keys when both sides read the same', () => {
    expect(typeChangeLabels(scalar('json-boolean'), { raw: 'json-boolean', kind: 'scalar', name: 'boolean' })).toEqual({ from: 'scalar:json-boolean', to: 'scalar:boolean' });
    expect(typeKey(union(scalar('b'), scalar('a')))).toBe(typeKey(union(scalar('a'), scalar('b'))));
  });
});
