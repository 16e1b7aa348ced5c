/** Small hand-made IR for the openapi tests: one of each feature the document carries. */
import type { Field, IrDocument, IrMethod, TypeRef } from '../../ir/types.js';

export const INTEGER: TypeRef = { raw: 'integer', kind: 'scalar', name: 'integer' };
export const STRING: TypeRef = { raw: 'string', kind: 'scalar', name: 'string' };

export function field(name: string, type: TypeRef, extra: Partial<Field> = {}): Field {
  return { name, required: false, type, description: '', ...extra };
}

export function method(name: string, extra: Partial<IrMethod> = {}): IrMethod {
  const source = `api-reference/demo/${name.replace(/\./g, '-')}.md`;
  return {
    name,
    apiVersion: 'v2',
    key: name,
    source,
    docsUrl: `https://apidocs.bitrix24.com/${source.replace(/\.md$/, '.html')}`,
    title: `Demo ${name}`,
    section: 'demo',
    scope: ['demo'],
    description: '',
    params: [],
    result: [],
    resultType: { raw: 'boolean', kind: 'scalar', name: 'boolean' },
    errors: [],
    examples: {},
    seeAlso: [],
    diagnostics: [],
    ...extra,
  };
}

export function sampleIr(): IrDocument {
  return {
    irVersion: 1,
    methods: [
      method('demo.item.add', {
        description: 'Adds an item.',
        access: 'any user',
        params: [
          field('fields', { raw: 'object', kind: 'object' }, {
            required: true,
            description: 'Item fields.',
            fields: [
              field('TITLE', STRING, { required: true }),
              field('STATUS_ID', { raw: 'crm_status', kind: 'ref', name: 'crm_status' }),
              field('STORE', { raw: 'catalog_store', kind: 'named', typeId: 'api-reference/demo/data-types.md#catalog_store' }),
              field('TAGS', { raw: 'object[]', kind: 'array', items: { raw: 'object', kind: 'object' } }, {
                fields: [field('NAME', STRING, { required: true })],
              }),
              field('OLD', STRING, { deprecated: true }),
            ],
          }),
        ],
        result: [],
        resultType: INTEGER,
        errors: [
          { code: 'ERROR_CORE', message: 'Title is empty', description: 'No title was given.', httpStatus: 400 },
          { code: 'ACCESS_DENIED', message: 'Access denied', description: 'No rights.', httpStatus: 403 },
        ],
        examples: { request: { fields: { TITLE: 'x' } }, response: { result: 7, time: { start: 1 } } },
      }),
      method('demo.item.list', {
        params: [field('start', INTEGER)],
        result: [field('ID', INTEGER), field('CREATED', { raw: 'datetime', kind: 'scalar', name: 'datetime' })],
        resultType: { raw: 'object[]', kind: 'array', items: { raw: 'object', kind: 'object' } },
      }),
      method('demo.item.get', {
        deprecated: { message: 'Use demo.item.get in REST 3.0.', replacement: 'demo.item.get', reason: 'note' },
        params: [field('id', INTEGER, { required: true })],
      }),
      method('demo.item.get', {
        apiVersion: 'v3',
        key: 'demo.item.get@v3',
        source: 'api-reference/demo/demo-item-get-rest-v3.md',
        params: [field('id', INTEGER, { required: true })],
        resultType: { raw: 'object', kind: 'object' },
        result: [field('item', { raw: 'object', kind: 'object' })],
        errors: [{ code: 'BITRIX_REST_V3_EXCEPTION_VALIDATION_REQUESTVALIDATIONEXCEPTION', message: 'Error validating request object', description: 'Bad id.', httpStatus: 400, field: 'id' }],
      }),
    ],
    types: [
      {
        id: 'api-reference/demo/data-types.md#catalog_store',
        name: 'catalog_store',
        description: 'A store.',
        fields: [field('id', INTEGER), field('title', STRING)],
        source: 'api-reference/demo/data-types.md',
      },
    ],
    systemErrors: [
      { code: 'NO_AUTH_FOUND', message: 'Wrong authorization data', description: 'Bad token.', httpStatus: 401 },
      { code: 'QUERY_LIMIT_EXCEEDED', message: 'Too many requests', description: 'Slow down.', httpStatus: 503 },
      { code: 'ACCESS_DENIED', message: 'REST API is available only on commercial plans', description: 'Plan.', httpStatus: 403 },
    ],
    pages: [],
    diagnostics: [],
  };
}
