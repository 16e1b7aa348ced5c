/** `src/types.ts`: scalar aliases, reference aliases and the docs' named structures, shared by all sections. */
import { StructureKind } from 'ts-morph';
import type { PackagePlan } from './plan.js';
import { declarationStructure, printFile, typeImport, type Statement } from './print.js';

export function emitTypesModule(plan: PackagePlan): string {
  const statements: Statement[] = [typeImport('./runtime/index.js', ['MethodFixture'])];
  statements.push(...plan.shared.map(declarationStructure));
  statements.push({
    kind: StructureKind.Interface,
    name: 'TypedMethodFixture',
    isExported: true,
    typeParameters: ['R'],
    extends: ['MethodFixture'],
    docs: [{ description: 'A fixture whose documented `result` type-checks against the method\'s result type.' }],
    properties: [{ name: 'response', hasQuestionToken: true, isReadonly: true, type: '{ readonly result: R; readonly [key: string]: unknown }' }],
  });
  return printFile(statements);
}
