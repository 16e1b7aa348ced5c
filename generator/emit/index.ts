/** The `emit` stage: IR → the files of the generated npm package, in memory. */
import { contentHash } from '../content-hash.js';
import { markStep } from '../timing.js';
import type { Diagnostic, IrDocument } from '../ir/types.js';
import { clientModuleInput, type ClientModuleInput } from './client-module.js';
import { emitFixturesModuleViews, emitMockModule, fixturesModuleFile } from './fixtures-module.js';
import { emitMethodModuleViews, methodModuleFile } from './method-module.js';
import { askPart, identifyPart, partsFromMemo, printAhead, type AskedPart, type PrintedModuleMemo } from './module-memo.js';
import { compiledPaths, isModuleSource } from './module-path.js';
import { HEADER, type ModuleViews } from './module-views.js';
import { packageIdentityProblem } from './package-identity.js';
import { NO_VIEWS, type PartInputs, type PartPrinter, type PrintParts } from './parts.js';
import { planPackage, sectionEntries, type PackagePlan } from './plan.js';
import type { PlanMemo } from './plan-memo.js';
import { printPartsHere, transpileHere } from './print-here.js';
import { readmeExample } from './readme-example.js';
import { readCompiledRuntime } from './runtime-compiled.js';
import { readRuntimeFiles } from './runtime-files.js';
import { loadTemplates } from './templates.js';
import type { TranspiledFile } from './transpile.js';
import { compareCodeUnits } from '../compare-code-units.js';

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
  /**
   * With `printedModules`: the three-form modules the output folder already holds as this run
   * would put them together. Those are not put together (`emitPackageFiles` lists them as kept).
   */
  unchangedModules?: UnchangedModules;
  /**
   * Work of the caller's for this thread while parts are printed elsewhere (`printParts` in the
   * print worker): called once, when emit would otherwise wait for them, or before it returns.
   */
  besidePrinting?: () => void;
}

/** sha256 of a three-form module's files (`src/….ts`, `dist/….js`, `dist/….d.ts`). */
export interface ModuleHashes {
  ts: string;
  js: string;
  dts: string;
}

export interface UnchangedModules {
  /** The hashes of the files of `file` in the output folder, when they were put together from `recipe`. */
  find(file: string, recipe: string): ModuleHashes | undefined;
}

/** The package's files, less those the output folder already holds as they would be made. */
export interface EmittedPackageFiles {
  /** Every file made, by package path, sorted. */
  files: Map<string, string>;
  /** Files not made because the output folder holds them as they would be: their sha256 by path. */
  kept: Map<string, string>;
  /** What each three-form module is put together from (see `moduleRecipes`), by its `src/….ts` path. */
  recipes: Map<string, string>;
}

/** The files of the package before compiling. */
interface PackageSources {
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

/**
 * The modules made of printed parts. `visit` is told each module before its parts are asked for;
 * it may skip a three-form module (one the output folder already holds as it would be printed).
 */
function printedModules(plan: PackagePlan, parts: PartPrinter, visit?: (file: string, skippable: boolean) => boolean): PrintedModules {
  let inputs = packagePartInputs.get(plan);
  if (inputs === undefined) {
    inputs = { client: clientModuleInput(plan), types: { shared: plan.shared }, errors: { systemErrors: plan.systemErrors } };
    // Keyed by the planner's digest of the declarations, where it has one: no walk through them.
    if (plan.sharedDigest !== undefined) identifyPart(inputs.types, `shared ${plan.sharedDigest}`);
    packagePartInputs.set(plan, inputs);
  }
  const views = new Map<string, ModuleViews>();
  const add = (file: string, make: () => ModuleViews): void => {
    if (visit?.(file, true) !== false) views.set(file, make());
  };
  const { client, types } = inputs;
  add('src/client.ts', () => parts('client', client));
  add('src/types.ts', () => parts('types', types));
  for (const section of plan.sections) {
    add(methodModuleFile(section.stem), () => emitMethodModuleViews(section, parts));
    add(fixturesModuleFile(section.stem), () => emitFixturesModuleViews(section, parts));
  }
  // The few source-only modules are always made (they are small, and compiled through the cache).
  const sources = new Map<string, string>();
  const addSource = (file: string, make: () => string): void => {
    visit?.(file, false);
    sources.set(file, make());
  };
  addSource('src/core.ts', () => parts('core', {}).ts);
  addSource('src/errors.ts', () => parts('errors', inputs.errors).ts);
  addSource('src/mock.ts', () => emitMockModule(plan, parts));
  return { views, sources };
}

/** The sources of the package, parts printed (or taken from a memo) by `parts`; the three-form modules come with their compiled forms. */
async function emitSources(
  plan: PackagePlan,
  options: Pick<EmitOptions, 'packageName' | 'packageVersion' | 'runtimeDir' | 'zod' | 'msw'>,
  parts: PartPrinter,
  skip: ReadonlySet<string> = new Set(),
): Promise<PackageSources> {
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
  const modules = printedModules(plan, parts, (file, skippable) => !(skippable && skip.has(file)));
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

/** More methods planned anew than this make a first run (or nearly): their parts are printed with the rest. */
const PRINT_AHEAD_AT_MOST = 16;

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
  return new Map([...out.entries()].sort(([a], [b]) => compareCodeUnits(a, b)));
}

/** The parts one module asks for, in order. */
interface ModuleParts {
  /** A three-form module, which the output folder may already hold (the source-only ones are always made). */
  skippable: boolean;
  asked: AskedPart[];
}

/** Each module's parts, from one walk over the modules in which every part reads as empty. */
function partsByModule(plan: PackagePlan): Map<string, ModuleParts> {
  const modules = new Map<string, ModuleParts>();
  let current: AskedPart[] = [];
  printedModules(
    plan,
    (kind, input) => {
      current.push(askPart(kind, input));
      return NO_VIEWS;
    },
    (file, skippable) => {
      current = [];
      modules.set(file, { skippable, asked: current });
      return true;
    },
  );
  return modules;
}

/**
 * What a three-form module is put together from: its path and its parts' keys in order. Its
 * text follows from them (the cache's stamp covers the generator's code), so a module whose
 * recipe is as the last run's is the file that run wrote. None when a part has no key.
 */
function recipeOf(file: string, asked: readonly AskedPart[]): string | undefined {
  const keys = asked.map((part) => part.key);
  return keys.every((key): key is string => key !== undefined) ? contentHash(file, ...keys) : undefined;
}

/**
 * IR → the package's files. With a memo of printed parts, the modules are walked twice: once to
 * learn the parts each asks for (and with `unchangedModules`, which modules the output folder
 * already holds as they would be: those are not made), then the parts the memo lacks are
 * printed in one batch (by `printParts`, maybe in a worker), and the modules put together.
 */
export async function emitPackageFiles(ir: IrDocument, options: EmitOptions): Promise<EmittedPackageFiles> {
  const problem = packageIdentityProblem(options);
  if (problem !== undefined) throw new Error(problem);
  let besideDone = false;
  const besidePrinting = (): void => {
    if (besideDone) return;
    besideDone = true;
    options.besidePrinting?.();
  };
  markStep('emit: started');
  const plan = planPackage(ir, options.planMemo);
  markStep('emit: planned');
  // A run that planned a few methods anew prints their parts first, beside the listing below.
  const ahead =
    options.printedModules !== undefined && plan.replanned.size > 0 && plan.replanned.size <= PRINT_AHEAD_AT_MOST
      ? printAhead(options.printedModules, [...plan.replanned].flatMap((m) => [askPart('methods', m), askPart('fixtures', m)]), options.printParts ?? printPartsHere)
      : undefined;
  options.diagnostics?.push(...plan.diagnostics);
  const kept = new Map<string, string>();
  const skip = new Set<string>();
  const recipes = new Map<string, string>();
  let parts: PartPrinter;
  if (options.printedModules === undefined) {
    parts = (await import('./part-printers.js')).printPart;
  } else {
    const needed: AskedPart[] = [];
    for (const [file, { skippable, asked }] of partsByModule(plan)) {
      const recipe = skippable ? recipeOf(file, asked) : undefined;
      if (recipe !== undefined) recipes.set(file, recipe);
      const hashes = recipe === undefined ? undefined : options.unchangedModules?.find(file, recipe);
      if (hashes === undefined) {
        needed.push(...asked);
        continue;
      }
      // Kept: its parts are neither read from the memo nor printed.
      skip.add(file);
      const compiled = compiledPaths(file);
      kept.set(file, hashes.ts).set(compiled.js, hashes.js).set(compiled.dts, hashes.dts);
    }
    markStep('emit: parts listed');
    const printing = partsFromMemo(options.printedModules, needed, options.printParts ?? printPartsHere, ahead);
    try {
      besidePrinting();
    } catch (error) {
      printing.catch(() => undefined);
      throw error;
    }
    parts = await printing;
  }
  markStep('emit: parts printed');
  const { files, compiled } = await emitSources(plan, options, parts, skip);
  markStep('emit: modules put together');
  const pending = [...files].filter(([file]) => isModuleSource(file) && !compiled.has(file));
  const transpiled = await (options.transpileModules ?? transpileHere)(pending);
  pending.forEach(([file], i) => compiled.set(file, transpiled[i] as TranspiledFile));
  besidePrinting();
  return { files: packageFiles(files, (file) => compiled.get(file) as TranspiledFile), kept, recipes };
}

/** IR → every file of the package (nothing kept from an output folder). */
export async function emitPackage(ir: IrDocument, options: EmitOptions): Promise<Map<string, string>> {
  return (await emitPackageFiles(ir, { ...options, unchangedModules: undefined })).files;
}

export { planPackage } from './plan.js';
export type { PackagePlan } from './plan.js';
export type { PrintedModuleMemo } from './module-memo.js';
export type { PlanMemo } from './plan-memo.js';
export type { PartRequest, PrintParts } from './parts.js';
