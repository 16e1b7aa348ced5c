import { describe, expect, it } from 'vitest';
import { safeJsonParse } from './safe-json.js';

describe('safeJsonParse', () => {
  it('parses ordinary JSON', () => {
    expect(safeJsonParse('{"result":[1,{"a":null}]}')).toEqual({ ok: true, value: { result: [1, { a: null }] } });
  });

  it('drops __proto__, constructor and prototype keys, also when escaped', () => {
    const r = safeJsonParse('{"a":{"__proto__":{"x":1},"b":2},"constructor":{"prototype":{"x":1}},"\\u005f_proto__":{"x":1}}');
    expect(r.ok).toBe(true);
    const value = (r as { value: Record<string, unknown> }).value;
    expect(Object.keys(value)).toEqual(['a']);
    expect(Object.keys(value['a'] as object)).toEqual(['b']);
    const merged = Object.assign({}, value['a']);
    expect((merged as Record<string, unknown>)['x']).toBeUndefined();
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
  });

  it('refuses too large and too deep input without throwing', () => {
    expect(safeJsonParse('"' + 'x'.repeat(100) + '"', { maxLength: 50 })).toMatchObject({ ok: false, reason: 'too-large' });
    expect(safeJsonParse('['.repeat(100_000) + ']'.repeat(100_000))).toMatchObject({ ok: false, reason: 'too-deep' });
    // Brackets inside strings do not count as depth.
    expect(safeJsonParse(JSON.stringify({ s: '[[[[[[[[[[' }), { maxDepth: 2 })).toMatchObject({ ok: true });
  });

  it('reports invalid JSON', () => {
    expect(safeJsonParse('<html>')).toMatchObject({ ok: false, reason: 'invalid' });
    expect(safeJsonParse('{"a":1')).toMatchObject({ ok: false, reason: 'invalid' });
  });
});
