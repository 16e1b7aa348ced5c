import { describe, expect, it } from 'vitest';
import { keyPatternRegex } from './key-pattern-regex.js';

describe('keyPatternRegex', () => {
  it('anchors both ends and turns ${string} into any text', () => {
    const re = new RegExp(keyPatternRegex('UF_CRM_${string}'));
    expect(keyPatternRegex('UF_CRM_${string}')).toBe('^UF_CRM_.*$');
    expect(re.test('UF_CRM_1712')).toBe(true);
    expect(re.test('XUF_CRM_1')).toBe(false);
  });

  it('turns ${number} into digits only', () => {
    const re = new RegExp(keyPatternRegex('property${number}'));
    expect(re.test('property258')).toBe(true);
    expect(re.test('propertyABC')).toBe(false);
    expect(re.test('property')).toBe(false);
  });

  it('escapes regular-expression syntax in the literal parts', () => {
    const re = new RegExp(keyPatternRegex('a.b(${string})'));
    expect(re.test('a.b(x)')).toBe(true);
    expect(re.test('aXb(x)')).toBe(false);
  });
});
