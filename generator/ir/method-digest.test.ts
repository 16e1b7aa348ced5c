import { describe, expect, it } from 'vitest';
import { methodDigest } from './method-digest.js';
import type { IrMethod } from './types.js';

function method(description: string): IrMethod {
  return {
    name: 'a.b', apiVersion: 'v2', key: 'a.b', source: 'api-reference/x/a-b.md', docsUrl: '', title: 'a.b', section: 'x', scope: [],
    description, params: [], result: [], resultType: { raw: '', kind: 'unknown' }, errors: [], examples: {}, seeAlso: [], diagnostics: [],
  };
}

describe('methodDigest', () => {
  it('is equal for equal methods and differs for any change, down to an example', () => {
    expect(methodDigest(method('x'))).toBe(methodDigest(method('x')));
    expect(methodDigest(method('x'))).not.toBe(methodDigest(method('y')));
    expect(methodDigest({ ...method('x'), examples: { request: { id: 1 } } })).not.toBe(methodDigest(method('x')));
    expect(methodDigest(method('x'))).toMatch(/^[0-9a-f]{64}$/);
  });
});
