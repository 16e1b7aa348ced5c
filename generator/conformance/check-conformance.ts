/**
 * Example conformance with the real compiler: the documented request bodies and `result`s
 * against the generated package's `ParamsOf` / `ResultOf`, each compiler error mapped back to
 * the example's place in the docs.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
// The consumer's compiler (the `typescript` dependency): ts-morph's bundled copy ships no lib files.
import ts from 'typescript';
import { strictCheckOptions } from '../emit/typecheck-package.js';
import type { Diagnostic, IrDocument } from '../ir/types.js';
import { buildConformanceSource, type ConformanceEntry, type ExampleKind, type SkippedExample } from './conformance-source.js';


/** The file name the source gets inside the package folder (only in memory unless `writeTo` says so). */
export const CONFORMANCE_FILE = 'b24gen-conformance.mts';

export interface ConformanceOptions {
  /** The generated package folder (holds `package.json` and `dist/index.d.ts`). */
  packageDir: string;
  ir: IrDocument;
  /** Also write the checked source there (for reading the errors in an editor). */
  writeTo?: string;
}

/** Counts for one example kind. `checked` = conform + mismatched. */
export interface KindRate {
  checked: number;
  conform: number;
  /** Among `checked`: examples whose JSON the docs wrote validly (no repair). */
  validChecked: number;
  validConform: number;
  /** Examples present but not put against a type (no `result`, duplicate key). */
  skipped: number;
}

export interface ExampleFailure {
  entry: ConformanceEntry;
  /** The first compiler message for the example, one line. */
  message: string;
  /** Where in the example the compiler complained: `result.items[0].ID`. */
  path: string;
  errorCount: number;
}

export interface ConformanceReport {
  request: KindRate;
  response: KindRate;
  failures: ExampleFailure[];
  skipped: SkippedExample[];
  /** `request-example-mismatch` / `response-example-mismatch`, one per failing example. */
  diagnostics: Diagnostic[];
  /** Compiler errors not inside any example (a broken package): each is a fatal sign. */
  otherErrors: string[];
}

function compilerOptions(): ts.CompilerOptions {
  return {
    ...strictCheckOptions(),
    // The package's own declarations are checked elsewhere; here only the examples count.
    skipLibCheck: true,
    // Messages name whole literal types; keep them readable.
    noErrorTruncation: false,
  };
}

/** The JSON path of the deepest literal key or item that contains `pos`. */
function literalPathAt(node: ts.Node, pos: number, sf: ts.SourceFile): string {
  let out = '';
  let current: ts.Node | undefined = node;
  while (current !== undefined) {
    let next: ts.Node | undefined;
    if (ts.isObjectLiteralExpression(current)) {
      for (const prop of current.properties) {
        if (prop.getStart(sf) <= pos && pos < prop.getEnd() && ts.isPropertyAssignment(prop)) {
          const name = ts.isStringLiteral(prop.name) || ts.isIdentifier(prop.name) ? prop.name.text : prop.name.getText(sf);
          out += /^[A-Za-z_$][\w$]*$/.test(name) ? `.${name}` : `[${JSON.stringify(name)}]`;
          next = prop.initializer;
          break;
        }
      }
    } else if (ts.isArrayLiteralExpression(current)) {
      current.elements.forEach((el, i) => {
        if (next === undefined && el.getStart(sf) <= pos && pos < el.getEnd()) {
          out += `[${i}]`;
          next = el;
        }
      });
    }
    current = next;
  }
  return out;
}

function initializerOf(sf: ts.SourceFile, line: number): ts.Expression | undefined {
  const pos = sf.getPositionOfLineAndCharacter(line - 1, 0);
  for (const statement of sf.statements) {
    // `pos` (not getStart) so the leading comment counts as part of the statement.
    if (statement.pos > pos || statement.getEnd() < pos) continue;
    if (ts.isVariableStatement(statement)) return statement.declarationList.declarations[0]?.initializer;
  }
  return undefined;
}

function oneLine(text: string, max = 400): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function findEntry(entries: readonly ConformanceEntry[], line: number): ConformanceEntry | undefined {
  let lo = 0;
  let hi = entries.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const e = entries[mid] as ConformanceEntry;
    if (line < e.startLine) hi = mid - 1;
    else if (line > e.endLine) lo = mid + 1;
    else return e;
  }
  return undefined;
}

function rate(entries: readonly ConformanceEntry[], failing: ReadonlySet<ConformanceEntry>, kind: ExampleKind, skipped: readonly SkippedExample[]): KindRate {
  const mine = entries.filter((e) => e.kind === kind);
  const valid = mine.filter((e) => !e.repaired);
  return {
    checked: mine.length,
    conform: mine.filter((e) => !failing.has(e)).length,
    validChecked: valid.length,
    validConform: valid.filter((e) => !failing.has(e)).length,
    skipped: skipped.filter((s) => s.kind === kind).length,
  };
}

/** Compiles the examples of `ir` against the package in `packageDir`. */
export async function checkConformance(options: ConformanceOptions): Promise<ConformanceReport> {
  const packageDir = path.resolve(options.packageDir);
  const fileName = path.join(packageDir, CONFORMANCE_FILE);
  const source = buildConformanceSource(options.ir, './dist/index.js');
  if (options.writeTo !== undefined) {
    const spec = path.relative(path.dirname(path.resolve(options.writeTo)), path.join(packageDir, 'dist', 'index.js')).split(path.sep).join('/');
    const text = source.text.replace(`from "./dist/index.js"`, `from ${JSON.stringify(spec.startsWith('.') ? spec : `./${spec}`)}`);
    await writeFile(options.writeTo, text);
  }

  const compilerOpts = compilerOptions();
  const host = ts.createCompilerHost(compilerOpts);
  const sf = ts.createSourceFile(fileName, source.text, ts.ScriptTarget.ES2022, true);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, languageVersion, onError, shouldCreate) =>
    path.resolve(name) === fileName ? sf : getSourceFile(name, languageVersion, onError, shouldCreate);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => path.resolve(name) === fileName || fileExists(name);
  const program = ts.createProgram({ rootNames: [fileName], options: compilerOpts, host });
  const checked = program.getSourceFile(fileName) ?? sf;
  const found = [...program.getSyntacticDiagnostics(checked), ...program.getSemanticDiagnostics(checked)];

  const byEntry = new Map<ConformanceEntry, ts.Diagnostic[]>();
  const otherErrors: string[] = [];
  for (const d of found) {
    const text = ts.flattenDiagnosticMessageText(d.messageText, '\n');
    if (d.start === undefined) {
      otherErrors.push(`TS${d.code}: ${oneLine(text)}`);
      continue;
    }
    const { line } = checked.getLineAndCharacterOfPosition(d.start);
    const entry = findEntry(source.entries, line + 1);
    if (entry === undefined) {
      otherErrors.push(`${CONFORMANCE_FILE}:${line + 1}: TS${d.code}: ${oneLine(text)}`);
      continue;
    }
    const list = byEntry.get(entry) ?? [];
    list.push(d);
    byEntry.set(entry, list);
  }

  const failures: ExampleFailure[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const entry of source.entries) {
    const list = byEntry.get(entry);
    if (list === undefined) continue;
    const first = list[0] as ts.Diagnostic;
    const init = initializerOf(checked, entry.startLine);
    const at = init === undefined ? '' : literalPathAt(init, first.start ?? 0, checked);
    const root = entry.kind === 'request' ? 'params' : 'result';
    const message = oneLine(ts.flattenDiagnosticMessageText(first.messageText, ' '));
    const failure: ExampleFailure = { entry, message, path: `${root}${at}`, errorCount: list.length };
    failures.push(failure);
    diagnostics.push({
      ...entry.position,
      severity: 'info',
      code: `${entry.kind}-example-mismatch`,
      message: `the documented ${entry.kind} of ${entry.method} does not type-check against ${entry.kind === 'request' ? 'ParamsOf' : 'ResultOf'} at ${failure.path}: TS${first.code}: ${message}${list.length > 1 ? ` (+${list.length - 1} more)` : ''}`,
    });
  }

  const failing = new Set(failures.map((f) => f.entry));
  return {
    request: rate(source.entries, failing, 'request', source.skipped),
    response: rate(source.entries, failing, 'response', source.skipped),
    failures,
    skipped: source.skipped,
    diagnostics,
    otherErrors,
  };
}

/** `a / b (p %)`, for reports. */
export function formatRate(conform: number, checked: number): string {
  const pct = checked === 0 ? 100 : (100 * conform) / checked;
  return `${conform}/${checked} (${pct.toFixed(1)} %)`;
}
