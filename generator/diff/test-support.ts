import type { Field, IrDocument, IrError, IrMethod, IrNamedType, TypeRef } from '../ir/types.js';

export const scalar = (name: string): TypeRef => ({ raw: name, kind: 'scalar', name });
export const enumOf = (...values: Array<string | number>): TypeRef => ({ raw: 'enum', kind: 'enum', values });
export const union = (...members: TypeRef[]): TypeRef => ({ raw: members.map((m) => m.raw).join(' | '), kind: 'union', members });
export const arrayOf = (items: TypeRef): TypeRef => ({ raw: `${items.raw}[]`, kind: 'array', items });
export const objectType: TypeRef = { raw: 'object', kind: 'object' };

export function field(name: string, type: TypeRef = scalar('integer'), extra: Partial<Field> = {}): Field {
  return { name, required: false, type, description: `About ${name}.`, ...extra };
}

export function error(code: string, message: string, description = 'Why.'): IrError {
  return { code, message, description };
}

export function method(name: string, extra: Partial<IrMethod> = {}): IrMethod {
  return {
    name,
    apiVersion: 'v2',
    key: name,
    source: `api-reference/demo/${name}.md`,
    docsUrl: `https://apidocs.bitrix24.com/api-reference/demo/${name}.html`,
    title: name,
    section: 'demo',
    scope: ['demo'],
    description: 'Does a thing.',
    params: [],
    result: [],
    resultType: objectType,
    errors: [],
    examples: {},
    seeAlso: [],
    diagnostics: [],
    ...extra,
  };
}

export function namedType(id: string, name: string, fields: Field[]): IrNamedType {
  return { id, name, description: `The ${name} structure.`, fields, source: id.split('#')[0] ?? id };
}

export function ir(methods: IrMethod[], extra: Partial<IrDocument> = {}): IrDocument {
  return { irVersion: 1, methods, types: [], systemErrors: [], pages: [], diagnostics: [], ...extra };
}

/** Two small IRs whose diff has a change of every impact in two sections, plus a shared type. */
export function sampleIrPair(): { from: IrDocument; to: IrDocument } {
  const add = method('tasks.api.scrum.backlog.add', {
    section: 'sonet-group',
    params: [field('fields', objectType, { required: true, fields: [field('groupId', scalar('integer'), { required: true }), field('createdBy')] })],
    result: [field('id'), field('groupId')],
    errors: [error('0', 'Backlog already added')],
  });
  const get = method('crm.deal.get', { section: 'crm', params: [field('id', scalar('integer'), { required: true })], result: [field('ID'), field('OLD')] });
  const from = ir([add, get, method('crm.deal.legacy', { section: 'crm' })], { types: [namedType('api-reference/data-types.md#x', 'x', [field('a')])] });
  const to = ir(
    [
      { ...add, description: 'Other words.', errors: [error('0', 'Group id not found'), error('0', 'Backlog already added')] },
      { ...get, result: [field('ID')], params: [field('id', scalar('integer')), field('select', arrayOf(scalar('string')))] },
      method('crm.deal.new', { section: 'crm' }),
    ],
    { types: [namedType('api-reference/data-types.md#x', 'x', [field('a'), field('b')])] },
  );
  return { from, to };
}
