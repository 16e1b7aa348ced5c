import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IrDocument } from '../ir/types.js';
import { planPackage } from './plan.js';
import { installSamplePackage, type SamplePackage } from './sample-package.js';
import { compileSources } from './typecheck-package.js';
import { emitZodModules } from './zod-module.js';

function minimalIr(params: IrDocument['methods'][number]['params']): IrDocument {
  return {
    methods: [
      {
        key: 'demo.item.add',
        name: 'demo.item.add',
        section: 'demo',
        apiVersion: 'v2',
        title: 'Add',
        description: '',
        scope: [],
        params,
        result: [],
        resultType: { kind: 'scalar', name: 'integer', raw: 'integer' },
        errors: [],
        examples: {},
        source: 'api-reference/demo/add.md',
        docsUrl: 'https://example.invalid/demo/add',
      } as unknown as IrDocument['methods'][number],
    ],
    types: [],
    systemErrors: [],
  } as unknown as IrDocument;
}

describe('emitZodModules (unit)', () => {
  it('keeps a __proto__ key a plain key and a required unknown required', () => {
    const ir = minimalIr([
      { name: '__proto__', type: { kind: 'scalar', name: 'string', raw: 'string' }, required: true, description: '' },
      { name: 'payload', type: { kind: 'scalar', name: 'mixed', raw: 'mixed' }, required: true, description: '' },
      { name: 'note', type: { kind: 'scalar', name: 'mixed', raw: 'mixed' }, required: false, description: '' },
    ] as unknown as IrDocument['methods'][number]['params']);
    const text = emitZodModules(planPackage(ir)).get('src/zod/demo.ts') ?? '';
    expect(text).toContain("['__proto__']: /*#__PURE__*/ z.string()");
    expect(text).toContain('payload: /*#__PURE__*/ z.custom<unknown>((value) => value !== undefined)');
    expect(text).toContain('note: /*#__PURE__*/ z.optional(/*#__PURE__*/ z.unknown())');
    expect(text).toMatch(/export const DemoItemAddParamsSchema: z\.ZodType<T\.DemoItemAddParams> = \/\*#__PURE__\*\/ z\.strictObject/);
    // Every zod call carries the mark, or a bundler keeps unused schemas.
    expect(text.match(/(?<!\/\*#__PURE__\*\/ )z\.[a-z][a-zA-Z]*[<(]/g)).toBeNull();
  });
});

describe('the zod entry point of the docs/ package', () => {
  let pkg: SamplePackage;
  beforeAll(async () => {
    // Without msw: compileSources then checks the package as a zod-only user has it.
    pkg = await installSamplePackage({ zod: true });
  }, 60_000);
  afterAll(async () => {
    await pkg?.dispose();
  });

  it('is declared in package.json with zod as an optional peer', () => {
    const manifest = JSON.parse(pkg.files.get('package.json') as string) as Record<string, Record<string, unknown>>;
    expect(manifest['exports']?.['./zod']).toEqual({ types: './dist/zod.d.ts', import: './dist/zod.js' });
    expect(manifest['peerDependencies']?.['zod']).toBe('^4.0.0');
    expect(manifest['peerDependenciesMeta']?.['zod']).toEqual({ optional: true });
    expect(manifest['dependencies']).toBeUndefined();
  });

  it('type-checks: every schema is a z.ZodType of its params type', () => {
    expect(compileSources(pkg, pkg.files)).toEqual([]);
  }, 60_000);

  it('accepts the documented request and rejects a missing, mistyped or unknown param (under Node)', async () => {
    const method = pkg.ir.methods.find((m) => m.key === 'tasks.api.scrum.backlog.add');
    const example = method?.examples.request;
    expect(example).toBeDefined();
    const out = await pkg.runScript(
      'zod-check.mjs',
      `import { TasksApiScrumBacklogAddParamsSchema as S } from '@b24gen/client/zod';
const example = ${JSON.stringify(example)};
const fields = example.fields;
const cases = {
  documented: example,
  missing: { fields: { ...fields, createdBy: undefined } },
  wrongType: { fields: { ...fields, groupId: String(fields.groupId) } },
  unknownKey: { ...example, title: 'x' },
  unknownNestedKey: { fields: { ...fields, title: 'x' } },
};
const out = {};
for (const [name, value] of Object.entries(cases)) {
  const r = S.safeParse(JSON.parse(JSON.stringify(value)));
  out[name] = r.success ? 'ok' : r.error.issues.map((i) => i.code + ':' + i.path.join('.')).join(',');
}
console.log(JSON.stringify(out));`,
    );
    expect(JSON.parse(out)).toEqual({
      documented: 'ok',
      missing: 'invalid_type:fields.createdBy',
      wrongType: 'invalid_type:fields.groupId',
      unknownKey: 'unrecognized_keys:',
      unknownNestedKey: 'unrecognized_keys:fields',
    });
  }, 30_000);
});
