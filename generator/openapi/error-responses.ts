/**
 * Errors as OpenAPI responses. The system errors every method can answer become shared
 * `components/responses` (one per HTTP status) with one shared example per code; a method's
 * documented errors become responses of their own status (400 when the docs give none),
 * merged with the system response of the same status when both exist. A status outside
 * 400–599 (some classic methods answer errors with 200) goes to `default`.
 */
import type { ApiVersion, IrError } from '../ir/types.js';
import { NameRegistry } from './component-names.js';
import type { JsonSchema } from './json-schema.js';
import { compareCodeUnits } from '../compare-code-units.js';
import { defineKey, schemaRef } from './json-schema.js';
import { ERROR_RESPONSE, ERROR_RESPONSE_V3 } from './schema-components.js';
import { absolutizeDocLinks } from './doc-links.js';

export interface ExampleObject {
  summary?: string;
  description?: string;
  value: unknown;
}

export type ExampleOrRef = ExampleObject | { $ref: string };

export interface ResponseObject {
  description: string;
  content?: { 'application/json': { schema: JsonSchema; examples?: Record<string, ExampleOrRef> } };
}

export type ResponseOrRef = ResponseObject | { $ref: string };

/**
 * Codes the platform answers that `_includes/system-errors.md` has not listed in every docs
 * snapshot (the operating-time limit, settings/performance/limits.md). Added only when absent.
 */
export const PLATFORM_SYSTEM_ERRORS: readonly IrError[] = [
  {
    code: 'OPERATION_TIME_LIMIT',
    message: '',
    description: 'The method has used up its operating-time budget for this application or webhook; other methods keep working.',
    httpStatus: 429,
  },
];

/** Where system errors are documented; their links are relative to it. */
const SYSTEM_ERRORS_SOURCE = '_includes/system-errors.md';

export function statusKey(httpStatus: number | undefined): string {
  const status = httpStatus ?? 400;
  return Number.isInteger(status) && status >= 400 && status <= 599 ? String(status) : 'default';
}

export function errorBody(error: IrError, apiVersion: ApiVersion): unknown {
  if (apiVersion === 'v3') {
    const inner: Record<string, unknown> = { code: error.code, message: error.message };
    if (error.field !== undefined) inner.validation = [{ field: error.field, message: error.message }];
    return { error: inner };
  }
  return error.message === '' ? { error: error.code } : { error: error.code, error_description: error.message };
}

function example(error: IrError, apiVersion: ApiVersion, source?: string): ExampleObject {
  const out: ExampleObject = { summary: error.code === '' ? '(no code)' : error.code, value: errorBody(error, apiVersion) };
  if (error.description !== '') out.description = absolutizeDocLinks(error.description, error.position?.file ?? source);
  return out;
}

function exampleKey(registry: NameRegistry, error: IrError): string {
  return registry.claim(error.code === '' ? 'no_code' : error.code);
}

export interface SystemResponses {
  /** components/examples, by name. */
  examples: Map<string, ExampleObject>;
  /** components/responses, by name. */
  responses: Map<string, ResponseObject>;
  /** Status key → the shared response's name and its example refs by example key. */
  byStatus: Map<string, { name: string; examples: Array<[string, string]> }>;
}

function statusDescription(status: string, codes: string[], what: string): string {
  const list = codes.map((c) => (c === '' ? '(no code)' : c)).join(', ');
  return status === 'default' ? `${what} answered with another HTTP status: ${list}.` : `${what} with HTTP status ${status}: ${list}.`;
}

export function systemResponses(documented: readonly IrError[]): SystemResponses {
  const known = new Set(documented.map((e) => e.code));
  const all = [...documented, ...PLATFORM_SYSTEM_ERRORS.filter((e) => !known.has(e.code))];
  const groups = new Map<string, IrError[]>();
  for (const error of all) {
    const key = statusKey(error.httpStatus);
    groups.set(key, [...(groups.get(key) ?? []), error]);
  }
  const exampleNames = new NameRegistry('_');
  const out: SystemResponses = { examples: new Map(), responses: new Map(), byStatus: new Map() };
  for (const status of [...groups.keys()].sort(compareCodeUnits)) {
    const errors = groups.get(status) as IrError[];
    const name = `SystemError${status === 'default' ? 'Default' : status}`;
    const refs: Array<[string, string]> = [];
    const examples: Record<string, ExampleOrRef> = {};
    const localKeys = new NameRegistry('_');
    for (const error of errors) {
      const exampleName = exampleNames.claim(`SystemError_${error.code === '' ? 'no_code' : error.code}`);
      out.examples.set(exampleName, example(error, 'v2', SYSTEM_ERRORS_SOURCE));
      const key = exampleKey(localKeys, error);
      const ref = `#/components/examples/${exampleName}`;
      refs.push([key, ref]);
      defineKey(examples, key, { $ref: ref });
    }
    out.responses.set(name, {
      description: statusDescription(status, errors.map((e) => e.code), 'System errors any method can answer'),
      content: { 'application/json': { schema: schemaRef(ERROR_RESPONSE), examples } },
    });
    out.byStatus.set(status, { name, examples: refs });
  }
  return out;
}

/** The error responses of one method, by status key; system ones by $ref unless merged. */
export function methodErrorResponses(
  errors: readonly IrError[],
  apiVersion: ApiVersion,
  system: SystemResponses,
  errorExample?: unknown,
  source?: string,
): Map<string, ResponseOrRef> {
  const groups = new Map<string, IrError[]>();
  for (const error of errors) {
    const key = statusKey(error.httpStatus);
    groups.set(key, [...(groups.get(key) ?? []), error]);
  }
  const exampleStatus = errorExample === undefined ? undefined : statusOfExample(errorExample, errors);
  if (exampleStatus !== undefined && !groups.has(exampleStatus)) groups.set(exampleStatus, []);

  const own = apiVersion === 'v3' ? schemaRef(ERROR_RESPONSE_V3) : schemaRef(ERROR_RESPONSE);
  const out = new Map<string, ResponseOrRef>();
  const statuses = [...new Set([...groups.keys(), ...system.byStatus.keys()])].sort(compareCodeUnits);
  for (const status of statuses) {
    const documented = groups.get(status);
    const shared = system.byStatus.get(status);
    if (documented === undefined) {
      out.set(status, { $ref: `#/components/responses/${(shared as { name: string }).name}` });
      continue;
    }
    const keys = new NameRegistry('_');
    const examples: Record<string, ExampleOrRef> = {};
    if (status === exampleStatus) defineKey(examples, keys.claim('documented'), { summary: 'The documented error response', value: errorExample });
    for (const error of documented) defineKey(examples, exampleKey(keys, error), example(error, apiVersion, source));
    for (const [key, ref] of shared?.examples ?? []) defineKey(examples, keys.claim(key), { $ref: ref });
    const schema: JsonSchema = shared === undefined || apiVersion === 'v2' ? own : { oneOf: [own, schemaRef(ERROR_RESPONSE)] };
    const codes = documented.map((e) => e.code);
    out.set(status, {
      description: statusDescription(status, shared === undefined ? codes : [...codes, ...shared.examples.map(([k]) => k)], 'Errors'),
      content: { 'application/json': { schema, examples } },
    });
  }
  return out;
}

/** The status of the documented error body: that of the documented error with its code, else 400. */
function statusOfExample(body: unknown, errors: readonly IrError[]): string {
  let code: unknown;
  if (typeof body === 'object' && body !== null && 'error' in body) {
    const e = (body as { error: unknown }).error;
    code = typeof e === 'object' && e !== null && 'code' in e ? (e as { code: unknown }).code : e;
  }
  const match = errors.find((e) => e.code === code);
  return statusKey(match?.httpStatus);
}
