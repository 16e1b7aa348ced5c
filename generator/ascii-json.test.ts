import { describe, expect, it } from 'vitest';
import { asciiJson } from './ascii-json.js';

describe('asciiJson', () => {
  it('writes the same value in ASCII (accents, CJK, emoji, lone surrogates, line separators)', () => {
    const value = { text: 'é — 日本 😀 \ud800 "quoted" \\ \u2028', list: ['ü'], n: -0.5 };
    const json = JSON.stringify(value, null, 1);
    const ascii = asciiJson(json);
    expect([...ascii].every((c) => c.charCodeAt(0) < 0x80)).toBe(true);
    expect(JSON.parse(ascii)).toEqual(value);
    expect(asciiJson('{"a":1}')).toBe('{"a":1}');
  });
});
