import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IrDocument } from '../ir/types.js';
import { buildIr } from './build-ir.js';

let root = '';

function write(rel: string, text: string | Buffer): void {
  const file = path.join(root, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

const methodPage = (title: string, url: string, extra = '') => `# ${title}

> Scope: [\`task\`](../scopes/permissions.md)
>
> Who can execute the method: any user
${extra}
The method does a thing.

## Method Parameters

#|
|| **Name**
\`type\` | **Description** ||
|| **id***
[\`integer\`](../data-types.md) | Identifier ||
|#

## Code Examples

{% list tabs %}

- cURL (Webhook)

    \`\`\`bash
    curl -X POST \\
    -d '{"id": 1}' \\
    ${url}
    \`\`\`

{% endlist %}

## Response Handling

HTTP status: **200**

\`\`\`json
{"result": true}
\`\`\`

## Error Handling

{% include [system errors](../../_includes/system-errors.md) %}

## Continue Learning

- [{#T}](./task-get.md)
`;

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'b24gen-build-ir-'));
  write('_includes/system-errors.md', '### System errors\n\n#|\n|| **Status** | **Code**\n**Error Message** | **Description** ||\n|| `503` | `QUERY_LIMIT_EXCEEDED`\nToo many requests | Limit ||\n|#\n');
  write('api-reference/tasks/task-get.md', methodPage('Get Task tasks.task.get', 'https://x/rest/1/w/tasks.task.get'));
  write('api-reference/tasks/task-get-v3.md', methodPage('Get Task v 3.0 tasks.task.get', 'https://x/rest/api/1/w/tasks.task.get'));
  write('api-reference/tasks/old-add.md', methodPage('Add Task task.item.add', 'https://x/rest/1/w/task.item.add',
    '\n{% note warning "DEPRECATED" %}\n\nUse [this method](./task-get.md).\n\n{% endnote %}\n'));
  write('api-reference/tasks/events/on-task-add.md', '# Task added OnTaskAdd\n\n> Who can subscribe: any user\n\n## What the Handler Receives\n\ntext\n');
  write('api-reference/tasks/index.md', '# Tasks\n\nOverview.\n');
  write('api-reference/tasks/broken.md', Buffer.from([0x23, 0x20, 0x00, 0x01, 0x02, 0x00]));
  write('tutorials/x.md', '# Tutorial\n');
});

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('buildIr', () => {
  let ir: IrDocument;
  beforeAll(async () => {
    ir = await buildIr(root);
  });

  it('extracts method pages sorted by key, keying a v3 twin as name@v3', () => {
    expect(ir.methods.map((m) => [m.key, m.apiVersion, m.source])).toEqual([
      ['task.item.add', 'v2', 'api-reference/tasks/old-add.md'],
      ['tasks.task.get', 'v2', 'api-reference/tasks/task-get.md'],
      ['tasks.task.get@v3', 'v3', 'api-reference/tasks/task-get-v3.md'],
    ]);
  });

  it('summarises every page with its kind', () => {
    expect(ir.pages.map((p) => [p.source, p.kind])).toEqual([
      ['_includes/system-errors.md', 'fragment'],
      ['api-reference/tasks/broken.md', 'other'],
      ['api-reference/tasks/events/on-task-add.md', 'event'],
      ['api-reference/tasks/index.md', 'index'],
      ['api-reference/tasks/old-add.md', 'method'],
      ['api-reference/tasks/task-get-v3.md', 'method'],
      ['api-reference/tasks/task-get.md', 'method'],
      ['tutorials/x.md', 'other'],
    ]);
  });

  it('reports an unreadable page instead of throwing', () => {
    expect(ir.diagnostics.filter((d) => d.code === 'page-failed').map((d) => d.file)).toEqual(['api-reference/tasks/broken.md']);
  });

  it('parses the system errors once, into the document', () => {
    expect(ir.systemErrors).toMatchObject([{ code: 'QUERY_LIMIT_EXCEEDED', message: 'Too many requests', description: 'Limit', httpStatus: 503 }]);
    expect(ir.methods.every((m) => m.errors.length === 0)).toBe(true);
  });

  it('names a replacement from its page and titles {#T} links from the target H1', () => {
    const old = ir.methods.find((m) => m.key === 'task.item.add')!;
    expect(old.deprecated).toMatchObject({ reason: 'note', replacement: 'tasks.task.get', replacementSource: 'api-reference/tasks/task-get.md' });
    expect(old.seeAlso).toEqual([{ title: 'Get Task tasks.task.get', href: 'api-reference/tasks/task-get.md' }]);
  });

  it('is deterministic and honours the include filter', async () => {
    expect(JSON.stringify(await buildIr(root))).toBe(JSON.stringify(ir));
    const only = await buildIr(root, { include: (s) => s.endsWith('task-get.md') });
    expect(only.methods.map((m) => m.key)).toEqual(['tasks.task.get']);
  });
});

describe('buildIr on a map of a structure described on its own page', () => {
  it('reads the page of the values a map links, and keys the map by that structure', async () => {
    write('api-reference/menus/menu-item.md', '# Menu item\n\nOne item `MenuItemDto`.\n\n## Parameters of the `MenuItemDto` Object\n\n#|\n|| **Field** | **Description** ||\n|| **title^*^**\n[`string`](../data-types.md) | Text ||\n|#\n');
    const page = methodPage('Set Menu menu.set', 'https://x/rest/1/w/menu.set').replace(
      '|| **id***\n[`integer`](../data-types.md) | Identifier ||',
      '|| **items**\n[`MenuItemDto`](./menu-item.md) | Associative array of objects describing menu items ||',
    );
    write('api-reference/menus/menu-set.md', page);
    const ir = await buildIr(root, { include: (s) => s.startsWith('api-reference/menus/') || s.startsWith('_includes/') });
    const items = ir.methods.find((m) => m.key === 'menu.set')?.params.find((p) => p.name === 'items');
    expect(items?.type.kind).toBe('object');
    const valueId = items?.keyPatterns?.[0]?.type.typeId;
    expect(items?.keyPatterns?.[0]?.pattern).toBe('${string}');
    expect(ir.types.find((t) => t.id === valueId)?.fields.map((f) => f.name)).toEqual(['title']);
  });
});

describe('buildIr with an injected table stage', () => {
  it('reports typeIds that name no extracted type', async () => {
    const ir = await buildIr(root, {
      include: (s) => s.endsWith('/task-get.md'),
      tables: {
        extractParamSection: () => [{ name: 'x', required: false, type: { raw: 'thing', kind: 'named', typeId: 'api-reference/nowhere.md#thing' }, description: '' }],
        extractResultSection: () => ({ result: [], resultType: { raw: '', kind: 'unknown' }, responseExtras: [] }),
      },
    });
    expect(ir.methods[0]!.diagnostics).toMatchObject([{ code: 'unresolved-type-id', severity: 'info' }]);
  });
});
