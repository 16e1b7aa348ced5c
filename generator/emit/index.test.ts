import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic, IrDocument } from '../ir/types.js';
import { emitPackage } from './index.js';
import { compileConsumers, compileSources, installPackage, type InstalledPackage } from './typecheck-package.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RUNTIME_STUB = path.join(ROOT, 'test/fixtures/runtime-stub');
const NAME = '@b24gen/client';

async function loadBacklogIr(): Promise<IrDocument> {
  return JSON.parse(await readFile(path.join(ROOT, 'test/fixtures/ir/backlog.json'), 'utf8')) as IrDocument;
}

const CONSUMER = `import { createClient, tasksApiScrumBacklogAdd, matchError, TasksApiScrumBacklogAddErrors, SystemErrorCode } from '@b24gen/client';
import type { ParamsOf, ResultOf, MethodName, ErrorsOf, B24Error, BatchResult } from '@b24gen/client';
import { createMockClient, tasksApiScrumBacklogAddFixture } from '@b24gen/client/mock';
import { tasksApiScrumBacklogGet } from '@b24gen/client/sonet-group';

type AddParams = ParamsOf<'tasks.api.scrum.backlog.add'>;

export const ok: AddParams = { fields: { groupId: 1, createdBy: 2 } };
export const full: AddParams = { fields: { groupId: 1, createdBy: 2, modifiedBy: 3 } };
// @ts-expect-error fields.groupId is required
export const noGroup: AddParams = { fields: { createdBy: 2 } };
// @ts-expect-error fields.createdBy is required
export const noCreator: AddParams = { fields: { groupId: 1 } };
// @ts-expect-error groupId is a number, not a string
export const stringGroup: AddParams = { fields: { groupId: '1', createdBy: 2 } };
// @ts-expect-error unknown keys are rejected
export const extraKey: AddParams = { fields: { groupId: 1, createdBy: 2, title: 'x' } };
// @ts-expect-error unknown top-level keys are rejected
export const extraTop: AddParams = { fields: { groupId: 1, createdBy: 2 }, other: 1 };
// @ts-expect-error fields itself is required
export const empty: AddParams = {};

export const names: MethodName[] = ['tasks.api.scrum.backlog.add', 'tasks.api.scrum.backlog.getFields'];
// @ts-expect-error not a method of the package
export const badName: MethodName = 'tasks.api.scrum.backlog.nope';

export async function use(): Promise<void> {
  const client = createClient({ webhookUrl: 'https://example.bitrix24.com/rest/1/secret/' });
  const added: ResultOf<'tasks.api.scrum.backlog.add'> = await client.call('tasks.api.scrum.backlog.add', ok, { idempotent: true });
  const id: number = added.id;
  // @ts-expect-error the result has no such field
  void added.title;
  const viaNs = await client.tasks.api.scrum.backlog.add({ fields: { groupId: 1, createdBy: id } });
  const viaFn = await tasksApiScrumBacklogAdd(client, { fields: { groupId: 1, createdBy: viaNs.createdBy } });
  await tasksApiScrumBacklogGet(client.core, { id: viaFn.id });
  await client.tasks.api.scrum.backlog.getFields();
  await client.call('tasks.api.scrum.backlog.getFields');
  // @ts-expect-error params are required for add
  await client.call('tasks.api.scrum.backlog.add');
  // @ts-expect-error wrong params for the method
  await client.call('tasks.api.scrum.backlog.get', { fields: { groupId: 1, createdBy: 2 } });
  // @ts-expect-error the method name alone decides the params: add's params do not make the call an add
  await client.call('tasks.api.scrum.backlog.get', ok);
  // @ts-expect-error unknown key through the namespace
  await client.tasks.api.scrum.backlog.get({ id: 1, extra: true });

  const batch = await client.batch({
    a: ['tasks.api.scrum.backlog.get', { id: 1 }],
    b: ['tasks.api.scrum.backlog.delete', { id: 2 }],
  });
  const got: ResultOf<'tasks.api.scrum.backlog.get'> | undefined = batch.result.a;
  const deleted: unknown[] | undefined = batch.result.b;
  const failure: B24Error | undefined = batch.errors.a;
  void got; void deleted; void failure;
  // @ts-expect-error batch params are checked per command
  await client.batch({ a: ['tasks.api.scrum.backlog.get', { id: 'x' }] });
  const typedBatch: BatchResult<{ x: readonly ['tasks.api.scrum.backlog.add', AddParams] }> = { result: {}, errors: {} };
  void typedBatch;

  try {
    await client.call('tasks.api.scrum.backlog.add', ok);
  } catch (error) {
    const key: ErrorsOf<'tasks.api.scrum.backlog.add'> | undefined = matchError(error, TasksApiScrumBacklogAddErrors);
    if (key === 'BacklogAlreadyAdded') return;
    // @ts-expect-error not an error of this method
    if (key === 'BacklogNotDeleted') return;
  }
  const status: 503 = SystemErrorCode.QUERY_LIMIT_EXCEEDED.status;
  void status;

  const mock = createMockClient();
  const r = await mock.tasks.api.scrum.backlog.get({ id: 1 });
  void r.groupId;
  const groupId: number | undefined = tasksApiScrumBacklogAddFixture.response?.result.groupId;
  void groupId;
}
`;

const RUNTIMES: Array<[string, string]> = [
  ['the stub runtime', RUNTIME_STUB],
  ['the real runtime (generator/runtime)', path.join(ROOT, 'generator/runtime')],
];

describe.each(RUNTIMES)('emitPackage on the backlog IR with %s', (_label, runtimeDir) => {
  let files: Map<string, string>;
  let pkg: InstalledPackage;
  const diagnostics: Diagnostic[] = [];

  beforeAll(async () => {
    files = await emitPackage(await loadBacklogIr(), { packageName: NAME, packageVersion: '1.2.3', runtimeDir, diagnostics });
    pkg = await installPackage(files, NAME);
  });
  afterAll(async () => {
    await pkg?.dispose();
  });

  it('emits sources, their .js and .d.ts, the manifest and the README', () => {
    const names = [...files.keys()];
    for (const file of ['src/index.ts', 'src/client.ts', 'src/errors.ts', 'src/types.ts', 'src/mock.ts', 'src/methods/sonet-group.ts', 'src/fixtures/sonet-group.ts', 'src/runtime/index.ts', 'src/runtime/errors.ts', 'package.json', 'README.md']) {
      expect(names).toContain(file);
    }
    for (const file of names.filter((f) => f.startsWith('src/'))) {
      const stem = file.slice(4, -3);
      expect(names).toContain(`dist/${stem}.js`);
      expect(names).toContain(`dist/${stem}.d.ts`);
    }
    expect(names).toEqual([...names].sort());
  });

  it('writes a package.json with ESM exports for the entry, the mock and each section', () => {
    const manifest = JSON.parse(files.get('package.json') as string) as Record<string, unknown>;
    expect(manifest).toMatchObject({ name: NAME, version: '1.2.3', type: 'module', sideEffects: false });
    expect(manifest['exports']).toMatchObject({
      '.': { types: './dist/index.d.ts', import: './dist/index.js' },
      './mock': { types: './dist/mock.d.ts', import: './dist/mock.js' },
      './sonet-group': { types: './dist/methods/sonet-group.d.ts', import: './dist/methods/sonet-group.js' },
    });
  });

  it('compiles its own sources under strict isolatedDeclarations', () => {
    expect(compileSources(pkg, files)).toEqual([]);
  });

  it('type-checks a consumer through the .d.ts files, with every @ts-expect-error used', async () => {
    expect(await compileConsumers(pkg, { 'consumer.ts': CONSUMER })).toEqual([]);
  });

  it('fails the consumer check when a params type accepts what it should reject', async () => {
    const wrong = `import type { ParamsOf } from '@b24gen/client';
// @ts-expect-error (unused: this object is valid)
export const p: ParamsOf<'tasks.api.scrum.backlog.get'> = { id: 1 };
`;
    const problems = await compileConsumers(pkg, { 'wrong.ts': wrong });
    expect(problems.join('\n')).toContain('TS2578');
  });

  it('keeps the error catalog keyed by message when codes repeat, and by code when unique', () => {
    const text = files.get('src/methods/sonet-group.ts') as string;
    expect(text).toContain("GroupIdNotFound: { code: '0', message: 'Group id not found' }");
    expect(text).toContain("CouldNotFindValueForParameterFields: { code: '100', message: 'Could not find value for parameter {fields}' }");
    expect(text).toContain('@see {@link https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/backlog/tasks-api-scrum-backlog-add.html}');
    expect(text).toMatch(/@throws \{B24Error\}[^\n]*\n \* - `0` Group id not found/);
  });

  it('types the fixtures whose examples fit and records the one that does not', () => {
    const text = files.get('src/fixtures/sonet-group.ts') as string;
    expect(text).toContain('tasksApiScrumBacklogAddFixture: TypedMethodFixture<TasksApiScrumBacklogAddResult>');
    expect(text).toContain('tasksApiScrumBacklogGetFieldsFixture: MethodFixture');
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: 'example-result-mismatch', file: 'api-reference/sonet-group/scrum/backlog/tasks-api-scrum-backlog-get-fields.md', line: 82 }),
    ]);
  });

  it('runs under Node: the mock client answers from the fixtures and throws documented errors', async () => {
    const mockModule = (await import(pathToFileURL(path.join(pkg.packageDir, 'dist/mock.js')).href)) as {
      createMockClient(options?: object): {
        call(method: string, params?: unknown): Promise<unknown>;
        tasks: { api: { scrum: { backlog: { get(params: unknown): Promise<unknown> } } } };
        batch(commands: object): Promise<{ result: Record<string, unknown> }>;
      };
    };
    const client = mockModule.createMockClient();
    expect(await client.tasks.api.scrum.backlog.get({ id: 1 })).toEqual({ id: 1, groupId: 125, createdBy: 6, modifiedBy: 1 });
    expect(await client.call('tasks.api.scrum.backlog.delete', { id: 1 })).toEqual([]);
    const batch = await client.batch({ a: ['tasks.api.scrum.backlog.get', { id: 1 }] });
    expect(batch.result['a']).toMatchObject({ groupId: 125 });
    const failing = mockModule.createMockClient({ fail: { 'tasks.api.scrum.backlog.add': { code: '0', message: 'Backlog already added' } } });
    const entry = (await import(pathToFileURL(path.join(pkg.packageDir, 'dist/index.js')).href)) as {
      matchError(error: unknown, catalog: object): string | undefined;
      TasksApiScrumBacklogAddErrors: object;
      SystemErrorCode: Record<string, { status: number }>;
    };
    const error = await failing.call('tasks.api.scrum.backlog.add', { fields: { groupId: 1, createdBy: 1 } }).catch((e: unknown) => e);
    expect(entry.matchError(error, entry.TasksApiScrumBacklogAddErrors)).toBe('BacklogAlreadyAdded');
    expect(entry.SystemErrorCode['QUERY_LIMIT_EXCEEDED']?.status).toBe(503);
  });

  it('is deterministic: a second emit gives identical files', async () => {
    const again = await emitPackage(await loadBacklogIr(), { packageName: NAME, packageVersion: '1.2.3', runtimeDir });
    expect([...again.entries()]).toEqual([...files.entries()]);
  });
});
