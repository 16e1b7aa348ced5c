import { describe, expect, it } from 'vitest';
import { fieldOf, irOf, methodOf } from '../test-support.js';
import { requestExampleMissingRequired } from './request-example-missing-required.js';

describe('request-example-missing-required', () => {
  it('reports required params the example leaves out, nested ones under a present parent', () => {
    const fields = fieldOf('fields', { required: true, type: { raw: 'object', kind: 'object' }, fields: [fieldOf('groupId', { required: true }), fieldOf('note')] });
    const method = methodOf({ name: 'x.add', params: [fieldOf('id', { required: true }), fields], examples: { request: { fields: { note: 'n' } } } });
    expect(requestExampleMissingRequired.check(method, irOf([method]), {}).map((f) => f.message)).toEqual([
      'required parameter "groupId" of "fields" is missing from the request example',
      'required parameter "id" is missing from the request example',
    ]);
  });
  it('accepts an alias or another letter case, and ignores conditional marks', () => {
    const conditional = { ...fieldOf('ownerId', { required: true }), requiredMark: 'conditional' as const };
    const method = methodOf({ name: 'x.add', params: [fieldOf('ID', { required: true, aliases: ['REPORT_ID'] }), fieldOf('TITLE', { required: true }), conditional], examples: { request: { REPORT_ID: 1, title: 't' } } });
    expect(requestExampleMissingRequired.check(method, irOf([method]), {})).toEqual([]);
  });
});
