/** Printing a fixtures module's parts (each method's fixture, the head, the section map) and `src/mock.ts`. */
import { StructureKind, type CodeBlockWriter } from 'ts-morph';
import { docText, stringLiteral } from './escape.js';
import { fixturesModuleFile, type FixturesFrame, type MockModuleInput } from './fixtures-module.js';
import { literalText } from './literal.js';
import { methodModuleFile } from './method-module.js';
import { relativeImport } from './module-path.js';
import { joinParts, type HeadImport, type ModuleViews } from './module-views.js';
import type { MethodPlan } from './plan.js';
import { moduleHead, sameInEveryView, typedConstViews } from './print-views.js';
import { constStatement, printFile, typeImport, valueImport, writeObject, type Statement } from './print.js';

/** Documented errors fall back to HTTP 400, the status the docs give for method errors. */
const DEFAULT_ERROR_STATUS = 400;

/** `{ response, errors }` of one method, as text (see `literalText`). */
function fixtureValue(plan: MethodPlan): string {
  let text = '{\n';
  if (plan.fixture.response !== undefined) text += `  response: ${literalText(plan.fixture.response, '  ')},\n`;
  const errors = plan.errors.map((error) => {
    const status = error.httpStatus ?? DEFAULT_ERROR_STATUS;
    return `    { code: ${stringLiteral(error.code)}, message: ${stringLiteral(error.message)}, status: ${status} },\n`;
  });
  text += errors.length === 0 ? '  errors: [],\n' : `  errors: [\n${errors.join('')}  ],\n`;
  return `${text}}`;
}

/** One method's fixture, in each form. */
export function fixtureViews(plan: MethodPlan): ModuleViews {
  const note = plan.fixture.problem === undefined
    ? `The documented answer and errors of \`${plan.wireName}\`.`
    : `The documented answer and errors of \`${plan.wireName}\`. Left untyped: ${docText(plan.fixture.problem)}.`;
  return typedConstViews({
    exported: true,
    name: plan.fixture.name,
    type: plan.fixture.typed ? `TypedMethodFixture<${plan.resultName}>` : 'MethodFixture',
    docs: { description: note, tags: [] },
    initializer: fixtureValue(plan),
  });
}

export function fixturesHeadViews(frame: FixturesFrame): ModuleViews {
  const file = fixturesModuleFile(frame.stem);
  const imports: HeadImport[] = [{ typeOnly: true, from: relativeImport(file, 'src/runtime/index.ts'), names: ['MethodFixture'] }];
  if (frame.fixtureImports.length > 0) {
    imports.push({ typeOnly: true, from: relativeImport(file, 'src/types.ts'), names: ['TypedMethodFixture'] });
    imports.push({ typeOnly: true, from: relativeImport(file, methodModuleFile(frame.stem)), names: frame.fixtureImports });
  }
  // The sub-modules' maps are values: the declarations name types only, and do not import them.
  for (const sub of frame.subModules) imports.push({ typeOnly: false, from: relativeImport(file, fixturesModuleFile(sub.stem)), names: [sub.fixturesName] });
  return moduleHead(imports);
}

export function fixturesTailViews(frame: FixturesFrame): ModuleViews {
  const file = fixturesModuleFile(frame.stem);
  const map = typedConstViews({
    exported: true,
    name: frame.fixturesName,
    type: 'Readonly<Record<string, MethodFixture>>',
    docs: { description: frame.subModules.length > 0 ? 'Fixtures of the section and its sub-modules, keyed by method.' : 'Fixtures of the section, keyed by method.', tags: [] },
    initializer: (writer) =>
      writeObject(writer, [
        ...frame.entries.map(([key, fixture]) => (w: CodeBlockWriter) => w.write(`${stringLiteral(key)}: ${fixture}`)),
        ...frame.subModules.map((sub) => (w: CodeBlockWriter) => w.write(`...${sub.fixturesName}`)),
      ]),
  });
  if (frame.subModules.length === 0) return map;
  const reexports = sameInEveryView(frame.subModules.map((sub) => `export * from '${relativeImport(file, fixturesModuleFile(sub.stem))}';`));
  return joinParts(map, reexports);
}

/** `createMockClient`: the generated client over the runtime's mock options (`mockClientOptions`). */
const CREATE_MOCK_CLIENT: Statement = {
  kind: StructureKind.Function,
  isExported: true,
  name: 'createMockClient',
  docs: ['A client answered by the documented fixtures, without a network.'],
  parameters: [{ name: 'options', type: 'MockClientOptions', initializer: '{}' }],
  returnType: 'B24Client',
  statements: ['return createClient(mockClientOptions(fixtures, options));'],
};

/** The source of `src/mock.ts`: every section's fixtures, and a client answered by them. */
export function mockModuleSource(input: MockModuleInput): string {
  const statements: Statement[] = [
    typeImport('./runtime/index.js', ['MethodFixture', 'MockClientOptions']),
    valueImport('./runtime/index.js', ['mockClientOptions']),
    typeImport('./client.js', ['B24Client']),
    valueImport('./client.js', ['createClient']),
    ...input.sections.map((s) => valueImport(relativeImport('src/mock.ts', fixturesModuleFile(s.stem)), [s.fixturesName])),
    constStatement({
      name: 'fixtures',
      exported: true,
      type: 'Readonly<Record<string, MethodFixture>>',
      docs: { description: 'Every fixture of the package, keyed by method.', tags: [] },
      initializer: (writer) => writeObject(writer, input.sections.map((section) => (w) => w.write(`...${section.fixturesName}`))),
    }),
    "export type { MockClientOptions } from './runtime/index.js';",
    CREATE_MOCK_CLIENT,
    ...input.sections.map((s) => `export * from '${relativeImport('src/mock.ts', fixturesModuleFile(s.stem))}';`),
  ];
  return printFile(statements);
}
