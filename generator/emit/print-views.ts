/**
 * Printing parts in the three forms with ts-morph: each statement is printed once per form it
 * appears in, and what two forms share (declarations, a fixture's value) once for both.
 */
import type { WriterFunction } from 'ts-morph';
import { HEADER, joinTexts, type HeadImport, type ModuleViews, type StatementViews } from './module-views.js';
import type { DocPlan } from './plan.js';
import { docComment, printStatements, printWriter, typeImport, valueImport, type Statement } from './print.js';

/** Parts printed together, one print per form (each print has a fixed cost: a printer factory and a writer). */
export function printViews(parts: readonly StatementViews[]): ModuleViews {
  return {
    ts: printStatements(parts.flatMap((p) => p.ts)),
    js: printStatements(parts.flatMap((p) => p.js)),
    dts: printStatements(parts.flatMap((p) => p.dts)),
  };
}

/** The three forms of a part made of the same statements everywhere (`export *` lines). */
export function sameInEveryView(statements: readonly Statement[]): ModuleViews {
  const text = printStatements(statements);
  return { ts: text, js: text, dts: text };
}

/**
 * A part whose declarations (interfaces, type aliases) read the same in the source and the
 * declarations, and vanish from the JavaScript: printed once for both.
 */
export function withDeclarations(declarations: readonly Statement[], values: ModuleViews): ModuleViews {
  const types = printStatements(declarations);
  return { ts: joinTexts([types, values.ts]), js: values.js, dts: joinTexts([types, values.dts]) };
}

/** The header and the imports, in the order given, in each form: each keeps only the imports it can use. */
export function moduleHead(imports: readonly HeadImport[]): ModuleViews {
  const statement = (i: HeadImport): Statement => (i.typeOnly ? typeImport(i.from, i.names) : valueImport(i.from, i.names));
  const only = (typeOnly: boolean): Statement[] => imports.filter((i) => i.typeOnly === typeOnly).map(statement);
  return {
    ts: printStatements([HEADER, ...imports.map(statement)]),
    js: printStatements([HEADER, ...only(false)]),
    dts: printStatements([HEADER, ...only(true)]),
  };
}

/**
 * A `const` with a type annotation, in each form; not exported, it has no declaration. Its
 * value (megabytes in the large sections) is printed once and put in place as text: handed
 * back to a writer, it would be scanned again character by character, once per form.
 */
export function typedConstViews(options: { name: string; type: string; exported: boolean; docs?: DocPlan; initializer: WriterFunction | string }): ModuleViews {
  const { name, type, exported, docs, initializer } = options;
  const doc = docComment(docs);
  const value = typeof initializer === 'string' ? initializer : printWriter(initializer);
  const keyword = exported ? 'export const' : 'const';
  return {
    ts: `${doc}${keyword} ${name}: ${type} = ${value};`,
    js: `${doc}${keyword} ${name} = ${value};`,
    dts: exported ? `${doc}export declare const ${name}: ${type};` : '',
  };
}
