import { describe, expect, it } from 'vitest';
import type { Field } from '../../ir/types.js';
import { keyPatternOf, liftAssociativeArrays, liftIdMaps, liftKeyPatterns, saysKeyedByCode, saysKeyedById } from './key-patterns.js';

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
    expect(saysKeyedById('An object where the top-level key is `BOT_ID`, and the value contains the bot data')).toBe(true);
    expect(saysKeyedById('The key is `CODE`')).toBe(false);
    expect(saysKeyedById('Identifier of the user')).toBe(false);
  });
  it('turns such an object into a ${number} pattern holding the documented value keys', () => {
    const fields = [f('QUEUE_FULL', { type: { raw: 'object', kind: 'object', name: 'object' }, description: 'The key of the object is the user ID', fields: [f('USER_NAME')] }), f('OTHER', { fields: [f('X')] })];
    liftIdMaps(fields);
    expect(fields[0]?.fields).toBeUndefined();
    expect(fields[0]?.keyPatterns?.map((k) => [k.pattern, k.fields?.map((x) => x.name)])).toEqual([['${number}', ['USER_NAME']]]);
    expect(fields[1]?.fields?.map((x) => x.name)).toEqual(['X']);
  });
  it('keeps `| []` when the example refined the map to `object | []`', () => {
    const refined = { raw: 'object', kind: 'union' as const, members: [{ raw: 'object', kind: 'object' as const, name: 'object' }, { raw: '[]', kind: 'scalar' as const, name: 'empty-array' }] };
    const fields = [f('ATTACHMENTS', { type: refined, description: 'The key is the identifier of the attached file', fields: [f('NAME')] })];
    liftIdMaps(fields);
    expect(fields[0]?.keyPatterns?.[0]?.fields?.map((x) => x.name)).toEqual(['NAME']);
    expect(fields[0]?.type.members?.map((m) => m.name)).toEqual(['object', 'empty-array']);
  });
  it('reads a one-row table whose row says the key is an id as a map to that row type', () => {
    const str = { raw: 'string', kind: 'scalar' as const, name: 'string' };
    const row = f('attachmentId', { type: str, description: 'File on Drive as `n<fileId>`, where the key is the identifier of the attachment' });
    const fields = [f('attachments', { type: { raw: 'object', kind: 'object', name: 'object' }, description: 'Attachments', fields: [row] })];
    liftIdMaps(fields);
    expect(fields[0]?.fields).toBeUndefined();
    expect(fields[0]?.keyPatterns).toMatchObject([{ pattern: '${number}', type: str, source: 'attachmentId' }]);
    // A one-row table of an ordinary key stays a key.
    const plain = [f('data', { type: { raw: 'object', kind: 'object', name: 'object' }, description: 'Data', fields: [f('id', { type: str, description: 'Identifier of the file' })] })];
    liftIdMaps(plain);
    expect(plain[0]?.fields?.map((x) => x.name)).toEqual(['id']);
  });
});

describe('placeholder key families', () => {
  it('reads placeholders in angle brackets or braces, ids as numbers', () => {
    expect(keyPatternOf('<selector>')).toBe('${string}');
    expect(keyPatternOf('<AREA_ID>')).toBe('${number}');
    expect(keyPatternOf('<Site ID>')).toBe('${number}');
    expect(keyPatternOf('<ACCESS_CODE>')).toBe('${string}');
    expect(keyPatternOf('chat<chatId>')).toBe('chat${number}');
    expect(keyPatternOf('upload{id}')).toBe('upload${number}');
    expect(keyPatternOf('<node selector>@<position>')).toBe('${string}@${number}');
    // "uuid" ends in "id" but names no number.
    expect(keyPatternOf('<uuid>')).toBe('${string}');
    expect(keyPatternOf('a<b')).toBeUndefined();
  });
  it('reads a prefix and a camel-case id word as a numbered family', () => {
    expect(keyPatternOf('PROPERTY_PropertyId')).toBe('PROPERTY_${number}');
    expect(keyPatternOf('PROPERTY_VALUE')).toBeUndefined();
  });
  it('keeps the rows under a family row for its values', () => {
    const lifted = liftKeyPatterns([f('<card selector>', { fields: [f('values'), f('<node>')] })]);
    expect(lifted.fields).toEqual([]);
    expect(lifted.keyPatterns[0]?.fields?.map((x) => x.name)).toEqual(['values']);
  });
});

describe('maps keyed by codes', () => {
  const lang = 'An object in the format `{"lang_1": "value_1", ... "lang_N": "value_N"}`, where `lang_N` is the language id, and `value` is an object of type X.';
  it('reads numbered placeholder keys whose values are the described object', () => {
    expect(saysKeyedByCode(lang)).toBe(true);
    // The rows name the keys here, the values are plain.
    expect(saysKeyedByCode('An object in the format `{"field_1": "value_1", ... "field_N": "value_N"}` for settings')).toBe(false);
  });
  it('reads other wordings of code keys whose values the rows describe', () => {
    expect(saysKeyedByCode('Settings. The keys are the names of the settings, and the values are objects whose structure is below')).toBe(true);
    expect(saysKeyedByCode('Each key defines one section, the key is the section code.')).toBe(true);
    expect(saysKeyedByCode('Object with parameters. Contains objects, each describing a parameter')).toBe(true);
    expect(saysKeyedByCode('The key of the `fields` object must match the field code from the template.')).toBe(true);
    expect(saysKeyedByCode('Map of template pages in the format `{ "page_code": items }`')).toBe(true);
    expect(saysKeyedByCode('The keys are listed below')).toBe(false);
    expect(saysKeyedByCode('Contains the key `CODE`')).toBe(false);
  });
  it('turns such an object into a ${string} pattern holding the rows', () => {
    const fields = [f('LANG', { type: { raw: 'object', kind: 'object', name: 'object' }, description: lang, fields: [f('DECIMALS')] })];
    liftIdMaps(fields);
    expect(fields[0]?.keyPatterns?.map((k) => [k.pattern, k.fields?.map((x) => x.name)])).toEqual([['${string}', ['DECIMALS']]]);
  });
});

describe('associative arrays of a structure', () => {
  const tag = { raw: 'TagDto', kind: 'named', name: 'TagDto', typeId: 'header.md#tag' } as const;
  it('makes the field a map whose values are the structure, whether the cell says T or T[]', () => {
    const fields = [
      f('tags', { type: { raw: 'TagDto[]', kind: 'array', items: tag }, description: 'Associative array of objects describing tags' }),
      f('items', { type: tag, description: 'An associative array of objects describing menu items' }),
    ];
    liftAssociativeArrays(fields);
    for (const field of fields) {
      expect(field.type.kind).toBe('object');
      expect(field.keyPatterns).toEqual([{ pattern: '${string}', type: tag, description: '', source: field.name }]);
    }
  });

  it('leaves an associative array that is the structure itself, one with documented keys, and other types alone', () => {
    const layout = f('layout', { type: { ...tag, raw: 'LayoutDto', name: 'LayoutDto' }, description: 'Special structure associative array describing the appearance' });
    const withKeys = f('fields', { type: { raw: 'array', kind: 'object', name: 'object' }, description: 'Associative array of values for the activity fields', fields: [f('typeId')] });
    const scalar = f('codes', { type: { raw: 'string[]', kind: 'array', items: { raw: 'string', kind: 'scalar', name: 'string' } }, description: 'Associative array of codes' });
    liftAssociativeArrays([layout, withKeys, scalar]);
    expect([layout, withKeys, scalar].map((x) => x.keyPatterns)).toEqual([undefined, undefined, undefined]);
    expect(layout.type.kind).toBe('named');
  });
});
