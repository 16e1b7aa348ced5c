import { describe, expect, it } from 'vitest';
import { fieldOf, irOf, methodOf } from '../test-support.js';
import { duplicateParam } from './duplicate-param.js';

describe('duplicate-param', () => {
  it('reports a key listed twice and keys that differ only in case, per table', () => {
    const method = methodOf({
      name: 'x.add',
      params: [fieldOf('id'), fieldOf('ID', { line: 5 }), fieldOf('fields', { fields: [fieldOf('a'), fieldOf('a', { line: 9 })] })],
    });
    expect(duplicateParam.check(method, irOf([method]), {}).map((f) => [f.line, f.message])).toEqual([
      [5, '"ID" and "id" differ only in letter case'],
      [9, '"a" is listed twice in "fields"'],
    ]);
  });
  it('does not compare keys of different tables', () => {
    const method = methodOf({ name: 'x.add', params: [fieldOf('id')], result: [fieldOf('id')] });
    expect(duplicateParam.check(method, irOf([method]), {})).toEqual([]);
  });
});
