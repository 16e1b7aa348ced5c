import { describe, expect, it } from 'vitest';
import type { Field, IrMethod, IrNamedType } from '../../ir/types.js';
import { docsLinksOf, linkedStructure, typeFiltersByLinkedStructure } from './filter-structure.js';

const integer = { raw: 'integer', kind: 'scalar', name: 'integer' } as const;
const text = { raw: 'string', kind: 'scalar', name: 'string' } as const;
const field = (name: string, type: Field['type'] = integer, extra: Partial<Field> = {}): Field => ({ name, required: false, type, description: `${name}.`, ...extra });

const product: IrNamedType = {
  id: 'api-reference/catalog/data-types.md#catalog_product',
  name: 'catalog_product',
  description: '',
  fields: [field('id', integer, { required: true, requiredMark: 'required' }), field('name', text), field('vatId')],
  keyPatterns: [{ pattern: 'property${number}', type: text, description: 'A property.' }],
  source: 'api-reference/catalog/data-types.md',
};
const order: IrNamedType = { id: 'api-reference/sale/data-types.md#sale_order', name: 'sale_order', description: '', fields: [field('id')], source: 'api-reference/sale/data-types.md' };
const languages: IrNamedType = { id: 'api-reference/data-types.md#lang', name: 'lang', description: '', fields: [], values: [{ value: 'en', description: '' }], source: 'api-reference/data-types.md' };
const types = new Map([product, order, languages].map((t) => [t.id, t] as const));

const PREFIXES = '\n\n- `>=` — greater than or equal to\n- `=` — equals (works with arrays as well)\n- `@` — IN, an array is passed';
const filterOf = (description: string, extra: Partial<Field> = {}): Field => field('filter', { raw: 'object', kind: 'object' }, { description, ...extra });
const listMethod = (filter: Field): IrMethod =>
  ({ name: 'catalog.product.list', key: 'catalog.product.list', params: [field('select', { raw: 'string[]', kind: 'array', items: text }), filter] }) as unknown as IrMethod;

describe('docsLinksOf', () => {
  it('turns links to the docs site into docs paths with their anchor and text', () => {
    const links = docsLinksOf('See [`catalog_product`](https://apidocs.bitrix24.com/api-reference/catalog/data-types.html#catalog_product) and [x](https://example.com/a.html) and [sale](https://apidocs.bitrix24.com/api-reference/sale/data-types.html).');
    expect(links).toEqual([
      { target: 'api-reference/catalog/data-types.md#catalog_product', text: 'catalog_product' },
      { target: 'api-reference/sale/data-types.md', text: 'sale' },
    ]);
  });
});

describe('linkedStructure', () => {
  it('finds a structure by anchor, or by link text on an anchorless link, never a value table', () => {
    expect(linkedStructure('fields of the [catalog_product](https://apidocs.bitrix24.com/api-reference/catalog/data-types.html#catalog_product) object', types)).toBe(product);
    expect(linkedStructure('fields of the [sale_order](https://apidocs.bitrix24.com/api-reference/sale/data-types.html) object', types)).toBe(order);
    expect(linkedStructure('language [lang](https://apidocs.bitrix24.com/api-reference/data-types.html#lang)', types)).toBeUndefined();
    expect(linkedStructure('see [crm.deal.fields](https://apidocs.bitrix24.com/api-reference/crm/deals/crm-deal-fields.html)', types)).toBeUndefined();
  });
});

describe('typeFiltersByLinkedStructure', () => {
  const description = `Keys are the fields of the [catalog_product](https://apidocs.bitrix24.com/api-reference/catalog/data-types.html#catalog_product) object.${PREFIXES}`;

  it('gives the filter the structure\'s keys, optional and taking one value or a list, its key families and its operators', () => {
    const input = listMethod(filterOf(description));
    const [out] = typeFiltersByLinkedStructure([input], types);
    const filter = out?.params[1] as Field;
    expect(filter.fields?.map((f) => [f.name, f.required, f.type.raw])).toEqual([
      ['id', false, 'integer | integer[]'],
      ['name', false, 'string | string[]'],
      ['vatId', false, 'integer | integer[]'],
    ]);
    expect(filter.keyPatterns).toEqual(product.keyPatterns);
    expect(filter.keyPrefixes?.map((p) => p.prefix)).toEqual(['>=', '=', '@']);
    expect(out?.params[0]).toBe(input.params[0]);
    // cached pages are shared between runs: the input stays as it was
    expect(input.params[1]?.fields).toBeUndefined();
  });

  it('leaves documented filters, non-object filters and unlinked filters alone', () => {
    const documented = listMethod(filterOf(description, { fields: [field('ID')] }));
    const asText = listMethod(field('filter', text, { description }));
    const unlinked = listMethod(filterOf('Any field of the product.'));
    const out = typeFiltersByLinkedStructure([documented, asText, unlinked], types);
    expect(out[0]).toBe(documented);
    expect(out[1]).toBe(asText);
    expect(out[2]).toBe(unlinked);
  });
});
