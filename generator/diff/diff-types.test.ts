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

  it('compares a type told in prose as a whole', () => {
    const str = { raw: 'string', kind: 'scalar' as const, name: 'string' };
    const map = { raw: 'lang_map', kind: 'ref' as const, name: 'lang_map' };
    const prose = (alias: typeof str | { raw: string; kind: 'union'; members: Array<typeof str | typeof map> }) => ({ ...namedType('f.md#text', 'text', []), alias });
    const both = { raw: 'string | lang_map', kind: 'union' as const, members: [str, map] };
    expect(diffNamedTypes([prose(both)], [prose(both)])).toEqual([]);
    const [narrowed] = diffNamedTypes([prose(both)], [prose(str)]);
    expect(narrowed).toMatchObject({ subject: 'f.md#text', kind: 'type-field-type-narrowed', location: 'type' });
    expect(narrowed?.path).toBeUndefined();
  });
});
