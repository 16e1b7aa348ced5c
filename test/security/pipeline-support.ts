/** Runs the whole generator on a docs tree and installs the written package into a scratch project. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { ts } from 'ts-morph';
import { emitPackage } from '../../generator/emit/index.js';
import type { InstalledPackage } from '../../generator/emit/typecheck-package.js';
import type { Diagnostic, IrDocument } from '../../generator/ir/types.js';
import { buildIr } from '../../generator/pipeline/build-ir.js';
import { runtimeSourceDir } from '../../generator/pipeline/run-pipeline.js';
import { writePackage } from '../../generator/write/index.js';

export interface GeneratedProject extends InstalledPackage {
  ir: IrDocument;
  files: Map<string, string>;
  emitDiagnostics: Diagnostic[];
}

/** docs → buildIr → (optional IR patch) → emitPackage → writePackage into `<scratch>/node_modules/<name>`. */
export async function generateInto(
  docsRoot: string,
  packageName: string,
  patch: (ir: IrDocument) => void = () => {},
): Promise<GeneratedProject> {
  const ir = await buildIr(docsRoot);
  patch(ir);
  const emitDiagnostics: Diagnostic[] = [];
  const files = await emitPackage(ir, { packageName, packageVersion: '0.0.1', runtimeDir: runtimeSourceDir(), diagnostics: emitDiagnostics });
  const root = await mkdtemp(path.join(os.tmpdir(), 'b24gen-security-'));
  const packageDir = path.join(root, 'node_modules', ...packageName.split('/'));
  await writePackage(packageDir, files);
  await writeFile(path.join(root, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  return { ir, files, emitDiagnostics, root, packageDir, dispose: () => rm(root, { recursive: true, force: true }) };
}

export interface NodeRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs an ES module script with `cwd` as working directory, in a separate Node process. */
export async function runScript(cwd: string, name: string, source: string): Promise<NodeRun> {
  await writeFile(path.join(cwd, name), source);
  const result = spawnSync(process.execPath, [name], { cwd, encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Identifiers and syntax errors of a JS/TS file as the compiler reads it. If doc text had
 * escaped a comment or a literal, its words would show up here as identifiers, or the file
 * would not parse.
 */
export function scanCode(file: string, text: string): { identifiers: Set<string>; syntaxErrors: string[] } {
  const kind = file.endsWith('.js') ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, kind);
  const identifiers = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) identifiers.add(node.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  const parseDiagnostics = (source as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics;
  return { identifiers, syntaxErrors: parseDiagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')) };
}
