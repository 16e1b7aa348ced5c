/** The `emit` stage: IR → the files of the generated npm package, in memory. */
import type { Diagnostic, IrDocument } from '../ir/types.js';
import { emitClientModule } from './client-module.js';
import { emitCoreModule } from './core-module.js';
import { emitErrorsModule } from './errors-module.js';
import { emitFixturesModule, emitMockModule, fixturesModuleFile } from './fixtures-module.js';
import { emitMethodModule, methodModuleFile } from './method-module.js';
import { printSectionModule, type PrintedModuleMemo } from './module-memo.js';
import { emitMswModule } from './msw-module.js';
import { planPackage, sectionEntries, type PackagePlan } from './plan.js';
import { HEADER } from './print.js';
import { readmeExample } from './readme-example.js';
import { readRuntimeFiles } from './runtime-files.js';
import { loadTemplates } from './templates.js';
import { transpileFile } from './transpile.js';
import { emitTypesModule } from './types-module.js';
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
  /** Printed section modules of earlier runs: an unchanged section is not printed again. */
  printedModules?: PrintedModuleMemo;
}

const PACKAGE_NAME = /^(@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/;

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The TypeScript sources of the package, keyed `src/...`. */
export async function emitSources(plan: PackagePlan, options: EmitOptions): Promise<Map<string, string>> {
  const templates = await loadTemplates();
  const files = new Map<string, string>();
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
  files.set('src/client.ts', emitClientModule(plan));
  files.set('src/core.ts', emitCoreModule());
  files.set('src/errors.ts', emitErrorsModule(plan));
  files.set('src/types.ts', emitTypesModule(plan));
  files.set('src/mock.ts', emitMockModule(plan));
  for (const section of plan.sections) {
    files.set(methodModuleFile(section.stem), printSectionModule(options.printedModules, 'methods', section, emitMethodModule));
    files.set(fixturesModuleFile(section.stem), printSectionModule(options.printedModules, 'fixtures', section, emitFixturesModule));
  }
  for (const [name, text] of await readRuntimeFiles(options.runtimeDir)) files.set(`src/runtime/${name}`, text);
  // Optional entry points: their own files, so the main entry never imports zod or msw.
  if (options.zod === true) for (const [file, text] of emitZodModules(plan)) files.set(file, text);
  if (options.msw === true) files.set('src/msw.ts', emitMswModule(plan));
  files.set('package.json', templates.render('package.json', view));
  files.set('README.md', templates.render('README.md', view));
  return files;
}

export async function emitPackage(ir: IrDocument, options: EmitOptions): Promise<Map<string, string>> {
  if (!PACKAGE_NAME.test(options.packageName)) throw new Error(`invalid package name: ${JSON.stringify(options.packageName)}`);
  if (!/^[0-9A-Za-z.+-]+$/.test(options.packageVersion)) throw new Error(`invalid package version: ${JSON.stringify(options.packageVersion)}`);
  const plan = planPackage(ir);
  options.diagnostics?.push(...plan.diagnostics);
  const sources = await emitSources(plan, options);
  const out = new Map<string, string>();
  for (const [file, text] of sources) {
    out.set(file, text);
    if (file.startsWith('src/') && file.endsWith('.ts')) {
      const { js, dts } = transpileFile(file, text);
      const stem = `dist/${file.slice('src/'.length, -'.ts'.length)}`;
      out.set(`${stem}.js`, js);
      out.set(`${stem}.d.ts`, dts);
    }
  }
  return new Map([...out.entries()].sort(([a], [b]) => compare(a, b)));
}

export { planPackage } from './plan.js';
export type { PackagePlan } from './plan.js';
export type { PrintedModuleMemo } from './module-memo.js';
