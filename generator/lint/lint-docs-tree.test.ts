import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIr } from '../pipeline/build-ir.js';
import { createPageAnchors } from './page-anchors.js';
import { lintIr } from './run-lint.js';
import type { LintReport } from './run-lint.js';

const PAGE = `# Add a Widget widget.item.add

> Scope: [\`widget\`](../scopes.md)

Adds a widget. See [the limits](#limits).

## Method Parameters

#|
|| **Name**
\`type\` | **Description** ||
|| **id***
[\`integer\`](../data-types.md#integer) | Id of the shelf ||
|| **title**
 | Title of the widget ||
|| **options**
[\`object\`](#widget-options) | Options ||
|#

## Code Examples

{% list tabs %}

- cURL (Webhook)

    \`\`\`http
    curl -X POST \\
    -H "Content-Type: application/json" \\
    -d '{"Title": "w", "colour": "red"}' \\
    https://**put_your_bitrix24_address**/rest/**put_your_user_id_here**/**put_your_webhook_here**/widget.item.add
    \`\`\`

{% endlist %}

## Response Handling

HTTP status: **200**

\`\`\`json
{
    "id": 5
}
\`\`\`
`;

let root: string;
let report: LintReport;
beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'b24gen-lint-'));
  mkdirSync(path.join(root, 'api-reference/widget'), { recursive: true });
  mkdirSync(path.join(root, '_includes'), { recursive: true });
  writeFileSync(path.join(root, 'api-reference/widget/widget-item-add.md'), PAGE);
  const ir = await buildIr(root);
  report = lintIr(ir, { anchorsOf: createPageAnchors(root) });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const messagesOf = (rule: string): string[] => report.findings.filter((f) => f.rule === rule).map((f) => f.message);

describe('lint on a hand-made docs tree', () => {
  it('finds the method', () => {
    expect(report.methods).toBe(1);
  });
  it('compares the request example with the parameter table', () => {
    expect(messagesOf('request-example-unknown-key')).toEqual(['request example key "colour" is not a documented parameter']);
    expect(messagesOf('request-example-key-case')).toEqual(['request example key "Title" is documented as "title"']);
    expect(messagesOf('request-example-missing-required')).toEqual(['required parameter "id" is missing from the request example']);
  });
  it('reports the missing type, the broken anchors, the missing error table and the bare response', () => {
    expect(messagesOf('missing-type')).toHaveLength(1);
    expect(messagesOf('broken-anchor')).toEqual([
      'the introduction links to #limits, which the page does not define',
      'type of "options" links to #widget-options, which the page does not define',
    ]);
    expect(messagesOf('missing-error-table')).toEqual(['widget.item.add has no error table']);
    expect(messagesOf('response-example-without-result')).toEqual(['the response example has no top-level "result" key']);
  });
  it('points at lines of the page', () => {
    const unknown = report.findings.find((f) => f.rule === 'request-example-unknown-key');
    expect(unknown?.file).toBe('api-reference/widget/widget-item-add.md');
    expect(unknown?.line).toBeGreaterThan(20);
  });
});
