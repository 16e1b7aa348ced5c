import { describe, expect, it } from 'vitest';
import { curlCalls, identifyMethod, methodOfUrl, nameFromH1, nameFromProse } from './method-identity.js';
import { fence, p, tabs } from './test-support/mdast-builders.js';

describe('nameFromH1', () => {
  it('takes the last token, without backticks and punctuation', () => {
    expect(nameFromH1('Create a New Deal crm.deal.add')).toEqual({ name: 'crm.deal.add', where: 'tail' });
    expect(nameFromH1('Get Bot List `imbot.v2.Bot.list`.')).toEqual({ name: 'imbot.v2.Bot.list', where: 'tail' });
  });
  it('finds a dotted token in the middle of the title', () => {
    expect(nameFromH1('Remove the ai.engine.unregister Service')).toEqual({ name: 'ai.engine.unregister', where: 'middle' });
  });
  it('does not take a version number for a name', () => {
    expect(nameFromH1('Get Task by ID v 3.0 tasks.task.get')).toEqual({ name: 'tasks.task.get', where: 'tail' });
    expect(nameFromH1('Get the List of Available Methods')).toBeUndefined();
  });
});

describe('methodOfUrl', () => {
  it('reads webhook, OAuth and REST 3.0 URLs', () => {
    expect(methodOfUrl('https://**put_your_bitrix24_address**/rest/**put_your_user_id_here**/**put_your_webhook_here**/crm.deal.add'))
      .toEqual({ name: 'crm.deal.add', apiVersion: 'v2' });
    expect(methodOfUrl('https://**put_your_bitrix24_address**/rest/api/tasks.task.get')).toEqual({ name: 'tasks.task.get', apiVersion: 'v3' });
    expect(methodOfUrl('https://x/rest/api/**u**/**w**/tasks.task.get')).toEqual({ name: 'tasks.task.get', apiVersion: 'v3' });
  });
  it('reads single-word names and ignores a trailing quote or query', () => {
    expect(methodOfUrl('https://x/rest/1/abc/methods')).toEqual({ name: 'methods', apiVersion: 'v2' });
    expect(methodOfUrl('"https://**put.your-domain-here**/rest/**user_id**/**webhook_code**/user.get"')).toEqual({ name: 'user.get', apiVersion: 'v2' });
    expect(methodOfUrl('https://x/rest/1/abc/crm.deal.get?id=1')).toEqual({ name: 'crm.deal.get', apiVersion: 'v2' });
  });
  it('drops the .json/.xml format suffix', () => {
    expect(methodOfUrl('https://x/rest/1/w/ai.engine.list.json')).toEqual({ name: 'ai.engine.list', apiVersion: 'v2' });
  });
  it('returns nothing for a bare /rest/ base', () => {
    expect(methodOfUrl('https://x/rest/')).toBeUndefined();
  });
});

describe('curlCalls', () => {
  it('puts the webhook tab first and ignores SDK tabs', () => {
    const calls = curlCalls([tabs(
      ['cURL (OAuth)', fence('bash', 'curl -d \'{}\' https://x/rest/a.oauth')],
      ['cURL (Webhook)', fence('bash', 'curl -d \'{}\' https://x/rest/1/w/a.hook')],
      ['JS', fence('js', 'fetch("https://x/rest/a.js")')],
    )]);
    expect(calls.map((c) => c.name)).toEqual(['a.hook', 'a.oauth']);
  });
  it('reads cURL tab fences that do not contain the word curl', () => {
    expect(curlCalls([tabs(['cURL (Webhook)', fence('bash', '-X POST -d \'{}\' https://x/rest/1/w/catalog.section.add')])])[0]?.name).toBe('catalog.section.add');
  });
});

describe('identifyMethod', () => {
  it('agrees when H1 and cURL agree', () => {
    expect(identifyMethod('Add Deal crm.deal.add', 'crm.deal.add', undefined)).toEqual({ name: 'crm.deal.add', from: 'h1' });
  });
  it('keeps the H1 spelling when the names differ only in case', () => {
    expect(identifyMethod('List catalog.roundingRule.list', 'catalog.roundingrule.list', undefined)).toEqual({ name: 'catalog.roundingRule.list', from: 'h1' });
  });
  it('prefers the cURL name over an H1 typo, with a mismatch note', () => {
    const id = identifyMethod('Search humanresourses.employee.search', 'humanresources.employee.search', undefined);
    expect(id.name).toBe('humanresources.employee.search');
    expect(id.mismatch).toMatch(/humanresourses/);
  });
  it('keeps the H1 name when the cURL example calls an unrelated method', () => {
    const id = identifyMethod('Add field crm.invoice.userfield.add', 'crm.paysystem.list', undefined);
    expect(id.name).toBe('crm.invoice.userfield.add');
    expect(id.mismatch).toBeDefined();
  });
  it('breaks a tie with the file name when the cURL name matches it', () => {
    const id = identifyMethod('Get Available Fields of sale.status.delete', 'sale.status.getfields', undefined, 'api-reference/sale/status/sale-status-get-fields.md');
    expect(id.name).toBe('sale.status.getfields');
    expect(id.mismatch).toBeDefined();
    const keep = identifyMethod('Get fields sale.shipmentitem.getfields', 'sale.shipmentitem.get', undefined, 'api-reference/sale/shipment-item/sale-shipment-item-get-fields.md');
    expect(keep.name).toBe('sale.shipmentitem.getfields');
  });
  it('avoids the im.recent trap: a mid-H1 prefix of the real name', () => {
    const id = identifyMethod('Pin a Chat at the Top of the im.recent List', 'im.recent.pin', undefined);
    expect(id).toEqual({ name: 'im.recent.pin', from: 'curl' });
  });
  it('uses the prose name for the trap when there is no cURL', () => {
    expect(identifyMethod('Pin a Chat at the Top of the im.recent List', undefined, 'im.recent.pin').name).toBe('im.recent.pin');
  });
  it('takes a single-word name from the cURL URL', () => {
    expect(identifyMethod('Get the List of Available Methods', 'methods', undefined)).toEqual({ name: 'methods', from: 'curl' });
  });
  it('gives up without any source', () => {
    expect(identifyMethod('Overview', undefined, undefined)).toEqual({});
  });
});

describe('nameFromProse', () => {
  it('reads "The method `x` …"', () => {
    expect(nameFromProse([p('The method `im.recent.pin` pins a chat.')])).toBe('im.recent.pin');
    expect(nameFromProse([p('Use `a.b` here.')])).toBeUndefined();
  });
});
