import { describe, expect, it } from 'vitest';
import { fixturesFromIr } from './mock-fixtures.js';
import { irOf, methodOf } from '../lint/test-support.js';

describe('fixturesFromIr', () => {
  it('maps method names to the documented response and errors with a code', () => {
    const ir = irOf([
      methodOf({
        name: 'a.get',
        examples: { response: { result: { id: 1 }, time: {} } },
        errors: [
          { code: 'E1', message: 'bad', description: '', httpStatus: 404 },
          { code: '', message: 'no code', description: '' },
        ],
      }),
    ]);
    expect(fixturesFromIr(ir)['a.get']).toEqual({ response: { result: { id: 1 }, time: {} }, errors: [{ code: 'E1', message: 'bad', status: 404 }] });
  });
  it('prefers the page with a response example when a name is documented twice', () => {
    const ir = irOf([
      methodOf({ name: 'b.list', key: 'b.list', examples: {} }),
      methodOf({ name: 'b.list', key: 'b.list@v3', apiVersion: 'v3', examples: { response: { result: [] } } }),
    ]);
    expect(fixturesFromIr(ir)['b.list']?.response).toEqual({ result: [] });
  });
});
