import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../ir/types.js';
import { extractExamples, queryParams } from './examples.js';
import { splitPage } from './page-sections.js';
import { fence, h, p, root, tabs } from './test-support/mdast-builders.js';

const file = 'api-reference/a/b.md';
const hook = (body: string) => `curl -X POST \\\n-d '${body}' \\\nhttps://**put_your_bitrix24_address**/rest/**put_your_user_id_here**/**put_your_webhook_here**/a.b`;
const oauth = (body: string) => `curl -X POST \\\n-d '${body}' \\\nhttps://**put_your_bitrix24_address**/rest/a.b`;

function run(...nodes: Parameters<typeof root>) {
  const diagnostics: Diagnostic[] = [];
  return { examples: extractExamples(splitPage(root(h(1, 'T a.b'), ...nodes)), file, diagnostics), diagnostics };
}

describe('queryParams', () => {
  it('reads the query of a GET example URL and ignores __proto__', () => {
    expect(queryParams('curl "https://x/rest/1/w/crm.deal.get?id=5&select%5B%5D=TITLE&__proto__=1"')).toEqual({ id: '5', 'select[]': 'TITLE' });
    expect(queryParams('curl https://x/rest/1/w/crm.settings.mode.get')).toEqual({});
  });
});

describe('extractExamples', () => {
  const other = (body: string, method: string) => hook(body).replace(/a\.b$/, method);
  const withName = (...nodes: Parameters<typeof root>) => {
    const diagnostics: Diagnostic[] = [];
    return { examples: extractExamples(splitPage(root(h(1, 'T a.b'), ...nodes)), file, diagnostics, 'a.b'), diagnostics };
  };

  it('does not take an example that calls another method', () => {
    const { examples, diagnostics } = withName(
      h(2, 'Code Examples'),
      tabs(['cURL (Webhook)', fence('bash', hook('{"id": 1}'))]),
      p('Then update it.'),
      tabs(['cURL (Webhook)', fence('bash', other('{"id": 1, "fields": {}}', 'a.update'))]),
      h(2, 'Response Handling'), fence('json', '{"result": 1}'),
    );
    expect(examples.request).toEqual({ id: 1 });
    expect(examples.moreRequests).toBeUndefined();
    expect(examples.response).toEqual({ result: 1 });
    expect(diagnostics.map((d) => [d.code, d.message])).toEqual([['example-calls-other-method', 'the cURL example calls a.update, not a.b: not used as its example']]);
  });

  it('takes neither request nor response when every cURL example calls another method', () => {
    const { examples, diagnostics } = withName(
      h(2, 'Code Examples'),
      tabs(['cURL (Webhook)', fence('bash', other('{"order": {}}', 'x.list'))], ['cURL (OAuth)', fence('bash', oauth('{"order": {}, "auth": "t"}').replace(/a\.b$/, 'x.list'))]),
      h(2, 'Response Handling'), fence('json', '{"result": []}'),
    );
    expect(examples.request).toBeUndefined();
    expect(examples.response).toBeUndefined();
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([['example-calls-other-method', expect.any(Number)]]);
    expect(diagnostics[0]!.message).toContain('nor is the response shown');
  });

  it('matches the called method without regard to case, as the portal does', () => {
    const { examples, diagnostics } = withName(h(2, 'Code Examples'), tabs(['cURL (Webhook)', fence('bash', other('{"id": 2}', 'A.B'))]));
    expect(examples.request).toEqual({ id: 2 });
    expect(diagnostics).toEqual([]);
  });

  it('gives a parameterless webhook call an empty body', () => {
    const { examples } = run(h(2, 'Code Examples'), tabs(['cURL (Webhook)', fence('bash', 'curl -X POST \\\nhttps://x/rest/1/w/a.b')]));
    expect(examples.request).toEqual({});
  });

  it('says when the response stood `...` for what it left out', () => {
    const cut = run(h(2, 'Response Handling'), fence('json', '{"result": [{"ID": "1", "NAME": "a"}, {"ID": "2", ...}]}'));
    expect(cut.examples.responseElided).toBe(true);
    expect(cut.diagnostics.map((d) => d.code)).toEqual(['invalid-example-json']);
    // A trailing comma is repaired too, but nothing was left out.
    const comma = run(h(2, 'Response Handling'), fence('json', '{"result": [{"ID": "1"}, {"ID": "2"},]}'));
    expect(comma.examples.response).toEqual({ result: [{ ID: '1' }, { ID: '2' }] });
    expect(comma.examples.responseElided).toBeUndefined();
  });

  it('reads jsonc response fences', () => {
    const { examples, diagnostics } = run(h(2, 'Response Handling'), fence('jsonc', '{"result": 1 // one\n}'));
    expect(examples.response).toEqual({ result: 1 });
    expect(diagnostics).toEqual([]);
  });

  it('takes the webhook body, the 200 response and the error body', () => {
    const { examples, diagnostics } = run(
      h(2, 'Code Examples'),
      tabs(['cURL (Webhook)', fence('bash', hook('{"id": 1}'))], ['cURL (OAuth)', fence('bash', oauth('{"id": 2, "auth": "x"}'))]),
      h(2, 'Response Handling'), p('HTTP status: **200**'), fence('json', '{"result": true, "time": {}}'), fence('json', '{"result": false}'),
      h(2, 'Error Handling'), fence('json', '{"error": "ERR", "error_description": "d"}'),
    );
    expect(examples.request).toEqual({ id: 1 });
    expect(examples.response).toEqual({ result: true, time: {} });
    expect(examples.error).toEqual({ error: 'ERR', error_description: 'd' });
    expect(diagnostics).toEqual([]);
  });

  it('keeps the later webhook examples that send something else, in page order', () => {
    const { examples, diagnostics } = run(
      h(2, 'Code Examples'),
      p('By poll id.'),
      tabs(['cURL (Webhook)', fence('bash', hook('{"attachId": 1}'))], ['cURL (OAuth)', fence('bash', oauth('{"attachId": 1, "auth": "x"}'))]),
      p('By poll element.'),
      tabs(['cURL (Webhook)', fence('bash', hook('{"moduleId": "im", "entityId": 5, "auth": "x"}'))]),
      p('The first again.'),
      tabs(['cURL (Webhook)', fence('bash', hook('{"attachId": 1}'))]),
      p('Broken.'),
      tabs(['cURL (Webhook)', fence('bash', hook('{"signedAttachId": "s",}'))]),
    );
    expect(examples.request).toEqual({ attachId: 1 });
    expect(examples.moreRequests?.map((m) => [m.value, m.repaired === true])).toEqual([
      [{ moduleId: 'im', entityId: 5 }, false],
      [{ signedAttachId: 's' }, true],
    ]);
    expect(diagnostics.map((d) => d.code)).toEqual(['invalid-example-json']);
  });

  it('falls back to the OAuth tab and strips auth', () => {
    const { examples } = run(h(2, 'Code Examples'), tabs(['cURL (OAuth)', fence('bash', oauth('{"id": 2, "auth": "**put_access_token_here**"}'))], ['JS', fence('js', 'x')]));
    expect(examples.request).toEqual({ id: 2 });
  });

  it('reports invalid JSON at its place in the file and does not crash', () => {
    const bad = fence('json', '{\n  "result": {"a": 1}\n  "time": 2\n}');
    bad.position = { start: { line: 30, column: 1 }, end: { line: 35, column: 4 } };
    const { examples, diagnostics } = run(h(2, 'Response Handling'), bad);
    expect(examples.response).toBeUndefined();
    expect(diagnostics).toMatchObject([{ code: 'invalid-example-json', file, line: 33 }]);
    expect(diagnostics[0]!.message).not.toMatch(/\n/);
  });

  it('uses a repaired copy of a response with comments and ellipses, still reporting it', () => {
    const { examples, diagnostics } = run(h(2, 'Response Handling'), fence('json', '{"result": [{"id": 1}, ...], // more\n "total": 2}'));
    expect(examples.response).toEqual({ result: [{ id: 1 }], total: 2 });
    expect(diagnostics[0]?.message).toMatch(/repaired/);
  });

  it('quotes bare placeholders in a request body after reporting them', () => {
    const { examples, diagnostics } = run(h(2, 'Code Examples'), tabs(['cURL (Webhook)', fence('bash', hook('{"attachId":**put_attach_id**}'))]));
    expect(examples.request).toEqual({ attachId: '**put_attach_id**' });
    expect(diagnostics.map((d) => d.code)).toEqual(['invalid-example-json']);
  });
});
