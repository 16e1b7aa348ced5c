import { describe, expect, it } from 'vitest';
import { fieldOf, irOf, methodOf } from '../test-support.js';
import { requestExampleUnknownKey } from './request-example-unknown-key.js';

const params = [fieldOf('id', { required: true }), fieldOf('fields', { type: { raw: 'object', kind: 'object' }, fields: [fieldOf('TITLE'), fieldOf('OWNER_ID')] })];
const requestPosition = { file: 'p.md', line: 40, column: 1 };

describe('request-example-unknown-key', () => {
  it('reports top-level and nested keys no table documents, at the example', () => {
    const method = methodOf({ name: 'x.update', params, examples: { request: { id: 1, foo: 2, fields: { TITLE: 't', COLOR: 'red' } }, requestPosition } });
    const findings = requestExampleUnknownKey.check(method, irOf([method]), {});
    expect(findings.map((f) => f.message)).toEqual([
      'request example key "foo" is not a documented parameter',
      'request example key "COLOR" in "fields" is not a documented parameter',
    ]);
    expect(findings[0]).toMatchObject({ rule: 'request-example-unknown-key', file: 'p.md', line: 40, method: 'x.update' });
  });
  it('does not count a case mismatch or an alias as unknown, and looks into arrays of objects', () => {
    const rows = fieldOf('rows', { type: { raw: 'object[]', kind: 'array' }, fields: [fieldOf('qty')] });
    const method = methodOf({ name: 'x.add', params: [fieldOf('ID', { aliases: ['REPORT_ID'] }), rows], examples: { request: { id: 1, REPORT_ID: 2, rows: [{ qty: 1 }, { price: 2 }] } } });
    expect(requestExampleUnknownKey.check(method, irOf([method]), {}).map((f) => f.message)).toEqual(['request example key "price" in "rows" is not a documented parameter']);
  });
  it('finds nothing without a request example', () => {
    const method = methodOf({ name: 'x.get', params });
    expect(requestExampleUnknownKey.check(method, irOf([method]), {})).toEqual([]);
  });
});
