import { describe, expect, it } from 'vitest';
import type { Field, TypeRef } from '../../ir/types.js';
import { mergeFieldLists, unionOfAlternatives } from './merge-alternatives.js';

const enumOf = (...values: string[]): TypeRef => ({ raw: 'string', kind: 'enum', name: 'string', values });
const STR: TypeRef = { raw: 'string', kind: 'scalar', name: 'string' };
const DBL: TypeRef = { raw: 'double', kind: 'scalar', name: 'double', link: 'api-reference/data-types.md' };
const field = (name: string, type: TypeRef, extra: Partial<Field> = {}): Field => ({ name, required: false, type, description: name, ...extra });

describe('unionOfAlternatives', () => {
  it('pools the values of two enums over the same token', () => {
    expect(unionOfAlternatives(enumOf('CHECKBOX', 'RADIO'), enumOf('LIST', 'CHECKBOX'))).toEqual(enumOf('CHECKBOX', 'RADIO', 'LIST'));
  });

  it('keeps an enum open when one side lists no values', () => {
    const open: TypeRef = { raw: 'string', kind: 'enum', name: 'string' };
    expect(unionOfAlternatives(enumOf('A'), open)).toBe(open);
  });

  it('takes the open type over listed values of the same token, and any type over none', () => {
    expect(unionOfAlternatives(enumOf('Y', 'N'), STR)).toBe(STR);
    expect(unionOfAlternatives(STR, enumOf('Y', 'N'))).toBe(STR);
    const none: TypeRef = { raw: '', kind: 'unknown' };
    expect(unionOfAlternatives(none, DBL)).toBe(DBL);
    expect(unionOfAlternatives(DBL, none)).toBe(DBL);
  });

  it('joins other types in one flat union, once each, whatever their links', () => {
    expect(unionOfAlternatives(STR, STR)).toBe(STR);
    expect(unionOfAlternatives(DBL, { ...DBL, link: 'elsewhere.md' })).toBe(DBL);
    const both = unionOfAlternatives(STR, DBL);
    expect(both).toEqual({ raw: 'string | double', kind: 'union', members: [STR, DBL] });
    expect(unionOfAlternatives(both, STR)).toEqual(both);
  });
});

describe('mergeFieldLists', () => {
  it('merges namesakes (type, required, nested keys) and appends the rest, first description kept', () => {
    const fields = [field('DISPLAY', enumOf('CHECKBOX'), { required: true, requiredMark: 'required' }), field('ROWS', STR)];
    const nested = field('OPTIONS', { raw: 'object', kind: 'object', name: 'object' }, { fields: [field('A', STR)] });
    mergeFieldLists(fields, [field('DISPLAY', enumOf('UI'), { description: 'other' }), nested]);
    mergeFieldLists(fields, [field('OPTIONS', { raw: 'object', kind: 'object', name: 'object' }, { fields: [field('A', DBL), field('B', STR)] })]);
    expect(fields.map((f) => f.name)).toEqual(['DISPLAY', 'ROWS', 'OPTIONS']);
    expect(fields[0]).toMatchObject({ required: false, requiredMark: 'conditional', description: 'DISPLAY', type: enumOf('CHECKBOX', 'UI') });
    expect(fields[2]?.fields?.map((f) => [f.name, f.type.raw])).toEqual([['A', 'string | double'], ['B', 'string']]);
  });

  it('keeps a key required when every table requires it', () => {
    const fields = [field('ID', STR, { required: true, requiredMark: 'required' })];
    mergeFieldLists(fields, [field('ID', STR, { required: true, requiredMark: 'required' })]);
    expect(fields[0]).toMatchObject({ required: true, requiredMark: 'required' });
  });
});
