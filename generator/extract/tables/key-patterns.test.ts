import { describe, expect, it } from 'vitest';
import type { Field } from '../../ir/types.js';
import { keyPatternOf, liftIdMaps, liftKeyPatterns, saysKeyedById } from './key-patterns.js';

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

describe('maps keyed by id', () => {
  it('reads the docs statements', () => {
    expect(saysKeyedById('Data of queue items. The key of the object is the user ID, the value is the queue')).toBe(true);
    expect(saysKeyedById('An object containing data about the stages, with stage IDs as keys.')).toBe(true);
    expect(saysKeyedById('Key — user identifier, value — object with data')).toBe(true);
    expect(saysKeyedById('where the key is the string identifier of the template')).toBe(false);
    expect(saysKeyedById('Contains the key `ID`')).toBe(false);
    expect(saysKeyedById('Identifier of the user')).toBe(false);
  });
  it('turns such an object into a ${number} pattern holding the documented value keys', () => {
    const fields = [f('QUEUE_FULL', { type: { raw: 'object', kind: 'object', name: 'object' }, description: 'The key of the object is the user ID', fields: [f('USER_NAME')] }), f('OTHER', { fields: [f('X')] })];
    liftIdMaps(fields);
    expect(fields[0]?.fields).toBeUndefined();
    expect(fields[0]?.keyPatterns?.map((k) => [k.pattern, k.fields?.map((x) => x.name)])).toEqual([['${number}', ['USER_NAME']]]);
    expect(fields[1]?.fields?.map((x) => x.name)).toEqual(['X']);
  });
});
