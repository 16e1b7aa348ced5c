/** Per-file `.ts` → `.js` + `.d.ts`, without a Program (the sources are isolatedDeclarations-clean). */
import { ts } from 'ts-morph';

const JS_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  verbatimModuleSyntax: true,
  strict: true,
  newLine: ts.NewLineKind.LineFeed,
  removeComments: false,
};

const DTS_OPTIONS: ts.CompilerOptions = { ...JS_OPTIONS, declaration: true, isolatedDeclarations: true };

export interface TranspiledFile {
  js: string;
  dts: string;
}

export class TranspileError extends Error {
  constructor(readonly fileName: string, readonly messages: string[]) {
    super(`cannot transpile ${fileName}: ${messages.join('; ')}`);
  }
}

function messagesOf(diagnostics: readonly ts.Diagnostic[] | undefined): string[] {
  return (diagnostics ?? []).map((d) => {
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
  const js = ts.transpileModule(source, { compilerOptions: JS_OPTIONS, fileName, reportDiagnostics: true });
  const dts = ts.transpileDeclaration(source, { compilerOptions: DTS_OPTIONS, fileName, reportDiagnostics: true });
  const problems = [...messagesOf(js.diagnostics), ...messagesOf(dts.diagnostics)];
  if (problems.length > 0) throw new TranspileError(fileName, problems);
  return { js: escapeInvisible(js.outputText), dts: escapeInvisible(dts.outputText) };
}
