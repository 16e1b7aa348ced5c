// The benchmark: `npm run bench` (after `npm run build`). One table on stdout.
//
// Env: B24GEN_BENCH_DOCS (docs tree; default the current corpus snapshot),
//      B24GEN_BENCH_RUNS (runs of the fast figures, default 3),
//      B24GEN_BENCH_SLOW_RUNS (runs of the parse floor and the cold generate, default 3),
//      B24GEN_BENCH_FUZZ (mutants of the seeded fuzz run, default 5000; `npm test` runs 200).
// Every figure is the median of its runs. Whole-process figures are measured with
// /usr/bin/time around a child process, so Node's start-up is included.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('../', import.meta.url));
const bin = path.join(root, 'bin', 'b24gen.js');
if (!existsSync(path.join(root, 'dist', 'load', 'index.js'))) {
  console.error('bench: dist/ is missing; run `npm run build` first');
  process.exit(1);
}
const { listDocsPages } = await import('../dist/load/index.js');
const { isReferencePage } = await import('../dist/load/page-paths.js');

const docs = path.resolve(process.env.B24GEN_BENCH_DOCS ?? path.join(root, '..', 'shared', 'corpus', 'b24restdocs-2026-08-21'));
if (!existsSync(path.join(docs, 'api-reference'))) {
  console.error(`bench: no docs tree at ${docs} (set B24GEN_BENCH_DOCS)`);
  process.exit(1);
}
const RUNS = Math.max(1, Number.parseInt(process.env.B24GEN_BENCH_RUNS ?? '3', 10) || 3);
const SLOW_RUNS = Math.max(1, Number.parseInt(process.env.B24GEN_BENCH_SLOW_RUNS ?? '3', 10) || 3);
const work = mkdtempSync(path.join(os.tmpdir(), 'b24gen-bench-'));
const log = (s) => process.stderr.write(`bench: ${s}\n`);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Runs a command under /usr/bin/time: wall and CPU seconds, peak RSS in MiB. */
function timed(cmd, args, options = {}) {
  const timeFile = path.join(work, `time-${process.pid}-${Date.now()}.txt`);
  const haveTime = existsSync('/usr/bin/time');
  const started = process.hrtime.bigint();
  const r = haveTime
    ? spawnSync('/usr/bin/time', ['-o', timeFile, '-f', '%e %U %S %M', cmd, ...args], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, ...options })
    : spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, ...options });
  const wallHr = Number(process.hrtime.bigint() - started) / 1e9;
  let wall = wallHr;
  let cpu = NaN;
  let rssMiB = NaN;
  if (haveTime && existsSync(timeFile)) {
    const last = readFileSync(timeFile, 'utf8').trim().split('\n').pop() ?? '';
    const [e, u, s, m] = last.split(' ').map(Number);
    if (Number.isFinite(e)) wall = e;
    cpu = u + s;
    rssMiB = m / 1024;
  }
  return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', wall, cpu, rssMiB };
}

function generate(docsRoot, out, cacheDir) {
  // The cache folder goes by environment, so the bench also runs against a generator without a cache.
  const r = timed(process.execPath, [bin, 'generate', '--docs', docsRoot, '--out', out, '-q'], { env: { ...process.env, B24GEN_CACHE_DIR: cacheDir } });
  if (r.status !== 0) throw new Error(`generate failed (${r.status}): ${r.stderr.slice(0, 2000)}`);
  return r;
}

const pages = listDocsPages(docs).filter(isReferencePage);
const pageList = path.join(work, 'pages.json');
writeFileSync(pageList, JSON.stringify(pages.map((p) => path.join(docs, p))));

/** A parser alone over every api-reference page, single thread, in a fresh child: parse time only. */
function floor(kind) {
  const script = `
    import { readFileSync } from 'node:fs';
    const files = JSON.parse(readFileSync(${JSON.stringify(pageList)}, 'utf8'));
    const texts = files.map((f) => readFileSync(f, 'utf8').replace(/\\r\\n?/g, '\\n'));
    let parse;
    if (${JSON.stringify(kind)} === 'remark') {
      const { unified } = await import('unified');
      const { default: remarkParse } = await import('remark-parse');
      const p = unified().use(remarkParse);
      parse = (t) => p.parse(t);
    } else {
      const { default: MarkdownIt } = await import('markdown-it');
      const md = new MarkdownIt();
      parse = (t) => md.parse(t, {});
    }
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    let n = 0;
    for (const t of texts) n += parse(t) ? 1 : 0;
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    process.stdout.write(JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, n }));
  `;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${kind} floor failed: ${r.stderr.slice(0, 2000)}`);
  return JSON.parse(r.stdout);
}

function copyTree(from, to) {
  cpSync(from, to, { recursive: true });
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const f = path.join(d, e.name);
      chmodSync(f, e.isDirectory() ? 0o755 : 0o644);
      if (e.isDirectory()) walk(f);
    }
  };
  walk(to);
}

function addUnderTitle(file, text) {
  const lines = readFileSync(file, 'utf8').split('\n');
  const h1 = lines.findIndex((l) => l.startsWith('# '));
  lines.splice(h1 + 1, 0, '', text);
  writeFileSync(file, lines.join('\n'));
}

function typecheck(pkgDir, tscJs, label) {
  const dir = path.join(work, `tsc-${label}`);
  mkdirSync(dir, { recursive: true });
  const config = {
    compilerOptions: {
      target: 'ES2022',
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      lib: ['ES2023'],
      types: ['node'],
      typeRoots: [path.join(root, 'node_modules', '@types')],
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      verbatimModuleSyntax: true,
    },
    include: [path.join(pkgDir, 'src', '**', '*.ts')],
  };
  writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify(config, null, 2));
  const r = timed(process.execPath, [tscJs, '--noEmit', '-p', path.join(dir, 'tsconfig.json')]);
  const errors = (r.stdout.match(/error TS\d+/g) ?? []).length;
  return { ...r, errors };
}

/** The keys of the package's MethodMap, in the order the client module lists them. */
function methodKeys(pkgDir) {
  const client = readFileSync(path.join(pkgDir, 'src', 'client.ts'), 'utf8');
  const start = client.indexOf('export interface MethodMap {');
  const end = client.indexOf('\n}\n', start);
  return [...client.slice(start, end).matchAll(/^  '((?:[^'\\]|\\.)*)': \{$/gm)].map((m) => m[1]).filter((k) => !k.includes('\\'));
}

/**
 * What one call site costs the type checker: a consumer with `n` typed `client.call(method,
 * params)` calls (each a different method) against the same consumer with the params declared
 * but not passed, both checked through the package's `.d.ts`; the difference in tsc's own
 * "Check time", per call.
 */
function callSiteCost(pkgDir, tscJs, n) {
  const pkg = JSON.parse(readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
  const dir = path.join(work, 'call-sites');
  const modDir = path.join(dir, 'node_modules', ...pkg.name.split('/'));
  if (!existsSync(modDir)) {
    mkdirSync(path.dirname(modDir), { recursive: true });
    symlinkSync(pkgDir, modDir, 'dir');
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  }
  const keys = methodKeys(pkgDir).slice(0, n);
  const head = `import { createClient } from '${pkg.name}';\nimport type { ParamsOf } from '${pkg.name}';\nconst client = createClient({ webhookUrl: 'https://example.bitrix24.com/rest/1/x/' });\n`;
  const params = keys.map((k, i) => `declare const p${i}: ParamsOf<'${k}'>;\n`).join('');
  const unused = keys.map((k, i) => `export const q${i} = p${i};\n`).join('');
  const calls = keys.map((k, i) => `export const r${i} = client.call('${k}', p${i});\n`).join('');
  const checkTime = (name, body) => {
    writeFileSync(path.join(dir, `${name}.ts`), body);
    const config = {
      compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', lib: ['ES2023', 'DOM'], types: [], strict: true, noEmit: true, skipLibCheck: true },
      files: [`${name}.ts`],
    };
    writeFileSync(path.join(dir, `tsconfig.${name}.json`), JSON.stringify(config));
    const r = timed(process.execPath, [tscJs, '--extendedDiagnostics', '-p', path.join(dir, `tsconfig.${name}.json`)]);
    const m = /Check time:\s+([\d.]+)s/.exec(r.stdout);
    if (r.status !== 0 || !m) throw new Error(`call-site check failed (${name}): ${(r.stdout + r.stderr).slice(0, 2000)}`);
    return Number(m[1]);
  };
  const runs = Array.from({ length: RUNS }, () => ({ base: checkTime('base', `${head}${params}${unused}export { client };\n`), calls: checkTime('calls', head + params + calls) }));
  const perCallMs = median(runs.map((r) => ((r.calls - r.base) * 1000) / keys.length));
  return { perCallMs, count: keys.length, total: median(runs.map((r) => r.calls)) };
}

async function oneMethodBundle(pkgDir) {
  const pkg = JSON.parse(readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
  const index = readFileSync(path.join(pkgDir, 'dist', 'index.js'), 'utf8');
  const dir = path.join(work, 'bundle');
  const modDir = path.join(dir, 'node_modules', ...pkg.name.split('/'));
  mkdirSync(path.dirname(modDir), { recursive: true });
  symlinkSync(pkgDir, modDir, 'dir');
  const withCaller = /\bcreateCaller\b/.test(index);
  const program = withCaller
    ? `import { createCaller, crmDealGet } from '${pkg.name}';\nconst caller = createCaller({ webhookUrl: process.env.URL });\nconsole.log(await crmDealGet(caller, { id: 1 }));\n`
    : `import { crmDealGet } from '${pkg.name}';\nexport const run = (core) => crmDealGet(core, { id: 1 });\n`;
  writeFileSync(path.join(dir, 'main.js'), program);
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [path.join(dir, 'main.js')],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'node',
    write: false,
    absWorkingDir: dir,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  return { gzip: gzipSync(code, { level: 9 }).length, raw: code.length, program: withCaller ? 'createCaller + crmDealGet' : 'crmDealGet' };
}

const rows = [];
const fmtS = (s) => `${s.toFixed(2)} s`;
const row = (what, value, runs, target, pass) => rows.push({ what, value, runs: String(runs), target: target ?? '', verdict: pass === undefined ? '' : pass ? 'PASS' : 'FAIL' });

try {
  log(`${pages.length} api-reference pages in ${docs}; ${RUNS} fast runs, ${SLOW_RUNS} slow runs`);

  log('parse floor (remark-parse)');
  const remarkRuns = Array.from({ length: SLOW_RUNS }, () => floor('remark'));
  const floorS = median(remarkRuns.map((r) => r.ms)) / 1000;
  const floorCpuS = median(remarkRuns.map((r) => r.cpuMs)) / 1000;
  log('markdown-it floor');
  const mdRuns = Array.from({ length: RUNS }, () => floor('markdown-it'));
  const mdS = median(mdRuns.map((r) => r.ms)) / 1000;

  log('cold generate');
  const cold = [];
  for (let i = 0; i < SLOW_RUNS; i++) cold.push(generate(docs, path.join(work, `cold-${i}`), path.join(work, `cold-cache-${i}`)));
  const coldWall = median(cold.map((r) => r.wall));
  const coldCpu = median(cold.map((r) => r.cpu));
  const coldRss = Math.max(...cold.map((r) => r.rssMiB));

  log('warm and no-op regenerate');
  const tree = path.join(work, 'docs');
  copyTree(docs, tree);
  const out = path.join(work, 'out');
  const cache = path.join(work, 'cache');
  generate(tree, out, cache);
  const page = path.join(tree, 'api-reference', 'crm', 'deals', 'crm-deal-get.md');
  const warm = [];
  for (let i = 0; i < RUNS; i++) {
    addUnderTitle(page, `Benchmark edit ${i}.`);
    warm.push(generate(tree, out, cache));
  }
  const noop = Array.from({ length: RUNS }, () => generate(tree, out, cache));
  const warmWall = median(warm.map((r) => r.wall));
  const noopWall = median(noop.map((r) => r.wall));
  const peakRss = Math.max(coldRss, ...warm.map((r) => r.rssMiB), ...noop.map((r) => r.rssMiB));

  log('type-check (tsc 5.9)');
  const pkgDir = path.join(work, 'cold-0');
  const tsc5 = typecheck(pkgDir, path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), 'ts5');
  let tsc7;
  const tsc7Bin = path.join(root, 'node_modules', 'typescript7', 'bin', 'tsc');
  if (existsSync(tsc7Bin)) {
    log('type-check (tsc 7 native)');
    tsc7 = typecheck(pkgDir, tsc7Bin, 'ts7');
  }
  log('call-site cost (tsc 5.9)');
  const callSites = callSiteCost(pkgDir, path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), 1000);
  const fuzzBudget = Math.max(1, Number.parseInt(process.env.B24GEN_BENCH_FUZZ ?? '5000', 10) || 5000);
  log(`fuzz (${fuzzBudget} mutants)`);
  // The same seeded test as in `npm test`, with a larger budget: its first 200 cases are npm test's.
  const fuzz = timed(process.execPath, [path.join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', 'test/security/fuzz.test.ts'], {
    cwd: root,
    env: { ...process.env, B24GEN_FUZZ_BUDGET: String(fuzzBudget) },
  });
  log('one-method bundle');
  const bundle = await oneMethodBundle(pkgDir);

  row('parse floor: remark-parse, every api-reference page, 1 thread', `${fmtS(floorS)} (CPU ${fmtS(floorCpuS)})`, SLOW_RUNS);
  row('markdown-it floor: same pages', `${fmtS(mdS)} (${(mdS / floorS).toFixed(2)} × remark)`, RUNS);
  row('cold generate: wall (whole process)', fmtS(coldWall), SLOW_RUNS);
  row('cold generate: CPU (user + sys)', fmtS(coldCpu), SLOW_RUNS);
  row('cold / parse floor (wall)', `${(coldWall / floorS).toFixed(2)} ×`, SLOW_RUNS, '≤ 0.5 ×', coldWall <= 0.5 * floorS);
  row('cold CPU / parse floor CPU (load-independent)', `${(coldCpu / floorCpuS).toFixed(2)} ×`, SLOW_RUNS);
  row('warm regenerate, one page changed: wall', `${fmtS(warmWall)} (CPU ${fmtS(median(warm.map((r) => r.cpu)))})`, RUNS);
  row('warm / parse floor', `${((100 * warmWall) / floorS).toFixed(1)} %`, RUNS, '≤ 3 %', warmWall <= 0.03 * floorS);
  row('no-op regenerate: wall', `${fmtS(noopWall)} (CPU ${fmtS(median(noop.map((r) => r.cpu)))})`, RUNS);
  row('no-op / parse floor', `${((100 * noopWall) / floorS).toFixed(1)} %`, RUNS, '≤ 2 %', noopWall <= 0.02 * floorS);
  row('peak RSS (cold, warm, no-op)', `${peakRss.toFixed(0)} MiB`, '', '≤ 1536 MiB', peakRss <= 1536);
  row(`type-check, tsc 5.9 --noEmit (${tsc5.errors} errors)`, fmtS(tsc5.wall), 1, '≤ cold generate', tsc5.wall <= coldWall);
  if (tsc7) row(`type-check, tsc 7 native --noEmit (${tsc7.errors} errors)`, fmtS(tsc7.wall), 1, '≤ cold generate', tsc7.wall <= coldWall);
  row(
    `type-check cost of one call site, tsc 5.9 (${callSites.count} client.call sites, each a different method)`,
    `${callSites.perCallMs.toFixed(3)} ms (check ${fmtS(callSites.total)} in all)`,
    RUNS,
    '< 1 ms',
    callSites.perCallMs < 1,
  );
  row(
    `fuzz: ${fuzzBudget} seeded mutations of real pages through parse and extract`,
    `${fuzz.status === 0 ? 'no crash, hang or unplaced diagnostic' : 'FAILED (see vitest output)'} (${fmtS(fuzz.wall)})`,
    1,
    'none fail',
    fuzz.status === 0,
  );
  if (fuzz.status !== 0) process.stderr.write(fuzz.stdout + fuzz.stderr);
  row(`one-method bundle (${bundle.program}), esbuild minified, gzip`, `${(bundle.gzip / 1024).toFixed(2)} KB (${(bundle.raw / 1024).toFixed(1)} KB raw)`, 1, '≤ 4 KB', bundle.gzip <= 4096);

  const widths = ['what', 'value', 'runs', 'target', 'verdict'].map((k) => Math.max(k.length, ...rows.map((r) => r[k].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  const header = line(['what', 'value', 'runs', 'target', 'verdict']);
  const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  const machine = `${os.cpus().length} cores, Node ${process.version}, load ${os.loadavg()[0].toFixed(2)}`;
  process.stdout.write(`\nb24gen bench: ${path.basename(docs)}, ${pages.length} pages; ${machine}\n\n${header}\n${rule}\n${rows.map((r) => line([r.what, r.value, r.runs, r.target, r.verdict])).join('\n')}\n`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
