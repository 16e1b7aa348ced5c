/**
 * The whole current docs snapshot, generated once: the package compiles under strict with zero
 * errors, the documented examples type-check against ParamsOf/ResultOf at the measured rates,
 * and the types still reject wrong params on real methods. Fails (never skips) without the corpus.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { differencesFromTranspile } from '../emit/same-tokens.js';
import { transpileFile } from '../emit/transpile.js';
import { compileConsumers, compileSources, installPackage, type InstalledPackage } from '../emit/typecheck-package.js';
import type { Diagnostic, IrDocument } from '../ir/types.js';
import { buildCoverageReport } from '../coverage/coverage-report.js';
import { emitPackage, planPackage } from '../emit/index.js';
import { jsonPlanMemo, planData } from '../emit/test-support/plan-memo.js';
import { buildIr } from '../pipeline/build-ir.js';
import { runtimeSourceDir } from '../pipeline/run-pipeline.js';
import { buildCauseReport } from './cause-report.js';
import { checkConformance, formatRate, type ConformanceReport } from './check-conformance.js';

const PACKAGE = '@b24gen/client';

function corpusRoot(name: string): string {
  const root = fileURLToPath(new URL(`../../../shared/corpus/${name}/`, import.meta.url));
  if (!existsSync(`${root}api-reference`)) throw new Error(`corpus snapshot missing: ${root} (the corpus tests need /work/shared/corpus)`);
  return root;
}

let pkg: InstalledPackage;
let files: Map<string, string>;
let report: ConformanceReport;
const emitDiagnostics: Diagnostic[] = [];

let ir: IrDocument;

beforeAll(async () => {
  ir = await buildIr(corpusRoot('b24restdocs-2026-08-21'));
  files = await emitPackage(ir, { packageName: PACKAGE, packageVersion: '0.1.0', runtimeDir: runtimeSourceDir(), diagnostics: emitDiagnostics });
  pkg = await installPackage(files, PACKAGE);
  report = await checkConformance({ packageDir: pkg.packageDir, ir });
}, 600_000);

afterAll(async () => {
  await pkg?.dispose();
});

describe('example conformance on the current snapshot', () => {
  it('maps every compiler error to an example and reports the rates', () => {
    const { request, response } = report;
    console.log(
      `conformance: request ${formatRate(request.conform, request.checked)}, valid JSON ${formatRate(request.validConform, request.validChecked)}; ` +
        `response ${formatRate(response.conform, response.checked)}, valid JSON ${formatRate(response.validConform, response.validChecked)}, ${response.skipped} without result`,
    );
    expect(report.otherErrors).toEqual([]);
    expect(request.checked).toBeGreaterThan(1500);
    expect(response.checked).toBeGreaterThan(1400);
    expect(report.diagnostics).toHaveLength(report.failures.length);
    for (const d of report.diagnostics) {
      expect(d.code).toMatch(/^(request|response)-example-mismatch$/);
      expect(d.file).toMatch(/\.md$/);
      expect(d.line).toBeGreaterThan(1);
    }
  });

  it('has at least 99 % of the methods following their tables, the others listed with reasons', () => {
    const coverage = buildCoverageReport(ir, emitDiagnostics);
    console.log(`coverage: ${coverage.methods.followTables}/${coverage.methods.emitted} follow their tables, ${coverage.notFullyUnderstood.length} pages listed`);
    expect(coverage.methods.followTablesRate).toBeGreaterThanOrEqual(0.99);
    for (const page of coverage.notFullyUnderstood) expect(page.reasons.length, page.source).toBeGreaterThan(0);
  });

  it('keeps the measured rates (ratchet: raise these when fixes land; the goal is 95 % / 90 %)', () => {
    // Measured 2026-08-21 snapshot: round 0 83.9 % / 76.1 %; round 1 88.1 % / 80.0 %; round 2 90.7 % / 86.6 %; round 3 (value tables, 86 → 28 unresolved type ids) 90.8 % / 86.6 %; round 4 (filter operator prefixes, fields-method descriptors) 91.0 % / 87.3 %; round 5 (responses rebuilt from examples: scalar results wrapped in objects, descriptor maps outside crm, `T | false`, id maps) response 90.2 % (1321/1465); round 5 requests (lists typed as objects, enums from the wrong text, key families from placeholders, code-keyed maps, character-code ids, one-of groups in section prose) 92.8 % (1526/1645, further examples per page now checked too); round 6 (conditional result fields optional, filter keys take lists, params from the example on pages without a table) 93.4 % (1536/1645) / 91.5 % (1340/1465); round 7 (examples that call another method left out, tight-pipe keys, refused values not an enum, "true"/"false" booleans, structures widened by requests, keys listed in descriptions, required marks taken back in words, maps shown for "an array of objects", result fields some list items lack) 95.0 % (1558/1640) / 91.7 % (1341/1463).
    expect(report.request.validConform / report.request.validChecked).toBeGreaterThanOrEqual(0.95);
    expect(report.response.validConform / report.response.validChecked).toBeGreaterThanOrEqual(0.916);
  });

  it('files every mismatch on the docs\' side: a failure read as ours is a bug to fix', () => {
    const ours = buildCauseReport(report, ir).groups.filter((g) => g.side === 'ours');
    expect(ours.map((g) => `${g.cause}: ${g.mismatches.map((m) => `${m.file}:${m.line} ${m.path}`).join(', ')}`)).toEqual([]);
  });
});

describe('the full generated package', () => {
  it('compiles under strict with zero errors (without the mock server)', () => {
    const sources = new Map([...files].filter(([f]) => !/^src\/runtime\/mock-server\.ts$/.test(f)));
    const errors = compileSources(pkg, sources);
    expect(errors.slice(0, 20)).toEqual([]);
  });

  it('ships modules whose .js and .d.ts read as TypeScript transpiles their sources', () => {
    expect(differencesFromTranspile(files, transpileFile).slice(0, 5)).toEqual([]);
  });

  it('loads every one of its JavaScript modules under Node, and answers a call from the fixtures', () => {
    const modules = [...files.keys()].filter((f) => f.startsWith('dist/') && f.endsWith('.js'));
    const script = `
      const modules = ${JSON.stringify(modules)};
      // By file, past the exports map (which keeps the internals closed to users).
      const base = import.meta.resolve('${PACKAGE}/package.json');
      for (const m of modules) await import(new URL(m, base).href);
      const { createMockClient } = await import('${PACKAGE}/mock');
      const deal = await createMockClient().crm.deal.get({ id: 1 });
      console.log(modules.length, typeof deal.ID);
    `;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: pkg.root, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe(`${modules.length} string`);
    expect(modules.length).toBeGreaterThan(250);
  });

  it('plans every method as JSON data, so that a second run takes all of them from the plan memo unchanged', () => {
    const memo = jsonPlanMemo();
    const first = planPackage(ir, memo);
    expect(JSON.parse(JSON.stringify(first.methods))).toStrictEqual(first.methods);
    const kept = memo.kept;
    expect(kept).toBeGreaterThan(1600);
    const second = planPackage(ir, memo);
    expect(memo.kept).toBe(kept);
    expect(planData(second)).toStrictEqual(planData(first));
  });

  it('has no duplicate exported names across its entry modules', () => {
    const exported = new Map<string, string>();
    const duplicates: string[] = [];
    for (const [file, text] of files) {
      if (!/^src\/(methods\/[^/]+|types|client|errors)\.ts$/.test(file)) continue;
      for (const m of text.matchAll(/^export (?:declare )?(?:interface|type|const|function|enum|class) ([A-Za-z_$][\w$]*)/gm)) {
        const name = m[1] as string;
        const other = exported.get(name);
        // A const and a type of one name in one module (`SystemErrorCode`) is the enum idiom, not a clash.
        if (other !== undefined && other !== file) duplicates.push(`${name}: ${other} and ${file}`);
        else exported.set(name, file);
      }
    }
    expect(duplicates).toEqual([]);
    expect(exported.size).toBeGreaterThan(3000);
  });

  it('rejects a missing required param, a wrong-typed value and an unknown key on real methods', async () => {
    const consumer = [
      `import type { ParamsOf, ResultOf } from '${PACKAGE}';`,
      // crm.deal.get: id required (also accepted as ID, as the cURL example writes it).
      `export const ok1: ParamsOf<'crm.deal.get'> = { id: 1 };`,
      `export const ok2: ParamsOf<'crm.deal.get'> = { ID: 1 };`,
      `// @ts-expect-error missing required id`,
      `export const bad1: ParamsOf<'crm.deal.get'> = {};`,
      `// @ts-expect-error wrong-typed id`,
      `export const bad2: ParamsOf<'crm.deal.get'> = { id: { x: 1 } };`,
      `// @ts-expect-error unknown key`,
      `export const bad3: ParamsOf<'crm.deal.get'> = { id: 1, nope: 2 };`,
      // im.message.add: DIALOG_ID and MESSAGE required, SYSTEM a Y/N flag.
      `export const ok3: ParamsOf<'im.message.add'> = { DIALOG_ID: 'chat1', MESSAGE: 'hi', SYSTEM: 'N' };`,
      `// @ts-expect-error missing required MESSAGE`,
      `export const bad4: ParamsOf<'im.message.add'> = { DIALOG_ID: 'chat1' };`,
      `// @ts-expect-error wrong-typed SYSTEM`,
      `export const bad5: ParamsOf<'im.message.add'> = { DIALOG_ID: 'chat1', MESSAGE: 'hi', SYSTEM: 'yes' };`,
      `// @ts-expect-error unknown key`,
      `export const bad6: ParamsOf<'im.message.add'> = { DIALOG_ID: 'chat1', MESSAGE: 'hi', SILENT: 'Y' };`,
      // crm.contact.update: id required, documented contact fields.
      `export const ok4: ParamsOf<'crm.contact.update'> = { id: 1, fields: { NAME: 'x' } };`,
      `// @ts-expect-error missing required id`,
      `export const bad7: ParamsOf<'crm.contact.update'> = { fields: { NAME: 'x' } };`,
      `// @ts-expect-error wrong-typed NAME`,
      `export const bad8: ParamsOf<'crm.contact.update'> = { id: 1, fields: { NAME: [1] } };`,
      `// @ts-expect-error unknown top-level key`,
      `export const bad9: ParamsOf<'crm.contact.update'> = { id: 1, fieldz: {} };`,
      // Custom fields: the documented families (UF_..., PARENT_ID_..., propertyN), nothing else.
      `export const ok5: ParamsOf<'crm.contact.add'> = { fields: { NAME: 'x', UF_CRM_1720697698689: 'v', PARENT_ID_1224: 12 } };`,
      `// @ts-expect-error a key outside the documented fields and families`,
      `export const bad10: ParamsOf<'crm.contact.add'> = { fields: { NAME: 'x', XF_CRM_1: 'v' } };`,
      `export const ok6: ParamsOf<'catalog.product.add'> = { fields: { iblockId: 1, name: 'x', property258: { value: 'y' } } };`,
      `// @ts-expect-error property<N> takes a numeric id only`,
      `export const bad11: ParamsOf<'catalog.product.add'> = { fields: { iblockId: 1, name: 'x', propertyABC: { value: 'y' } } };`,
      // "At least one of IBLOCK_ID or IBLOCK_CODE": either is fine, neither is an error.
      `export const ok7: ParamsOf<'lists.delete'> = { IBLOCK_TYPE_ID: 'lists', IBLOCK_ID: 109 };`,
      `export const ok8: ParamsOf<'lists.delete'> = { IBLOCK_TYPE_ID: 'lists', IBLOCK_CODE: 'code' };`,
      `// @ts-expect-error neither IBLOCK_ID nor IBLOCK_CODE`,
      `export const bad12: ParamsOf<'lists.delete'> = { IBLOCK_TYPE_ID: 'lists' };`,
      // Filter keys: the documented fields under the operators the page lists (IN takes a list).
      `export const ok9: ParamsOf<'ai.engine.list'> = { filter: { ID: 1, '>=ID': 5, '@ID': [1, 2], '%NAME': 'x', '!=CATEGORY': 'text' } };`,
      `// @ts-expect-error an operator the page does not list`,
      `export const bad13: ParamsOf<'ai.engine.list'> = { filter: { '~ID': 1 } };`,
      `// @ts-expect-error an operator over a field the filter does not document`,
      `export const bad14: ParamsOf<'ai.engine.list'> = { filter: { '>=NOPE': 1 } };`,
      `// @ts-expect-error IN takes a list`,
      `export const bad15: ParamsOf<'ai.engine.list'> = { filter: { '@ID': 1 } };`,
      // A fields method maps each documented field name to its descriptor.
      `export const ok10: ResultOf<'crm.company.fields'>['ID'] = { type: 'integer', isRequired: false, isReadOnly: true, title: 'ID' };`,
      `// @ts-expect-error a descriptor, not the field's value`,
      `export const bad16: ResultOf<'crm.company.fields'>['ID'] = 5;`,
    ].join('\n');
    const errors = await compileConsumers(pkg, { 'reject.ts': `${consumer}\n` });
    expect(errors).toEqual([]);
  });
});

describe('conformance diagnostics', () => {
  it('name the docs file of the example', () => {
    const sample = report.diagnostics[0];
    expect(sample === undefined || path.extname(sample.file) === '.md').toBe(true);
  });
});
