/**
 * Per-file `.ts` → `.js` + `.d.ts`, without type checking (the sources are isolatedDeclarations-clean).
 *
 * The output is byte for byte what `ts.transpileModule` and `ts.transpileDeclaration` give with
 * the options below (transpile.test.ts compares them), but the file is parsed once and emitted
 * once for both: those two calls parse it twice, with its JSDoc, and build two programs.
 * JSDoc is not parsed at all: neither emit reads it (comments are copied from the text).
 */
import { ts } from 'ts-morph';

/** What the generated package's own tsconfig would say; `transpileModule` is called with these. */
export const JS_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  verbatimModuleSyntax: true,
  strict: true,
  newLine: ts.NewLineKind.LineFeed,
  removeComments: false,
};

/** `transpileDeclaration`'s additions. */
export const DTS_OPTIONS: ts.CompilerOptions = { ...JS_OPTIONS, declaration: true, isolatedDeclarations: true };

/**
 * The options that the transpile functions end up with (their per-file program's), made to
 * emit both files: no checking, no lib, no resolution, one file on its own.
 */
const EMIT_OPTIONS: ts.CompilerOptions = {
  ...ts.getDefaultCompilerOptions(),
  ...DTS_OPTIONS,
  noCheck: true,
  noLib: true,
  noResolve: true,
  suppressOutputPathCheck: true,
  allowNonTsExtensions: true,
};

/**
 * Two internals that the transpile functions use too (transpile.test.ts would catch a change):
 * how a file is judged to be a module under these options, and `emit`'s `forceDtsEmit`, which
 * makes isolatedDeclarations findings reported as transpileDeclaration reports them.
 */
interface TsInternals {
  getSetExternalModuleIndicator(options: ts.CompilerOptions): (file: ts.SourceFile) => void;
}
type ForcedEmit = (target: undefined, write: undefined, cancel: undefined, dtsOnly: undefined, transformers: undefined, forceDtsEmit: true) => ts.EmitResult;

const setExternalModuleIndicator = (ts as unknown as TsInternals).getSetExternalModuleIndicator(EMIT_OPTIONS);

export interface TranspiledFile {
  js: string;
  dts: string;
}

export class TranspileError extends Error {
  constructor(readonly fileName: string, readonly messages: string[]) {
    super(`cannot transpile ${fileName}: ${messages.join('; ')}`);
  }
}

function messagesOf(diagnostics: readonly ts.Diagnostic[]): string[] {
  return diagnostics.map((d) => {
    const text = ts.flattenDiagnosticMessageText(d.messageText, '\n');
    if (d.file === undefined || d.start === undefined) return text;
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
    return `${line + 1}:${character + 1} ${text}`;
  });
}

/**
 * The declaration printer re-prints string literal types with its own escaping, which leaves DEL,
 * U+0085 and bidi controls raw. In emitted code they can only sit inside literals or comments,
 * where a `\\u` escape keeps a literal's value and keeps a reader from seeing reordered text.
 */
function escapeInvisible(text: string): string {
  return text.replace(/[\u007f\u0085\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function transpileFile(fileName: string, source: string): TranspiledFile {
  const sourceFile = ts.createSourceFile(fileName, source, {
    languageVersion: ts.ScriptTarget.ES2022,
    setExternalModuleIndicator,
    jsDocParsingMode: ts.JSDocParsingMode.ParseNone,
  });
  let js: string | undefined;
  let dts: string | undefined;
  const host: ts.CompilerHost = {
    getSourceFile: (name) => (name === fileName ? sourceFile : undefined),
    writeFile: (name, text) => {
      if (name.endsWith('.d.ts')) dts = text;
      else js = text;
    },
    getDefaultLibFileName: () => 'lib.d.ts',
    useCaseSensitiveFileNames: () => false,
    getCanonicalFileName: (name) => name,
    getCurrentDirectory: () => '',
    getNewLine: () => '\n',
    fileExists: (name) => name === fileName,
    readFile: () => '',
    directoryExists: () => true,
    getDirectories: () => [],
  };
  const program = ts.createProgram([fileName], EMIT_OPTIONS, host);
  const problems = [...program.getSyntacticDiagnostics(sourceFile), ...program.getOptionsDiagnostics()];
  const emitted = (program.emit as ForcedEmit)(undefined, undefined, undefined, undefined, undefined, true);
  problems.push(...emitted.diagnostics);
  if (problems.length > 0) throw new TranspileError(fileName, messagesOf(problems));
  if (js === undefined || dts === undefined) throw new TranspileError(fileName, ['no output']);
  return { js: escapeInvisible(js), dts: escapeInvisible(dts) };
}
