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

describe('structures told in parts, by reference, or by a whole page', () => {
  const T2 = '#|\n|| **Value**\n`type` | **Description** ||\n|| **code**\n[`string`](../data-types.md) | Code. ||\n|#\n';

  it('merges the field tables of prose sub-headings under an anchored heading without a table', () => {
    const file = 'api-reference/chat-bots/entities.md';
    const src = `# Objects\n\n## Bot {#bot}\n\nA bot.\n\n### Common Fields\n\n${T}\n### Fields for the owner\n\n${T2}\n### Example Bot\n\nText.\n\n## User {#user}\n\n${T2}`;
    const types = extractNamedTypes(parsePage(src, file).tree, src, makeCtx(file));
    expect(types.map((t) => [t.id, t.fields.map((f) => f.name).join(',')])).toEqual([
      ['api-reference/chat-bots/entities.md#bot', 'ID,code'],
      ['api-reference/chat-bots/entities.md#user', 'code'],
    ]);
  });

  it('reads a linked in-page heading whose table sits under a prose sub-heading', () => {
    const file = 'api-reference/crm/structure/footer.md';
    const src = `# Footer\n\n## Parameters of the \`FooterDto\` Object\n\n#|\n|| **Field** | **Description** ||\n|| **buttons**\n[\`FooterButtonDto\`](#footerbuttondto) | Buttons ||\n|#\n\n## FooterButtonDto\n\nA button.\n\n### Parameters of the \`FooterButtonDto\` Object\n\n${T2}\n### Example\n\nText.`;
    const types = extractNamedTypes(parsePage(src, file).tree, src, makeCtx(file));
    expect(types.map((t) => [t.id, t.fields.map((f) => f.name).join(',')])).toEqual([
      ['api-reference/crm/structure/footer.md#footerbuttondto', 'code'],
      ['api-reference/crm/structure/footer.md', 'buttons'],
    ]);
  });

  it('does not merge a dictionary\'s list of structures under a plain parent heading', () => {
    const file = 'api-reference/sale/data-types.md';
    const src = `# Types\n\n## Objects {#objects}\n\n### sale_order\n\n${T}\n### sale_payment\n\n${T2}`;
    const types = extractNamedTypes(parsePage(src, file).tree, src, makeCtx(file));
    expect(types.map((t) => t.id)).toEqual(['api-reference/sale/data-types.md#sale_order', 'api-reference/sale/data-types.md#sale_payment']);
  });

  it('gives a heading that only points at another structure of the page that structure\'s fields', () => {
    const file = 'api-reference/sale/data-types.md';
    const src = `# Types\n\n### sale_shipment_property\n\nSee [sale_order_property](#sale_order_property).\n\n### sale_order_property\n\n${T}`;
    const types = extractNamedTypes(parsePage(src, file).tree, src, makeCtx(file));
    expect(types.map((t) => [t.name, t.fields.map((f) => f.name).join(',')])).toEqual([
      ['sale_order_property', 'ID'],
      ['sale_shipment_property', 'ID'],
    ]);
  });

  it('reads a page that describes one structure as a whole under its first section', () => {
    const file = 'api-reference/crm/structure/layout.md';
    const src = `# Layout\n\nThe top object.\n\n## Parameters of the \`LayoutDto\` Object\n\n${T}\n## Example\n\nText.`;
    const types = extractNamedTypes(parsePage(src, file).tree, src, makeCtx(file));
    expect(types.map((t) => [t.id, t.name, t.fields.length])).toEqual([['api-reference/crm/structure/layout.md', 'LayoutDto', 1]]);
    const method = `# X\n\n## Method Parameters\n\n${T}`;
    expect(extractNamedTypes(parsePage(method, file).tree, method, makeCtx(file))).toEqual([]);
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

describe('types told in prose', () => {
  it('reads a section without a table that says "a string, or texts by language" as that type, linked or not', () => {
    const file = 'api-reference/crm/timeline/structure/field-types.md';
    const src = '# Field types\n\n## textWithTranslation\n\nText in several languages. You just need to pass a string.\n\nOr texts by language:\n\n```json\n{ "de": "Speichern", "en": "Save" }\n```\n\n## Scope\n\nWhere a block shows.\n';
    const types = extractNamedTypes(parsePage(src, file).tree, src, makeCtx(file));
    expect(types).toHaveLength(1);
    expect(types[0]).toMatchObject({
      id: `${file}#textwithtranslation`,
      name: 'textWithTranslation',
      fields: [],
      alias: { kind: 'union', members: [{ name: 'string' }, { name: 'lang_map' }] },
    });
    expect(types[0]?.description).toContain('pass a string');
  });
});
