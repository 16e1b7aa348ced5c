// TEMPORARY (helper's measuring aid; delete before handing back).
import { writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { emitPackage } from '../emit/index.js';
import { installPackage } from '../emit/typecheck-package.js';
import type { Diagnostic } from '../ir/types.js';
import { buildIr } from '../pipeline/build-ir.js';
import { runtimeSourceDir } from '../pipeline/run-pipeline.js';
import { checkConformance } from './check-conformance.js';

it('dumps', async () => {
  const ir = await buildIr('/work/shared/corpus/b24restdocs-2026-08-21/');
  writeFileSync(`/tmp/zz-ir-${process.env.LABEL}.json`, JSON.stringify(ir));
  const diags: Diagnostic[] = [];
  const files = await emitPackage(ir, { packageName: '@b24gen/client', packageVersion: '0.1.0', runtimeDir: runtimeSourceDir(), diagnostics: diags });
  const pkg = await installPackage(files, '@b24gen/client');
  const report = await checkConformance({ packageDir: pkg.packageDir, ir, writeTo: `/tmp/zz-conf-${process.env.LABEL}.mts` });
  writeFileSync(`/tmp/zz-conf-${process.env.LABEL}.json`, JSON.stringify({ request: report.request, response: report.response, failures: report.failures, emitDiags: diags.filter((d) => d.code === 'unresolved-type-id') }, null, 1));
  writeFileSync(`/tmp/zz-types-${process.env.LABEL}.ts`, files.get('src/types.ts') ?? '');
  await pkg.dispose();
}, 600_000);
