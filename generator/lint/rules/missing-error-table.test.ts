import { describe, expect, it } from 'vitest';
import { irOf, methodOf } from '../test-support.js';
import { missingErrorTable } from './missing-error-table.js';

describe('missing-error-table', () => {
  it('reports a method without documented errors at the top of its page', () => {
    const method = methodOf({ name: 'x.get', errors: [] });
    expect(missingErrorTable.check(method, irOf([method]), {})).toEqual([
      { rule: 'missing-error-table', severity: 'warning', file: method.source, line: 1, column: 1, method: 'x.get', message: 'x.get has no error table' },
    ]);
  });
  it('is quiet when the method has errors', () => {
    const method = methodOf({ name: 'x.get' });
    expect(missingErrorTable.check(method, irOf([method]), {})).toEqual([]);
  });
});
