import { describe, expect, it } from 'vitest';
import { DamagedCacheError, isObjectShape, lazyObject, objectShape } from './lazy-object.js';

const value = { name: 'a.b', big: { rows: [1, 2, { x: 'é' }] }, key: 'a.b', list: ['x'], last: null };
const json = JSON.stringify(value);

describe('lazyObject', () => {
  it('equals the parsed JSON: the same keys in the same order, the same values', () => {
    const lazy = lazyObject<typeof value>(objectShape(value, ['name', 'key']), json);
    expect(Object.keys(lazy)).toEqual(Object.keys(value));
    expect(JSON.stringify(lazy)).toBe(json);
    expect(structuredClone(lazy)).toEqual(value);
    expect({ ...lazy }).toEqual(value);
  });

  it('parses the text only when a field outside the head is read, and then once', () => {
    let decoded = 0;
    const lazy = lazyObject<typeof value>(objectShape(value, ['name', 'key']), () => {
      decoded++;
      return json;
    });
    expect([lazy.name, lazy.key]).toEqual(['a.b', 'a.b']);
    expect(decoded).toBe(0);
    expect(lazy.big.rows).toHaveLength(3);
    expect(lazy.list).toEqual(['x']);
    expect(decoded).toBe(1);
  });

  it('takes writes, before and after it is parsed, and new fields go last as on any object', () => {
    const lazy = lazyObject<Record<string, unknown>>(objectShape(value, ['name']), json);
    lazy['list'] = ['y'];
    lazy['added'] = 1;
    expect(lazy['list']).toEqual(['y']);
    expect(Object.keys(lazy)).toEqual([...Object.keys(value), 'added']);
    expect(JSON.parse(JSON.stringify(lazy))).toEqual({ ...value, list: ['y'], added: 1 });
  });

  it('knows a shape when it sees one', () => {
    expect(isObjectShape(objectShape(value, ['name']))).toBe(true);
    expect(isObjectShape({ keys: 'name', head: {} })).toBe(false);
    expect(isObjectShape(null)).toBe(false);
  });
});

describe('lazyObject, damaged', () => {
  it('throws on every read of a field outside the head, never loops, and keeps its head', () => {
    const lazy = lazyObject<typeof value>(objectShape(value, ['name']), '{"name": "a.b", "big": ');
    expect(lazy.name).toBe('a.b');
    expect(() => lazy.big).toThrow(DamagedCacheError);
    expect(() => lazy.list).toThrow(DamagedCacheError);
  });

  it('shares its accessors: two objects of one shape read their own texts', () => {
    const other = { ...value, big: { rows: [] }, list: ['z'] };
    const a = lazyObject<typeof value>(objectShape(value, ['name']), json);
    const b = lazyObject<typeof value>(objectShape(other, ['name']), JSON.stringify(other));
    expect(b.list).toEqual(['z']);
    expect(a.list).toEqual(['x']);
    expect(a.big.rows).toHaveLength(3);
    expect(b.big.rows).toHaveLength(0);
  });
});
