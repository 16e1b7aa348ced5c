import { describe, expect, it } from 'vitest';
import type { Diagnostic, IrDocument } from '../ir/types.js';
import { irToOpenApi } from './ir-to-openapi.js';
import type { OpenApiDocument } from './ir-to-openapi.js';
import { method, sampleIr } from './test-support/sample-ir.js';
import { validateOpenApi } from './test-support/validate-openapi.js';

const OPTIONS = { title: 'Demo API', version: '1.2.3' };

function op(spec: OpenApiDocument, path: string): Record<string, any> {
  const item = spec.paths[path];
  if (item === undefined) throw new Error(`no path ${path}`);
  return item.post as unknown as Record<string, any>;
}

describe('irToOpenApi', () => {
  it('produces a document the OpenAPI 3.1 validator accepts', async () => {
    const spec = irToOpenApi(sampleIr(), OPTIONS);
    expect(spec.openapi).toBe('3.1.0');
    expect(spec.info).toMatchObject(OPTIONS);
    expect(await validateOpenApi(spec)).toEqual({ errors: [], warnings: [] });
  });

  it('the validator does reject a broken document', async () => {
    const spec = irToOpenApi(sampleIr(), OPTIONS) as unknown as Record<string, any>;
    spec.paths['/demo.item.add'].post.responses['200'].content['application/json'].schema.properties.time.$ref = '#/components/schemas/Nope';
    expect((await validateOpenApi(spec)).errors.length).toBeGreaterThan(0);
    const badSchema = irToOpenApi(sampleIr(), OPTIONS) as unknown as Record<string, any>;
    badSchema.components.schemas.Time.type = 'thing';
    expect((await validateOpenApi(badSchema)).errors.length).toBeGreaterThan(0);
  });

  it('maps every method to POST /{method}, REST 3.0 under /api/, with safe unique operation ids', () => {
    const spec = irToOpenApi(sampleIr(), OPTIONS);
    expect(Object.keys(spec.paths)).toEqual(['/api/demo.item.get', '/demo.item.add', '/demo.item.get', '/demo.item.list']);
    expect(op(spec, '/demo.item.add').operationId).toBe('demoItemAdd');
    expect(op(spec, '/demo.item.get').operationId).toBe('demoItemGet');
    expect(op(spec, '/api/demo.item.get').operationId).toBe('demoItemGetV3');
    expect(op(spec, '/api/demo.item.get')['x-b24-method']).toBe('demo.item.get');
    expect(op(spec, '/demo.item.add').tags).toEqual(['demo']);
    expect(spec.tags).toEqual([{ name: 'demo' }]);
  });

  it('templates the servers on the webhook URL and keeps the given server first', () => {
    const spec = irToOpenApi(sampleIr(), { ...OPTIONS, serverUrl: 'https://example.bitrix24.com/rest/1/abc/' });
    expect(spec.servers.map((s) => s.url)).toEqual([
      'https://example.bitrix24.com/rest/1/abc',
      'https://{portal}/rest/{user}/{secret}',
      'https://{portal}/rest',
    ]);
    expect(Object.keys(spec.servers[1]?.variables ?? {})).toEqual(['portal', 'user', 'secret']);
    expect(spec.paths['/api/demo.item.get']?.servers?.map((s) => s.url)).toEqual(['https://{portal}/rest']);
    expect(spec.paths['/demo.item.add']?.servers).toBeUndefined();
  });

  it('carries deprecation, descriptions, docs links and scope over', () => {
    const spec = irToOpenApi(sampleIr(), OPTIONS);
    const get = op(spec, '/demo.item.get');
    expect(get.deprecated).toBe(true);
    expect(get.description).toContain('Use demo.item.get in REST 3.0.');
    expect(get['x-b24-replacement']).toBe('demo.item.get');
    const add = op(spec, '/demo.item.add');
    expect(add.deprecated).toBeUndefined();
    expect(add.description).toBe('Adds an item.\n\nWho can call it: any user');
    expect(add.externalDocs).toEqual({ url: 'https://apidocs.bitrix24.com/api-reference/demo/demo-item-add.html' });
    expect(add['x-b24-scope']).toEqual(['demo']);
    const fields = add.requestBody.content['application/json'].schema.properties.fields;
    expect(fields.properties.OLD.deprecated).toBe(true);
  });

  it('builds the request body and the response envelope from params, result and examples', () => {
    const spec = irToOpenApi(sampleIr(), OPTIONS);
    const add = op(spec, '/demo.item.add');
    const body = add.requestBody.content['application/json'];
    expect(add.requestBody.required).toBe(true);
    expect(body.examples).toEqual({ documented: { summary: 'The documented request', value: { fields: { TITLE: 'x' } } } });
    expect(body.schema.properties.fields.properties.STATUS_ID).toEqual({ $ref: '#/components/schemas/CrmStatusId' });
    expect(body.schema.properties.fields.properties.STORE).toEqual({ $ref: '#/components/schemas/CatalogStore' });
    expect(body.schema.properties.fields.properties.TAGS.items.required).toEqual(['NAME']);
    const ok = add.responses['200'].content['application/json'];
    expect(ok.schema).toEqual({
      type: 'object',
      properties: { result: { type: 'integer' }, time: { $ref: '#/components/schemas/Time' } },
      required: ['result', 'time'],
    });
    expect(ok.examples.documented.value).toEqual({ result: 7, time: { start: 1 } });
    const list = op(spec, '/demo.item.list').responses['200'].content['application/json'].schema;
    expect(Object.keys(list.properties)).toEqual(['result', 'time', 'total', 'next']);
    expect(list.properties.result.items.properties.CREATED).toEqual({ $ref: '#/components/schemas/B24DateTime' });
    expect(op(spec, '/demo.item.list').requestBody.required).toBe(false);
  });

  it('carries documented errors as error responses and system errors as shared ones', () => {
    const spec = irToOpenApi(sampleIr(), OPTIONS);
    const add = op(spec, '/demo.item.add');
    expect(Object.keys(add.responses)).toEqual(['200', '400', '401', '403', '429', '503']);
    expect(add.responses['400'].content['application/json'].examples.ERROR_CORE.value).toEqual({ error: 'ERROR_CORE', error_description: 'Title is empty' });
    expect(add.responses['401']).toEqual({ $ref: '#/components/responses/SystemError401' });
    expect(Object.keys(add.responses['403'].content['application/json'].examples)).toEqual(['ACCESS_DENIED', 'ACCESS_DENIED_2']);
    const v3 = op(spec, '/api/demo.item.get');
    expect(v3.responses['400'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/ErrorResponseV3' });
    expect(Object.keys(spec.components.responses)).toEqual(['SystemError401', 'SystemError403', 'SystemError429', 'SystemError503']);
  });

  it('shares named types, reference aliases and scalar aliases as components', () => {
    const spec = irToOpenApi(sampleIr(), OPTIONS);
    expect(Object.keys(spec.components.schemas)).toEqual([
      'B24Boolean', 'B24Date', 'B24DateTime', 'B24File', 'B24NumericString',
      'CatalogStore', 'CrmStatusId', 'ErrorResponse', 'ErrorResponseV3', 'Time',
    ]);
    expect(spec.components.schemas.CatalogStore).toMatchObject({ type: 'object', description: 'A store.' });
    expect(spec.components.schemas.CrmStatusId).toMatchObject({ type: 'string' });
  });

  it('is deterministic whatever the order of the IR lists', () => {
    const ir = sampleIr();
    const shuffled: IrDocument = { ...ir, methods: [...ir.methods].reverse(), types: [...ir.types].reverse(), systemErrors: [...ir.systemErrors].reverse() };
    const a = JSON.stringify(irToOpenApi(ir, OPTIONS));
    expect(JSON.stringify(irToOpenApi(sampleIr(), OPTIONS))).toBe(a);
    // system errors keep their documented order inside a status, so only methods and types are shuffled here
    expect(JSON.stringify(irToOpenApi({ ...shuffled, systemErrors: ir.systemErrors }, OPTIONS))).toBe(a);
  });

  it('keeps hostile doc text inside JSON strings', async () => {
    const hostile = '"}, "paths": {}, "x": "</script><!-- ${1} \\u0000';
    const ir = sampleIr();
    ir.methods.push(method('demo.evil', { description: hostile, title: hostile, errors: [{ code: hostile, message: hostile, description: hostile }] }));
    const spec = irToOpenApi(ir, OPTIONS);
    const parsed = JSON.parse(JSON.stringify(spec)) as OpenApiDocument;
    expect(Object.keys(parsed.paths)).toContain('/demo.evil');
    expect(op(parsed, '/demo.evil').description).toBe(hostile);
    expect((await validateOpenApi(spec)).errors).toEqual([]);
  });

  it('points relative doc links at the online pages', () => {
    const ir = sampleIr();
    ir.methods.push(method('demo.linked', { description: 'Like [demo.item.add](./demo-item-add.md#fields).' }));
    expect(op(irToOpenApi(ir, OPTIONS), '/demo.linked').description).toBe(
      'Like [demo.item.add](https://apidocs.bitrix24.com/api-reference/demo/demo-item-add.html#fields).',
    );
  });

  it('reports a second method on the same path instead of overwriting the first', () => {
    const ir = sampleIr();
    ir.methods.push(method('demo.item.add', { key: 'demo.item.add#2', title: 'second' }));
    const diagnostics: Diagnostic[] = [];
    const spec = irToOpenApi(ir, { ...OPTIONS, onDiagnostic: (d) => diagnostics.push(d) });
    expect(op(spec, '/demo.item.add').summary).toBe('Demo demo.item.add');
    expect(diagnostics.map((d) => d.code)).toEqual(['openapi-duplicate-path']);
  });
});

describe('by-position methods and types told in prose', () => {
  it('names the params order of a by-position method, keys its example by name, and gives a prose type its schema', async () => {
    const ir = sampleIr();
    const id = 'api-reference/demo/field-types.md#textwithtranslation';
    ir.types.push({
      id,
      name: 'textWithTranslation',
      description: 'A text, or texts by language.',
      fields: [],
      alias: { raw: 'string | lang_map', kind: 'union', members: [{ raw: 'string', kind: 'scalar', name: 'string' }, { raw: 'lang_map', kind: 'ref', name: 'lang_map' }] },
      source: 'api-reference/demo/field-types.md',
    });
    const integer = { raw: 'integer', kind: 'scalar' as const, name: 'integer' };
    ir.methods.push(
      method('demo.legacy.update', {
        params: [
          { name: 'auth', required: false, type: { raw: 'string', kind: 'scalar', name: 'string' }, description: '' },
          { name: 'ID', required: true, type: integer, description: '' },
          { name: 'TITLE', required: false, type: { raw: 'textWithTranslation', kind: 'named', name: 'textWithTranslation', typeId: id }, description: '' },
        ],
        paramsByPosition: true,
        examples: { request: { id: 5, title: 'x' } },
      }),
    );
    const spec = irToOpenApi(ir, OPTIONS);
    const update = op(spec, '/demo.legacy.update');
    expect(update['x-b24-params-by-position']).toEqual(['ID', 'TITLE']);
    expect(update.requestBody.content['application/json'].examples.documented.value).toEqual({ ID: 5, TITLE: 'x' });
    expect(op(spec, '/demo.item.add')['x-b24-params-by-position']).toBeUndefined();
    const schema = (spec.components?.schemas as Record<string, any>)['TextWithTranslation'];
    expect(schema.anyOf ?? schema.oneOf).toHaveLength(2);
    expect(await validateOpenApi(spec)).toEqual({ errors: [], warnings: [] });
  });
});
