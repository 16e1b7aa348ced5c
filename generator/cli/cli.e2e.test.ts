import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../test/support/run-cli.js';
import { binPath, shippedDocs } from '../../test/support/paths.js';

// These run bin/b24gen.js, which runs dist/: `npm run build` first (npm test does).
let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'b24gen-cli-tools-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('b24gen CLI: help, config, lint, mock', () => {
  it('documents exit codes at the top and examples on every command', () => {
    const top = runCli(['--help']);
    expect(top.status).toBe(0);
    expect(top.stdout).toMatch(/Exit codes:\n\s+0 .*\n\s+1 .*\n[\s\S]*\s+2 +usage error/);
    for (const name of ['generate', 'ir', 'check', 'diff', 'lint', 'openapi', 'mock']) {
      const help = runCli([name, '--help']);
      expect(help.status, name).toBe(0);
      expect(help.stdout, name).toContain('Examples:');
    }
  });

  it('generate takes docs, out and include from b24gen.config.json found above the working directory', () => {
    const project = path.join(scratch, 'project');
    const cwd = path.join(project, 'sub');
    mkdirSync(cwd, { recursive: true });
    writeFileSync(
      path.join(project, 'b24gen.config.json'),
      JSON.stringify({ docs: path.relative(project, shippedDocs), out: 'client', packageName: '@acme/backlog', include: ['tasks.api.scrum.backlog.get'] }),
    );
    const result = runCli(['generate'], cwd);
    expect(result.stderr).toContain('left out by include/exclude');
    expect(result.status).toBe(0);
    const manifest = JSON.parse(readFileSync(path.join(project, 'client', 'package.json'), 'utf8')) as { name: string };
    expect(manifest.name).toBe('@acme/backlog');
    const methods = readFileSync(path.join(project, 'client', 'src', 'methods', 'sonet-group.ts'), 'utf8');
    expect(methods).toContain('tasks.api.scrum.backlog.get');
    expect(methods).not.toContain('tasks.api.scrum.backlog.add');
    // not a terminal: no colour codes
    expect(result.stderr).not.toContain('\u001b[');

    // a flag wins over the config
    const flagged = runCli(['generate', '--package-name', '@acme/other', '--out', path.join(project, 'client2')], cwd);
    expect(flagged.status).toBe(0);
    expect(JSON.parse(readFileSync(path.join(project, 'client2', 'package.json'), 'utf8')).name).toBe('@acme/other');
  });

  it('loads a b24gen.config.mjs and a b24gen.config.ts, also when the CLI runs from its code cache', () => {
    for (const [file, text] of [
      ['b24gen.config.mjs', `export default { docs: ${JSON.stringify(shippedDocs)}, out: 'client', packageName: '@acme/from-mjs' };\n`],
      ['b24gen.config.ts', `const packageName: string = '@acme/from-ts';\nexport default { docs: ${JSON.stringify(shippedDocs)}, out: 'client', packageName };\n`],
    ] as const) {
      const cwd = path.join(scratch, `config-${file}`);
      mkdirSync(cwd, { recursive: true });
      writeFileSync(path.join(cwd, file), text);
      // The second run compiles the CLI from the cache the first one left (where Node 20 drops `import()`).
      for (const run of [1, 2]) {
        const result = runCli(['generate', '-q', '--no-cache'], cwd);
        expect(result.stderr, `${file}, run ${run}`).toBe('');
        expect(result.status, `${file}, run ${run}`).toBe(0);
        expect(JSON.parse(readFileSync(path.join(cwd, 'client', 'package.json'), 'utf8')).name).toBe(text.includes('from-ts') ? '@acme/from-ts' : '@acme/from-mjs');
      }
    }
  });

  it('exits 1 with the key named when the config is invalid', () => {
    const cwd = path.join(scratch, 'bad');
    mkdirSync(cwd, { recursive: true });
    writeFileSync(path.join(cwd, 'b24gen.config.json'), '{"docs": "x", "exlude": ["a"]}');
    const result = runCli(['ir'], cwd);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('b24gen: b24gen.config.json: unknown key "exlude"; did you mean "exclude"?');
  });

  it('lint writes JSON and --fail-on decides the exit code', () => {
    const ok = runCli(['lint', '--docs', shippedDocs, '--json']);
    expect(ok.status).toBe(0);
    const report = JSON.parse(ok.stdout) as { summary: { methods: number; errors: number; warnings: number } };
    expect(report.summary.methods).toBeGreaterThan(0);
    const strict = runCli(['lint', '--docs', shippedDocs, '--fail-on', 'warning', '--quiet']);
    expect(strict.status).toBe(report.summary.errors + report.summary.warnings > 0 ? 1 : 0);
    expect(strict.stdout).toContain('# b24gen lint report');
    expect(runCli(['lint', '--fail-on', 'sometimes']).status).toBe(2);
  });

  it('mock serves the documented example over HTTP and stops on SIGINT', async () => {
    const child = spawn(process.execPath, [binPath, 'mock', '--docs', shippedDocs, '--quiet'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString('utf8');
          if (out.includes('\n')) resolve(out.split('\n')[0] as string);
        });
        child.once('exit', (code) => reject(new Error(`mock exited early with ${String(code)}`)));
      });
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/rest\/1\/[^/]+\/$/);
      const response = await fetch(`${url}tasks.api.scrum.backlog.get`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"id":125}' });
      const body = (await response.json()) as { result: { groupId: number } };
      expect(body.result.groupId).toBe(125);
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill('SIGINT');
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
