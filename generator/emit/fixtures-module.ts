/** `src/fixtures/<section>.ts` and `src/mock.ts`: documented answers served without a network. */
import { StructureKind, VariableDeclarationKind, type WriterFunction } from 'ts-morph';
import { docText, stringLiteral } from './escape.js';
import { writeLiteral } from './literal.js';
import type { MethodPlan, PackagePlan, SectionPlan } from './plan.js';
import { printFile, typeImport, valueImport, type Statement } from './print.js';

/** Documented errors fall back to HTTP 400, the status the docs give for method errors. */
const DEFAULT_ERROR_STATUS = 400;

function fixtureValue(plan: MethodPlan): WriterFunction {
  return (writer) => {
    writer.write('{').newLine();
    writer.indent(() => {
      if (plan.fixture.response !== undefined) {
        writer.write('response: ');
        writeLiteral(writer, plan.fixture.response);
        writer.write(',').newLine();
      }
      writer.write('errors: [');
      if (plan.errors.length > 0) {
        writer.newLine();
        writer.indent(() => {
          for (const error of plan.errors) {
            const status = error.httpStatus ?? DEFAULT_ERROR_STATUS;
            writer.write(`{ code: ${stringLiteral(error.code)}, message: ${stringLiteral(error.message)}, status: ${status} },`).newLine();
          }
        });
      }
      writer.write('],').newLine();
    });
    writer.write('}');
  };
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
    statements.push({
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [{ description: note }],
      declarations: [
        {
          name: plan.fixture.name,
          type: plan.fixture.typed ? `TypedMethodFixture<${plan.resultName}>` : 'MethodFixture',
          initializer: fixtureValue(plan),
        },
      ],
    });
  }
  statements.push({
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [{ description: `Fixtures of the section, keyed by method.` }],
    declarations: [
      {
        name: section.fixturesName,
        type: 'Readonly<Record<string, MethodFixture>>',
        initializer: (writer) => {
          writer.write('{').newLine();
          writer.indent(() => {
            for (const plan of section.methods) writer.write(`${stringLiteral(plan.key)}: ${plan.fixture.name},`).newLine();
          });
          writer.write('}');
        },
      },
    ],
  });
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
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [{ description: 'Every fixture of the package, keyed by method.' }],
      declarations: [
        {
          name: 'fixtures',
          type: 'Readonly<Record<string, MethodFixture>>',
          initializer: (writer) => {
            writer.write('{').newLine();
            writer.indent(() => {
              for (const section of plan.sections) writer.write(`...${section.fixturesName},`).newLine();
            });
            writer.write('}');
          },
        },
      ],
    },
    MOCK_CODE,
    ...plan.sections.map((s) => `export * from './fixtures/${s.stem}.js';`),
  ];
  return printFile(statements);
}
