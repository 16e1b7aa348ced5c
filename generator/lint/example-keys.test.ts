import { describe, expect, it } from 'vitest';
import { fieldOf } from './test-support.js';
import { compareExample } from './example-keys.js';

const object = { raw: 'object', kind: 'object' as const };

describe('compareExample', () => {
  it('reads filter keys behind their comparison prefix', () => {
    const params = [fieldOf('filter', { type: object, fields: [fieldOf('CATEGORY'), fieldOf('DATE_CREATE')] })];
    const result = compareExample({ filter: { '=CATEGORY': 'x', '>=DATE_CREATE': 'y', '!COLOR': 'z', '>=date_create': 'w' } }, params);
    expect(result.unknown).toEqual([{ parent: 'filter', key: '!COLOR' }]);
    expect(result.caseMismatch).toEqual([{ parent: 'filter', key: '>=date_create', documented: 'DATE_CREATE' }]);
  });
  it('skips maps keyed by the caller\'s own codes, but not a plain object with wrong keys', () => {
    const params = [fieldOf('PROPERTIES', { type: object, fields: [fieldOf('Name'), fieldOf('Type')] })];
    expect(compareExample({ PROPERTIES: { inputString: { Name: 'a', Type: 'string' } } }, params).unknown).toEqual([]);
    expect(compareExample({ PROPERTIES: { Colour: 'red' } }, params).unknown).toEqual([{ parent: 'PROPERTIES', key: 'Colour' }]);
  });
  it('compares nothing when the example is not an object', () => {
    expect(compareExample([1, 2], [fieldOf('id', { required: true })])).toEqual({ unknown: [], caseMismatch: [], missingRequired: [] });
  });
  it('takes keys of a documented family as known, and compares with table spellings only', () => {
    const pattern = { pattern: 'UF_CRM_${string}', type: object, description: '' };
    const params = [fieldOf('fields', { type: object, fields: [fieldOf('NAME')], keyPatterns: [pattern] }), fieldOf('title', { aliases: ['Title'], aliasSource: 'example' })];
    const result = compareExample({ fields: { NAME: 'a', UF_CRM_12: 'x', UF_X: 1 }, Title: 't', UF_CRM_1: 2 }, params);
    expect(result.unknown).toEqual([{ parent: 'fields', key: 'UF_X' }, { parent: '', key: 'UF_CRM_1' }]);
    expect(result.caseMismatch).toEqual([{ parent: '', key: 'Title', documented: 'title' }]);
    expect(compareExample({ UF_CRM_1: 2 }, [], [pattern]).unknown).toEqual([]);
  });
});
