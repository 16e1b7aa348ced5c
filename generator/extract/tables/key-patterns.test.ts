import { describe, expect, it } from 'vitest';
import type { Field } from '../../ir/types.js';
import { keyPatternOf, liftKeyPatterns } from './key-patterns.js';

const f = (name: string, extra: Partial<Field> = {}): Field => ({ name, required: false, type: { raw: 'any', kind: 'scalar', name: 'any' }, description: '', ...extra });

describe('keyPatternOf', () => {
  it('reads the docs family rows', () => {
    expect(keyPatternOf('UF_CRM_...')).toBe('UF_CRM_${string}');
    expect(keyPatternOf('UF_...')).toBe('UF_${string}');
    expect(keyPatternOf('PARENT_ID_...')).toBe('PARENT_ID_${string}');
    expect(keyPatternOf('ufCrm...')).toBe('ufCrm${string}');
    expect(keyPatternOf('UF_')).toBe('UF_${string}');
    expect(keyPatternOf('propertyN', 'Value of the property, where `N` — property identifier')).toBe('property${number}');
    expect(keyPatternOf('fieldN', 'where `N` — identifier of the custom field')).toBe('field${number}');
  });
  it('leaves ordinary keys alone', () => {
    expect(keyPatternOf('UF_DEPARTMENT')).toBeUndefined();
    expect(keyPatternOf('gpsN', 'GPS latitude')).toBeUndefined();
    expect(keyPatternOf('propertyN')).toBeUndefined();
    expect(keyPatternOf('NAME')).toBeUndefined();
    expect(keyPatternOf('...')).toBeUndefined();
  });
});

describe('liftKeyPatterns', () => {
  it('moves family rows off the fields, nested ones onto their object; a family is never required', () => {
    const fields = [f('UF_', { required: true, description: 'custom' }), f('fields', { fields: [f('NAME'), f('UF_CRM_...', { description: 'd' })] })];
    const out = liftKeyPatterns(fields);
    expect(out.fields.map((x) => x.name)).toEqual(['fields']);
    expect(out.keyPatterns).toEqual([{ pattern: 'UF_${string}', type: fields[0]?.type, description: 'custom', source: 'UF_' }]);
    expect(out.fields[0]?.fields?.map((x) => x.name)).toEqual(['NAME']);
    expect(out.fields[0]?.keyPatterns?.map((k) => k.pattern)).toEqual(['UF_CRM_${string}']);
  });
});
