import { describe, expect, it } from 'vitest';
import { parsePage } from '../../parse/index.js';
import { extractNamedTypes, typeNameOf } from './named-types.js';
import { makeCtx } from './test-support.js';

const T = '#|\n|| **Value**\n`type` | **Description** ||\n|| **ID**\n[`integer`](../data-types.md) | Id. ||\n|#\n';

describe('extractNamedTypes', () => {
  it('every anchored structure of a data-types page', () => {
    const file = 'api-reference/crm/data-types.md';
    const src = `# Types\n\n## Object Structure\n\n### crm_multifield {#crm_multifield}\n\nA multifield.\n\n${T}\n### type.relations\n\n${T}`;
    const types = extractNamedTypes(parsePage(src, file).tree, src, makeCtx(file));
    expect(types.map((t) => [t.id, t.name])).toEqual([
      ['api-reference/crm/data-types.md#crm_multifield', 'crm_multifield'],
      ['api-reference/crm/data-types.md#typerelations', 'type.relations'],
    ]);
    expect(types[0]?.description).toBe('A multifield.');
    expect(types[0]?.fields.map((f) => f.name)).toEqual(['ID']);
  });
  it('on method pages only in-page objects that type cells link to', () => {
    const file = 'api-reference/entity/entity-get.md';
    const src = `# X\n\n## Method Parameters\n\n#|\n|| **Name**\n\`type\` | **Description** ||\n|| **result**\n[\`entity[]\`](#entity) | r ||\n|#\n\n#### Type entity {#entity}\n\n${T}\n### Parameter fields {#fields}\n\n${T}`;
    const types = extractNamedTypes(parsePage(src, file).tree, src, makeCtx(file));
    expect(types.map((t) => t.id)).toEqual(['api-reference/entity/entity-get.md#entity']);
  });
});

describe('typeNameOf', () => {
  it('prefers the heading word that is the explicit anchor', () => {
    expect(typeNameOf('Description of a Single Field crm_rest_field_description', 'crm_rest_field_description')).toBe('crm_rest_field_description');
  });
  it('falls back to the heading candidates when the anchor is not in the heading', () => {
    expect(typeNameOf('Company_Contact_Binding', 'company_contact_binding')).toBe('Company_Contact_Binding');
    expect(typeNameOf('crm_multifield', 'crm_multifield')).toBe('crm_multifield');
  });
});
