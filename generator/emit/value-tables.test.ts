import { describe, expect, it } from 'vitest';
import type { IrDocument, IrMethod, TypeRef } from '../ir/types.js';
import { planPackage } from './plan.js';
import { printType } from './type-model.js';

const ENUMS = 'api-reference/crm/data-types.md#activity-enums';
const LANGS = 'api-reference/crm/data-types.md#lang-ids';

function method(params: Array<{ name: string; type: TypeRef }>): IrMethod {
  return {
    name: 'crm.activity.add', apiVersion: 'v2', key: 'crm.activity.add', source: 'api-reference/crm/a.md', docsUrl: '', title: '', section: 'crm',
    scope: [], description: '', params: params.map((p) => ({ ...p, required: false, description: '' })), result: [],
    resultType: { raw: 'integer', kind: 'scalar', name: 'integer' }, errors: [], examples: {}, seeAlso: [], diagnostics: [],
  };
}

function ir(params: Array<{ name: string; type: TypeRef }>): IrDocument {
  return {
    irVersion: 1,
    methods: [method(params)],
    types: [
      {
        id: ENUMS, name: 'Activity', description: '', fields: [], source: 'api-reference/crm/data-types.md',
        enums: [
          { name: 'crm_enum_activitytype', description: '', values: [{ value: 1, description: 'meeting' }, { value: 2, description: 'call' }] },
          { name: 'crm_enum_ownertype', description: '', values: [] },
        ],
      },
      { id: LANGS, name: 'Language', description: '', fields: [], source: 'api-reference/crm/data-types.md', values: [{ value: 'de', description: 'German' }, { value: 'en', description: 'English' }] },
    ],
    systemErrors: [], pages: [], diagnostics: [],
  };
}

describe('value tables in emit', () => {
  const plan = planPackage(
    ir([
      { name: 'TYPE_ID', type: { raw: 'crm_enum_activitytype', kind: 'ref', name: 'crm_enum_activitytype', typeId: ENUMS } },
      { name: 'OWNER_TYPE_ID', type: { raw: 'crm_enum_ownertype', kind: 'ref', name: 'crm_enum_ownertype', typeId: ENUMS } },
      { name: 'LABEL', type: { raw: 'lang_map', kind: 'ref', name: 'lang_map', typeId: LANGS } },
      { name: 'OTHER_LABEL', type: { raw: 'lang_map', kind: 'ref', name: 'lang_map' } },
    ]),
  );
  const alias = (name: string): string => {
    const decl = plan.resolve(name);
    return decl?.kind === 'alias' ? printType(decl.type) : `(${decl?.kind ?? 'missing'})`;
  };

  it('gives an enumeration of a multi-enum table its own values and leaves one without values to the vocabulary', () => {
    expect(alias('CrmEnumActivitytypeId')).toBe('1 | 2');
    expect(alias('CrmEnumOwnertypeId')).toBe('number');
  });

  it('keys a map token by the codes of its value table, for unlinked uses too', () => {
    expect(alias('LangMapId')).toBe('LangMap');
    const map = plan.resolve('LangMap');
    expect(map?.kind === 'interface' ? map.members.map((m) => `${m.name}${m.optional ? '?' : ''}: ${printType(m.type)}`) : []).toEqual(['de?: string', 'en?: string']);
  });

  it('declares the value table itself as a union, so a structure reference to it never dangles', () => {
    expect(alias('Language')).toBe("'de' | 'en'");
    expect(alias('Activity')).toBe('1 | 2');
  });
});
