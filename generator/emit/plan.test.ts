import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { IrDocument, IrMethod, TypeRef } from '../ir/types.js';
import { irDocument, irMethod } from './test-support/ir-builders.js';
import { planPackage } from './plan.js';
import { printType } from './type-model.js';

async function backlog(): Promise<IrDocument> {
  return JSON.parse(await readFile(new URL('../../test/fixtures/ir/backlog.json', import.meta.url), 'utf8')) as IrDocument;
}

const method = irMethod;
const ir = irDocument;

describe('planPackage', () => {
  it('names the backlog methods, their types and error catalogs', async () => {
    const plan = planPackage(await backlog());
    const add = plan.methods.find((m) => m.key === 'tasks.api.scrum.backlog.add');
    expect(add).toMatchObject({
      functionName: 'tasksApiScrumBacklogAdd',
      paramsName: 'TasksApiScrumBacklogAddParams',
      resultName: 'TasksApiScrumBacklogAddResult',
      errorsName: 'TasksApiScrumBacklogAddErrors',
      errorName: 'TasksApiScrumBacklogAddError',
      paramsOptional: false,
      namespacePath: ['tasks', 'api', 'scrum', 'backlog', 'add'],
      sectionStem: 'sonet-group',
    });
    expect(add?.errors.map((e) => e.key)).toEqual([
      'GroupIdNotFound', 'BacklogAlreadyAdded', 'AccessDenied', 'CreatedByUserNotFound', 'ModifiedByUserNotFound', 'UnableToAddBacklog', 'UnknownError',
    ]);
    expect(add?.declarations.map((d) => d.name)).toEqual([
      'TasksApiScrumBacklogAddParams', 'TasksApiScrumBacklogAddParamsFields', 'TasksApiScrumBacklogAddResult',
    ]);
    expect(plan.methods.find((m) => m.key === 'tasks.api.scrum.backlog.getFields')?.paramsOptional).toBe(true);
    expect(plan.sections.map((s) => s.stem)).toEqual(['sonet-group']);
  });

  it('gives the plain spelling to the lower-case method when two names differ only in case', () => {
    const plan = planPackage(ir([method('crm.deal.list'), method('CRM.Deal.List')]));
    const names = Object.fromEntries(plan.methods.map((m) => [m.key, m.functionName]));
    expect(names).toEqual({ 'crm.deal.list': 'crmDealList', 'CRM.Deal.List': 'crmDealList2' });
  });

  it('is stable: adding an unrelated method does not rename the others', () => {
    const before = planPackage(ir([method('crm.deal.list'), method('CRM.Deal.List')]));
    const after = planPackage(ir([method('crm.deal.list'), method('CRM.Deal.List'), method('zz.top')]));
    for (const m of before.methods) expect(after.methods.find((n) => n.key === m.key)?.functionName).toBe(m.functionName);
  });

  it('handles reserved words, digits, fixed names and REST 3.0 twins', () => {
    const plan = planPackage(
      ir([
        method('delete'),
        method('1c.import'),
        method('create.client'),
        method('createClient'),
        method('task.list', { apiVersion: 'v3', key: 'task.list@v3' }),
        method('task.list'),
      ]),
    );
    const by = Object.fromEntries(plan.methods.map((m) => [m.key, m]));
    expect(by['delete']?.functionName).toBe('delete_');
    expect(by['1c.import']?.functionName).toBe('_1cImport');
    expect(by['create.client']?.functionName).toBe('createClient2');
    expect(by['task.list@v3']).toMatchObject({ functionName: 'taskListV3', wireName: 'task.list', namespacePath: ['v3', 'task', 'list'] });
    expect(by['task.list']?.namespacePath).toEqual(['task', 'list']);
    expect(by['delete']?.namespacePath).toEqual(['delete']);
  });

  it('keeps client members free and reports what it cannot place', () => {
    const plan = planPackage(ir([method('batch'), method('call.me')]));
    expect(plan.methods.every((m) => m.namespacePath === undefined)).toBe(true);
    expect(plan.diagnostics.map((d) => d.code)).toEqual(['namespace-clash', 'namespace-clash']);
  });
});

describe('params with a second spelling of a required param', () => {
  it('become a union of one interface per spelling, both requiring the param', async () => {
    const m = {
      name: 'crm.x.get', apiVersion: 'v2' as const, key: 'crm.x.get', source: 'api-reference/crm/x.md', docsUrl: '', title: '', section: 'crm', scope: [], description: '',
      params: [{ name: 'id', aliases: ['ID'], required: true, type: { raw: 'integer', kind: 'scalar' as const, name: 'integer' }, description: '' }],
      result: [], resultType: { raw: 'boolean', kind: 'scalar' as const, name: 'boolean' }, errors: [], examples: {}, seeAlso: [], diagnostics: [],
    };
    const p = planPackage({ irVersion: 1, methods: [m], types: [], systemErrors: [], pages: [], diagnostics: [] });
    const decls = p.methods[0]?.declarations ?? [];
    const union = decls.find((d) => d.name === 'CrmXGetParams');
    expect(union?.kind).toBe('alias');
    const members = decls.filter((d) => d.kind === 'interface' && d.name.startsWith('CrmXGetParams')).map((d) => d.kind === 'interface' ? d.members.map((x) => `${x.name}${x.optional ? '?' : ''}`) : []);
    expect(members).toEqual([['id'], ['ID']]);
  });
});

describe('planPackage module layout', () => {
  /** `count` methods of section `big` in `api-reference/big/<folder>/`. */
  function folder(name: string, count: number): IrMethod[] {
    return Array.from({ length: count }, (_, i) =>
      method(`big.${name}.m${i}`, { section: 'big', source: `api-reference/big/${name}/big-${name}-m${i}.md` }),
    );
  }

  it('splits a large section by its docs folders and keeps small folders in the section module', () => {
    const methods = [
      ...folder('deals', 40),
      ...folder('Deals-Extra', 25),
      ...folder('tiny', 2),
      method('big.top', { section: 'big', source: 'api-reference/big/big-top.md' }),
      method('x.one'),
    ];
    const plan = planPackage(ir(methods));
    expect(plan.sections.map((s) => [s.stem, s.parent, s.methods.length])).toEqual([
      ['big', undefined, 3],
      ['big/deals', 'big', 40],
      ['big/deals-extra', 'big', 25],
      ['x', undefined, 1],
    ]);
    const big = plan.sections.find((s) => s.stem === 'big');
    expect(big?.subModules.map((s) => s.stem)).toEqual(['big/deals', 'big/deals-extra']);
    expect(big?.fixturesName).toBe('bigFixtures');
    expect(plan.methods.find((m) => m.key === 'big.deals.m0')?.sectionStem).toBe('big/deals');
  });

  it('leaves a section at the threshold whole', () => {
    const plan = planPackage(ir(folder('deals', 60)));
    expect(plan.sections.map((s) => s.stem)).toEqual(['big']);
  });

  it('names methods the same whether or not their section is split', () => {
    const small = planPackage(ir(folder('deals', 60)));
    const split = planPackage(ir([...folder('deals', 60), ...folder('leads', 5)]));
    const names = (p: typeof small): string[][] =>
      p.methods.filter((m) => m.key.startsWith('big.deals.')).map((m) => [m.functionName, m.paramsName, m.resultName, m.fixture.name]);
    expect(names(split)).toEqual(names(small));
    expect(split.sections.find((s) => s.stem === 'big')?.fixturesName).toBe('bigFixtures');
  });

  it('keeps sub-module stems unique when folder names differ only in case', () => {
    const plan = planPackage(ir([...folder('deals', 40), ...folder('DEALS', 30)]));
    const stems = plan.sections.map((s) => s.stem);
    expect(new Set(stems.map((s) => s.toLowerCase())).size).toBe(stems.length);
    expect(stems).toEqual(['big', 'big/deals', 'big/deals-2']);
  });
});

describe('shared types told in prose', () => {
  it('become a type alias of what the section says, referenced by the fields that link it', () => {
    const id = 'api-reference/x/field-types.md#textwithtranslation';
    const link: TypeRef = { raw: 'textWithTranslation', kind: 'named', name: 'textWithTranslation', typeId: id, link: id };
    const doc = ir([method('x.item.add', { params: [{ name: 'title', required: true, type: link, description: '' }] })]);
    doc.types.push({
      id,
      name: 'textWithTranslation',
      description: 'A text, or texts by language.',
      fields: [],
      alias: { raw: 'string | lang_map', kind: 'union', members: [{ raw: 'string', kind: 'scalar', name: 'string' }, { raw: 'lang_map', kind: 'ref', name: 'lang_map' }] },
      source: 'api-reference/x/field-types.md',
    });
    const plan = planPackage(doc);
    const alias = plan.shared.find((d) => d.name === 'TextWithTranslation');
    expect(alias?.kind).toBe('alias');
    expect(alias !== undefined && alias.kind === 'alias' ? printType(alias.type) : '').toBe('string | LangMapId');
    const map = plan.shared.find((d) => d.name === 'LangMapId');
    expect(map !== undefined && map.kind === 'alias' ? printType(map.type) : '').toBe('Record<string, string>');
    const params = plan.methods[0]?.declarations.find((d) => d.name === 'XItemAddParams');
    expect(JSON.stringify(params)).toContain('TextWithTranslation');
  });
});
