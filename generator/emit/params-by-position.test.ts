/**
 * Methods that read their params by position, end to end: a package generated from an IR with
 * such a method is compiled, imported and called against the mock server, and the portal gets
 * the documented order whichever way the caller goes (standalone function, client namespace,
 * `call`, batch), while the types keep the documented names.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Field, IrDocument, IrMethod, TypeRef } from '../ir/types.js';
import { runtimeSourceDir } from '../pipeline/run-pipeline.js';
import { startMockServer, type MockServer } from '../runtime/mock-server.js';
import { emitPackage } from './index.js';
import { compileConsumers, installPackage, type InstalledPackage } from './typecheck-package.js';

const NAME = 'positional-client';
const INT: TypeRef = { raw: 'integer', kind: 'scalar', name: 'integer' };
const OBJ: TypeRef = { raw: 'object', kind: 'object', name: 'object' };
const field = (name: string, type: TypeRef, required = false): Field => ({ name, required, type, description: '' });

function method(name: string, params: Field[], extra: Partial<IrMethod> = {}): IrMethod {
  return {
    name, apiVersion: 'v2', key: name, source: `api-reference/tasks/${name}.md`, docsUrl: `https://apidocs.bitrix24.com/api-reference/tasks/${name}.html`,
    title: name, section: 'tasks', scope: [], description: '', params, result: [], resultType: { raw: 'boolean', kind: 'scalar', name: 'boolean' },
    errors: [], examples: {}, seeAlso: [], diagnostics: [], ...extra,
  };
}

const IR: IrDocument = {
  irVersion: 1,
  methods: [
    method('task.item.update', [field('auth', { raw: 'string', kind: 'scalar', name: 'string' }), field('TASKID', INT, true), field('TASKDATA', OBJ)], { paramsByPosition: true }),
    method('task.item.getdata', [field('TASKID', INT, true)]),
    // A hostile name: its row in the order table must be a key, not the table's prototype.
    method('__proto__', [field('A', INT)], { paramsByPosition: true }),
  ],
  types: [],
  systemErrors: [],
  pages: [],
  diagnostics: [],
};

let pkg: InstalledPackage;
let server: MockServer;
let files: Map<string, string>;

beforeAll(async () => {
  files = await emitPackage(IR, { packageName: NAME, packageVersion: '0.0.0', runtimeDir: runtimeSourceDir() });
  pkg = await installPackage(files, NAME);
  server = await startMockServer({ fixtures: { 'task.item.update': { response: { result: true } }, 'task.item.getdata': { response: { result: true } }, batch: { response: { result: {} } } } });
}, 60_000);

afterAll(async () => {
  await server?.close();
  await pkg?.dispose();
});

describe('a method that reads its params by position', () => {
  it('keeps the documented names in the types, and the order (without the OAuth token) in the client table', async () => {
    const consumer = `import { taskItemUpdate, type ParamsOf } from '${NAME}';
export const ok: ParamsOf<'task.item.update'> = { TASKID: 1, TASKDATA: { TITLE: 'x' } };
// @ts-expect-error TASKID is required
export const missing: ParamsOf<'task.item.update'> = { TASKDATA: {} };
// @ts-expect-error TASKID is a number
export const wrong: ParamsOf<'task.item.update'> = { TASKID: 'one' };
export const fn = taskItemUpdate;
`;
    expect(await compileConsumers(pkg, { 'consumer.ts': consumer })).toEqual([]);
    expect(files.get('src/client.ts')).toContain(`'task.item.update': ['TASKID', 'TASKDATA'],`);
    expect(files.get('src/client.ts')).not.toContain(`'task.item.getdata': [`);
    expect(files.get('src/client.ts')).toContain(`['__proto__']: ['A'],`);
  });

  it('sends the params as a list in the documented order, whichever way it is called', async () => {
    const lib = (await import(pathToFileURL(path.join(pkg.packageDir, 'dist/index.js')).href)) as Record<string, (...args: unknown[]) => unknown>;
    const client = lib['createClient']?.({ webhookUrl: server.webhookUrl, rateLimit: false }) as {
      call(m: string, p: unknown): Promise<unknown>;
      batch(c: Record<string, readonly [string, unknown]>): Promise<unknown>;
      task: { item: { update(p: unknown): Promise<unknown>; getdata(p: unknown): Promise<unknown> } };
      core: unknown;
    };
    const caller = lib['createCaller']?.({ webhookUrl: server.webhookUrl });
    await lib['taskItemUpdate']?.(caller, { TASKDATA: { TITLE: 'a' }, TASKID: 1 });
    await client.task.item.update({ TASKDATA: { TITLE: 'b' }, TASKID: 2 });
    await client.call('task.item.update', { TASKID: 3 });
    await client.task.item.getdata({ TASKID: 4 });
    await client.batch({ u: ['task.item.update', { TASKDATA: { TITLE: 'c' }, TASKID: 5 }] });
    const sent = server.requests.map((r) => [r.method, r.params]);
    expect(sent.slice(0, 4)).toEqual([
      ['task.item.update', [1, { TITLE: 'a' }]],
      ['task.item.update', [2, { TITLE: 'b' }]],
      ['task.item.update', [3]],
      ['task.item.getdata', { TASKID: 4 }],
    ]);
    expect((sent[4]?.[1] as { cmd: Record<string, string> }).cmd['u']).toBe('task.item.update?0=5&1[TITLE]=c');
  });
});
