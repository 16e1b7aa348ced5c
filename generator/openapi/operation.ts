/**
 * One method as one OpenAPI operation: `POST /{method}` (REST 3.0: `POST /api/{method}`),
 * the params as the JSON request body, `{ result, time, total?, next? }` as the 200 body,
 * documented and system errors as error responses.
 */
import type { Field, IrMethod, TypeRef } from '../ir/types.js';
import { positionalOrder, requestAsNamed } from '../ir/positional-example.js';
import type { ResponseOrRef, SystemResponses } from './error-responses.js';
import { methodErrorResponses } from './error-responses.js';
import { fieldSchema, objectSchema } from './field-schema.js';
import type { JsonSchema } from './json-schema.js';
import { defineKey, schemaRef } from './json-schema.js';
import type { SchemaContext } from './type-schema.js';
import { typeRefToSchema } from './type-schema.js';
import { TIME } from './schema-components.js';
import { absolutizeDocLinks } from './doc-links.js';

export interface MediaType {
  schema: JsonSchema;
  examples?: Record<string, { summary?: string; value: unknown }>;
}

export interface Operation {
  tags: string[];
  summary?: string;
  description?: string;
  operationId: string;
  deprecated?: true;
  externalDocs: { url: string };
  requestBody: { required: boolean; content: { 'application/json': MediaType } };
  responses: Record<string, ResponseOrRef>;
  'x-b24-method': string;
  'x-b24-api-version': string;
  'x-b24-scope': string[];
  'x-b24-access'?: string;
  'x-b24-replacement'?: string;
  /** The portal reads the params by position, in this order (the body's keys only name them). */
  'x-b24-params-by-position'?: string[];
}

/** The wire name, as called: the key without the `@v3` twin marker. */
export function wireName(method: IrMethod): string {
  return method.key.endsWith('@v3') ? method.key.slice(0, -3) : method.name;
}

/** `/tasks.api.scrum.backlog.add`, `/api/tasks.task.get`. Odd characters are percent-encoded. */
export function operationPath(method: IrMethod): string {
  const name = encodeURIComponent(wireName(method));
  return method.apiVersion === 'v3' ? `/api/${name}` : `/${name}`;
}

function isObjectish(type: TypeRef): boolean {
  return type.kind === 'object' || (type.kind === 'scalar' && type.name?.toLowerCase() === 'object');
}

function isArrayish(type: TypeRef): boolean {
  return type.kind === 'array' || (type.kind === 'scalar' && type.name?.toLowerCase() === 'array');
}

/** The schema of `result`, following emit's rules for documented result fields. */
export function resultSchema(method: IrMethod, context: SchemaContext): JsonSchema {
  const type = method.resultType;
  const extras = { keyPatterns: method.resultKeyPatterns ?? [] };
  const described = method.result.length > 0 || extras.keyPatterns.length > 0;
  if (described && isArrayish(type)) return { type: 'array', items: objectSchema(method.result, context, 'result', extras) };
  if (described && (isObjectish(type) || type.kind === 'unknown' || type.kind === 'named')) {
    return objectSchema(method.result, context, 'result', extras);
  }
  return typeRefToSchema(type, context);
}

/** Classic list methods page by 50 with `total` and `next` (settings/how-to-call-rest-api/list-methods-pecularities.md). */
function listExtras(method: IrMethod): Field[] {
  if (method.apiVersion !== 'v2' || !/\.list$/i.test(wireName(method))) return [];
  const integer: TypeRef = { raw: 'integer', kind: 'scalar', name: 'integer' };
  return [
    { name: 'total', required: false, type: integer, description: 'How many items match, over all pages.' },
    { name: 'next', required: false, type: integer, description: 'Pass as `start` to get the next page; absent on the last page.' },
  ];
}

function envelopeSchema(method: IrMethod, context: SchemaContext): JsonSchema {
  const properties: Record<string, JsonSchema> = { result: resultSchema(method, context), time: schemaRef(TIME) };
  const documented = method.responseExtras ?? [];
  const names = new Set(documented.map((f) => f.name));
  for (const extra of [...documented, ...listExtras(method).filter((f) => !names.has(f.name))]) {
    if (extra.name === 'result' || extra.name === 'time' || Object.prototype.hasOwnProperty.call(properties, extra.name)) continue;
    defineKey(properties, extra.name, fieldSchema(extra, context, 'result'));
  }
  return { type: 'object', properties, required: ['result', 'time'] };
}

function withExample(schema: JsonSchema, value: unknown, summary: string): MediaType {
  return value === undefined ? { schema } : { schema, examples: { documented: { summary, value } } };
}

function description(method: IrMethod): string | undefined {
  const parts: string[] = [];
  if (method.deprecated !== undefined) {
    parts.push(method.deprecated.message === '' ? '**Deprecated.**' : `**Deprecated.** ${method.deprecated.message}`);
  }
  if (method.description !== '') parts.push(method.description);
  if (method.access !== undefined && method.access !== '') parts.push(`Who can call it: ${method.access}`);
  return parts.length > 0 ? absolutizeDocLinks(parts.join('\n\n'), method.source) : undefined;
}

export function methodOperation(method: IrMethod, operationId: string, context: SchemaContext, system: SystemResponses): Operation {
  const body = objectSchema(method.params, context, 'params', {
    keyPatterns: method.keyPatterns ?? [],
    requiredOneOf: method.requiredOneOf ?? [],
    paramSets: method.paramSets ?? [],
  });
  const responses: Record<string, ResponseOrRef> = {
    200: { description: 'Success.', content: { 'application/json': withExample(envelopeSchema(method, context), method.examples.response, 'The documented response') } },
  };
  for (const [status, response] of methodErrorResponses(method.errors, method.apiVersion, system, method.examples.error, method.source)) {
    responses[status] = response;
  }
  const text = description(method);
  const operation: Operation = {
    tags: [method.section],
    ...(method.title !== '' ? { summary: method.title } : {}),
    ...(text !== undefined ? { description: text } : {}),
    operationId,
    ...(method.deprecated !== undefined ? { deprecated: true as const } : {}),
    externalDocs: { url: method.docsUrl },
    requestBody: {
      required: method.params.some((p) => p.required) || (method.requiredOneOf ?? []).length > 0 || (method.paramSets ?? []).length > 0,
      content: { 'application/json': withExample(body, requestAsNamed(method, method.examples.request), 'The documented request') },
    },
    responses,
    'x-b24-method': wireName(method),
    'x-b24-api-version': method.apiVersion,
    'x-b24-scope': [...method.scope],
  };
  if (method.access !== undefined && method.access !== '') operation['x-b24-access'] = method.access;
  if (method.deprecated?.replacement !== undefined) operation['x-b24-replacement'] = method.deprecated.replacement;
  if (method.paramsByPosition === true) operation['x-b24-params-by-position'] = positionalOrder(method.params);
  return operation;
}
