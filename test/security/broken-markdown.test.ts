/**
 * Broken Markdown never crashes or hangs the generator: each broken page gives diagnostics with
 * positions, and the good pages beside it still become a package.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emitPackage } from '../../generator/emit/index.js';
import type { Diagnostic, IrDocument } from '../../generator/ir/types.js';
import { buildIr } from '../../generator/pipeline/build-ir.js';
import { runtimeSourceDir } from '../../generator/pipeline/run-pipeline.js';
import { methodPage, type PageSpec } from './hostile-docs.js';

/** Megabytes of the huge page: the size (about 20 s and 2 GB of memory on the 2-core machine). */
const HUGE_MB = 20;

function spec(file: string, method: string): PageSpec {
  return {
    file,
    h1: `Call \`${method}\``,
    intro: `The method \`${method}\` does one thing.`,
    params: [{ name: 'id', type: 'integer', description: 'The identifier', required: true }],
    result: [{ name: 'ok', type: 'integer', description: 'One' }],
    requestJson: '{"id": 1}',
    responseJson: '{"result": {"ok": 1}, "time": {"start": 1, "finish": 2}}',
    errors: [{ code: 'ERROR_CORE', message: 'Core error', description: 'Failed' }],
    method,
  };
}

function good(method: string, file: string): string {
  return methodPage(spec(file, method));
}

function nested(depth: number): string {
  let inner = '|| **deep** | core ||';
  for (let i = 0; i < depth; i++) inner = `#|\n|| **level${i}** | x\n\n${inner}\n||\n|#`;
  return inner;
}

const CHUNK = '\n#|\n|| **a** | b ||\n|| **c**\n`string` | d\n\n```json\n{"x": 1}\n```\n||\n|#\n\n## Heading\n\nSome *text* with `code` and [link](x.md).\n';

function huge(): string {
  let text = good('huge.item.add', 'api-reference/broken/huge.md');
  const target = HUGE_MB * 1024 * 1024;
  const block = CHUNK.repeat(500);
  while (text.length < target) text += block;
  return text;
}

/** Broken pages, each beside the good ones; docs-relative path → content. */
function brokenPages(): Record<string, string | Uint8Array> {
  const g = (m: string, f: string): string => good(m, f);
  return {
    'api-reference/broken/unclosed-table.md': g('broken.unclosed', 'api-reference/broken/unclosed-table.md').replace(/\n\|#\n/, '\n'),
    'api-reference/broken/only-open.md': '# Open `broken.open`\n\nThe method `broken.open`.\n\n## Method Parameters\n\n#|\n|| **x** | y\n',
    'api-reference/broken/cells.md': g('broken.cells', 'api-reference/broken/cells.md').replace(
      '|| **id***',
      '|| lonely ||\n|| a | b | c | d | e ||\n|| | ||\n||||\n|| **id***',
    ),
    'api-reference/broken/nested.md': `# Nested \`broken.nested\`\n\nThe method \`broken.nested\`.\n\n## Method Parameters\n\n${nested(10)}\n`,
    'api-reference/broken/headings.md': `#\n\n##\n\n###   \n\n# \`broken.headings\`\n\n## \n\n${g('broken.headings', 'api-reference/broken/headings.md')}`,
    'api-reference/broken/self-include.md': `${g('broken.self', 'api-reference/broken/self-include.md')}\n{% include [me](./self-include.md) %}\n`,
    'api-reference/broken/outside-include.md':
      `${g('broken.outside', 'api-reference/broken/outside-include.md')}\n{% include [x](../../../../../../etc/passwd) %}\n{% include [y](/etc/passwd) %}\n{% include [z](..\\..\\..\\secret.md) %}\n`,
    'api-reference/broken/binary.md': Uint8Array.from([0x23, 0x20, 0x00, 0xff, 0xfe, 0x00, 0x01, 0x80, 0x0a, 0x7c, 0x7c]),
    'api-reference/broken/junk.md': `# junk \`broken.junk\`\n\n${String.fromCharCode(...Array.from({ length: 4000 }, (_, i) => 1 + ((i * 7919) % 0xd7fe)))}\n`,
    'api-reference/broken/bom-crlf.md': `\ufeff${g('bom.crlf.add', 'api-reference/broken/bom-crlf.md').replace(/\n/g, '\r\n')}`,
    'api-reference/broken/cr-only.md': g('cr.only.add', 'api-reference/broken/cr-only.md').replace(/\n/g, '\r'),
    'api-reference/broken/fences.md': `# Fences \`broken.fences\`\n\n\`\`\`json\n{"result": \n\n{% list tabs %}\n\n- a\n\n  \`\`\`\n{% endlist %}\n{% note %}\n{% if x %}{% endif %}{% cut "x" %}\n`,
    'api-reference/broken/huge.md': huge(),
    '_includes/loop-a.md': '{% include [b](./loop-b.md) %}\n',
    '_includes/loop-b.md': '{% include [a](./loop-a.md) %}\n',
    'api-reference/broken/loop.md': `${g('broken.loop', 'api-reference/broken/loop.md')}\n{% include [a](../../_includes/loop-a.md) %}\n`,
  };
}

async function writeTree(files: Record<string, string | Uint8Array>): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'b24gen-broken-docs-'));
  for (const [file, content] of Object.entries(files)) {
    const target = path.join(root, ...file.split('/'));
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content);
  }
  return root;
}

function allDiagnostics(ir: IrDocument): Diagnostic[] {
  return [...ir.diagnostics, ...ir.methods.flatMap((m) => m.diagnostics)];
}

describe('a docs tree with broken pages', () => {
  let root: string;
  let ir: IrDocument;
  const goodMethods = ['good.one.add', 'good.two.get'];

  beforeAll(async () => {
    root = await writeTree({
      '_includes/required.md': 'An asterisk marks a required parameter\n',
      '_includes/system-errors.md': '#|\n|| **Status** | **Code**\n**Error Message** | **Description** ||\n|| `500` | `INTERNAL_SERVER_ERROR`\nInternal | x ||\n|#\n',
      'api-reference/data-types.md': '# Types\n',
      'api-reference/good/one.md': good('good.one.add', 'api-reference/good/one.md'),
      'api-reference/good/two.md': good('good.two.get', 'api-reference/good/two.md'),
      'secret.md': '# secret outside api-reference\n',
      ...brokenPages(),
    });
    ir = await buildIr(root);
  }, 30 * 60_000);

  afterAll(async () => {
    if (root !== undefined) await rm(root, { recursive: true, force: true });
  });

  it('still extracts the good pages, also behind a BOM and CRLF or CR line ends', () => {
    const names = ir.methods.map((m) => m.name);
    expect(names).toEqual(expect.arrayContaining([...goodMethods, 'bom.crlf.add', 'cr.only.add', 'huge.item.add']));
    const bom = ir.methods.find((m) => m.name === 'bom.crlf.add');
    expect(bom?.params.map((p) => p.name)).toEqual(['id']);
    expect(bom?.params[0]?.required).toBe(true);
    expect(bom?.errors.map((e) => e.code)).toEqual(['ERROR_CORE']);
  });

  it('gives every diagnostic a file, a line and a column', () => {
    const diagnostics = allDiagnostics(ir);
    expect(diagnostics.length).toBeGreaterThan(5);
    for (const d of diagnostics) {
      expect(typeof d.file, JSON.stringify(d)).toBe('string');
      expect(d.file.length).toBeGreaterThan(0);
      expect(Number.isInteger(d.line) && d.line >= 1, JSON.stringify(d)).toBe(true);
      expect(Number.isInteger(d.column) && d.column >= 1, JSON.stringify(d)).toBe(true);
    }
  });

  it('reports an include of itself and an include loop as cycles, on the line of the include', () => {
    const codes = (file: string): Diagnostic[] => allDiagnostics(ir).filter((d) => d.file === file && /include/.test(d.code));
    const self = codes('api-reference/broken/self-include.md');
    expect(self.some((d) => /cycle/.test(d.message))).toBe(true);
    const loop = allDiagnostics(ir).filter((d) => /cycle/.test(d.message) && d.file.includes('loop'));
    expect(loop.length).toBeGreaterThan(0);
  });

  it('refuses includes that point outside the docs root, whatever their spelling', () => {
    const outside = allDiagnostics(ir).filter((d) => d.file === 'api-reference/broken/outside-include.md' && d.code === 'include-failed');
    expect(outside.length).toBe(3);
    for (const d of outside) expect(d.line).toBeGreaterThan(1);
    expect(JSON.stringify(ir)).not.toContain('root:x:0:0');
    expect(JSON.stringify(ir)).not.toContain('secret outside api-reference');
  });

  it('reports a binary page instead of reading it', () => {
    const binary = allDiagnostics(ir).filter((d) => d.file === 'api-reference/broken/binary.md');
    expect(binary.map((d) => d.code)).toEqual(['page-failed']);
    expect(binary[0]?.message).toMatch(/binary/);
  });

  it('reports tables without an end, with missing or extra cells, or nested ten deep', () => {
    for (const file of ['unclosed-table', 'only-open', 'cells']) {
      const found = allDiagnostics(ir).filter((d) => d.file === `api-reference/broken/${file}.md`);
      expect(found.length, file).toBeGreaterThan(0);
    }
    expect(ir.pages.find((p) => p.source === 'api-reference/broken/nested.md')).toBeDefined();
  });

  it('emits a package from the rest of the tree', async () => {
    const diagnostics: Diagnostic[] = [];
    const files = await emitPackage(ir, { packageName: 'broken-client', packageVersion: '0.0.1', runtimeDir: runtimeSourceDir(), diagnostics });
    const client = files.get('src/client.ts') as string;
    for (const name of goodMethods) expect(client).toContain(`'${name}'`);
    for (const d of diagnostics) expect(d.line >= 1 && d.column >= 1, JSON.stringify(d)).toBe(true);
  });

  it(`reads a ${HUGE_MB} MB page to the end`, () => {
    const page = ir.pages.find((p) => p.source === 'api-reference/broken/huge.md');
    expect(page?.kind).toBe('method');
    expect(ir.methods.find((m) => m.name === 'huge.item.add')?.params.map((p) => p.name)).toEqual(['id']);
  });
});
