/** Turning plan pieces into ts-morph structures, and printing one file's structure once. */
import {
  CodeBlockWriter,
  printStructure,
  StructureKind,
  type JSDocStructure,
  type OptionalKind,
  type SourceFileStructure,
  type StatementStructures,
  type WriterFunction,
} from 'ts-morph';
import { propertyKey } from './escape.js';
import { HEADER } from './module-views.js';
import type { DeclarationPlan, DocPlan } from './plan.js';
import { printType } from './type-model.js';

export type Statement = string | WriterFunction | StatementStructures;

/**
 * The text inside a JSDoc block, exactly as ts-morph's JSDoc printer makes it from a
 * `{ description, tags }` structure. Handed over as a string, so that the printer does not
 * make a fresh CodeBlockWriter for every doc and tag (most of the members of an interface have
 * one): that took a sixth of all printing. print.test.ts compares the two on every case.
 */
export function jsDocText(doc: DocPlan): string {
  // Line breaks stay as they are: the printer splits the text at `\r?\n` itself.
  let text = doc.description;
  for (let i = 0; i < doc.tags.length; i++) {
    const tag = doc.tags[i] as DocPlan['tags'][number];
    const body = tag.text ?? '';
    if (i > 0 || text !== '') text += '\n';
    text += `@${tag.tagName}${body !== '' && !/^\r?\n/.test(body) ? ' ' : ''}${body}`;
  }
  return text;
}

export function jsDocs(doc: DocPlan | undefined): Array<OptionalKind<JSDocStructure> | string> {
  if (doc === undefined) return [];
  return [jsDocText(doc)];
}

export function declarationStructure(decl: DeclarationPlan): StatementStructures {
  if (decl.kind === 'alias') {
    return { kind: StructureKind.TypeAlias, name: decl.name, isExported: true, type: printType(decl.type), docs: jsDocs(decl.docs) };
  }
  return {
    kind: StructureKind.Interface,
    name: decl.name,
    isExported: true,
    docs: jsDocs(decl.docs),
    properties: decl.members.map((member) => ({
      name: propertyKey(member.name),
      hasQuestionToken: member.optional,
      type: printType(member.type),
      docs: jsDocs(member.docs),
    })),
    // The pattern passed isKeyPattern (key characters and placeholders only), so it cannot end the literal.
    indexSignatures: (decl.indexes ?? []).map((index) => ({
      keyName: 'key',
      keyType: `\`${index.pattern}\``,
      returnType: printType(index.type),
      docs: jsDocs(index.docs),
    })),
  };
}

export function typeImport(moduleSpecifier: string, names: readonly string[]): StatementStructures {
  return { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier, namedImports: [...names] };
}

export function valueImport(moduleSpecifier: string, names: readonly string[]): StatementStructures {
  return { kind: StructureKind.ImportDeclaration, moduleSpecifier, namedImports: [...names] };
}

const PRINT_OPTIONS = { indentNumberOfSpaces: 2, useSingleQuote: true, newLine: '\n' } as const;

/** Prints a whole file from its statements in one call. */
export function printFile(statements: readonly Statement[]): string {
  return `${printStatements([HEADER, ...statements])}\n`;
}

/** Statements printed in one call, without the trailing line break; '' when there are none. */
export function printStatements(statements: readonly Statement[]): string {
  if (statements.length === 0) return '';
  const structure: SourceFileStructure = { kind: StructureKind.SourceFile, statements: [...statements] };
  return printStructure(structure, PRINT_OPTIONS).replace(/^\n+|\n+$/g, '');
}

/** What `write` writes, as text (for a part that several forms share, printed once). */
export function printWriter(write: WriterFunction): string {
  const writer = new CodeBlockWriter(PRINT_OPTIONS);
  write(writer);
  return writer.toString();
}

/** The lines of a JSDoc block (none for an empty doc). The text is already comment-safe (see `docText`). */
function docCommentLines(doc: DocPlan | undefined): string[] {
  if (doc === undefined) return [];
  const lines = doc.description === '' ? [] : doc.description.split('\n');
  for (const tag of doc.tags) lines.push(...`@${tag.tagName}${tag.text === undefined ? '' : ` ${tag.text}`}`.split('\n'));
  if (lines.length === 0) return [];
  if (lines.length === 1) return [`/** ${lines[0]} */`];
  return ['/**', ...lines.map((line) => (line === '' ? ' *' : ` * ${line}`)), ' */'];
}

/** Writes a JSDoc block by hand, for members inside writer-written bodies. */
export function writeDoc(writer: CodeBlockWriter, doc: DocPlan | undefined): void {
  for (const line of docCommentLines(doc)) writer.write(line).newLine();
}

/** A JSDoc block as text at the top level, each line ended; '' for an empty doc. */
export function docComment(doc: DocPlan | undefined): string {
  return docCommentLines(doc)
    .map((line) => `${line}\n`)
    .join('');
}

/**
 * A `const` statement whose initializer spans lines. Written as a whole statement because
 * ts-morph re-indents multi-line initializers of declaration structures with a hanging indent.
 */
export function constStatement(options: {
  name: string;
  type?: string;
  exported?: boolean;
  docs?: DocPlan;
  initializer: WriterFunction;
}): WriterFunction {
  return (writer) => {
    writer.blankLineIfLastNot();
    writeDoc(writer, options.docs);
    writer.write(`${options.exported === true ? 'export ' : ''}const ${options.name}`);
    if (options.type !== undefined) writer.write(`: ${options.type}`);
    writer.write(' = ');
    options.initializer(writer);
    writer.write(';');
  };
}

/** `export declare const name: type;`, the declaration form of `constStatement`. */
export function declareConstStatement(options: { name: string; type: WriterFunction; docs?: DocPlan }): WriterFunction {
  return (writer) => {
    writer.blankLineIfLastNot();
    writeDoc(writer, options.docs);
    writer.write(`export declare const ${options.name}: `);
    options.type(writer);
    writer.write(';');
  };
}

/** An interface whose members are written by `body` (members with nested type literals). */
export function interfaceStatement(options: {
  name: string;
  exported?: boolean;
  docs?: DocPlan;
  body: WriterFunction;
}): WriterFunction {
  return (writer) => {
    writer.blankLineIfLastNot();
    writeDoc(writer, options.docs);
    writer.write(`${options.exported === true ? 'export ' : ''}interface ${options.name} {`).newLine();
    writer.indent(() => options.body(writer));
    writer.write('}');
  };
}

/** Writes `{ … }` with one line per entry; `{}` when there are none. */
export function writeObject(writer: CodeBlockWriter, entries: ReadonlyArray<(w: CodeBlockWriter) => void>): void {
  if (entries.length === 0) {
    writer.write('{}');
    return;
  }
  writer.write('{').newLine();
  writer.indent(() => {
    for (const entry of entries) {
      entry(writer);
      writer.write(',').newLine();
    }
  });
  writer.write('}');
}
