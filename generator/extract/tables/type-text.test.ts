import { describe, expect, it } from 'vitest';
import { parseTypeText, unknownTokens } from './type-text.js';

const DT = 'api-reference/data-types.md';

describe('parseTypeText', () => {
  it('scalars, case-insensitive', () => {
    expect(parseTypeText('integer', DT)).toMatchObject({ kind: 'scalar', name: 'integer', raw: 'integer', link: DT });
    expect(parseTypeText('Datetime')).toMatchObject({ kind: 'scalar', name: 'datetime' });
  });
  it('a short code list written as the type (`Y/N`) is an enum of those codes', () => {
    expect(parseTypeText('Y/N')).toEqual({ raw: 'Y/N', kind: 'enum', values: ['Y', 'N'] });
    expect(parseTypeText('a/b').kind).toBe('unknown');
  });
  it('object and arrays', () => {
    expect(parseTypeText('object')).toMatchObject({ kind: 'object' });
    expect(parseTypeText('crm_contact[]', 'api-reference/crm/data-types.md')).toMatchObject({
      kind: 'array',
      raw: 'crm_contact[]',
      items: { kind: 'ref', name: 'crm_contact' },
    });
  });
  it('unions inside one span and with null', () => {
    const t = parseTypeText('string|null');
    expect(t.kind).toBe('union');
    expect(t.members?.map((m) => m.name)).toEqual(['string', 'null']);
    expect(parseTypeText('string\\|null').members?.map((m) => m.name)).toEqual(['string', 'null']);
    expect(parseTypeText('integer | integer[]').members?.map((m) => m.kind)).toEqual(['scalar', 'array']);
  });
  it('entity.field references keep the field case', () => {
    expect(parseTypeText('catalog_product.id')).toMatchObject({ kind: 'ref', name: 'catalog_product', refField: 'id' });
    expect(parseTypeText('sale_paysystem.ID')).toMatchObject({ kind: 'ref', name: 'sale_paysystem', refField: 'ID' });
    expect(parseTypeText('crm_currency.CURRENCY')).toMatchObject({ kind: 'ref', refField: 'CURRENCY' });
  });
  it('anchored links to structures are named types', () => {
    expect(parseTypeText('catalog_store', 'api-reference/catalog/data-types.md#catalog_store')).toMatchObject({
      kind: 'named',
      typeId: 'api-reference/catalog/data-types.md#catalog_store',
    });
    expect(parseTypeText('section', 'api-reference/x/p.md#section')).toMatchObject({ kind: 'named', typeId: 'api-reference/x/p.md#section' });
    expect(parseTypeText('File', 'api-reference/entities.md#file')).toMatchObject({ kind: 'named', typeId: 'api-reference/entities.md#file' });
    expect(parseTypeText('type.relations', 'api-reference/crm/data-types.md#typerelations')).toMatchObject({ kind: 'named' });
  });
  it('well-known structures without an anchor', () => {
    expect(parseTypeText('time', DT)).toMatchObject({ kind: 'named', typeId: 'api-reference/data-types.md#time' });
    expect(parseTypeText('crm_multifield[]')).toMatchObject({ items: { kind: 'named', typeId: 'api-reference/crm/data-types.md#crm_multifield' } });
  });
  it('section dictionaries: id-like tokens are refs, others their structure', () => {
    expect(parseTypeText('crm_status', 'api-reference/crm/data-types.md')).toMatchObject({ kind: 'ref', name: 'crm_status' });
    expect(parseTypeText('user', DT)).toMatchObject({ kind: 'ref', name: 'user' });
    expect(parseTypeText('sale_basket_item', 'api-reference/sale/data-types.md')).toMatchObject({
      kind: 'named',
      typeId: 'api-reference/sale/data-types.md#sale_basket_item',
    });
    // A known reference with an anchor keeps kind ref but remembers the structure.
    expect(parseTypeText('crm_currency', 'api-reference/crm/data-types.md#crm_currency')).toMatchObject({
      kind: 'ref',
      typeId: 'api-reference/crm/data-types.md#crm_currency',
    });
  });
  it('unknown tokens are kind unknown, never a throw', () => {
    const t = parseTypeText('Bot');
    expect(t.kind).toBe('unknown');
    expect(unknownTokens(parseTypeText('string | Bot'))).toEqual(['Bot']);
    expect(parseTypeText('')).toEqual({ raw: '', kind: 'unknown' });
    expect(parseTypeText('see below for details').kind).toBe('unknown');
  });
});

describe('parseTypeText, tokens named like what every object inherits', () => {
  it('reads them as unknown words, not as entries of the vocabulary', () => {
    for (const token of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf']) {
      const t = parseTypeText(token);
      expect(t.typeId).toBeUndefined();
      expect(t.kind).not.toBe('scalar');
      expect(JSON.parse(JSON.stringify(t))).toEqual(t);
    }
  });
});
