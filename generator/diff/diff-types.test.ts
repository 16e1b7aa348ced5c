import { describe, expect, it } from 'vitest';
import { diffNamedTypes } from './diff-types.js';
import { field, namedType } from './test-support.js';

describe('diffNamedTypes', () => {
  it('pairs a moved type by its name only when the name is unambiguous', () => {
    const from = [namedType('a.md#item', 'item', [field('id')]), namedType('b.md#item', 'item', [field('id')])];
    const to = [namedType('c.md#item', 'item', [field('id')])];
    expect(diffNamedTypes(from, to).map((c) => [c.kind, c.subject])).toEqual([
      ['type-removed', 'a.md#item'],
      ['type-removed', 'b.md#item'],
      ['type-added', 'c.md#item'],
    ]);
  });

  it('places every change under the types section with the type id as subject', () => {
    const [change] = diffNamedTypes([namedType('a.md#x', 'x', [field('id')])], [namedType('a.md#x', 'x', [])]);
    expect(change).toMatchObject({ section: '(types)', subject: 'a.md#x', kind: 'type-field-removed', impact: 'breaking', path: 'id' });
  });
});
