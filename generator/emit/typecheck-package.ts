/**
 * Type-checks an emitted package the way a consumer sees it: the files are installed into a
 * scratch `node_modules`, and consumer sources import the package by name and are compiled
 * under strict NodeNext with the package's `.d.ts` checked too (no skipLibCheck).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
// The consumer's compiler: the `typescript` dev dependency (ts-morph's bundled copy ships no lib files).
// Only tests import this module.
import ts from 'typescript';
import { isModuleSource } from './module-path.js';

const TYPE_ROOTS = fileURLToPath(new URL('../../node_modules/@types/', import.meta.url));

export interface InstalledPackage {
  /** The scratch project root (holds `node_modules/<name>` and the consumer files). */
  root: string;
  /** The package folder inside `node_modules`. */
  packageDir: string;
  dispose(): Promise<void>;
}

export async function installPackage(files: ReadonlyMap<string, string>, packageName: string): Promise<InstalledPackage> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'b24gen-emit-'));
  const packageDir = path.join(root, 'node_modules', ...packageName.split('/'));
  for (const [file, text] of files) {
    const target = path.join(packageDir, file);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, text);
  }
  await writeFile(path.join(root, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  return { root, packageDir, dispose: () => rm(root, { recursive: true, force: true }) };
}

function format(diagnostic: ts.Diagnostic, root: string): string {
  const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
  if (diagnostic.file === undefined || diagnostic.start === undefined) return `TS${diagnostic.code}: ${text}`;
  const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
  return `${path.relative(root, diagnostic.file.fileName)}:${line + 1}:${character + 1}: TS${diagnostic.code}: ${text}`;
}

/** How generated code is checked: strict, NodeNext, Node's types from this project. */
export function strictCheckOptions(): ts.CompilerOptions {
  return {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    lib: ['lib.es2023.d.ts'],
    types: ['node'],
    typeRoots: [TYPE_ROOTS],
    strict: true,
    noEmit: true,
  };
}

/** Compiles `fileNames` (absolute) under strict settings; returns the diagnostics as `file:line:col: text`. */
export function compile(root: string, fileNames: string[], extra: ts.CompilerOptions = {}): string[] {
  const options: ts.CompilerOptions = { ...strictCheckOptions(), skipLibCheck: false, verbatimModuleSyntax: true, ...extra };
  const program = ts.createProgram({ rootNames: fileNames, options });
  return ts.getPreEmitDiagnostics(program).map((d) => format(d, root));
}

/** Writes consumer sources into the scratch project and compiles them against the installed package. */
export async function compileConsumers(pkg: InstalledPackage, consumers: Readonly<Record<string, string>>): Promise<string[]> {
  const names: string[] = [];
  for (const [name, text] of Object.entries(consumers)) {
    const file = path.join(pkg.root, name);
    await writeFile(file, text);
    names.push(file);
  }
  return compile(pkg.root, names);
}

/** Compiles the package's own `src/` the way its authors would (strict, isolatedDeclarations). */
export function compileSources(pkg: InstalledPackage, files: ReadonlyMap<string, string>): string[] {
  const names = [...files.keys()].filter(isModuleSource).map((f) => path.join(pkg.packageDir, f));
  return compile(pkg.root, names, { declaration: true, isolatedDeclarations: true, noUncheckedIndexedAccess: true, noUnusedLocals: false });
}
