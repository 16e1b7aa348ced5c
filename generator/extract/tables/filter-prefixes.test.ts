import { describe, it, expect } from 'vitest';
import type { Field } from '../../ir/types.js';
import { liftFilterPrefixes, parseKeyPrefixes } from './filter-prefixes.js';

const LIST = [
  'Possible prefix values:',
  '',
  '- `>=` — greater than or equal to',
  '- `%` — LIKE, the `%` symbol in the filter value is not passed',
  '- `@` — IN, an array is passed as the value',
  '- `=%` — LIKE, the value carries the `%` symbol:',
  '  - `"mol%"` — starting with "mol"',
  '- `><` — between (inclusive range)',
  '- `!=` — not equal',
].join('\n');

function filter(description: string, fields?: Field[]): Field {
  return { name: 'filter', required: false, type: { raw: 'object', kind: 'object' }, description, ...(fields ? { fields } : {}) };
}

const ID: Field = { name: 'ID', required: false, type: { raw: 'integer', kind: 'scalar', name: 'integer' }, description: '' };

describe('parseKeyPrefixes', () => {
  it('reads the top-level operator items and marks list-valued ones', () => {
    expect(parseKeyPrefixes(LIST).map((p) => [p.prefix, p.list === true])).toEqual([
      ['>=', false],
      ['%', false],
      ['@', true],
      ['=%', false],
      ['><', true],
      ['!=', false],
    ]);
  });

  it('marks operators that take one value or a list', () => {
    const list = parseKeyPrefixes('- `=` — equals (works with arrays as well)\n- `>` — greater than\n- `@` — IN, an array is passed');
    expect(list.map((p) => [p.prefix, p.oneOrList === true, p.list === true])).toEqual([
      ['=', true, false],
      ['>', false, false],
      ['@', false, true],
    ]);
  });

  it('finds nothing in a description without an operator list', () => {
    expect(parseKeyPrefixes('Filter by `ID` — the deal id.\n\n- `ID` — id')).toEqual([]);
  });
});

describe('liftFilterPrefixes', () => {
  it('sets prefixes only on a filter with documented fields', () => {
    const withFields = filter(LIST, [ID]);
    const without = filter(LIST);
    const other: Field = { ...filter(LIST, [ID]), name: 'order' };
    liftFilterPrefixes([withFields, without, other]);
    expect(withFields.keyPrefixes?.length).toBe(6);
    expect(without.keyPrefixes).toBeUndefined();
    expect(other.keyPrefixes).toBeUndefined();
  });

  it('lets every documented key of a filter take one value or a list, and nothing else', () => {
    const tags: Field = { name: 'TAGS', required: false, type: { raw: 'string[]', kind: 'array', items: { raw: 'string', kind: 'scalar', name: 'string' } }, description: '' };
    const id = (): Field => ({ name: 'ID', required: false, type: { raw: 'integer', kind: 'scalar', name: 'integer' }, description: '' });
    const withFields = filter('Filter by fields.', [id(), tags]);
    const order: Field = { ...filter('', [id()]), name: 'order' };
    liftFilterPrefixes([withFields, order]);
    // running twice changes nothing
    liftFilterPrefixes([withFields]);
    expect(withFields.fields?.map((f) => f.type.raw)).toEqual(['integer | integer[]', 'string[]']);
    expect(order.fields?.[0]?.type.raw).toBe('integer');
  });

  it('reads a filter declared string but described with key operators as an object, and only that', () => {
    const asString = (description: string): Field => ({ ...filter(description), type: { raw: 'string', kind: 'scalar', name: 'string' } });
    const described = asString(LIST);
    const plain = asString('A search string.');
    const sort: Field = { ...asString(LIST), name: 'sort' };
    liftFilterPrefixes([described, plain, sort]);
    expect(described.type).toMatchObject({ raw: 'string', kind: 'object', name: 'object' });
    expect(plain.type.kind).toBe('scalar');
    expect(sort.type.kind).toBe('scalar');
  });
});
