/**
 * Doc text is untrusted: a docs tree written to break out of comments, literals and names goes
 * through the whole pipeline (buildIr → emitPackage → writePackage); the package must compile
 * under strict settings, hold no doc text outside comments and literals, and run without
 * executing any of it.
 */
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileConsumers, compileSources } from '../../generator/emit/typecheck-package.js';
import type { IrMethod } from '../../generator/ir/types.js';
import { CANARY, writeHostileDocs } from './hostile-docs.js';
import { generateInto, runScript, scanCode, type GeneratedProject } from './pipeline-support.js';
import { runCli } from '../support/run-cli.js';

const NAME = 'hostile-client';
/** What the IR test adds: an enum value the extractor itself would refuse (braces). */
const TEMPLATE_ENUM = '${process.exit(9)}';
/** Identifiers that only an escaped payload could bring into the code. */
const PAYLOAD_WORDS = ['exit', 'getBuiltinModule', 'writeFileSync', 'pwned'];

let docs: string;
let project: GeneratedProject;

function method(key: string): IrMethod {
  const found = project.ir.methods.find((m) => m.key === key);
  if (found === undefined) throw new Error(`no method ${key} in the IR`);
  return found;
}

beforeAll(async () => {
  docs = await writeHostileDocs();
  project = await generateInto(docs, NAME, (ir) => {
    // Give one enum a value the docs extractor would not produce, so emit sees it anyway.
    const mode = ir.methods.find((m) => m.key === 'evil.item.add')?.params.find((p) => p.name === 'mode');
    if (mode?.type.values) mode.type.values.push(TEMPLATE_ENUM, '`tick`', '</script>');
  });
});

afterAll(async () => {
  await project?.dispose();
  if (docs !== undefined) await rm(docs, { recursive: true, force: true });
});

describe('a docs tree written to inject code', () => {
  it('reaches the IR intact (the test would prove nothing if the payloads were lost on the way)', () => {
    const add = method('evil.item.add');
    expect(add.params.map((p) => p.name)).toEqual(
      expect.arrayContaining(['__proto__', 'constructor', 'prototype', 'then', '1st', 'my-field', 'a.b', 'Класс', 'id', 'ID', 'class', 'default']),
    );
    expect(add.params.find((p) => p.name === '__proto__')?.description).toContain('process.exit(7)');
    expect(add.params.find((p) => p.name === 'mode')?.type.values).toEqual(
      expect.arrayContaining(["'); process.exit(10); ('", '*/ x /*', TEMPLATE_ENUM]),
    );
    expect(add.errors.map((e) => e.code)).toContain("ERR'); process.exit(14); ('");
    expect(add.description).toContain('\u2028');
    expect(add.description).toContain('\u202e');
    expect(project.ir.systemErrors.map((e) => e.code)).toContain("BAD */ CODE'); process.exit(12); ('");
  });

  it('compiles under strict settings (sources with isolatedDeclarations, and as a consumer sees it)', async () => {
    expect(compileSources(project, project.files)).toEqual([]);
    const consumer = `import { createClient, evilItemAdd } from '${NAME}';
import type { ParamsOf } from '${NAME}';
export const p: ParamsOf<'evil.item.add'> = {
  ['__proto__']: 'x', constructor: 1, prototype: 'p', then: 't', '1st': 'a', 'my-field': 'b', 'a.b': 'c',
  Класс: 'd', id: 1, ID: 2, class: 'e', default: 'f', mode: '${TEMPLATE_ENUM}',
};
// @ts-expect-error not one of the documented values
export const bad: ParamsOf<'evil.item.add'> = { ['__proto__']: 'x', mode: 'other' };
export async function use(): Promise<void> {
  const client = createClient({ webhookUrl: 'https://example.bitrix24.com/rest/1/secret/' });
  await evilItemAdd(client, p);
}
`;
    expect(await compileConsumers(project, { 'consumer.ts': consumer })).toEqual([]);
  });

  it('leaves no doc text outside comments and string literals, in any emitted file', () => {
    let scanned = 0;
    for (const [file, text] of project.files) {
      if (!/\.(ts|js)$/.test(file)) continue;
      scanned++;
      const { identifiers, syntaxErrors } = scanCode(file, text);
      expect(syntaxErrors, file).toEqual([]);
      for (const word of PAYLOAD_WORDS) expect(identifiers.has(word), `${file}: ${word}`).toBe(false);
    }
    expect(scanned).toBeGreaterThan(10);
  });

  it('writes no raw line separators, bidi controls or control characters into code', () => {
    for (const [file, text] of project.files) {
      if (!/\.(ts|js|json)$/.test(file)) continue;
      // eslint-disable-next-line no-control-regex
      const raw = /[\u0000-\u0008\u000b-\u001f\u007f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f]/.exec(text);
      expect(raw === null ? null : `${JSON.stringify(raw[0])} in ${JSON.stringify(text.slice(Math.max(0, raw.index - 80), raw.index + 20))}`, file).toBeNull();
    }
  });

  it('keeps JSDoc inline links and tags from doc text inert', () => {
    const dts = project.files.get('dist/methods/evil.d.ts') as string;
    expect(dts).toContain('{\\@link javascript:alert(1)}');
    expect(dts).not.toContain('{@link javascript');
    expect(dts).toContain('\\@param evil');
  });

  it('runs: importing every module and calling methods through the mock transport executes no doc text', async () => {
    const script = `
import { readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
const dist = path.resolve('node_modules/${NAME}/dist');
const walk = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]);
for (const file of walk(dist).filter((f) => f.endsWith('.js')).sort()) await import(pathToFileURL(file).href);

const pkg = await import('${NAME}');
const { createMockClient, fixtures } = await import('${NAME}/mock');
const evil = await import('${NAME}/evil');
const out = {};
const client = createMockClient();
out.add = await client.call('evil.item.add', JSON.parse('{"__proto__": "x", "id": 1}'));
out.viaNamespace = await client.evil.item.add(JSON.parse('{"__proto__": "x"}'));
out.viaFunction = await evil.evilItemAdd(client, JSON.parse('{"__proto__": "x"}'));
out.every = {};
for (const key of Object.keys(fixtures).sort()) out.every[key] = await client.call(key, {});
out.thenable = (await Promise.resolve(client)) === client && (await Promise.resolve(client.evil)) === client.evil;
out.nameChild = typeof client.evil.item.name === 'function' && typeof client.evil.item.length === 'function';
out.nameCall = await client.evil.item.name({});
out.protoUntouched = Object.getPrototypeOf(out.add) === Object.prototype && ({}).polluted === undefined;
out.errors = evil.EvilItemAddErrors;
out.system = pkg.SystemErrorCode;
const failing = createMockClient({ fail: { 'evil.item.add': { code: "ERR'); process.exit(14); ('", message: '*/ x' } } });
try { await failing.call('evil.item.add', {}); } catch (error) { out.failure = { code: error.code, message: error.description, isB24: error instanceof pkg.B24Error }; }
const sent = [];
const spy = pkg.createClient({
  webhookUrl: 'https://example.bitrix24.com/rest/1/secret/',
  rateLimit: false,
  transport: { async send(request) { sent.push(request.body); return { status: 200, headers: {}, body: '{"result": 1}' }; } },
});
await spy.evil.item.add(JSON.parse('{"__proto__": "x", "constructor": 1, "1st": "a", "my-field": "b", "Класс": "c", "ID": 2, "id": 3}'));
out.sent = sent;
process.stdout.write(JSON.stringify(out));
`;
    const run = await runScript(project.root, 'run.mjs', script);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(existsSync(path.join(project.root, CANARY))).toBe(false);
    const out = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(out['add']).toMatchObject({ id: 1 });
    expect(Object.keys(out['every'] as object).length).toBe(project.ir.methods.length);
    expect(out['thenable']).toBe(true);
    expect(out['nameChild']).toBe(true);
    expect(out['nameCall']).toEqual({ ok: 1 });
    expect(out['protoUntouched']).toBe(true);
    // The payloads survive as data, exactly.
    const errors = Object.values(out['errors'] as Record<string, { code: string; message: string }>);
    expect(errors.map((e) => e.code)).toEqual(method('evil.item.add').errors.map((e) => e.code));
    expect(errors.map((e) => e.message)).toEqual(method('evil.item.add').errors.map((e) => e.message));
    const system = Object.values(out['system'] as Record<string, { code: string; message: string }>);
    expect(system.find((e) => e.code.startsWith('BAD'))?.message).toBe(project.ir.systemErrors.find((e) => e.code.startsWith('BAD'))?.message);
    expect(out['failure']).toEqual({ code: "ERR'); process.exit(14); ('", message: '*/ x', isB24: true });
    // The wire keys are the documented ones, whatever identifiers the code uses.
    const sent = out['sent'] as string[];
    expect(sent).toHaveLength(1);
    expect(Object.keys(JSON.parse(sent[0] as string) as object).sort()).toEqual(['1st', 'ID', '__proto__', 'constructor', 'id', 'my-field', 'Класс']);
  });

  it('is read by the other commands too: the OpenAPI export keeps the hostile keys as keys, lint and diff report without a crash', () => {
    const openapi = runCli(['openapi', '--docs', docs]);
    expect(openapi.stderr).not.toContain('internal error');
    expect(openapi.status).toBe(0);
    const document = JSON.parse(openapi.stdout) as { paths: Record<string, unknown> };
    const text = JSON.stringify(document);
    expect(Object.keys(document.paths).length).toBeGreaterThan(0);
    // The param documented as `__proto__` is a property of its schema, not its prototype.
    expect(text).toContain('"__proto__":{');
    for (const args of [['lint', '--docs', docs], ['diff', '--from', docs, '--to', docs]]) {
      const run = runCli(args);
      expect(run.stderr, args[0]).not.toContain('internal error');
      expect(run.status, args[0]).toBe(0);
    }
  });

  it('is the same package when generated twice (names and suffixes are stable)', async () => {
    const again = await generateInto(docs, NAME);
    try {
      const tsOf = (files: Map<string, string>): string[] => [...files.keys()].filter((f) => f.startsWith('src/') && !f.startsWith('src/runtime/'));
      expect(tsOf(again.files)).toEqual(tsOf(project.files));
      for (const file of tsOf(project.files)) {
        if (file === 'src/methods/evil.ts') continue;
        expect(again.files.get(file), file).toBe(project.files.get(file));
      }
      // Only the patched enum differs between the two runs.
      const strip = (text: string | undefined): string => (text ?? '').replace(/ \| '\$\{process\.exit\(9\)\}' \| '`tick`' \| '<\/script>'/, '');
      expect(strip(again.files.get('src/methods/evil.ts'))).toBe(strip(project.files.get('src/methods/evil.ts')));
    } finally {
      await again.dispose();
    }
  });
});

describe('identifiers made from hostile method and param names', () => {
  const exportsOf = (file: string): string[] => {
    const text = project.files.get(file) as string;
    return [...text.matchAll(/^export (?:declare )?(?:function|const|interface|type) ([^\s<(:=]+)/gm)].map((m) => m[1] as string);
  };

  it('are valid, unique, non-reserved identifiers, one standalone function per method', () => {
    const names = [...project.files.keys()]
      .filter((f) => /^src\/methods\/[^/]+\.ts$/.test(f))
      .flatMap(exportsOf);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) {
      expect(name, name).toMatch(/^[A-Za-z_$][A-Za-z0-9_$]*$/);
      expect(['constructor', '__proto__', 'prototype', 'then', 'class', 'default', 'delete'], name).not.toContain(name);
    }
    const functions = [...project.files.keys()]
      .filter((f) => /^src\/methods\/[^/]+\.ts$/.test(f))
      .flatMap((f) => [...(project.files.get(f) as string).matchAll(/^export function (\w+)/gm)].map((m) => m[1] as string));
    expect(functions.length).toBe(project.ir.methods.length);
    // Names that differ only in case, or only in punctuation, still get distinct functions.
    expect(functions).toEqual(expect.arrayContaining(['evilItemAdd', 'evilItemAdd2', 'evil1cImport', 'evilConstructorGet', 'evilClassDefault', 'evilDelete']));
  });

  it('keep the wire name of every method in the generated calls', () => {
    const src = project.files.get('src/methods/evil.ts') as string;
    for (const m of project.ir.methods.filter((x) => x.section === 'evil')) {
      expect(src, m.key).toContain(`.call('${m.name}'`);
    }
  });

  it('refuse namespace paths that would break objects, with a diagnostic, yet stay callable by name', () => {
    const clashes = project.emitDiagnostics.filter((d) => d.code === 'namespace-clash').map((d) => d.file).sort();
    expect(clashes).toEqual(['api-reference/evil/evil-proto.md', 'api-reference/evil/evil-then.md']);
    for (const d of project.emitDiagnostics) {
      expect(d.line).toBeGreaterThan(0);
      expect(d.column).toBeGreaterThan(0);
    }
    const client = project.files.get('src/client.ts') as string;
    expect(client).toContain("'evil.then': {");
    expect(client).toContain("'evil.__proto__.list': {");
  });
});

