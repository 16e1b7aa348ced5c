/**
 * Modules printed in the three forms the package ships: the `.ts` source, and the `.js` and
 * `.d.ts` that compiling it gives (the section modules, the client and the shared types). Each
 * part is printed once per form from the plan, so these modules need no TypeScript emit pass:
 * that pass was a quarter of a cold run (parsing and re-printing ~9 MB of generated source).
 * Tests hold every form to TypeScript's own transpile, token by token (`same-tokens.ts`): on the
 * docs/ package, on a hostile one and on the whole snapshot.
 */
import type { WriterFunction } from 'ts-morph';
import type { DocPlan } from './plan.js';
import { docComment, HEADER, printStatements, printWriter, typeImport, valueImport, type Statement } from './print.js';

/** One module, or one part of one, in each form; '' where a form has nothing of it. */
export interface ModuleViews {
  ts: string;
  js: string;
  dts: string;
}

/** Statements of one part in each form, before printing. */
export interface StatementViews {
  ts: Statement[];
  js: Statement[];
  dts: Statement[];
}

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

function joinTexts(texts: readonly string[]): string {
  return texts.filter((text) => text !== '').join('\n\n');
}

/** One import of a module head: `typeOnly` ones go to the declarations, the others to the JavaScript. */
export interface HeadImport {
  typeOnly: boolean;
  /** The module specifier, already relative (`../core.js`). */
  from: string;
  names: string[];
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

/** Parts one after the other, a blank line between them, as one part. */
export function joinParts(...parts: readonly ModuleViews[]): ModuleViews {
  const view = (form: keyof ModuleViews): string => joinTexts(parts.map((part) => part[form]));
  return { ts: view('ts'), js: view('js'), dts: view('dts') };
}

/** The module: its head (header and imports), then each part after a blank line. */
export function joinModule(head: ModuleViews, parts: readonly ModuleViews[]): ModuleViews {
  const all = joinParts(head, ...parts);
  return { ts: `${all.ts}\n`, js: `${all.js}\n`, dts: `${all.dts}\n` };
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
