import { printStructure, StructureKind, VariableDeclarationKind } from 'ts-morph';
const body = (w) => { w.writeLine('a: 1,'); w.write('b: '); w.inlineBlock(() => { w.writeLine('c: 2,'); }); w.write(',').newLine(); };
console.log(printStructure({ kind: StructureKind.SourceFile, statements: [
 { kind: StructureKind.VariableStatement, declarationKind: VariableDeclarationKind.Const, declarations: [{ name: 'X', initializer: (w) => { w.queueIndentationLevel(w.getIndentationLevel()); w.inlineBlock(() => body(w)); w.write(' as const'); } }]},
 { kind: StructureKind.Interface, name: 'I', properties: [{ name: 'p', type: (w) => { w.queueIndentationLevel(w.getIndentationLevel()); w.inlineBlock(() => { w.writeLine('q: number;'); w.write('r: '); w.inlineBlock(() => w.writeLine('s: string;')); w.write(';').newLine(); }); } }] },
]}, { indentNumberOfSpaces: 2, useSingleQuote: true }));
