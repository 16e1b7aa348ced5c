/**
 * A small docs tree in the upstream layout (api-reference/… + _includes/) whose pages are written
 * to break out of every place their text lands in the generated code: comments, string and
 * template literals, identifiers, JSON fixtures. Every payload, if it ever ran, would exit the
 * process with a non-zero code or create a canary file in the working directory.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** The file an executed payload creates in the process's working directory. */
export const CANARY = 'pwned-canary.txt';

/** Runs when evaluated as JS: creates the canary (Node ≥ 20.16 has `process.getBuiltinModule`). */
const TOUCH = `process.getBuiltinModule('fs').writeFileSync('${CANARY}', 'x')`;

/** Text that tries every escape at once. */
export const EVIL_TEXT = [
  `Ends a comment */ process.exit(7) /* opens one`,
  `// line comment\u2028process.exit(11)\u2029 after separators`,
  '`template` ${process.exit(9)} ${' + TOUCH + '}',
  `'); ${TOUCH}; ('`,
  `"); ${TOUCH}; ("`,
  `back\\slash \\' \\" \\\\`,
  `</script><script>${TOUCH}</script>`,
  `ctrl \u0001\u0007\u001b[31m\u007f\u0085 rtl \u202e${TOUCH}\u202c \u200f mark`,
  `@param evil @returns nothing {@link javascript:alert(1)}`,
].join(' ');

const LONG_LINE = `A very long line ${'*/ x '.repeat(20_000)} end`;

const REQUIRED_NOTE = 'An asterisk * after a parameter name means the parameter must be sent\n';

const SYSTEM_ERRORS = `### System errors

#|
|| **Status** | **Code**
**Error Message** | **Description** ||
|| \`500\` | \`INTERNAL_SERVER_ERROR\`
Internal server error | Server failed ||
|| \`503\` | \`QUERY_LIMIT_EXCEEDED\`
Too many requests | Too fast ||
|| \`500\` | \`BAD */ ${"CODE'); process.exit(12); ('"}\`
${EVIL_TEXT} | ${EVIL_TEXT} ||
|#
`;

const DATA_TYPES = `# Data types

#|
|| **Type** | **Description** ||
|| \`integer\` | A whole number ||
|| \`string\` | Text ||
|#
`;

export interface Row {
  name: string;
  type: string;
  description: string;
  required?: boolean;
}

export interface PageSpec {
  /** Docs-relative path of the page. */
  file: string;
  h1: string;
  intro: string;
  params: Row[];
  result: Row[];
  /** The JSON of the cURL body (text, so hostile keys survive as written). */
  requestJson: string;
  responseJson: string;
  errors: Array<{ code: string; message: string; description: string }>;
  method: string;
}

function up(file: string): string {
  return '../'.repeat(file.split('/').length - 1);
}

/** Backslash-escapes Markdown punctuation so a name reaches the parser as written. */
function markdownEscape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+!|<>-]/g, (c) => `\\${c}`);
}

function table(rows: Row[], file: string): string {
  const lines = ['#|', '|| **Name**\n`type` | **Description** ||'];
  for (const r of rows) {
    lines.push(`|| **${markdownEscape(r.name)}**${r.required === true ? '*' : ''}\n[\`${r.type}\`](${up(file)}api-reference/data-types.md) | ${r.description} ||`);
  }
  lines.push('|#');
  return lines.join('\n');
}

export function methodPage(spec: PageSpec): string {
  const u = up(spec.file);
  const errorRows = spec.errors.map((e) => `|| \`${e.code}\` | ${e.message} | ${e.description} ||`).join('\n');
  return `# ${spec.h1}

> Scope: [\`evil\`](${u}api-reference/scopes/permissions.md)
>
> Who can execute the method: ${EVIL_TEXT}

${spec.intro}

## Method Parameters

{% include [Note](${u}_includes/required.md) %}

${table(spec.params, spec.file)}

## Code Examples

{% list tabs %}

- cURL (Webhook)

    \`\`\`http
    curl -X POST \\
    -H "Content-Type: application/json" \\
    -d '${spec.requestJson}' \\
    https://**put_your_bitrix24_address**/rest/**put_your_user_id_here**/**put_your_webhook_here**/${spec.method}
    \`\`\`

{% endlist %}

## Response Handling

HTTP status: **200**

\`\`\`json
${spec.responseJson}
\`\`\`

## Returned Data

${table(spec.result, spec.file)}

## Error Handling

HTTP status: **400**

### Possible Error Codes

#|
|| **Code** | **Error Message** | **Description** ||
${errorRows}
|#

{% include [system errors](${u}_includes/system-errors.md) %}
`;
}

/** The hostile method pages: injection payloads everywhere, and awkward identifiers. */
export function hostilePages(): PageSpec[] {
  const evilParams: Row[] = [
    { name: '__proto__', type: 'string', description: EVIL_TEXT, required: true },
    { name: 'constructor', type: 'integer', description: 'A constructor */ process.exit(7) /*' },
    { name: 'prototype', type: 'string', description: 'proto' },
    { name: 'then', type: 'string', description: 'thenable?' },
    { name: '1st', type: 'string', description: 'starts with a digit' },
    { name: 'my-field', type: 'string', description: 'hyphen' },
    { name: 'a.b', type: 'string', description: 'dot' },
    { name: 'Класс', type: 'string', description: 'non-ASCII' },
    { name: 'id', type: 'integer', description: 'lower' },
    { name: 'ID', type: 'integer', description: 'upper, differs only in case' },
    { name: 'class', type: 'string', description: 'reserved word' },
    { name: 'default', type: 'string', description: 'reserved word' },
    {
      name: 'mode',
      type: 'string',
      // The extractor refuses values with braces, so `${…}` reaches enums only through the IR test.
      description: 'Takes values `\'); process.exit(10); (\'`, `*/ x /*`, `$x \\ "q"` or `\u202eRTL`',
    },
    { name: 'long', type: 'string', description: LONG_LINE },
    // Types named like what every object inherits: never looked up as vocabulary entries.
    { name: 'typed_constructor', type: 'constructor', description: 'type named constructor' },
    { name: 'typed_proto', type: '__proto__', description: 'type named __proto__' },
    { name: 'typed_to_string', type: 'toString', description: 'type named toString' },
    { name: 'typed_has_own', type: 'hasOwnProperty', description: 'type named hasOwnProperty' },
    { name: 'typed_value_of', type: 'valueOf[]', description: 'array of a type named valueOf' },
    { name: 'typed_ref', type: 'constructor.id', description: 'an id of an entity named constructor' },
    { name: 'typed_code', type: 'toString.code', description: 'a code of an entity named toString' },
    { name: 'typed_union', type: '__proto__|hasOwnProperty', description: 'a union of inherited names' },
  ];
  const evilResult: Row[] = [
    { name: 'id', type: 'integer', description: EVIL_TEXT },
    { name: '__proto__', type: 'string', description: EVIL_TEXT },
    { name: 'constructor', type: 'string', description: 'constructor' },
    { name: "k'); process.exit(13); ('", type: 'string', description: 'a key that is code' },
  ];
  const evilResponse = JSON.stringify({
    result: {
      id: 1,
      ['__proto__']: 'polluted */ process.exit(7) /* </script>',
      constructor: '${process.exit(9)} `x`',
      ["k'); process.exit(13); ('"]: `\u2028\u2029 ${EVIL_TEXT}`,
    },
    time: { start: 1, finish: 2, duration: 1, processing: 0, date_start: '2024-01-01T00:00:00+00:00', date_finish: '2024-01-01T00:00:00+00:00' },
  }, null, 4).replace('"__proto__"', '"__proto__"');
  const errors = [
    { code: '0', message: `'); ${TOUCH}; ('`, description: EVIL_TEXT },
    { code: "ERR'); process.exit(14); ('", message: '*/ process.exit(7) /*', description: '`${process.exit(9)}`' },
    { code: 'ERROR_CORE', message: 'plain', description: 'plain' },
  ];
  const simple = (file: string, method: string, h1Prefix = 'Call'): PageSpec => ({
    file,
    h1: `${h1Prefix} \`${method}\``,
    intro: `The method \`${method}\` does something. ${EVIL_TEXT}`,
    params: [{ name: 'value', type: 'string', description: EVIL_TEXT }],
    result: [{ name: 'ok', type: 'integer', description: EVIL_TEXT }],
    requestJson: '{"value": "x"}',
    responseJson: '{"result": {"ok": 1}, "time": {"start": 1, "finish": 2}}',
    errors: [{ code: 'ERROR_CORE', message: 'plain', description: 'plain' }],
    method,
  });
  return [
    {
      file: 'api-reference/evil/evil-item-add.md',
      h1: `Add */ process.exit(7) /* \${process.exit(9)} evil.item.add`,
      intro: `The method \`evil.item.add\` adds. ${EVIL_TEXT}\n\n${LONG_LINE}`,
      params: evilParams,
      result: evilResult,
      requestJson: '{"__proto__": "x", "constructor": 1, "ID": 2, "id": 3, "mode": "${process.exit(9)}"}',
      responseJson: evilResponse,
      errors,
      method: 'evil.item.add',
    },
    // Names that differ only in case, reserved words, digits, prototype-ish segments.
    simple('api-reference/evil/evil-item-add-upper.md', 'Evil.Item.Add'),
    simple('api-reference/evil/evil-item.md', 'evil.item'),
    simple('api-reference/evil/evil-item-name.md', 'evil.item.name'),
    simple('api-reference/evil/evil-item-length.md', 'evil.item.length'),
    simple('api-reference/evil/evil-constructor.md', 'evil.constructor.get'),
    simple('api-reference/evil/evil-prototype.md', 'evil.prototype.list'),
    simple('api-reference/evil/evil-proto.md', 'evil.__proto__.list'),
    simple('api-reference/evil/evil-then.md', 'evil.then'),
    simple('api-reference/evil/then-get.md', 'then.get'),
    simple('api-reference/evil/evil-1c.md', 'evil.1c.import'),
    simple('api-reference/evil/evil-class-default.md', 'evil.class.default'),
    simple('api-reference/evil/evil-delete.md', 'evil.delete'),
    simple('api-reference/evil/constructor-x.md', 'constructor.x'),
    // Section folders with awkward names.
    simple('api-reference/évil sèction/x-y.md', 'x.y'),
    simple('api-reference/..hidden/x-z.md', 'x.z'),
  ];
}

/** Writes the hostile tree plus `extra` raw files (docs-relative path → text or bytes) into a new temp folder. */
export async function writeHostileDocs(extra: Readonly<Record<string, string | Uint8Array>> = {}): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'b24gen-hostile-docs-'));
  const files: Record<string, string | Uint8Array> = {
    '_includes/required.md': REQUIRED_NOTE,
    '_includes/system-errors.md': SYSTEM_ERRORS,
    'api-reference/data-types.md': DATA_TYPES,
    'api-reference/scopes/permissions.md': '# Scopes\n\nThe `evil` scope.\n',
  };
  for (const spec of hostilePages()) files[spec.file] = methodPage(spec);
  Object.assign(files, extra);
  for (const [file, content] of Object.entries(files)) {
    const target = path.join(root, ...file.split('/'));
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content);
  }
  return root;
}
