import { describe, expect, it } from 'vitest';
import type { Field, IrMethod } from '../../ir/types.js';
import { typeOpenFilters } from './open-filters.js';

const OBJ = { raw: 'object', kind: 'object' as const, name: 'object' };
const key = (name: string): Field => ({ name, required: false, type: { raw: 'integer', kind: 'scalar', name: 'integer' }, description: '' });
const method = (params: Field[]): IrMethod => ({
  name: 'x.list', apiVersion: 'v2', key: 'x.list', source: 'api-reference/x/x-list.md', docsUrl: '', title: '', section: 'x', scope: [], description: '',
  params, result: [], resultType: { raw: '', kind: 'unknown' }, errors: [], examples: {}, seeAlso: [], diagnostics: [],
});

describe('typeOpenFilters', () => {
  it('types only open filters, with the operators the description lists, on copies', () => {
    const open: Field = { name: 'FILTER', aliases: ['filter'], required: false, type: OBJ, description: 'Keys:\n- `>=` — at least\n- `@` — IN' };
    const documented: Field = { name: 'filter', required: false, type: OBJ, description: '', fields: [key('A')] };
    const scalar: Field = { name: 'filter', required: false, type: { raw: 'string', kind: 'scalar', name: 'string' }, description: '' };
    const input = [method([open]), method([documented]), method([scalar])];
    const seen: string[] = [];
    const out = typeOpenFilters(input, () => ({ fields: [key('ID')], keyPatterns: [] }), (typed) => {
      seen.push(typed.name);
      typed.aliases?.push('changed');
    });
    expect(out[0]?.params[0]).toMatchObject({ fields: [{ name: 'ID' }], keyPrefixes: [{ prefix: '>=' }, { prefix: '@', list: true }] });
    expect(out[0]?.params[0]?.keyPatterns).toBeUndefined();
    expect(out.slice(1)).toEqual(input.slice(1));
    expect(out[1]).toBe(input[1]);
    expect(seen).toEqual(['FILTER']);
    // The refinement worked on a copy: the input's param and its aliases are untouched.
    expect(open.fields).toBeUndefined();
    expect(open.aliases).toEqual(['filter']);
  });

  it('leaves a method alone when no filter gets keys', () => {
    const input = method([{ name: 'filter', required: false, type: OBJ, description: '' }]);
    expect(typeOpenFilters([input], () => undefined)[0]).toBe(input);
  });
});
