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
});
