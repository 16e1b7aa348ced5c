import { chmodSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { runCli } from '../support/run-cli.js';
import { resolveCacheDir } from '../../generator/cache/cache-dir.js';
import { binPath, projectRoot, shippedDocs, shippedPackage } from '../support/paths.js';

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'b24gen-cli-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('b24gen CLI', () => {
  it('generates a package from docs/, byte-identical on a second run, and check passes on it', () => {
    const out = path.join(scratch, 'pkg');
    const first = runCli(['generate', '--docs', shippedDocs, '--out', out]);
    expect(first.stderr).toContain('methods');
    expect(first.status).toBe(0);
    const manifest = readFileSync(path.join(out, 'package.json'), 'utf8');
    expect(JSON.parse(manifest).type).toBe('module');
    const marker = readFileSync(path.join(out, '.b24gen.json'), 'utf8');

    const second = runCli(['generate', '--docs', shippedDocs, '--out', out]);
    expect(second.status).toBe(0);
    expect(readFileSync(path.join(out, '.b24gen.json'), 'utf8')).toBe(marker);

    const check = runCli(['check', '--docs', shippedDocs, '--out', out]);
    expect(check.status).toBe(0);
  });

  it('check exits 1 and names the stale file after a docs change', () => {
    const out = path.join(scratch, 'pkg-stale');
    expect(runCli(['generate', '--docs', shippedDocs, '--out', out]).status).toBe(0);
    const indexFile = path.join(out, 'src', 'index.ts');
    writeFileSync(indexFile, `${readFileSync(indexFile, 'utf8')}\n// edited by hand\n`);
    const check = runCli(['check', '--docs', shippedDocs, '--out', out]);
    expect(check.status).toBe(1);
    expect(check.stdout).toContain(path.join('src', 'index.ts'));
  });

  it('the committed generated/ is what docs/ generates', () => {
    const check = runCli(['check', '--docs', shippedDocs, '--out', shippedPackage]);
    expect(check.stdout + check.stderr).not.toContain('stale:');
    expect(check.status).toBe(0);
  });

  it('writes the IR with the contract fields', () => {
    const file = path.join(scratch, 'ir.json');
    const result = runCli(['ir', '--docs', shippedDocs, '--out', file]);
    expect(result.status).toBe(0);
    const ir = JSON.parse(readFileSync(file, 'utf8'));
    expect(ir.irVersion).toBe(1);
    const add = ir.methods.find((method: { name: string }) => method.name === 'tasks.api.scrum.backlog.add');
    expect(add.source).toBe('api-reference/sonet-group/scrum/backlog/tasks-api-scrum-backlog-add.md');
    expect(add.params[0].name).toBe('fields');
    expect(add.params[0].fields.map((field: { name: string }) => field.name)).toEqual(['groupId', 'createdBy', 'modifiedBy']);
  });

  it('fails with one line and exit 1 on a missing docs root', () => {
    const result = runCli(['generate', '--docs', path.join(scratch, 'nope'), '--out', path.join(scratch, 'x')]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('docs root not found');
  });

  it('refuses to write into a folder it did not create', () => {
    const foreign = path.join(scratch, 'foreign');
    mkdirSync(foreign);
    writeFileSync(path.join(foreign, 'precious.txt'), 'keep me');
    const result = runCli(['generate', '--docs', shippedDocs, '--out', foreign]);
    expect(result.status).toBe(1);
    expect(readFileSync(path.join(foreign, 'precious.txt'), 'utf8')).toBe('keep me');
    expect(existsSync(path.join(foreign, 'package.json'))).toBe(false);
  });

  it('--bump moves the version by the API diff and writes a changelog that check keeps', () => {
    const docs = path.join(scratch, 'docs-bump');
    cpSync(shippedDocs, docs, { recursive: true });
    const out = path.join(scratch, 'pkg-bump');
    expect(runCli(['generate', '--docs', docs, '--out', out]).status).toBe(0);
    const page = path.join(docs, 'api-reference/sonet-group/scrum/backlog/tasks-api-scrum-backlog-add.md');
    const text = readFileSync(page, 'utf8');
    const lastErrorRow = text.lastIndexOf('|| `0` |');
    expect(lastErrorRow).toBeGreaterThan(0);
    writeFileSync(page, `${text.slice(0, lastErrorRow)}|| \`0\` | Sprint is frozen | Added to test the bump ||\n${text.slice(lastErrorRow)}`);
    const bumped = runCli(['generate', '--docs', docs, '--out', out, '--bump', '--no-cache']);
    expect(bumped.status).toBe(0);
    // an added error is an addition; below 1.0.0 that moves the patch
    expect(JSON.parse(readFileSync(path.join(out, 'package.json'), 'utf8')).version).toBe('0.1.1');
    const changelog = readFileSync(path.join(out, 'CHANGELOG.md'), 'utf8');
    expect(changelog).toContain('## 0.1.1');
    expect(changelog).toContain('Sprint is frozen');
    expect(runCli(['check', '--docs', docs, '--out', out]).status).toBe(0);
  });

  it('--zod adds the zod entry point and check takes the same option', () => {
    const out = path.join(scratch, 'pkg-zod');
    expect(runCli(['generate', '--docs', shippedDocs, '--out', out, '--zod']).status).toBe(0);
    expect(JSON.parse(readFileSync(path.join(out, 'package.json'), 'utf8')).exports['./zod']).toBeDefined();
    expect(runCli(['check', '--docs', shippedDocs, '--out', out, '--zod']).status).toBe(0);
    expect(runCli(['check', '--docs', shippedDocs, '--out', out]).status).toBe(1);
  });

  it('starts no worker and loads neither ts-morph nor TypeScript to print its version or to find the output up to date', () => {
    const docs = path.join(scratch, 'docs-lazy');
    cpSync(shippedDocs, docs, { recursive: true });
    const out = path.join(scratch, 'pkg-lazy');
    expect(runCli(['generate', '--docs', docs, '--out', out]).status).toBe(0);
    // Hooks that log every module the process (and its workers) loads: ES modules as resolved,
    // CommonJS as required (the CLI's bundle is CommonJS, see generator/cli/run-bundle.ts).
    const log = path.join(scratch, 'resolved.log');
    const esmHook = path.join(scratch, 'log-resolve.mjs');
    const cjsHook = path.join(scratch, 'log-require.cjs');
    writeFileSync(esmHook, `import { appendFileSync } from 'node:fs';\nexport async function resolve(specifier, context, next) {\n  const found = await next(specifier, context);\n  appendFileSync(${JSON.stringify(log)}, found.url + '\\n');\n  return found;\n}\n`);
    writeFileSync(cjsHook, `const { appendFileSync } = require('node:fs');\nconst Module = require('node:module');\nconst load = Module._load;\nModule._load = function (request, parent, isMain) {\n  appendFileSync(${JSON.stringify(log)}, 'require:' + request + '\\n');\n  return load.apply(this, arguments);\n};\n`);
    const loaded = (args: string[]): string[] => {
      writeFileSync(log, '');
      const run = spawnSync(process.execPath, ['--no-warnings', '--require', cjsHook, '--experimental-loader', pathToFileURL(esmHook).href, binPath, ...args], { encoding: 'utf8' });
      expect(run.status).toBe(0);
      return readFileSync(log, 'utf8').split('\n').filter((l) => l !== '');
    };
    // A loaded file of the workers' bundles stands for the modules it holds (bin/bundle-cli.js lists them).
    const bundleDir = path.join(projectRoot, 'dist', 'bundle');
    const bundled = JSON.parse(readFileSync(path.join(bundleDir, 'modules.json'), 'utf8')) as Record<string, string[]>;
    const withModules = (line: string): string[] => {
      if (!line.startsWith('file:')) return [line];
      const inBundle = path.relative(bundleDir, fileURLToPath(line));
      return [line, ...(inBundle.endsWith('.js') ? (bundled[inBundle] ?? []).map((m) => `/${m}`) : [])];
    };
    // The printers, the worker bundles, and the stand-ins the workers require them by (\`require-commonjs:…\`).
    const heavy = (lines: string[]): string[] =>
      lines
        .flatMap(withModules)
        .filter((l) => /^require:(typescript|ts-morph)$|\/node_modules\/(typescript|ts-morph|@ts-morph)\/|\/dist\/bundle\/(print|page)-worker\.js$|\/require-commonjs:(typescript|ts-morph)$/.test(l));
    const version = loaded(['--version']);
    // The hooks see the CLI's bundle load: the test would notice were it to load some other way.
    expect(version.some((l) => l === `require:${path.join(projectRoot, 'dist', 'bundle', 'main.cjs')}`)).toBe(true);
    expect(heavy(version)).toEqual([]);
    expect(heavy(loaded(['generate', '--docs', docs, '--out', out]))).toEqual([]);
    // The log does show them when they load: a run that must print (a page changed).
    const page = path.join(docs, 'api-reference/sonet-group/scrum/backlog/tasks-api-scrum-backlog-get.md');
    writeFileSync(page, readFileSync(page, 'utf8').replace(/^(# .*)$/m, '$1\n\nA sentence added by the lazy-loading test.'));
    const emitting = heavy(loaded(['generate', '--docs', docs, '--out', out]));
    expect(emitting.some((l) => l.endsWith('/dist/bundle/print-worker.js'))).toBe(true);
    // The worker's stand-in for ts-morph is linked as it starts (it then requires ts-morph itself).
    expect(emitting.some((l) => l.endsWith('require-commonjs:ts-morph'))).toBe(true);
  });

  it('runs from its bundle through V8\'s code cache, taken again after each kind of run it has not seen', () => {
    const cacheRoot = path.join(scratch, 'cache-root');
    const run = (args: string[]): number | null =>
      spawnSync(process.execPath, [binPath, ...args], { encoding: 'utf8', env: { ...process.env, B24GEN_CACHE_DIR: cacheRoot } }).status;
    const codeCache = path.join(cacheRoot, 'code-cache');
    const kinds = (): string[] => {
      const [file, ...others] = readdirSync(codeCache).filter((f) => f.endsWith('.v8cache'));
      expect(others).toEqual([]);
      expect(file).toMatch(/^main-[0-9a-f]{16}-[0-9a-f]{16}\.v8cache$/);
      return readFileSync(path.join(codeCache, `${file}.kinds`), 'utf8').split('\n').filter((k) => k !== '');
    };
    expect(run(['--version'])).toBe(0);
    expect(kinds()).toEqual(['other']);
    const out = path.join(scratch, 'pkg-code-cache');
    expect(run(['generate', '--docs', shippedDocs, '--out', out, '-q'])).toBe(0);
    expect(run(['generate', '--docs', shippedDocs, '--out', out, '-q'])).toBe(0);
    expect(run(['--version'])).toBe(0);
    expect(kinds()).toEqual(['other', 'cold', 'up-to-date']);
  });

  it('runs without a cache folder that every user can write, and says so', () => {
    const cacheRoot = path.join(scratch, 'cache-open');
    const out = path.join(scratch, 'pkg-cache-open');
    const cacheDir = resolveCacheDir(out, cacheRoot);
    mkdirSync(cacheDir, { recursive: true });
    chmodSync(cacheDir, 0o777);
    const run = runCli(['generate', '--docs', shippedDocs, '--out', out, '--cache-dir', cacheRoot]);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(`b24gen: ${cacheDir} is writable by every user: running without the cache`);
    expect(readdirSync(cacheDir)).toEqual([]);
    expect(runCli(['check', '--docs', shippedDocs, '--out', out]).status).toBe(0);
  });

  it('a warm run after a page changed (printed in its print worker) writes what a run without the cache writes', () => {
    const docs = path.join(scratch, 'docs-warm');
    cpSync(shippedDocs, docs, { recursive: true });
    const out = path.join(scratch, 'pkg-warm');
    const cacheDir = path.join(scratch, 'cache-warm');
    expect(runCli(['generate', '--docs', docs, '--out', out, '--cache-dir', cacheDir]).status).toBe(0);
    const page = path.join(docs, 'api-reference/sonet-group/scrum/backlog/tasks-api-scrum-backlog-get.md');
    const lines = readFileSync(page, 'utf8').split('\n');
    lines.splice(lines.findIndex((l) => l.startsWith('# ')) + 1, 0, '', 'A sentence added by the warm-run test.');
    writeFileSync(page, lines.join('\n'));
    const warm = runCli(['generate', '--docs', docs, '--out', out, '--cache-dir', cacheDir, '--verbose']);
    expect(warm.status).toBe(0);
    expect(warm.stderr).toMatch(/1 methods planned/);
    // The changed method's parts (its types and function, its fixture) went to the worker.
    expect(Number(/(\d+) parts printed in the print worker/.exec(warm.stderr)?.[1])).toBeGreaterThanOrEqual(2);
    // The client and the shared types did not change: their files were kept without being made again.
    expect(Number(/(\d+) files kept from the previous output/.exec(warm.stderr)?.[1])).toBeGreaterThanOrEqual(6);
    // `--workers 1` keeps everything on the main thread: no print worker.
    lines.splice(lines.findIndex((l) => l.startsWith('# ')) + 1, 0, '', 'Another sentence, printed on the main thread.');
    writeFileSync(page, lines.join('\n'));
    const single = runCli(['generate', '--docs', docs, '--out', out, '--cache-dir', cacheDir, '--verbose', '--workers', '1']);
    expect(single.status).toBe(0);
    expect(single.stderr).toMatch(/1 methods planned/);
    expect(single.stderr).not.toMatch(/print worker/);
    const cold = path.join(scratch, 'pkg-warm-cold');
    expect(runCli(['generate', '--docs', docs, '--out', cold, '--no-cache']).status).toBe(0);
    const listing = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
    expect(listing(out)).toEqual(listing(cold));
    const differing = listing(out).filter((f) => statSync(path.join(out, f)).isFile() && !readFileSync(path.join(out, f)).equals(readFileSync(path.join(cold, f))));
    expect(differing).toEqual([]);
    expect(readFileSync(path.join(out, 'src/methods/sonet-group.ts'), 'utf8')).toContain('A sentence added by the warm-run test.');
    expect(readFileSync(path.join(out, 'src/methods/sonet-group.ts'), 'utf8')).toContain('Another sentence, printed on the main thread.');
  });

  it('a cache whose records turn out damaged when read is dropped, and the run done again without it', () => {
    const docs = path.join(scratch, 'docs-damaged');
    cpSync(shippedDocs, docs, { recursive: true });
    const out = path.join(scratch, 'pkg-damaged');
    const cacheRoot = path.join(scratch, 'cache-damaged');
    expect(runCli(['generate', '--docs', docs, '--out', out, '--cache-dir', cacheRoot]).status).toBe(0);
    // Every finished method's JSON no longer parses; the records keep their fields, so they are
    // found, and the damage shows only when a method is read (the `*.getFields` method is).
    const [cacheDir] = readdirSync(cacheRoot).map((d) => path.join(cacheRoot, d));
    const finals = path.join(cacheDir as string, 'finals.tsv');
    const [stamp, ...records] = readFileSync(finals, 'utf8').split('\n');
    writeFileSync(finals, [stamp, ...records.map((line) => line.split('\t').map((field, i) => (i === 3 ? '{"cut short' : field)).join('\t'))].join('\n'));
    const page = path.join(docs, 'api-reference/sonet-group/scrum/backlog/tasks-api-scrum-backlog-get.md');
    writeFileSync(page, readFileSync(page, 'utf8').replace(/^# .*$/m, (h1) => `${h1}\n\nA sentence added by the damaged-cache test.`));
    const run = runCli(['generate', '--docs', docs, '--out', out, '--cache-dir', cacheRoot]);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/cache record is damaged.*run done again/);
    const cold = path.join(scratch, 'pkg-damaged-cold');
    expect(runCli(['generate', '--docs', docs, '--out', cold, '--no-cache']).status).toBe(0);
    const listing = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
    expect(listing(out)).toEqual(listing(cold));
    expect(listing(out).filter((f) => statSync(path.join(out, f)).isFile() && !readFileSync(path.join(out, f)).equals(readFileSync(path.join(cold, f))))).toEqual([]);
  });

  it('exits 2 on a usage error', () => {
    expect(runCli(['generate', '--no-such-flag']).status).toBe(2);
  });
});
