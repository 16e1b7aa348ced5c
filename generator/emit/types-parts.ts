/** Printing `src/types.ts`, one part: scalar aliases, reference aliases and the docs' named structures, shared by all sections. */
import { StructureKind } from 'ts-morph';
import type { ModuleViews } from './module-views.js';
import type { PartInputs } from './parts.js';
import { declarationStructure, printFile, typeImport, type Statement } from './print.js';

export function typesModuleViews(input: PartInputs['types']): ModuleViews {
  const statements: Statement[] = [typeImport('./runtime/index.js', ['MethodFixture'])];
  statements.push(...input.shared.map(declarationStructure));
  statements.push({
    kind: StructureKind.Interface,
    name: 'TypedMethodFixture',
    isExported: true,
    typeParameters: ['R'],
    extends: ['MethodFixture'],
    docs: [{ description: 'A fixture whose documented `result` type-checks against the method\'s result type.' }],
    properties: [{ name: 'response', hasQuestionToken: true, isReadonly: true, type: '{ readonly result: R; readonly [key: string]: unknown }' }],
  });
  const ts = printFile(statements);
  // Nothing but types: the declarations are the source itself, and the JavaScript an empty module.
  return { ts, js: printFile(['export {};']), dts: ts };
}

