import { describe, expect, it } from 'vitest';
import { extractResultSection } from './result-section.js';
import { codes, makeCtx, nodesOf } from './test-support.js';

const H = '### Returned Data\n\n#|\n|| **Name**\n`type` | **Description** ||\n';
const row = (name: string, type: string, desc = 'd') => `|| **${name}**\n\`${type}\` | ${desc} ||\n`;
const TIME = row('time', 'time');

const result = (rows: string, example: unknown, tail = '') => {
  const ctx = makeCtx();
  return { ...extractResultSection(nodesOf(`${H}${rows}|#\n${tail}`), example, ctx), ctx };
};

describe('extractResultSection', () => {
  it('boolean result; time dropped', () => {
    const r = result(row('result', 'boolean') + TIME, { result: true, time: {} });
    expect(r.resultType).toMatchObject({ kind: 'scalar', name: 'json-boolean', raw: 'boolean' });
    expect(r.result).toEqual([]);
    expect(r.responseExtras).toEqual([]);
  });
  it('flat table: children beside result are rebuilt from the example', () => {
    const r = result(row('result', 'object') + row('item', 'object') + row('id', 'integer') + row('title', 'string') + TIME, {
      result: { item: { id: '5', title: 'x' } },
    });
    expect(r.result.map((f) => f.name)).toEqual(['item']);
    expect(r.result[0]?.fields?.map((f) => f.name)).toEqual(['id', 'title']);
    // integer shown as "5": numeric string
    expect(r.result[0]?.fields?.[0]?.type).toMatchObject({ kind: 'scalar', name: 'numeric-string', raw: 'integer' });
  });
  it('total/next go to responseExtras', () => {
    const r = result(row('result', 'object[]') + row('total', 'integer') + row('next', 'integer') + TIME, { result: [{ ID: 1 }], total: 1 });
    expect(r.responseExtras.map((f) => f.name)).toEqual(['total', 'next']);
    expect(r.resultType.kind).toBe('array');
  });
  it('object documented, array of objects shown: array of object', () => {
    const r = result(row('result', 'object', 'see [below](#result)') + TIME, { result: [{ ID: '1', ACTIVE: 'Y' }] }, '\n#### Object result {#result}\n\n#|\n|| **Name**\n`type` | **Description** ||\n' + row('ID', 'integer') + row('ACTIVE', 'boolean') + '|#\n');
    expect(r.resultType).toMatchObject({ kind: 'array', items: { kind: 'object' } });
    expect(r.result.map((f) => [f.name, f.type.kind, f.type.name])).toEqual([
      ['ID', 'scalar', 'numeric-string'],
      ['ACTIVE', 'enum', 'boolean'],
    ]);
    expect(r.result[1]?.type.values).toEqual(['Y', 'N']);
  });
  it('no result row: the rows are the result fields', () => {
    const r = result(row('ID', 'integer') + row('TITLE', 'string'), { result: { ID: { type: 'integer' } } });
    expect(r.result.map((f) => f.name)).toEqual(['ID', 'TITLE']);
    expect(r.resultType.kind).toBe('object');
  });
  it('no result row and no example: unknown when nothing is documented', () => {
    const r = result('', undefined);
    expect(r.resultType).toEqual({ raw: '', kind: 'unknown' });
  });
  it('result typed by an in-page type table with alternatives', () => {
    const r = result(
      '|| **result**\n[`result`](#result) | root ||\n' + TIME,
      { result: [{ ID: 'a' }] },
      '\n#### Type result {#result}\n\n#|\n|| **Name**\n`type` | **Description** ||\n|| `object`\n[`entity`](#entity) | one ||\n|| [`entity[]`](#entity) | many ||\n|#\n\n#### Type entity {#entity}\n\n#|\n|| **Name**\n`type` | **Description** ||\n' +
        row('ID', 'string') +
        '|#\n',
    );
    expect(r.resultType.kind).toBe('union');
    expect(r.result.map((f) => f.name)).toEqual(['ID']);
  });
  it('does not loosen: a string shown as a number stays string', () => {
    const r = result(row('result', 'object') + row('code', 'string') + TIME, { result: { code: 5 } });
    expect(r.result[0]?.type).toMatchObject({ kind: 'scalar', name: 'string' });
    expect(codes(r.ctx)).toEqual([]);
  });
  it('rows beside a scalar result are reported, not placed', () => {
    const r = result(row('result', 'integer') + row('ID', 'integer'), { result: 5 });
    expect(r.result).toEqual([]);
    expect(codes(r.ctx)).toEqual(['unplaced-result-row']);
  });
  it('dotted names build the tree', () => {
    const r = result(row('result', 'object') + row('result.events', 'object[]') + row('result.events[].eventId', 'integer'), undefined);
    expect(r.result.map((f) => f.name)).toEqual(['events']);
    expect(r.result[0]?.fields?.map((f) => f.name)).toEqual(['eventId']);
  });
  it('a wrapper key the table leaves out is rebuilt from the example', () => {
    const r = result(row('result', 'object', 'see [below](#booking)') + TIME, { result: { booking: { id: 1, name: 'x', description: null } } }, '\n#### Booking {#booking}\n\n#|\n|| **Name**\n`type` | **Description** ||\n' + row('id', 'integer') + row('name', 'string') + row('description', 'string') + '|#\n');
    expect(r.result.map((f) => f.name)).toEqual(['booking']);
    expect(r.result[0]?.fields?.map((f) => f.name)).toEqual(['id', 'name', 'description']);
    expect(r.result[0]?.fields?.[2]?.type.kind).toBe('union');
    expect(codes(r.ctx)).toContain('result-wrapper-from-example');
  });
  it('no wrapper when the documented keys sit at the top of the example, or too few are inside', () => {
    const r = result(row('result', 'object') + row('id', 'integer') + row('name', 'string') + TIME, { result: { id: 1, extra: { name: 'x' } } });
    expect(r.result.map((f) => f.name)).toEqual(['id', 'name']);
    const s = result(row('result', 'object') + row('a', 'integer') + row('b', 'string') + row('c', 'string') + TIME, { result: { w: { a: 1 } } });
    expect(s.result.map((f) => f.name)).toEqual(['a', 'b', 'c']);
    const map = result(row('result', 'object') + row('a', 'integer') + row('b', 'string') + TIME, { result: { x: { a: 1, b: 'x' }, y: { a: 2, b: 'y' } } });
    expect(map.result.map((f) => f.name)).toEqual(['a', 'b']);
  });
  it('a result the page calls keyed by ids becomes a ${number} pattern over the documented value keys', () => {
    const r = result(row('result', 'object', 'Stages, with stage IDs as keys.') + row('ID', 'integer') + row('TITLE', 'string') + TIME, { result: { '5': { ID: '5', TITLE: 'x' } } });
    expect(r.result).toEqual([]);
    expect(r.resultKeyPatterns?.map((k) => [k.pattern, k.fields?.map((f) => f.name)])).toEqual([['${number}', ['ID', 'TITLE']]]);
  });
  it('an element row x[] merges into its array row x', () => {
    const r = result(row('result', 'object') + row('items', 'array') + row('items[]', 'object') + row('id', 'integer') + TIME, { result: { items: [{ id: 1 }] } });
    expect(r.result.map((f) => f.name)).toEqual(['items']);
    expect(r.result[0]?.type).toMatchObject({ kind: 'array', items: { kind: 'object' } });
    expect(r.result[0]?.fields?.map((f) => f.name)).toEqual(['id']);
  });

  it('a scalar result row the example wraps in one key: an object with that key, typed as the row', () => {
    const r = result(row('result', 'boolean') + TIME, { result: { result: true } });
    expect(r.resultType.kind).toBe('object');
    expect(r.result.map((f) => [f.name, f.type.name])).toEqual([['result', 'json-boolean']]);
    const id = result(row('result', 'integer') + TIME, { result: { id: 1823 } });
    expect(id.result.map((f) => [f.name, f.type.name])).toEqual([['id', 'integer']]);
    expect(codes(id.ctx)).toContain('result-object-from-example');
  });
  it('a scalar result row with flat rows the example nests under result: those rows', () => {
    const r = result(row('result', 'boolean') + row('task', 'boolean') + row('error_range', 'array') + TIME, { result: { task: true } });
    expect(r.result.map((f) => f.name)).toEqual(['task']);
    // A row the example does not show stays unplaced (reported), not guessed into the object.
    expect(codes(r.ctx)).toContain('unplaced-result-row');
  });
  it('keeps the scalar when the wrapped value does not fit it, or the object has several unknown keys', () => {
    expect(result(row('result', 'integer') + TIME, { result: { id: 'abc' } }).resultType.kind).toBe('scalar');
    expect(result(row('result', 'boolean') + TIME, { result: { a: true, b: false } }).resultType.kind).toBe('scalar');
    expect(result(row('result', 'boolean') + TIME, { result: { '15': true } }).resultType.kind).toBe('scalar');
  });
  it('an `object` result without keys shown as true, a number or a list of strings takes the example type', () => {
    expect(result(row('result', 'object') + TIME, { result: true }).resultType).toMatchObject({ kind: 'scalar', name: 'json-boolean' });
    expect(result(row('result', 'object') + TIME, { result: ['ONAPPINSTALL'] }).resultType).toMatchObject({ kind: 'array', items: { name: 'string' } });
    // Documented keys, or an object shown: the table stands.
    expect(result(row('result', 'object') + TIME, { result: { a: 1 } }).resultType.kind).toBe('object');
  });
  it('a map keyed by id whose values are lists of ids or of the documented objects', () => {
    const desc = 'The root object where the key is the department ID, and the value: an array of employee IDs, or an array of objects describing users';
    const r = result(row('result', 'object', desc) + row('id', 'integer') + row('name', 'string') + TIME, { result: { '3': [1, 5] } });
    expect(r.resultKeyPatterns?.[0]?.type).toMatchObject({ kind: 'union', members: [{ kind: 'array', items: { name: 'integer' } }, { kind: 'array', items: { kind: 'object' } }] });
    expect(r.resultKeyPatterns?.[0]?.fields?.map((f) => f.name)).toEqual(['id', 'name']);
  });
  it('`total` the example shows inside result is a key of result; beside it, a response extra', () => {
    const inside = result(row('result', 'object') + row('employees', 'array') + row('total', 'integer') + TIME, { result: { employees: [], total: 2 } });
    expect(inside.result.map((f) => f.name)).toEqual(['employees', 'total']);
    expect(inside.responseExtras).toEqual([]);
    const beside = result(row('result', 'object') + row('employees', 'array') + row('total', 'integer') + TIME, { result: { employees: [] }, total: 2 });
    expect(beside.responseExtras.map((f) => f.name)).toEqual(['total']);
  });
});
