import { describe, expect, it } from 'vitest';
import { irMethod } from '../emit/test-support/ir-builders.js';
import { knownMethodRefTypes, methodRefTypes, methodRefTypesText } from './method-ref-types.js';
import type { TypeRef } from './types.js';

const ref = (name: string): TypeRef => ({ raw: name, kind: 'ref', name });

describe('methodRefTypes', () => {
  it('lists the references of params, then result fields, then the result type, depth first', () => {
    const method = irMethod('a.b', {
      params: [
        { name: 'p', type: { raw: '', kind: 'union', members: [ref('user'), { raw: '', kind: 'array', items: ref('crm_deal') }] }, required: false, description: '', fields: [{ name: 'q', type: ref('crm_lead'), required: false, description: '' }] },
      ],
      result: [{ name: 'r', type: ref('crm_status'), required: false, description: '' }],
      resultType: { raw: '', kind: 'array', items: ref('group') },
    });
    expect(methodRefTypes(method).map((t) => t.name)).toEqual(['user', 'crm_deal', 'crm_lead', 'crm_status', 'group']);
  });

  it('hands back what it was told for a method read back from the cache, its text unparsed until the list is asked for', () => {
    const method = irMethod('a.b', { params: [{ name: 'p', type: ref('user'), required: false, description: '' }] });
    const text = JSON.stringify([ref('told')]);
    let parsed = 0;
    knownMethodRefTypes(method, {
      text,
      parse: () => {
        parsed++;
        return JSON.parse(text) as TypeRef[];
      },
    });
    expect(methodRefTypesText(method)).toBe(text);
    expect(parsed).toBe(0);
    expect(methodRefTypes(method).map((t) => t.name)).toEqual(['told']);
    expect(methodRefTypes(method).map((t) => t.name)).toEqual(['told']);
    expect(parsed).toBe(1);
  });

  it('writes a walked list as its JSON', () => {
    const method = irMethod('a.b', { resultType: ref('group') });
    expect(methodRefTypesText(method)).toBe(JSON.stringify([ref('group')]));
  });
});
