import { describe, expect, it } from 'vitest';
import type { RootContent } from 'mdast';
import type { Field } from '../ir/types.js';
import { parsePage } from '../parse/index.js';
import { extractMethod } from './extract-method.js';
import type { TableExtractors } from './extract-method.js';
import { a, fence, h, include, list, note, p, quote, root, table, tabs } from './test-support/mdast-builders.js';

/** Fake table stage: records what it was given, returns one field per table. */
function fakeTables(): TableExtractors & { paramNodes: RootContent[][]; responseExamples: unknown[] } {
  const seen = { paramNodes: [] as RootContent[][], responseExamples: [] as unknown[] };
  const field = (name: string): Field => ({ name, required: false, type: { raw: 'integer', kind: 'scalar', name: 'integer' }, description: '' });
  return {
    ...seen,
    extractParamSection(nodes) {
      seen.paramNodes.push(nodes);
      return nodes.filter((n) => n.type === 'yfmTable').map((_, i) => field(`p${i}`));
    },
    extractResultSection(_nodes, example) {
      seen.responseExamples.push(example);
      return { result: [field('id')], resultType: { raw: 'object', kind: 'object' }, responseExtras: [] };
    },
  };
}

const source = 'api-reference/sonet-group/scrum/backlog/tasks-api-scrum-backlog-add.md';
const hook = "curl -X POST \\\n-d '{\"fields\": {\"groupId\": 1}}' \\\nhttps://**put_your_bitrix24_address**/rest/**put_your_user_id_here**/**put_your_webhook_here**/tasks.api.scrum.backlog.add";

function page(...extra: RootContent[]) {
  return root(
    h(1, 'Add backlog in Scrum tasks.api.scrum.backlog.add'),
    note('tip', '', p('MCP note')),
    quote(p('Scope: ', a('../../../scopes/permissions.md', '`task`')), p('Who can execute the method: any user')),
    p('The method adds a backlog.'),
    h(2, 'Method Parameters'),
    include('_includes/required.md', p('Required parameters are marked with *')),
    table(['**Name**\n`type`', '**Description**'], ['**fields***\n`object`', 'Fields']),
    h(2, 'Code Examples'),
    tabs(['cURL (Webhook)', fence('http', hook)]),
    h(2, 'Response Handling'),
    fence('json', '{"result": {"id": 1}, "time": {}}'),
    h(2, 'Error Handling'),
    fence('json', '{"error": 0, "error_description": "Access denied"}'),
    include('_includes/error-info.md', table(['**Name**\n`type`', '**Description**'], ['**error**\n`string`', 'code'])),
    h(3, 'Possible Error Codes'),
    table(['**Code**', '**Error Message**', '**Description**'], ['`0`', 'Backlog already added', 'An active backlog exists']),
    include('_includes/system-errors.md', table(['**Status**', '**Code**', '**Description**'], ['`500`', '`X`', 'y'])),
    h(2, 'Continue Learning'),
    list([a('./tasks-api-scrum-backlog-get.md', '{#T}')]),
    ...extra,
  );
}

describe('extractMethod', () => {
  it('assembles a canonical page', () => {
    const tables = fakeTables();
    const m = extractMethod({ source, text: '', tree: page() }, tables);
    expect(m).toMatchObject({
      name: 'tasks.api.scrum.backlog.add',
      apiVersion: 'v2',
      key: 'tasks.api.scrum.backlog.add',
      docsUrl: 'https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/backlog/tasks-api-scrum-backlog-add.html',
      title: 'Add backlog in Scrum tasks.api.scrum.backlog.add',
      section: 'sonet-group',
      scope: ['task'],
      access: 'any user',
      description: 'The method adds a backlog.',
      params: [{ name: 'p0' }],
      result: [{ name: 'id' }],
      errors: [{ code: '0', message: 'Backlog already added', description: 'An active backlog exists' }],
      examples: { request: { fields: { groupId: 1 } }, response: { result: { id: 1 }, time: {} }, error: { error: 0, error_description: 'Access denied' } },
      seeAlso: [{ href: 'api-reference/sonet-group/scrum/backlog/tasks-api-scrum-backlog-get.md' }],
      diagnostics: [],
    });
    expect(m.deprecated).toBeUndefined();
    expect(tables.responseExamples).toEqual([{ result: { id: 1 }, time: {} }]);
  });

  it('keeps boilerplate tables out of params and errors', () => {
    const tables = fakeTables();
    const m = extractMethod({ source, text: '', tree: page() }, tables);
    expect(tables.paramNodes[0]!.filter((n) => n.type === 'yfmTable')).toHaveLength(1);
    expect(m.errors.map((e) => e.code)).toEqual(['0']);
  });

  it('marks REST 3.0 pages by the /rest/api/ URL', () => {
    const tree = root(
      h(1, 'Get Task v 3.0 tasks.task.get'),
      quote(p('Who can execute the method: any user')),
      h(2, 'Code Examples'),
      tabs(['cURL (Webhook)', fence('bash', "curl -d '{\"id\":1}' https://x/rest/api/**u**/**w**/tasks.task.get")]),
    );
    expect(extractMethod({ source: 'api-reference/tasks/tasks-task-get-rest-v3.md', text: '', tree }, fakeTables()).apiVersion).toBe('v3');
  });

  it('marks REST 3.0 pages by the error-info-v3 include', () => {
    const tree = root(h(1, 'Get a.b'), h(2, 'Error Handling'), include('_includes/error-info-v3.md', p('x')));
    expect(extractMethod({ source: 'api-reference/a/b.md', text: '', tree }, fakeTables()).apiVersion).toBe('v3');
  });

  it('reports a name mismatch and a deprecation with its replacement', () => {
    const tree = root(
      h(1, 'Search humanresourses.employee.search'),
      note('warning', 'DEPRECATED', p('Use ', a('./other.md', '`humanresources.node.search`'))),
      h(2, 'Code Examples'),
      tabs(['cURL (Webhook)', fence('bash', "curl -d '{}' https://x/rest/1/w/humanresources.employee.search")]),
    );
    const m = extractMethod({ source: 'api-reference/departments/employee/x.md', text: '', tree }, fakeTables());
    expect(m.name).toBe('humanresources.employee.search');
    expect(m.diagnostics.map((d) => d.code)).toEqual(['method-name-mismatch']);
    expect(m.deprecated).toMatchObject({ reason: 'note', replacement: 'humanresources.node.search', replacementSource: 'api-reference/departments/employee/other.md' });
  });

  it('turns a failing table stage into a diagnostic', () => {
    const tables = fakeTables();
    tables.extractParamSection = () => {
      throw new Error('boom');
    };
    const m = extractMethod({ source, text: '', tree: page() }, tables);
    expect(m.params).toEqual([]);
    expect(m.diagnostics.map((d) => d.code)).toContain('params-failed');
  });

  it('reads an old-format page whose parameter table follows the intro', () => {
    const tables = fakeTables();
    const tree = root(h(1, 'Delete crm.measure.delete'), p('Deletes.'), table(['**Name**', '**Description**'], ['**id**', 'Id']), h(2, 'Example'), fence('js', 'x'));
    extractMethod({ source: 'api-reference/crm/outdated/measure/crm-measure-delete.md', text: '', tree }, tables);
    expect(tables.paramNodes[0]!.map((n) => n.type)).toEqual(['yfmTable']);
  });
});

describe('extractMethod: params read from the section prose and every example', () => {
  const md = [
    '# Do a thing x.thing.do',
    '',
    '## Method Parameters',
    '',
    '#|',
    '|| **Name**',
    '`type` | **Description** ||',
    '|| **uuid***',
    '`string` | Company UUID ||',
    '|| **crmId***',
    '`integer` | Company id ||',
    '|| **select**',
    '`object` | List of fields to return ||',
    '|#',
    '',
    'Pass either the `uuid` or `crmId` parameter.',
    '',
    '## Code Examples',
    '',
    '{% list tabs %}',
    '',
    '- cURL (Webhook)',
    '',
    '    ```bash',
    "    curl -X POST -d '{\"uuid\":\"a\"}' https://x/rest/1/t/x.thing.do",
    '    ```',
    '',
    '{% endlist %}',
    '',
    '{% list tabs %}',
    '',
    '- cURL (Webhook)',
    '',
    '    ```bash',
    "    curl -X POST -d '{\"CRMID\":5,\"select\":[\"ID\"]}' https://x/rest/1/t/x.thing.do",
    '    ```',
    '',
    '{% endlist %}',
    '',
  ].join('\n');
  const source = 'api-reference/x/x-thing-do.md';
  const method = extractMethod({ source, text: md, tree: parsePage(md, source).tree });

  it('takes a one-of group a paragraph beside the table states', () => {
    expect(method.requiredOneOf).toEqual([['uuid', 'crmId']]);
    expect(method.params.map((f) => f.required)).toEqual([false, false, false]);
  });
  it('refines params from the further examples too', () => {
    expect(method.examples.moreRequests?.length).toBe(1);
    expect(method.params[1]?.aliases).toEqual(['CRMID']);
    expect(method.params[2]?.type).toMatchObject({ kind: 'array', items: { name: 'string' } });
  });
});

describe('methods that read their params by position', () => {
  const file = 'api-reference/tasks/deprecated/task-item/task-item-update.md';
  const curl = (body: string): string =>
    `curl -X POST \\\n-d '${body}' \\\nhttps://**put_your_bitrix24_address**/rest/**put_your_user_id_here**/**put_your_webhook_here**/task.item.update`;
  const pageWith = (note: string): string =>
    [
      '# Update a task task.item.update',
      '',
      '## Method Parameters',
      '',
      '#|',
      '|| **Name**\n`type` | **Description** ||',
      '|| **TASKID**\n[`integer`](../../../data-types.md) | Task id ||',
      '|| **TASKDATA**\n[`array`](../../../data-types.md) | New values ||',
      '|#',
      '',
      note,
      '',
      '## Code Examples',
      '',
      '{% list tabs %}',
      '',
      '- cURL (Webhook)',
      '',
      '    ```bash',
      ...curl('{"TASKID":1,"FIELDS":{"TITLE":"x"}}').split('\n').map((l) => `    ${l}`),
      '    ```',
      '',
      '{% endlist %}',
      '',
    ].join('\n');

  it('are marked by the page note, and read their examples by position', () => {
    const text = pageWith('It is mandatory to follow the order of parameters in the request. If this order is violated, the request fails.');
    const m = extractMethod({ source: file, text, tree: parsePage(text, file).tree });
    expect(m.paramsByPosition).toBe(true);
    // FIELDS is the second value, so TASKDATA: the example shows the PHP array as an object.
    expect(m.params.map((p) => [p.name, p.type.kind])).toEqual([
      ['TASKID', 'scalar'],
      ['TASKDATA', 'object'],
    ]);
  });

  it('are not marked without the note, and then an example key is just a key', () => {
    const text = pageWith('The params are described above.');
    const m = extractMethod({ source: file, text, tree: parsePage(text, file).tree });
    expect(m.paramsByPosition).toBeUndefined();
    expect(m.params.find((p) => p.name === 'TASKDATA')?.type.kind).not.toBe('object');
  });
});
