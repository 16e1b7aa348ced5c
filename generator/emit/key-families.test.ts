/**
 * Key families (`[key: `UF_CRM_${string}`]: …`) and "at least one of" groups, through the
 * compiler: the types take the family's keys and either alternative, and still reject an
 * unknown key, a wrong-typed family value, a missing alternative and a missing required param.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Field, IrDocument, IrMethod, TypeRef } from '../ir/types.js';
import { runtimeSourceDir } from '../pipeline/run-pipeline.js';
import { emitPackage } from './index.js';
import { planPackage } from './plan.js';
import { compileConsumers, compileSources, installPackage, type InstalledPackage } from './typecheck-package.js';

const NAME = 'family-client';
const INT: TypeRef = { raw: 'integer', kind: 'scalar', name: 'integer' };
const STR: TypeRef = { raw: 'string', kind: 'scalar', name: 'string' };
const field = (name: string, type: TypeRef, extra: Partial<Field> = {}): Field => ({ name, required: false, type, description: '', ...extra });

function method(name: string, params: Field[], extra: Partial<IrMethod> = {}): IrMethod {
  return {
    name, apiVersion: 'v2', key: name, source: `api-reference/x/${name}.md`, docsUrl: `https://apidocs.bitrix24.com/api-reference/x/${name}.html`,
    title: name, section: 'x', scope: [], description: '', params, result: [], resultType: { raw: 'boolean', kind: 'scalar', name: 'boolean' },
    errors: [], examples: {}, seeAlso: [], diagnostics: [], ...extra,
  };
}

const IR: IrDocument = {
  irVersion: 1,
  methods: [
    method('x.item.add', [
      field('fields', { raw: 'object', kind: 'object', name: 'object' }, {
        required: true,
        fields: [field('NAME', STR), field('UF_DEPARTMENT', { raw: 'integer[]', kind: 'array', items: INT })],
        keyPatterns: [
          { pattern: 'UF_${string}', type: { raw: 'string', kind: 'scalar', name: 'string' }, description: 'Custom fields */ x', source: 'UF_...' },
          { pattern: 'property${number}', type: INT, description: 'Property N', source: 'propertyN' },
        ],
      }),
    ]),
    method('x.list.delete', [field('IBLOCK_TYPE_ID', STR, { required: true }), field('IBLOCK_ID', INT, { requiredMark: 'conditional' }), field('IBLOCK_CODE', STR, { requiredMark: 'conditional' })], {
      requiredOneOf: [['IBLOCK_ID', 'IBLOCK_CODE']],
    }),
    method('x.vote.get', [field('attachId', INT, { requiredMark: 'conditional' }), field('moduleId', STR, { requiredMark: 'conditional' }), field('entityId', INT, { requiredMark: 'conditional' }), field('lang', STR)], {
      paramSets: [['attachId'], ['moduleId', 'entityId']],
    }),
    method('x.result.get', [], {
      result: [field('ID', INT)],
      resultKeyPatterns: [{ pattern: 'UF_CRM_${string}', type: { raw: '', kind: 'unknown' }, description: '' }],
      resultType: { raw: 'object', kind: 'object', name: 'object' },
    }),
  ],
  types: [],
  systemErrors: [],
  pages: [],
  diagnostics: [],
};

const CONSUMER = `import type { ParamsOf, ResultOf } from '${NAME}';
export const ok1: ParamsOf<'x.item.add'> = { fields: { NAME: 'a', UF_CRM_5: 'v', UF_DEPARTMENT: [1], property12: 3 } };
// @ts-expect-error unknown key outside every family
export const bad1: ParamsOf<'x.item.add'> = { fields: { NAME: 'a', NOPE: 1 } };
// @ts-expect-error a family value of the wrong type
export const bad2: ParamsOf<'x.item.add'> = { fields: { property12: 'x' } };
// @ts-expect-error property<number> only: the placeholder is numeric
export const bad3: ParamsOf<'x.item.add'> = { fields: { propertyAbc: 3 } };
export const ok2: ParamsOf<'x.list.delete'> = { IBLOCK_TYPE_ID: 'lists', IBLOCK_ID: 1 };
export const ok3: ParamsOf<'x.list.delete'> = { IBLOCK_TYPE_ID: 'lists', IBLOCK_CODE: 'c' };
export const ok4: ParamsOf<'x.list.delete'> = { IBLOCK_TYPE_ID: 'lists', IBLOCK_ID: 1, IBLOCK_CODE: 'c' };
// @ts-expect-error neither alternative
export const bad4: ParamsOf<'x.list.delete'> = { IBLOCK_TYPE_ID: 'lists' };
// @ts-expect-error the plainly required param is still required
export const bad5: ParamsOf<'x.list.delete'> = { IBLOCK_ID: 1 };
// @ts-expect-error unknown key beside an alternative
export const bad6: ParamsOf<'x.list.delete'> = { IBLOCK_TYPE_ID: 'lists', IBLOCK_ID: 1, NOPE: 1 };
export const way1: ParamsOf<'x.vote.get'> = { attachId: 1 };
export const way2: ParamsOf<'x.vote.get'> = { moduleId: 'im', entityId: 5, lang: 'en' };
// @ts-expect-error half of the second way
export const way3: ParamsOf<'x.vote.get'> = { moduleId: 'im' };
// @ts-expect-error no way at all
export const way4: ParamsOf<'x.vote.get'> = { lang: 'en' };
export const ok5: ResultOf<'x.result.get'> = { ID: 1, UF_CRM_77: { any: 'thing' } };
// @ts-expect-error unknown result key
export const bad7: ResultOf<'x.result.get'> = { ID: 1, OTHER: 1 };
`;

let pkg: InstalledPackage;
let files: Map<string, string>;

beforeAll(async () => {
  files = await emitPackage(IR, { packageName: NAME, packageVersion: '0.0.0', runtimeDir: runtimeSourceDir() });
  pkg = await installPackage(files, NAME);
}, 120_000);

afterAll(async () => {
  await pkg?.dispose();
});

describe('key families and one-of groups', () => {
  it('print template-literal index signatures and a union of alternatives', () => {
    const text = [...files].filter(([f]) => f.startsWith('src/methods/')).map(([, t]) => t).join('\n');
    expect(text).toContain('[key: `UF_${string}`]: string | number[] | undefined;');
    expect(text).toContain('[key: `property${number}`]: number;');
    expect(text).toMatch(/export type XListDeleteParams = XListDeleteParamsWithIblockId \| XListDeleteParamsWithIblockCode;/);
    // Doc text in the family's description stays inside its comment.
    expect(text).not.toContain('Custom fields */ x');
  });

  it('type-check the family keys and the alternatives, and reject the rest', async () => {
    expect(await compileConsumers(pkg, { 'use.ts': CONSUMER })).toEqual([]);
  });

  it('compile the package sources (zod schemas included)', () => {
    expect(compileSources(pkg, files)).toEqual([]);
  });

  it('check fixtures against families too', () => {
    const plan = planPackage({ ...IR, methods: IR.methods.map((m) => (m.name === 'x.result.get' ? { ...m, examples: { response: { result: { ID: 1, UF_CRM_1: 'x' } } } } : m)) });
    expect(plan.methods.find((m) => m.key === 'x.result.get')?.fixture.typed).toBe(true);
    const bad = planPackage({ ...IR, methods: IR.methods.map((m) => (m.name === 'x.result.get' ? { ...m, examples: { response: { result: { ID: 1, UFX: 'x' } } } } : m)) });
    expect(bad.methods.find((m) => m.key === 'x.result.get')?.fixture.problem).toMatch(/undocumented key "UFX"/);
  });

  it('leave out a pattern that is not plain key characters and placeholders, with a diagnostic', () => {
    const evil: IrDocument = { ...IR, methods: [method('x.evil', [], { keyPatterns: [{ pattern: 'a`]: 1; //${string}', type: STR, description: '' }] })] };
    const plan = planPackage(evil);
    expect(plan.diagnostics.map((d) => d.code)).toContain('invalid-key-pattern');
  });
});
