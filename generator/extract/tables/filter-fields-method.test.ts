import { describe, expect, it } from 'vitest';
import type { Field, IrMethod } from '../../ir/types.js';
import { NUMERIC_STRING } from '../../ir/type-vocabulary.js';
import { typeFiltersByFieldsMethod } from './filter-fields-method.js';

function method(name: string, source: string, extra: Partial<IrMethod> = {}): IrMethod {
  return {
    name, apiVersion: 'v2', key: name, source, docsUrl: '', title: name, section: 'crm', scope: [], description: '', params: [], result: [],
    resultType: { raw: 'object', kind: 'object' }, errors: [], examples: {}, seeAlso: [], diagnostics: [], ...extra,
  };
}

const FIELDS_PAGE = 'api-reference/crm/deals/crm-deal-fields.md';
const descriptor = (type: string, isMultiple = false) => ({ type, isRequired: false, isReadOnly: false, isMultiple });
const fieldsMethod = (description = 'Returns the deal fields, including custom fields.') =>
  method('crm.deal.fields', FIELDS_PAGE, {
    description,
    examples: {
      response: {
        result: {
          ID: descriptor('integer'),
          STAGE_ID: descriptor('crm_status'),
          EMAIL: descriptor('crm_multifield', true),
          CONTACT_IDS: descriptor('crm_contact', true),
          UF_CRM_1707: descriptor('string'),
        },
      },
    },
  });
const filter = (description: string): Field => ({ name: 'filter', required: false, type: { raw: 'object', kind: 'object', name: 'object' }, description });
const LINKED = 'Keys are the fields that [crm.deal.fields](https://apidocs.bitrix24.com/api-reference/crm/deals/crm-deal-fields.html) returns. Prefixes:\n- `>=` — at least\n- `@` — IN';

describe('typeFiltersByFieldsMethod', () => {
  it('gives a filter that links a fields method the keys its response describes, typed by their descriptors', () => {
    const list = method('crm.deal.list', 'api-reference/crm/deals/crm-deal-list.md', { params: [filter(LINKED)], examples: { request: { filter: { ID: '20' } } } });
    const [, typed] = typeFiltersByFieldsMethod([fieldsMethod(), list]);
    const f = typed?.params[0];
    expect(f?.fields?.map((k) => [k.name, k.type.raw])).toEqual([
      ['ID', 'integer | integer[]'],
      ['STAGE_ID', 'crm_status | crm_status[]'],
      ['EMAIL', ''],
      ['CONTACT_IDS', 'crm_contact[]'],
    ]);
    // The example sends "20": the key takes numeric strings too, as documented params do.
    expect(f?.fields?.[0]?.type.members?.map((m) => m.name)).toContain(NUMERIC_STRING);
    expect(f?.keyPatterns?.map((k) => k.pattern)).toEqual(['UF_${string}']);
    expect(f?.keyPrefixes?.map((k) => k.prefix)).toEqual(['>=', '@']);
    expect(list.params[0]?.fields).toBeUndefined();
  });

  it('adds no custom-field family when the fields method does not speak of custom fields, and leaves other filters alone', () => {
    const list = method('crm.deal.list', 'api-reference/crm/deals/crm-deal-list.md', { params: [filter(LINKED)] });
    const unlinked = method('crm.x.list', 'api-reference/crm/x/crm-x-list.md', { params: [filter('Any keys.')] });
    const out = typeFiltersByFieldsMethod([fieldsMethod('Returns the deal fields.'), list, unlinked]);
    expect(out[1]?.params[0]?.keyPatterns).toBeUndefined();
    expect(out[2]).toBe(unlinked);
  });

  it('needs descriptors in the fields method response', () => {
    const plain = method('crm.deal.fields', FIELDS_PAGE, { examples: { response: { result: { ID: 1 } } } });
    const list = method('crm.deal.list', 'api-reference/crm/deals/crm-deal-list.md', { params: [filter(LINKED)] });
    expect(typeFiltersByFieldsMethod([plain, list])[1]).toBe(list);
  });
});
