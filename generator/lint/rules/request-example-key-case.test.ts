import { describe, expect, it } from 'vitest';
import { fieldOf, irOf, methodOf } from '../test-support.js';
import { requestExampleKeyCase } from './request-example-key-case.js';

describe('request-example-key-case', () => {
  it('reports keys that match a documented one only when case is ignored', () => {
    const method = methodOf({ name: 'x.get', params: [fieldOf('ID'), fieldOf('select[]')], examples: { request: { id: 5, SELECT: ['*'] } } });
    expect(requestExampleKeyCase.check(method, irOf([method]), {}).map((f) => f.message)).toEqual([
      'request example key "id" is documented as "ID"',
      'request example key "SELECT" is documented as "select"',
    ]);
  });
  it('is quiet when the spelling matches exactly', () => {
    const method = methodOf({ name: 'x.get', params: [fieldOf('ID')], examples: { request: { ID: 5 } } });
    expect(requestExampleKeyCase.check(method, irOf([method]), {})).toEqual([]);
  });
});
