import { describe, expect, it } from 'vitest';
import { DATE_PLACEHOLDER, extractCurlPayload, rawSingleQuotedData, shellWords, SUBSTITUTION_PLACEHOLDER, withoutAuth } from './curl-payload.js';

const cmd = (data: string, url = 'https://**put_your_bitrix24_address**/rest/**put_your_user_id_here**/**put_your_webhook_here**/crm.deal.add') =>
  `curl -X POST \\\n-H "Content-Type: application/json" \\\n-H "Accept: application/json" \\\n-d ${data} \\\n${url}`;

describe('shellWords', () => {
  it('joins adjacent quoted segments and honours line continuations', () => {
    expect(shellWords(`a 'b c'"d e"f \\\n g`).map((w) => w.text)).toEqual(['a', 'b cd ef', 'g']);
  });
  it('keeps escapes inside double quotes', () => {
    expect(shellWords('"{\\"a\\": 1}"').map((w) => w.text)).toEqual(['{"a": 1}']);
  });
  it('replaces $(date …) splices with a date placeholder and others with a generic one', () => {
    expect(shellWords(`'{"d":"'"$(date --iso-8601=seconds)"'"}'`)[0]!.text).toBe(`{"d":"${DATE_PLACEHOLDER}"}`);
    expect(shellWords(`"$(uuidgen)"`)[0]!.text).toBe(SUBSTITUTION_PLACEHOLDER);
  });
});

describe('extractCurlPayload', () => {
  it('parses a plain single-quoted JSON body', () => {
    expect(extractCurlPayload(cmd(`'{"fields": {"groupId": 1, "createdBy": 1}}'`)))
      .toEqual({ kind: 'json', value: { fields: { groupId: 1, createdBy: 1 } }, via: 'shell' });
  });
  it('parses a multi-line body', () => {
    const r = extractCurlPayload(cmd(`'{\n  "id": 5,\n  "fields": {"TITLE": "x"}\n}'`));
    expect(r).toMatchObject({ kind: 'json', value: { id: 5, fields: { TITLE: 'x' } } });
  });
  it('splices $(date) substitutions into a valid body', () => {
    const r = extractCurlPayload(cmd(`'{"fields":{"BEGINDATE":"'"$(date --iso-8601=seconds)"'","TITLE":"t"}}'`));
    expect(r).toEqual({ kind: 'json', value: { fields: { BEGINDATE: DATE_PLACEHOLDER, TITLE: 't' } }, via: 'shell' });
  });
  it('falls back to the raw text when an apostrophe breaks the quoting', () => {
    const r = extractCurlPayload(cmd(`'{"fields":{"NAME":"Children's Toys","SORT":1}}'`));
    expect(r).toEqual({ kind: 'json', value: { fields: { NAME: "Children's Toys", SORT: 1 } }, via: 'raw' });
  });
  it('reads double-quoted bodies with escaped quotes', () => {
    expect(extractCurlPayload(cmd(`"{\\"id\\": 7}"`))).toMatchObject({ kind: 'json', value: { id: 7 } });
  });
  it('reports an invalid body with its line in the command', () => {
    const r = extractCurlPayload(cmd(`'{"attachId":**put_attach_id**}'`));
    expect(r.kind).toBe('invalid');
    if (r.kind !== 'invalid') return;
    expect(r.line).toBe(4);
    expect(r.text).toBe('{"attachId":**put_attach_id**}');
  });
  it('reports a body with a trailing comma as invalid, not a crash', () => {
    expect(extractCurlPayload(cmd(`'{"id": 1,}'`)).kind).toBe('invalid');
  });
  it('returns none without -d', () => {
    expect(extractCurlPayload('curl -X POST https://x/rest/1/w/im.user.status.get')).toEqual({ kind: 'none' });
  });
  it('reads --data-raw and -d attached forms', () => {
    expect(extractCurlPayload(`curl --data-raw '{"a":1}' https://x`)).toMatchObject({ kind: 'json', value: { a: 1 } });
    expect(extractCurlPayload(`curl -d'{"a":2}' https://x`)).toMatchObject({ kind: 'json', value: { a: 2 } });
  });
});

describe('rawSingleQuotedData', () => {
  it('takes the text up to the quote before the URL line', () => {
    expect(rawSingleQuotedData(`curl -d '{"a":"it's"}' \\\nhttps://x`)).toBe(`{"a":"it's"}`);
  });
});

describe('withoutAuth', () => {
  it('removes auth and keeps the rest in order', () => {
    expect(withoutAuth({ fields: 1, auth: '**put_access_token_here**', b: 2 })).toEqual({ fields: 1, b: 2 });
    // A key `__proto__` in the docs' JSON stays a key of the copy, and gives it no prototype.
    const copy = withoutAuth(JSON.parse('{"__proto__": {"polluted": true}, "auth": "x", "a": 1}')) as Record<string, unknown>;
    expect(JSON.stringify(copy)).toBe('{"__proto__":{"polluted":true},"a":1}');
    expect(copy['polluted']).toBeUndefined();
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(withoutAuth([1])).toEqual([1]);
  });
});
