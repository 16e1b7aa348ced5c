/**
 * Compares two TypeScript texts as the compiler reads them: the same tokens (literals by value),
 * the same JSDoc comments (by their trimmed lines), whatever the layout, quotes and indentation.
 * Only tests import this module: it checks the `.js` and `.d.ts` that emit prints itself
 * against what TypeScript's transpile makes of the `.ts`.
 */
import ts from 'typescript';
import { compiledPaths, isModuleSource } from './module-path.js';

/** Names of the literal kinds (`ts.SyntaxKind` names some of them by an alias: `LastTemplateToken`). */
const LITERAL_NAMES = new Map<ts.SyntaxKind, string>([
  [ts.SyntaxKind.StringLiteral, 'string'],
  [ts.SyntaxKind.NoSubstitutionTemplateLiteral, 'template'],
  [ts.SyntaxKind.TemplateHead, 'template-head'],
  [ts.SyntaxKind.TemplateMiddle, 'template-middle'],
  [ts.SyntaxKind.TemplateTail, 'template-tail'],
]);

export interface TokenView {
  tokens: string[];
  docs: string[];
}

export function tokenView(text: string): TokenView {
  const scanner = ts.createScanner(ts.ScriptTarget.ES2022, false, ts.LanguageVariant.Standard, text);
  const tokens: string[] = [];
  const docs: string[] = [];
  // The scanner alone cannot tell a `}` that ends a template substitution (`${string}`) from a
  // block's: the brace depth of each open substitution says which it is.
  const substitutions: number[] = [];
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    if (kind === ts.SyntaxKind.OpenBraceToken && substitutions.length > 0) substitutions[substitutions.length - 1]! += 1;
    if (kind === ts.SyntaxKind.CloseBraceToken && substitutions.length > 0) {
      if (substitutions[substitutions.length - 1] === 0) {
        substitutions.pop();
        kind = scanner.reScanTemplateToken(false);
      } else {
        substitutions[substitutions.length - 1]! -= 1;
      }
    }
    if (kind === ts.SyntaxKind.TemplateHead || kind === ts.SyntaxKind.TemplateMiddle) substitutions.push(0);
    switch (kind) {
      case ts.SyntaxKind.WhitespaceTrivia:
      case ts.SyntaxKind.NewLineTrivia:
      case ts.SyntaxKind.SingleLineCommentTrivia:
        break;
      case ts.SyntaxKind.MultiLineCommentTrivia: {
        const comment = scanner.getTokenText();
        if (comment.startsWith('/**')) docs.push(comment.split('\n').map((line) => line.trim()).join('\n'));
        break;
      }
      case ts.SyntaxKind.StringLiteral:
      case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
      case ts.SyntaxKind.TemplateHead:
      case ts.SyntaxKind.TemplateMiddle:
      case ts.SyntaxKind.TemplateTail:
        tokens.push(`${LITERAL_NAMES.get(kind)} ${JSON.stringify(scanner.getTokenValue())}`);
        break;
      case ts.SyntaxKind.NumericLiteral:
        tokens.push(`number ${Number(scanner.getTokenValue())}`);
        break;
      case ts.SyntaxKind.CloseBraceToken:
      case ts.SyntaxKind.CloseBracketToken: {
        // A separator before a closer is optional (`{ a: 1; }` and `{ a: 1 }` are one type; `[1,]` is `[1]`).
        const last = tokens[tokens.length - 1];
        if (last === ';' || last === ',') tokens.pop();
        tokens.push(scanner.getTokenText());
        break;
      }
      default:
        tokens.push(scanner.getTokenText());
    }
  }
  return { tokens, docs };
}

/** Where `a` and `b` first read differently, with a little context; undefined when they read the same. */
export function firstDifference(a: string, b: string): string | undefined {
  const x = tokenView(a);
  const y = tokenView(b);
  for (let i = 0; i < Math.max(x.tokens.length, y.tokens.length); i++) {
    if (x.tokens[i] !== y.tokens[i]) return `token ${i}: ${x.tokens.slice(Math.max(0, i - 8), i + 4).join(' ')}  ≠  ${y.tokens.slice(Math.max(0, i - 8), i + 4).join(' ')}`;
  }
  for (let i = 0; i < Math.max(x.docs.length, y.docs.length); i++) {
    if (x.docs[i] !== y.docs[i]) return `doc ${i}: ${JSON.stringify(x.docs[i])}  ≠  ${JSON.stringify(y.docs[i])}`;
  }
  return undefined;
}

/**
 * The modules of an emitted package whose `dist/` `.js` or `.d.ts` reads otherwise than
 * TypeScript's transpile of their `src/` source, each with where.
 */
export function differencesFromTranspile(files: ReadonlyMap<string, string>, transpile: (file: string, source: string) => { js: string; dts: string }): string[] {
  const out: string[] = [];
  for (const [file, source] of files) {
    if (!isModuleSource(file)) continue;
    const paths = compiledPaths(file);
    const reference = transpile(file, source);
    const js = firstDifference(files.get(paths.js) ?? '', reference.js);
    const dts = firstDifference(files.get(paths.dts) ?? '', reference.dts);
    if (js !== undefined) out.push(`${paths.js}: ${js}`);
    if (dts !== undefined) out.push(`${paths.dts}: ${dts}`);
  }
  return out;
}
