import { describe, expect, it } from 'vitest';
import { isRecord, scalarText } from './values.js';

describe('isRecord', () => {
  it('accepts plain objects only', () => {
    expect(isRecord({ a: 1 })).toBe(true);
    expect(isRecord([])).toBe(false);
    expect(isRecord(null)).toBe(false);
    expect(isRecord('x')).toBe(false);
  });
});

describe('scalarText', () => {
  it('writes scalars and leaves out null, undefined, objects and arrays', () => {
    expect([1, 'a', true, 0].map(scalarText)).toEqual(['1', 'a', 'true', '0']);
    expect([null, undefined, {}, []].map(scalarText)).toEqual(['', '', '', '']);
  });

  it('never calls an object own toString (parsed JSON may carry one)', () => {
    const hostile = JSON.parse('{"toString":1,"valueOf":2}') as unknown;
    expect(() => String(hostile)).toThrow(TypeError);
    expect(scalarText(hostile)).toBe('');
  });
});
