/** The `emit` stage: IR → the files of the generated npm package, in memory. */
import type { Diagnostic, IrDocument } from '../ir/types.js';
import { clientModuleInput, type ClientModuleInput } from './client-module.js';
import { emitFixturesModuleViews, emitMockModule, fixturesModuleFile } from './fixtures-module.js';
import { emitMethodModuleViews, methodModuleFile } from './method-module.js';
import { partsFromMemo, type PrintedModuleMemo } from './module-memo.js';
import { compiledPaths, isModuleSource } from './module-path.js';
import { HEADER, type ModuleViews } from './module-views.js';
import { packageIdentityProblem } from './package-identity.js';
import type { PartInputs, PartPrinter, PrintParts } from './parts.js';
import { planPackage, sectionEntries, type PackagePlan } from './plan.js';
import type { PlanMemo } from './plan-memo.js';
import { readmeExample } from './readme-example.js';
import { readCompiledRuntime } from './runtime-compiled.js';
import { readRuntimeFiles } from './runtime-files.js';
import { loadTemplates } from './templates.js';
import type { TranspiledFile } from './transpile.js';

export interface EmitOptions {
  packageName: string;
  packageVersion: string;
  /** The runtime sources (generator/runtime), copied into `src/runtime/`. */
  runtimeDir: string;
  /** Receives findings about the IR made while emitting (examples that do not fit their types…). */
  diagnostics?: Diagnostic[];
  /** Emit zod schemas of the params in the `<pkg>/zod` entry point (zod 4, an optional peer dependency). */
  zod?: boolean;
  /** Emit MSW request handlers from the fixtures in the `<pkg>/msw` entry point (msw 2, an optional peer dependency). */
  msw?: boolean;
  /** Method plans from earlier runs: an unchanged method is not planned again. */
  planMemo?: PlanMemo;
  /** Printed parts from earlier runs: an unchanged part is not printed again. */
  printedModules?: PrintedModuleMemo;
  /**
   * Prints the parts `printedModules` lacks (on this thread by default; the incremental run
   * passes its print worker, so that this thread need not load ts-morph).
   */
  printParts?: PrintParts;
  /**
   * Compiles the few modules not printed in all three forms (`transpileFile` on this thread by
   * default; the incremental cache passes one that reuses earlier results).
   */
  transpileModules?: (modules: ReadonlyArray<readonly [file: string, source: string]>) => Promise<TranspiledFile[]>;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The files of the package before compiling. */
export interface PackageSources {
  /** Every file, keyed by package path (`src/...`, `package.json`, `README.md`). */
  files: Map<string, string>;
  /** `.js` and `.d.ts` of the modules printed in all three forms, by their `src/….ts` path: these need no transpiling. */
  compiled: Map<string, TranspiledFile>;
}

/** The modules made of printed parts: the section modules, the client and types in three forms, the rest as sources. */
interface PrintedModules {
  views: Map<string, ModuleViews>;
  sources: Map<string, string>;
}

/**
 * The inputs of the whole-package parts, made once per plan: the two passes of an incremental
 * run then hand the same objects to the memo, which keys each once.
 */
const packagePartInputs = new WeakMap<PackagePlan, { client: ClientModuleInput; types: PartInputs['types']; errors: PartInputs['errors'] }>();

function printedModules(plan: PackagePlan, parts: PartPrinter): PrintedModules {
  let inputs = packagePartInputs.get(plan);
  if (inputs === undefined) {
    inputs = { client: clientModuleInput(plan), types: { shared: plan.shared }, errors: { systemErrors: plan.systemErrors } };
    packagePartInputs.set(plan, inputs);
  }
  const views = new Map<string, ModuleViews>();
  views.set('src/client.ts', parts('client', inputs.client));
  views.set('src/types.ts', parts('types', inputs.types));
  for (const section of plan.sections) {
    views.set(methodModuleFile(section.stem), emitMethodModuleViews(section, parts));
    views.set(fixturesModuleFile(section.stem), emitFixturesModuleViews(section, parts));
  }
  const sources = new Map<string, string>([
    ['src/core.ts', parts('core', {}).ts],
    ['src/errors.ts', parts('errors', inputs.errors).ts],
    ['src/mock.ts', emitMockModule(plan, parts)],
  ]);
  return { views, sources };
}

/** The sources of the package, parts printed (or taken from a memo) by `parts`; the three-form modules come with their compiled forms. */
export async function emitSources(plan: PackagePlan, options: Pick<EmitOptions, 'packageName' | 'packageVersion' | 'runtimeDir' | 'zod' | 'msw'>, parts: PartPrinter): Promise<PackageSources> {
  const templates = await loadTemplates();
  const files = new Map<string, string>();
  const compiled = new Map<string, TranspiledFile>();
  const view = {
    header: HEADER,
    packageName: options.packageName,
    packageVersion: options.packageVersion,
    sections: sectionEntries(plan).map((s) => ({ stem: s.stem })),
    methodCount: plan.methods.length,
    example: readmeExample(plan),
    zod: options.zod === true,
    msw: options.msw === true,
  };
  files.set('src/index.ts', templates.render('index.ts', view));
  const modules = printedModules(plan, parts);
  for (const [file, { ts, js, dts }] of modules.views) {
    files.set(file, ts);
    compiled.set(file, { js, dts });
  }
  for (const [file, text] of modules.sources) files.set(file, text);
  const runtime = await readRuntimeFiles(options.runtimeDir);
  const compiledRuntime = await readCompiledRuntime(runtime);
  for (const [name, text] of runtime) {
    files.set(`src/runtime/${name}`, text);
    const done = compiledRuntime.get(name);
    if (done !== undefined) compiled.set(`src/runtime/${name}`, done);
  }
  // Optional entry points: their own files, so the main entry never imports zod or msw. They are
  // printed whole from the whole plan on this thread (ts-morph loads for them).
  if (options.zod === true) {
    const { emitZodModules } = await import('./zod-module.js');
    for (const [file, text] of emitZodModules(plan)) files.set(file, text);
  }
  if (options.msw === true) {
    const { emitMswModule } = await import('./msw-module.js');
    files.set('src/msw.ts', emitMswModule(plan));
  }
  files.set('package.json', templates.render('package.json', view));
  files.set('README.md', templates.render('README.md', view));
  return { files, compiled };
}

/** The package's files: each source, and beside each module its `dist/` `.js` and `.d.ts`, sorted by path. */
function packageFiles(sources: ReadonlyMap<string, string>, compiledOf: (file: string) => TranspiledFile): Map<string, string> {
  const out = new Map<string, string>();
  for (const [file, text] of sources) {
    out.set(file, text);
    if (isModuleSource(file)) {
      const { js, dts } = compiledOf(file);
      const paths = compiledPaths(file);
      out.set(paths.js, js);
      out.set(paths.dts, dts);
    }
  }
  return new Map([...out.entries()].sort(([a], [b]) => compare(a, b)));
}

/** Prints on this thread, loading the printers (and ts-morph) the first time. */
const printPartsHere: PrintParts = async (requests) => (await import('./part-printers.js')).printParts(requests);

async function transpileHere(modules: ReadonlyArray<readonly [string, string]>): Promise<TranspiledFile[]> {
  if (modules.length === 0) return [];
  const { transpileFile } = await import('./transpile.js');
  return modules.map(([file, source]) => transpileFile(file, source));
}

/**
 * IR → the package's files. With a memo of printed parts, the modules are put together twice:
 * once to learn which parts the memo lacks, which are then printed in one batch (by
 * `printParts`, maybe in a worker), and once with every part at hand.
 */
export async function emitPackage(ir: IrDocument, options: EmitOptions): Promise<Map<string, string>> {
  const problem = packageIdentityProblem(options);
  if (problem !== undefined) throw new Error(problem);
  const plan = planPackage(ir, options.planMemo);
  options.diagnostics?.push(...plan.diagnostics);
  const parts: PartPrinter =
    options.printedModules === undefined
      ? (await import('./part-printers.js')).printPart
      : await partsFromMemo(options.printedModules, (collect) => void printedModules(plan, collect), options.printParts ?? printPartsHere);
  const { files, compiled } = await emitSources(plan, options, parts);
  const pending = [...files].filter(([file]) => isModuleSource(file) && !compiled.has(file));
  const transpiled = await (options.transpileModules ?? transpileHere)(pending);
  pending.forEach(([file], i) => compiled.set(file, transpiled[i] as TranspiledFile));
  return packageFiles(files, (file) => compiled.get(file) as TranspiledFile);
}

export { planPackage } from './plan.js';
export type { PackagePlan } from './plan.js';
export type { PrintedModuleMemo } from './module-memo.js';
export type { PlanMemo } from './plan-memo.js';
export type { PartRequest, PrintParts } from './parts.js';
