import { describe, expect, it } from 'vitest';
import { parseJsonSafe } from './safe-json.js';

describe('parseJsonSafe', () => {
  it('parses valid JSON', () => {
    expect(parseJsonSafe('{"a": [1, "x"]}')).toEqual({ ok: true, value: { a: [1, 'x'] } });
  });
  it('drops __proto__ keys at any depth', () => {
    const r = parseJsonSafe('{"__proto__": {"polluted": 1}, "b": {"__proto__": 2, "c": 3}}');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Object.keys(r.value as object)).toEqual(['b']);
    expect((r.value as { b: object }).b).toEqual({ c: 3 });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
  it('reports where a syntax error is, 1-based', () => {
    const r = parseJsonSafe('{\n  "a": 1,\n}');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.line).toBe(3);
    expect(r.column).toBeGreaterThanOrEqual(1);
  });
  it('does not throw on empty input', () => {
    expect(parseJsonSafe('').ok).toBe(false);
  });
});
