// SCRATCH (helper-local, to be deleted): dumps IR + conformance failures to /tmp/b24.
import { writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { installPackage } from '../emit/typecheck-package.js';
import type { Diagnostic } from '../ir/types.js';
import { emitPackage } from '../emit/index.js';
import { buildIr } from '../pipeline/build-ir.js';
import { runtimeSourceDir } from '../pipeline/run-pipeline.js';
import { checkConformance, formatRate } from './check-conformance.js';

it('dump', async () => {
  const tag = process.env.TAG ?? 'cur';
  let t = Date.now();
  const ir = await buildIr('/work/shared/corpus/b24restdocs-2026-08-21/');
  console.log('ir', Date.now() - t); t = Date.now();
  writeFileSync(`/tmp/b24/ir-${tag}.json`, JSON.stringify(ir));
  const emitDiagnostics: Diagnostic[] = [];
  const files = await emitPackage(ir, { packageName: '@b24gen/client', packageVersion: '0.1.0', runtimeDir: runtimeSourceDir(), diagnostics: emitDiagnostics });
  console.log('emit', Date.now() - t); t = Date.now();
  const pkg = await installPackage(files, '@b24gen/client');
  writeFileSync(`/tmp/b24/types-${tag}.json`, JSON.stringify(Object.fromEntries([...files].filter(([f]) => f.startsWith('src/')))));
  const report = await checkConformance({ packageDir: pkg.packageDir, ir, writeTo: `/tmp/b24/conf-${tag}.mts` });
  console.log('check', Date.now() - t);
  const { request, response } = report;
  const rates = `request ${formatRate(request.conform, request.checked)}, valid ${formatRate(request.validConform, request.validChecked)}; response ${formatRate(response.conform, response.checked)}, valid ${formatRate(response.validConform, response.validChecked)}`;
  console.log(rates);
  writeFileSync(`/tmp/b24/fail-${tag}.json`, JSON.stringify({ rates, otherErrors: report.otherErrors, failures: report.failures.map((f) => ({ method: f.entry.method, kind: f.entry.kind, repaired: f.entry.repaired, at: `${f.entry.position.file}:${f.entry.position.line}`, path: f.path, message: f.message, n: f.errorCount })), emitDiagnostics }, null, 1));
  await pkg.dispose();
}, 900_000);
