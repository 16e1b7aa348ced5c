import type { Position } from 'unist';
import { describe, expect, it } from 'vitest';
import { cloneData, cloneMapped } from './clone-nodes.js';

describe('cloneData', () => {
  it('copies deeply, keeping key order and undefined-valued keys', () => {
    const src = { type: 'x', a: [1, { b: 2 }], c: undefined, d: null, e: { f: 'g' } };
    const copy = cloneData(src);
    expect(copy).toEqual(src);
    expect(Object.keys(copy)).toEqual(Object.keys(src));
    expect(copy.a).not.toBe(src.a);
    expect(copy.e).not.toBe(src.e);
    expect('c' in copy).toBe(true);
  });
});

describe('cloneMapped', () => {
  it('maps every position and leaves the source untouched', () => {
    const pos = (l: number): Position => ({ start: { line: l, column: 1 }, end: { line: l, column: 2 } });
    const src = [{ type: 'paragraph', children: [{ type: 'text', value: 'a', position: pos(1) }], position: pos(1) }];
    const copy = cloneMapped(src, (p) => ({ start: { ...p.start, line: p.start.line + 10 }, end: { ...p.end, line: p.end.line + 10 } }));
    expect(copy[0]?.position?.start.line).toBe(11);
    expect((copy[0] as unknown as { children: Array<{ position: Position }> }).children[0]?.position.start.line).toBe(11);
    expect(src[0]?.position.start.line).toBe(1);
    expect(JSON.stringify(Object.keys(copy[0] as object))).toBe(JSON.stringify(['type', 'children', 'position']));
  });
});
