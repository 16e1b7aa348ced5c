/** `src/errors.ts`: the system errors every method may answer with, and the runtime's error helpers. */
import { StructureKind, VariableDeclarationKind, type WriterFunction } from 'ts-morph';
import { docText, propertyKey, stringLiteral } from './escape.js';
import type { PackagePlan } from './plan.js';
import { printFile, type Statement } from './print.js';

function catalog(plan: PackagePlan): WriterFunction {
  return (writer) => {
    if (plan.systemErrors.length === 0) {
      writer.write('{} as const');
      return;
    }
    writer.write('{').newLine();
    writer.indent(() => {
      for (const error of plan.systemErrors) {
        const description = docText(error.description);
        if (description !== '') writer.write(`/** ${description.replace(/\n+/g, ' ')} */`).newLine();
        const status = error.httpStatus === undefined ? '' : `, status: ${error.httpStatus}`;
        writer.write(`${propertyKey(error.code)}: { code: ${stringLiteral(error.code)}${status}, message: ${stringLiteral(error.message)} },`).newLine();
      }
    });
    writer.write('} as const');
  };
}

export function emitErrorsModule(plan: PackagePlan): string {
  const statements: Statement[] = [
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [{ description: 'Errors any method may answer with, keyed by the wire code, with their HTTP status.' }],
      declarations: [{ name: 'SystemErrorCode', initializer: catalog(plan) }],
    },
    { kind: StructureKind.TypeAlias, isExported: true, name: 'SystemErrorCode', type: 'keyof typeof SystemErrorCode' },
    'export { B24Error, matchError } from \'./runtime/index.js\';',
    'export type { ErrorDescriptor } from \'./runtime/index.js\';',
  ];
  return printFile(statements);
}
