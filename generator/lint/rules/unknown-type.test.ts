import { describe, expect, it } from 'vitest';
import { fieldOf, irOf, methodOf } from '../test-support.js';
import { unknownType } from './unknown-type.js';

describe('unknown-type', () => {
  it('reports unknown tokens, also inside arrays and unions', () => {
    const union = { raw: 'string | strng', kind: 'union' as const, members: [{ raw: 'string', kind: 'scalar' as const }, { raw: 'strng', kind: 'unknown' as const }] };
    const method = methodOf({
      name: 'x.get',
      params: [fieldOf('a', { type: { raw: 'intger', kind: 'unknown' } }), fieldOf('b', { type: union }), fieldOf('c', { type: { raw: 'foo[]', kind: 'array', items: { raw: 'foo', kind: 'unknown' } } })],
    });
    expect(unknownType.check(method, irOf([method]), {}).map((f) => f.message)).toEqual(['unknown type "intger" for "a"', 'unknown type "strng" for "b"', 'unknown type "foo" for "c"']);
  });
  it('ignores empty type cells and known types', () => {
    const method = methodOf({ name: 'x.get', params: [fieldOf('a', { type: { raw: '', kind: 'unknown' } }), fieldOf('b')] });
    expect(unknownType.check(method, irOf([method]), {})).toEqual([]);
  });
});
