import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installSamplePackage, type SamplePackage } from './sample-package.js';
import { compile } from './typecheck-package.js';

describe('the msw entry point of the docs/ package', () => {
  let pkg: SamplePackage;
  beforeAll(async () => {
    pkg = await installSamplePackage({ msw: true });
  }, 60_000);
  afterAll(async () => {
    await pkg?.dispose();
  });

  it('is declared in package.json with msw as an optional peer', () => {
    const manifest = JSON.parse(pkg.files.get('package.json') as string) as Record<string, Record<string, unknown>>;
    expect(manifest['exports']?.['./msw']).toEqual({ types: './dist/msw.d.ts', import: './dist/msw.js' });
    expect(manifest['peerDependencies']).toEqual({ msw: '^2.0.0' });
    expect(manifest['peerDependenciesMeta']).toEqual({ msw: { optional: true } });
  });

  it('type-checks, with typed params and results per method', async () => {
    const consumer = path.join(pkg.root, 'msw-consumer.ts');
    const { writeFile } = await import('node:fs/promises');
    await writeFile(
      consumer,
      `import { createMockHandlers, mockMethod } from '@b24gen/client/msw';
export const a = mockMethod('tasks.api.scrum.backlog.get', (params) => ({ id: params.id, groupId: 1, entityId: 1, entityType: 'backlog', goal: '', createdBy: 1, modifiedBy: 1 }));
// @ts-expect-error not a method of the package
export const b = mockMethod('tasks.api.scrum.backlog.nope', {});
// @ts-expect-error the params have no such key
export const c = mockMethod('tasks.api.scrum.backlog.get', (params) => params.nope);
export const d = createMockHandlers({ fail: { 'tasks.api.scrum.backlog.add': { code: 'ERROR' } } });
`,
    );
    const diagnostics = compile(pkg.root, [path.join(pkg.packageDir, 'src/msw.ts'), consumer], {
      // msw's own declarations need the DOM lib, as its docs say.
      lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    });
    expect(diagnostics).toEqual([]);
  }, 60_000);

  it('answers fetch calls with the fixtures under msw/node (webhook and /rest/api/ URLs)', async () => {
    const fixture = pkg.ir.methods.find((m) => m.key === 'tasks.api.scrum.backlog.get')?.examples.response as { result: unknown };
    expect(fixture?.result).toBeDefined();
    const out = await pkg.runScript(
      'msw-check.mjs',
      `import { setupServer } from 'msw/node';
import { createMockHandlers, mockMethod } from '@b24gen/client/msw';
import { createCaller, tasksApiScrumBacklogGet, tasksApiScrumBacklogDelete } from '@b24gen/client';
const server = setupServer(
  mockMethod('tasks.api.scrum.backlog.update', (params) => ({ echoed: params.id })),
  ...createMockHandlers({ fail: { 'tasks.api.scrum.backlog.delete': { code: 'ERROR_NOT_FOUND', status: 404 } } }),
);
server.listen({ onUnhandledRequest: 'error' });
const out = {};
const caller = createCaller({ webhookUrl: 'https://example.bitrix24.com/rest/1/abcdefgh/', retries: 0 });
out.viaClient = await tasksApiScrumBacklogGet(caller, { id: 7 });
const v3 = await fetch('https://example.bitrix24.com/rest/api/1/abcdefgh/tasks.api.scrum.backlog.get', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"id":7}' });
out.v3 = { status: v3.status, body: await v3.json() };
const oauth = await fetch('https://example.bitrix24.com/rest/tasks.api.scrum.backlog.update.json', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"id":9,"auth":"token"}' });
out.dynamic = await oauth.json();
try { await tasksApiScrumBacklogDelete(caller, { id: 1 }); } catch (e) { out.failed = { code: e.code, status: e.status }; }
const unknown = await fetch('https://example.bitrix24.com/rest/1/abcdefgh/no.such.method', { method: 'POST', body: '{}' });
out.unknown = unknown.status;
server.close();
console.log(JSON.stringify(out));`,
    );
    const result = JSON.parse(out) as Record<string, unknown>;
    expect(result['viaClient']).toEqual(fixture.result);
    expect(result['v3']).toEqual({ status: 200, body: fixture });
    expect((result['dynamic'] as { result: unknown }).result).toEqual({ echoed: 9 });
    expect(result['failed']).toEqual({ code: 'ERROR_NOT_FOUND', status: 404 });
    expect(result['unknown']).toBe(404);
  }, 30_000);
});
