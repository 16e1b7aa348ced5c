/** Printing a section module's parts: each method's types, error catalog and function, and the module head. */
import { StructureKind, type FunctionDeclarationStructure, type WriterFunction } from 'ts-morph';
import { docText, propertyKey, stringLiteral } from './escape.js';
import { methodModuleFile, type MethodsHead } from './method-module.js';
import type { HeadImport, ModuleViews, StatementViews } from './module-views.js';
import { relativeImport } from './module-path.js';
import type { MethodPlan } from './plan.js';
import { moduleHead, printViews, withDeclarations } from './print-views.js';
import { constStatement, declarationStructure, declareConstStatement, jsDocs, writeObject, type Statement } from './print.js';

/** The catalog's object literal: `{ Key: { code, message }, … }`. */
function errorCatalog(plan: MethodPlan): WriterFunction {
  return (writer) =>
    writeObject(
      writer,
      plan.errors.map((error) => (w) => {
        const message = error.message === '' ? '' : `, message: ${stringLiteral(error.message)}`;
        w.write(`${propertyKey(error.key)}: { code: ${stringLiteral(error.code)}${message} }`);
      }),
    );
}

/** The declared type of the catalog: what the declaration emitter infers for the `as const` literal. */
function errorCatalogType(plan: MethodPlan): WriterFunction {
  return (writer) => {
    if (plan.errors.length === 0) {
      writer.write('{}');
      return;
    }
    writer.write('{').newLine();
    writer.indent(() => {
      for (const error of plan.errors) {
        const message = error.message === '' ? '' : ` readonly message: ${stringLiteral(error.message)};`;
        writer.write(`readonly ${propertyKey(error.key)}: { readonly code: ${stringLiteral(error.code)};${message} };`).newLine();
      }
    });
    writer.write('}');
  };
}

/** The error catalog and its key type, in each form. */
function errorStatements(plan: MethodPlan, errorsName: string, errorName: string): StatementViews {
  const docs = { description: `Documented errors of \`${docText(plan.wireName)}\`, for \`matchError\`.`, tags: [] };
  const catalog = errorCatalog(plan);
  const asConst: WriterFunction = (writer) => {
    catalog(writer);
    writer.write(' as const');
  };
  const keyType: Statement = { kind: StructureKind.TypeAlias, isExported: true, name: errorName, type: `keyof typeof ${errorsName}` };
  return {
    ts: [constStatement({ name: errorsName, exported: true, docs, initializer: asConst }), keyType],
    js: [constStatement({ name: errorsName, exported: true, docs, initializer: catalog })],
    dts: [declareConstStatement({ name: errorsName, docs, type: errorCatalogType(plan) }), keyType],
  };
}

/** The standalone function: typed in the source, bare in the JavaScript, a signature in the declarations. */
function functionStatements(plan: MethodPlan): StatementViews {
  const options = plan.apiVersion === 'v3' ? "{ ...options, apiVersion: 'v3' }" : 'options';
  const named = plan.paramsOptional ? 'params ?? {}' : 'params';
  // The portal reads these by position: the list goes on the wire, whatever core sends it.
  const params = plan.paramOrder === undefined ? named : `paramsByPosition(${named}, [${plan.paramOrder.map(stringLiteral).join(', ')}])`;
  const call = `coreOf(client).call(${stringLiteral(plan.wireName)}, ${params}, ${options})`;
  const typed: FunctionDeclarationStructure = {
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
  };
  return {
    ts: [{ ...typed, statements: [`return ${call} as Promise<${plan.resultName}>;`] }],
    js: [{ ...typed, parameters: typed.parameters?.map((p) => ({ name: p.name })), returnType: undefined, statements: [`return ${call};`] }],
    dts: [{ ...typed, hasDeclareKeyword: true }],
  };
}

/** One method's part of its module: types, error catalog, function. */
export function methodViews(plan: MethodPlan): ModuleViews {
  const values: StatementViews[] = [];
  if (plan.errorsName !== undefined && plan.errorName !== undefined) values.push(errorStatements(plan, plan.errorsName, plan.errorName));
  values.push(functionStatements(plan));
  return withDeclarations(plan.declarations.map(declarationStructure), printViews(values));
}
/** The module's header and imports. */
export function methodsHeadViews(head: MethodsHead): ModuleViews {
  const file = methodModuleFile(head.stem);
  const imports: HeadImport[] = [];
  const add = (typeOnly: boolean, target: string, names: string[]): void => {
    imports.push({ typeOnly, from: relativeImport(file, target), names });
  };
  if (head.hasMethods) {
    add(true, 'src/runtime/index.ts', ['CallOptions']);
    if (head.byPosition) add(false, 'src/runtime/index.ts', ['paramsByPosition']);
    add(true, 'src/core.ts', ['CoreSource']);
    add(false, 'src/core.ts', ['coreOf']);
  }
  if (head.sharedImports.length > 0) add(true, 'src/types.ts', head.sharedImports);
  return moduleHead(imports);
}
