/** The `emit` stage: IR → the files of the generated npm package, in memory. */
import type { Diagnostic, IrDocument } from '../ir/types.js';
import { emitClientModuleViews } from './client-module.js';
import { emitCoreModule } from './core-module.js';
import { emitErrorsModule } from './errors-module.js';
import { emitFixturesModuleViews, emitMockModule, fixturesModuleFile } from './fixtures-module.js';
import { emitMethodModuleViews, methodModuleFile } from './method-module.js';
import { memoizedParts, printEveryPart, type PrintedModuleMemo } from './module-memo.js';
import { emitMswModule } from './msw-module.js';
import { compiledPaths, isModuleSource } from './module-path.js';
import type { ModuleViews } from './module-views.js';
import { packageIdentityProblem } from './package-identity.js';
import { planPackage, sectionEntries, type PackagePlan } from './plan.js';
import type { PlanMemo } from './plan-memo.js';
import { HEADER } from './print.js';
import { readmeExample } from './readme-example.js';
import { readCompiledRuntime } from './runtime-compiled.js';
import { readRuntimeFiles } from './runtime-files.js';
import { loadTemplates } from './templates.js';
import { transpileFile, type TranspiledFile } from './transpile.js';
import { emitTypesModuleViews } from './types-module.js';
import { emitZodModules } from './zod-module.js';

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
  /** Printed parts of section modules from earlier runs: an unchanged method is not printed again. */
  printedModules?: PrintedModuleMemo;
  /**
   * Compiles the few modules not printed in all three forms (`transpileFile` by default; the
   * incremental cache passes one that reuses earlier results).
   */
  transpile?: (fileName: string, source: string) => TranspiledFile;
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

/** The sources of the package; the section modules come with their compiled forms. */
export async function emitSources(plan: PackagePlan, options: EmitOptions): Promise<PackageSources> {
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
  const setViews = (file: string, { ts, js, dts }: ModuleViews): void => {
    files.set(file, ts);
    compiled.set(file, { js, dts });
  };
  files.set('src/index.ts', templates.render('index.ts', view));
  setViews('src/client.ts', emitClientModuleViews(plan));
  files.set('src/core.ts', emitCoreModule());
  files.set('src/errors.ts', emitErrorsModule(plan));
  setViews('src/types.ts', emitTypesModuleViews(plan));
  files.set('src/mock.ts', emitMockModule(plan));
  const parts = options.printedModules === undefined ? printEveryPart : memoizedParts(options.printedModules);
  for (const section of plan.sections) {
    setViews(methodModuleFile(section.stem), emitMethodModuleViews(section, parts));
    setViews(fixturesModuleFile(section.stem), emitFixturesModuleViews(section, parts));
  }
  const runtime = await readRuntimeFiles(options.runtimeDir);
  const compiledRuntime = await readCompiledRuntime(runtime);
  for (const [name, text] of runtime) {
    files.set(`src/runtime/${name}`, text);
    const done = compiledRuntime.get(name);
    if (done !== undefined) compiled.set(`src/runtime/${name}`, done);
  }
  // Optional entry points: their own files, so the main entry never imports zod or msw.
  if (options.zod === true) for (const [file, text] of emitZodModules(plan)) files.set(file, text);
  if (options.msw === true) files.set('src/msw.ts', emitMswModule(plan));
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

export async function emitPackage(ir: IrDocument, options: EmitOptions): Promise<Map<string, string>> {
  const problem = packageIdentityProblem(options);
  if (problem !== undefined) throw new Error(problem);
  const plan = planPackage(ir, options.planMemo);
  options.diagnostics?.push(...plan.diagnostics);
  const { files, compiled } = await emitSources(plan, options);
  const transpile = options.transpile ?? transpileFile;
  return packageFiles(files, (file) => compiled.get(file) ?? transpile(file, files.get(file) as string));
}

export { planPackage } from './plan.js';
export type { PackagePlan } from './plan.js';
export type { PrintedModuleMemo } from './module-memo.js';
export type { PlanMemo } from './plan-memo.js';
