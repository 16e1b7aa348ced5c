/** `src/fixtures/<section>.ts` and `src/mock.ts`: documented answers served without a network. */
import type { CodeBlockWriter, WriterFunction } from 'ts-morph';
import { docText, stringLiteral } from './escape.js';
import { writeLiteral } from './literal.js';
import type { MethodPlan, PackagePlan, SectionPlan } from './plan.js';
import { constStatement, printFile, typeImport, valueImport, writeObject, type Statement } from './print.js';

/** Documented errors fall back to HTTP 400, the status the docs give for method errors. */
const DEFAULT_ERROR_STATUS = 400;

function fixtureValue(plan: MethodPlan): WriterFunction {
  return (writer) => {
    const entries: Array<(w: CodeBlockWriter) => void> = [];
    if (plan.fixture.response !== undefined) {
      entries.push((w) => {
        w.write('response: ');
        writeLiteral(w, plan.fixture.response);
      });
    }
    entries.push((w) => {
      w.write('errors: ');
      writeList(
        w,
        plan.errors.map((error) => {
          const status = error.httpStatus ?? DEFAULT_ERROR_STATUS;
          return `{ code: ${stringLiteral(error.code)}, message: ${stringLiteral(error.message)}, status: ${status} }`;
        }),
      );
    });
    writeObject(writer, entries);
  };
}

function writeList(writer: CodeBlockWriter, items: string[]): void {
  if (items.length === 0) {
    writer.write('[]');
    return;
  }
  writer.write('[').newLine();
  writer.indent(() => {
    for (const item of items) writer.write(`${item},`).newLine();
  });
  writer.write(']');
}

export function emitFixturesModule(section: SectionPlan): string {
  const statements: Statement[] = [typeImport('../runtime/index.js', ['MethodFixture'])];
  if (section.fixtureImports.length > 0) {
    statements.push(typeImport('../types.js', ['TypedMethodFixture']));
    statements.push(typeImport(`../methods/${section.stem}.js`, section.fixtureImports));
  }
  for (const plan of section.methods) {
    const note = plan.fixture.problem === undefined
      ? `The documented answer and errors of \`${plan.wireName}\`.`
      : `The documented answer and errors of \`${plan.wireName}\`. Left untyped: ${docText(plan.fixture.problem)}.`;
    statements.push(
      constStatement({
        name: plan.fixture.name,
        exported: true,
        type: plan.fixture.typed ? `TypedMethodFixture<${plan.resultName}>` : 'MethodFixture',
        docs: { description: note, tags: [] },
        initializer: fixtureValue(plan),
      }),
    );
  }
  statements.push(
    constStatement({
      name: section.fixturesName,
      exported: true,
      type: 'Readonly<Record<string, MethodFixture>>',
      docs: { description: 'Fixtures of the section, keyed by method.', tags: [] },
      initializer: (writer) =>
        writeObject(
          writer,
          section.methods.map((plan) => (w) => w.write(`${stringLiteral(plan.key)}: ${plan.fixture.name}`)),
        ),
    }),
  );
  return printFile(statements);
}

const MOCK_CODE = `/** Options of \`createMockClient\`: those of \`createClient\` except the transport, plus forced failures by method. */
export interface MockClientOptions extends Omit<ClientOptions, 'transport'> {
  fail?: Record<string, { code: string; message: string; status?: number }>;
}

/** A client answered by the documented fixtures, without a network. */
export function createMockClient(options: MockClientOptions = {}): B24Client {
  const { fail, ...rest } = options;
  return createClient({
    webhookUrl: 'https://mock.bitrix24.invalid/rest/1/mock/',
    rateLimit: false,
    ...rest,
    transport: createMockTransport(fixtures, fail === undefined ? undefined : { fail }),
  });
}`;

export function emitMockModule(plan: PackagePlan): string {
  const statements: Statement[] = [
    typeImport('./runtime/index.js', ['ClientOptions', 'MethodFixture']),
    valueImport('./runtime/index.js', ['createMockTransport']),
    typeImport('./client.js', ['B24Client']),
    valueImport('./client.js', ['createClient']),
    ...plan.sections.map((s) => valueImport(`./fixtures/${s.stem}.js`, [s.fixturesName])),
    constStatement({
      name: 'fixtures',
      exported: true,
      type: 'Readonly<Record<string, MethodFixture>>',
      docs: { description: 'Every fixture of the package, keyed by method.', tags: [] },
      initializer: (writer) => writeObject(writer, plan.sections.map((section) => (w) => w.write(`...${section.fixturesName}`))),
    }),
    MOCK_CODE,
    ...plan.sections.map((s) => `export * from './fixtures/${s.stem}.js';`),
  ];
  return printFile(statements);
}
