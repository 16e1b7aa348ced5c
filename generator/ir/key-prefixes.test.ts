import { describe, it, expect } from 'vitest';
import type { Field } from './types.js';
import { withKeyPrefixes } from './key-prefixes.js';

const id: Field = { name: 'ID', required: true, type: { raw: 'integer', kind: 'scalar', name: 'integer' }, description: 'x', aliases: ['id'] };

describe('withKeyPrefixes', () => {
  it('returns the fields unchanged without prefixes', () => {
    expect(withKeyPrefixes({ name: 'filter', required: false, type: { raw: 'object', kind: 'object' }, description: '', fields: [id] })).toEqual([id]);
  });

  it('adds each field under each operator, optional, lists for IN-like operators', () => {
    const out = withKeyPrefixes({
      name: 'filter',
      required: false,
      type: { raw: 'object', kind: 'object' },
      description: '',
      fields: [id],
      keyPrefixes: [{ prefix: '>=', description: '' }, { prefix: '@', list: true, description: '' }],
    });
    expect(out.map((f) => f.name)).toEqual(['ID', '>=ID', '@ID']);
    expect(out[1]?.required).toBe(false);
    expect(out[1]?.aliases).toBeUndefined();
    expect(out[1]?.type.kind).toBe('scalar');
    expect(out[2]?.type).toEqual({ raw: 'integer[]', kind: 'array', items: id.type });
  });

  it('gives one-or-list operators T | T[], and reads a key that takes T | T[] as T under every operator', () => {
    const one = id.type;
    const either: Field = { ...id, name: 'vatId', type: { raw: 'integer | integer[]', kind: 'union', members: [one, { raw: 'integer[]', kind: 'array', items: one }] } };
    const out = withKeyPrefixes({
      name: 'filter',
      required: false,
      type: { raw: 'object', kind: 'object' },
      description: '',
      fields: [either],
      keyPrefixes: [{ prefix: '>=', description: '' }, { prefix: '@', list: true, description: '' }, { prefix: '=', oneOrList: true, description: '' }],
    });
    expect(out.map((f) => f.name)).toEqual(['vatId', '>=vatId', '@vatId', '=vatId']);
    expect(out[0]?.type).toBe(either.type);
    expect(out[1]?.type).toEqual(one);
    expect(out[2]?.type).toEqual({ raw: 'integer[]', kind: 'array', items: one });
    expect(out[3]?.type).toEqual({ raw: 'integer | integer[]', kind: 'union', members: [one, { raw: 'integer[]', kind: 'array', items: one }] });
  });

  it('does not nest lists for a field that is a list already', () => {
    const tags: Field = { name: 'TAGS', required: false, type: { raw: 'string[]', kind: 'array', items: { raw: 'string', kind: 'scalar', name: 'string' } }, description: '' };
    const out = withKeyPrefixes({ name: 'filter', required: false, type: { raw: 'object', kind: 'object' }, description: '', fields: [tags], keyPrefixes: [{ prefix: '@', list: true, description: '' }] });
    expect(out[1]?.type).toEqual(tags.type);
  });
});
