/** Printing `src/errors.ts`, one part: the system errors every method may answer with, and the runtime's error helpers. */
import { StructureKind, type WriterFunction } from 'ts-morph';
import { docText, propertyKey, stringLiteral } from './escape.js';
import type { PartInputs } from './parts.js';
import { constStatement, printFile, writeDoc, writeObject, type Statement } from './print.js';

function catalog(input: PartInputs['errors']): WriterFunction {
  return (writer) => {
    writeObject(
      writer,
      input.systemErrors.map((error) => (w) => {
        const description = docText(error.description);
        writeDoc(w, description === '' ? undefined : { description, tags: [] });
        const status = error.httpStatus === undefined ? '' : `, status: ${error.httpStatus}`;
        w.write(`${propertyKey(error.code)}: { code: ${stringLiteral(error.code)}${status}, message: ${stringLiteral(error.message)} }`);
      }),
    );
    writer.write(' as const');
  };
}

export function errorsModuleSource(input: PartInputs['errors']): string {
  const statements: Statement[] = [
    constStatement({
      name: 'SystemErrorCode',
      exported: true,
      docs: { description: 'Errors any method may answer with, keyed by the wire code, with their HTTP status.', tags: [] },
      initializer: catalog(input),
    }),
    { kind: StructureKind.TypeAlias, isExported: true, name: 'SystemErrorCode', type: 'keyof typeof SystemErrorCode' },
    'export { B24Error, matchError } from \'./runtime/index.js\';',
    'export type { ErrorDescriptor } from \'./runtime/index.js\';',
  ];
  return printFile(statements);
}
