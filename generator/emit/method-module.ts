/** `src/methods/<stem>.ts`: types, error catalogs and standalone functions of one docs section, or of one folder of a large one. */
import { StructureKind, type WriterFunction } from 'ts-morph';
import { docText, propertyKey, stringLiteral } from './escape.js';
import { relativeImport } from './module-path.js';
import type { MethodPlan, SectionPlan } from './plan.js';
import { constStatement, declarationStructure, jsDocs, printFile, typeImport, valueImport, writeObject, type Statement } from './print.js';

function errorCatalog(plan: MethodPlan): WriterFunction {
  return (writer) => {
    writeObject(
      writer,
      plan.errors.map((error) => (w) => {
        const message = error.message === '' ? '' : `, message: ${stringLiteral(error.message)}`;
        w.write(`${propertyKey(error.key)}: { code: ${stringLiteral(error.code)}${message} }`);
      }),
    );
    writer.write(' as const');
  };
}

function methodStatements(plan: MethodPlan): Statement[] {
  const out: Statement[] = plan.declarations.map(declarationStructure);
  if (plan.errorsName !== undefined && plan.errorName !== undefined) {
    out.push(
      constStatement({
        name: plan.errorsName,
        exported: true,
        docs: { description: `Documented errors of \`${docText(plan.wireName)}\`, for \`matchError\`.`, tags: [] },
        initializer: errorCatalog(plan),
      }),
    );
    out.push({
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: plan.errorName,
      type: `keyof typeof ${plan.errorsName}`,
    });
  }
  const options = plan.apiVersion === 'v3' ? "{ ...options, apiVersion: 'v3' }" : 'options';
  const named = plan.paramsOptional ? 'params ?? {}' : 'params';
  // The portal reads these by position: the list goes on the wire, whatever core sends it.
  const params = plan.paramOrder === undefined ? named : `paramsByPosition(${named}, [${plan.paramOrder.map(stringLiteral).join(', ')}])`;
  out.push({
    kind: StructureKind.Function,
    isExported: true,
    name: plan.functionName,
    docs: jsDocs(plan.docs),
    parameters: [
      { name: 'client', type: 'CoreSource' },
      { name: 'params', type: plan.paramsName, hasQuestionToken: plan.paramsOptional },
      { name: 'options', type: 'CallOptions', hasQuestionToken: true },
    ],
    returnType: `Promise<${plan.resultName}>`,
    statements: [
      `return coreOf(client).call(${stringLiteral(plan.wireName)}, ${params}, ${options}) as Promise<${plan.resultName}>;`,
    ],
  });
  return out;
}

/** `src/methods/<stem>.ts`, where `stem` may sit in a section's folder (`crm/deals`). */
export function methodModuleFile(stem: string): string {
  return `src/methods/${stem}.ts`;
}

export function emitMethodModule(section: SectionPlan): string {
  const file = methodModuleFile(section.stem);
  const statements: Statement[] = [];
  if (section.methods.length > 0) {
    statements.push(
      typeImport(relativeImport(file, 'src/runtime/index.ts'), ['CallOptions']),
      ...(section.methods.some((m) => m.paramOrder !== undefined) ? [valueImport(relativeImport(file, 'src/runtime/index.ts'), ['paramsByPosition'])] : []),
      typeImport(relativeImport(file, 'src/core.ts'), ['CoreSource']),
      valueImport(relativeImport(file, 'src/core.ts'), ['coreOf']),
    );
  }
  if (section.sharedImports.length > 0) statements.push(typeImport(relativeImport(file, 'src/types.ts'), section.sharedImports));
  for (const plan of section.methods) statements.push(...methodStatements(plan));
  // A split section's module is its entry point: it re-exports every sub-module.
  for (const sub of section.subModules) statements.push(`export * from '${relativeImport(file, methodModuleFile(sub.stem))}';`);
  if (statements.length === 0) statements.push('export {};');
  return printFile(statements);
}
