import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot, shippedPackage } from '../support/paths.js';

/**
 * The committed package, installed the way a user installs it (from the tarball `npm pack`
 * makes), imported by plain Node and type-checked by a consumer project. No network: the
 * package has no dependencies, and the "portal" is a server on 127.0.0.1.
 */
let consumer: string;
let server: Server;
let portal: string;
const requests: Array<{ url: string; body: string }> = [];

function portalHandler(request: IncomingMessage, response: ServerResponse): void {
  let body = '';
  request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
  request.on('end', () => {
    requests.push({ url: request.url ?? '', body });
    response.setHeader('content-type', 'application/json');
    if (request.url?.endsWith('/tasks.api.scrum.backlog.get')) {
      response.statusCode = 400;
      response.end(JSON.stringify({ error: 0, error_description: 'Backlog not found' }));
      return;
    }
    response.end(JSON.stringify({ result: { id: 7, groupId: 125, createdBy: 6, modifiedBy: 0 }, time: { start: 1, finish: 2 } }));
  });
}

beforeAll(async () => {
  consumer = mkdtempSync(path.join(tmpdir(), 'b24gen-consumer-'));
  const packed = execFileSync('npm', ['pack', shippedPackage, '--pack-destination', consumer, '--silent'], { encoding: 'utf8' }).trim();
  writeFileSync(path.join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', path.join(consumer, packed.split('\n').pop()!)], {
    cwd: consumer,
    stdio: 'pipe',
  });
  server = createServer(portalHandler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  portal = `http://127.0.0.1:${(server.address() as AddressInfo).port}/rest/1/s3cr3tw3bh00k/`;
}, 300_000);

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(consumer, { recursive: true, force: true });
});

function packageName(): string {
  const scopeDir = readdirSync(path.join(consumer, 'node_modules')).find((entry) => !entry.startsWith('.'))!;
  return scopeDir.startsWith('@') ? `${scopeDir}/${readdirSync(path.join(consumer, 'node_modules', scopeDir))[0]}` : scopeDir;
}

describe('the generated package, installed in a fresh project', () => {
  it('imports under Node and calls a portal over real HTTP', async () => {
    const script = `
      import { createClient, tasksApiScrumBacklogAdd, B24Error } from '${packageName()}';
      const client = createClient({ webhookUrl: process.env.PORTAL, rateLimit: false });
      const nested = await client.tasks.api.scrum.backlog.add({ fields: { groupId: 125, createdBy: 6 } });
      const standalone = await tasksApiScrumBacklogAdd(client, { fields: { groupId: 1, createdBy: 1 } });
      let failure;
      try { await client.call('tasks.api.scrum.backlog.get', { id: 1 }); } catch (error) { failure = error; }
      console.log(JSON.stringify({
        nested, standalone,
        isB24Error: failure instanceof B24Error,
        code: failure.code, status: failure.status, description: failure.description, method: failure.method,
        message: String(failure),
      }));
    `;
    writeFileSync(path.join(consumer, 'run.mjs'), script);
    // async: the portal runs in this process, so a synchronous spawn would block it
    const run = await promisify(execFile)(process.execPath, ['run.mjs'], { cwd: consumer, encoding: 'utf8', env: { ...process.env, PORTAL: portal } });
    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout);
    expect(out.nested).toEqual({ id: 7, groupId: 125, createdBy: 6, modifiedBy: 0 });
    expect(out.standalone.id).toBe(7);
    expect(out.isB24Error).toBe(true);
    expect(out).toMatchObject({ code: '0', status: 400, description: 'Backlog not found', method: 'tasks.api.scrum.backlog.get' });
    expect(out.message).not.toContain('s3cr3tw3bh00k');
    const sent = requests.find((request) => request.url.endsWith('/tasks.api.scrum.backlog.add'))!;
    expect(sent.url).toBe('/rest/1/s3cr3tw3bh00k/tasks.api.scrum.backlog.add');
    expect(JSON.parse(sent.body)).toEqual({ fields: { groupId: 125, createdBy: 6 } });
  });

  it('type-checks a consumer under strict, and rejects what the docs forbid', () => {
    const name = packageName();
    writeFileSync(
      path.join(consumer, 'consumer.ts'),
      `import { createClient, type ParamsOf, type ResultOf, type MethodName } from '${name}';
const client = createClient({ webhookUrl: 'https://example.bitrix24.com/rest/1/abc/' });
const ok: ParamsOf<'tasks.api.scrum.backlog.add'> = { fields: { groupId: 1, createdBy: 2 } };
// @ts-expect-error fields.createdBy is required
const missing: ParamsOf<'tasks.api.scrum.backlog.add'> = { fields: { groupId: 1 } };
// @ts-expect-error groupId is an integer, not a string
const wrong: ParamsOf<'tasks.api.scrum.backlog.add'> = { fields: { groupId: '1', createdBy: 2 } };
// @ts-expect-error unknown keys are rejected
const unknownKey: ParamsOf<'tasks.api.scrum.backlog.add'> = { fields: { groupId: 1, createdBy: 2, colour: 'red' } };
// @ts-expect-error not a method
const notAMethod: MethodName = 'tasks.api.scrum.backlog.fly';
export async function use(): Promise<number> {
  const result: ResultOf<'tasks.api.scrum.backlog.add'> = await client.tasks.api.scrum.backlog.add(ok);
  return result.id;
}
export { missing, wrong, unknownKey, notAMethod };
`,
    );
    writeFileSync(
      path.join(consumer, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { strict: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', noEmit: true, skipLibCheck: false, types: [] }, files: ['consumer.ts'] }),
    );
    const tsc = spawnSync(process.execPath, [path.join(projectRoot, 'node_modules/typescript/bin/tsc'), '-p', consumer], { encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  });
});
