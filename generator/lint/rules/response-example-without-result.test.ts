import { describe, expect, it } from 'vitest';
import { irOf, methodOf } from '../test-support.js';
import { responseExampleWithoutResult } from './response-example-without-result.js';

describe('response-example-without-result', () => {
  it('reports a response example that is not a REST answer', () => {
    const responsePosition = { file: 'p.md', line: 70, column: 1 };
    for (const response of [{ id: 1 }, [1, 2], 'text', null]) {
      const method = methodOf({ name: 'x.get', examples: { response, responsePosition } });
      expect(responseExampleWithoutResult.check(method, irOf([method]), {}).map((f) => f.line)).toEqual([70]);
    }
  });
  it('accepts a body with result, and a method without a response example', () => {
    const ok = methodOf({ name: 'x.get', examples: { response: { result: null, time: {} } } });
    const none = methodOf({ name: 'x.list', examples: {} });
    expect([...responseExampleWithoutResult.check(ok, irOf([ok]), {}), ...responseExampleWithoutResult.check(none, irOf([none]), {})]).toEqual([]);
  });
});
