/**
 * The IR as an OpenAPI 3.1.0 document. Every method is `POST /{method}` (REST 3.0 methods
 * `POST /api/{method}`) against a server templated on the webhook URL. Doc text travels only
 * in JSON string values; the caller serialises with JSON.stringify, which is the escaping.
 */
import type { Diagnostic, IrDocument, IrMethod } from '../ir/types.js';
import { NameRegistry, operationIdBase } from './component-names.js';
import type { ExampleObject, ResponseObject } from './error-responses.js';
import { systemResponses } from './error-responses.js';
import type { JsonSchema } from './json-schema.js';
import { compareCodeUnits } from '../compare-code-units.js';
import { defineKey } from './json-schema.js';
import type { Operation } from './operation.js';
import { methodOperation, operationPath } from './operation.js';
import { planSchemaComponents } from './schema-components.js';

export interface OpenApiOptions {
  title: string;
  version: string;
  /** A concrete base URL (a webhook URL without the method) listed before the templated servers. */
  serverUrl?: string;
  /** Problems that do not stop the document (two methods on one path). */
  onDiagnostic?: (diagnostic: Diagnostic) => void;
}

export interface ServerObject {
  url: string;
  description?: string;
  variables?: Record<string, { default: string; description?: string }>;
}

export interface PathItem {
  servers?: ServerObject[];
  post: Operation;
}

export interface OpenApiDocument {
  openapi: '3.1.0';
  info: { title: string; version: string; description: string };
  servers: ServerObject[];
  security: Array<Record<string, string[]>>;
  tags: Array<{ name: string }>;
  paths: Record<string, PathItem>;
  components: {
    schemas: Record<string, JsonSchema>;
    responses: Record<string, ResponseObject>;
    examples: Record<string, ExampleObject>;
    securitySchemes: Record<string, { type: 'apiKey'; in: 'query'; name: string; description: string }>;
  };
}

export const ACCESS_TOKEN_SCHEME = 'AccessToken';

const PORTAL = { default: 'your-portal.bitrix24.com', description: 'The Bitrix24 address.' };

function webhookServer(): ServerObject {
  return {
    url: 'https://{portal}/rest/{user}/{secret}',
    description: 'Inbound webhook: the id of the user who created it and its secret code are part of the URL.',
    variables: {
      portal: PORTAL,
      user: { default: '1', description: 'The id of the user who created the webhook.' },
      secret: { default: 'webhook-code', description: 'The webhook code.' },
    },
  };
}

function oauthServer(): ServerObject {
  return {
    url: 'https://{portal}/rest',
    description: 'Application with an OAuth access token, passed as the `auth` parameter.',
    variables: { portal: PORTAL },
  };
}

/**
 * REST 3.0 webhooks put `/api/` before the credentials (`/rest/api/{user}/{secret}/{method}`),
 * which no server template plus the `/api/{method}` path can express; the path keeps `/api/`
 * so that a REST 3.0 page and a classic method of the same name stay distinct paths.
 */
function v3Servers(): ServerObject[] {
  return [
    {
      ...oauthServer(),
      description:
        'Application with an OAuth access token, passed as the `auth` parameter. ' +
        'With an inbound webhook, call https://{portal}/rest/api/{user}/{secret}/{method}.',
    },
  ];
}

function sortedRecord<T>(entries: Iterable<[string, T]>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [key, value] of [...entries].sort((a, b) => compareCodeUnits(a[0], b[0]))) defineKey(out, key, value);
  return out;
}

export function irToOpenApi(ir: IrDocument, options: OpenApiOptions): OpenApiDocument {
  const components = planSchemaComponents(ir);
  const system = systemResponses(ir.systemErrors);

  const methods = [...ir.methods].sort((a, b) => compareCodeUnits(a.key, b.key));
  const operationIds = new NameRegistry('_');
  const ids = new Map<IrMethod, string>(methods.map((m) => [m, operationIds.claim(operationIdBase(m.key))]));
  const paths = new Map<string, PathItem>();
  for (const method of methods) {
    const path = operationPath(method);
    if (paths.has(path)) {
      options.onDiagnostic?.({
        file: method.source,
        line: 1,
        column: 1,
        severity: 'warning',
        code: 'openapi-duplicate-path',
        message: `${method.key} maps to the path ${path} of another method; it is left out of the OpenAPI document`,
      });
      continue;
    }
    const post = methodOperation(method, ids.get(method) as string, components.context, system);
    paths.set(path, method.apiVersion === 'v3' ? { servers: v3Servers(), post } : { post });
  }

  const servers: ServerObject[] = [];
  if (options.serverUrl !== undefined && options.serverUrl !== '') {
    servers.push({ url: options.serverUrl.replace(/\/+$/, ''), description: 'The configured server.' });
  }
  servers.push(webhookServer(), oauthServer());

  const sections = [...new Set(methods.map((m) => m.section))].sort(compareCodeUnits);
  return {
    openapi: '3.1.0',
    info: {
      title: options.title,
      version: options.version,
      description:
        'Generated by b24gen from the Bitrix24 REST API documentation. Every method is called with POST and a JSON body; ' +
        'classic methods under /rest/, REST 3.0 methods under /rest/api/.',
    },
    servers,
    // `{}`: a webhook needs no credential beyond its URL
    security: [{}, { [ACCESS_TOKEN_SCHEME]: [] }],
    tags: sections.map((name) => ({ name })),
    paths: sortedRecord(paths),
    components: {
      schemas: sortedRecord(components.schemas),
      responses: sortedRecord(system.responses),
      examples: sortedRecord(system.examples),
      securitySchemes: {
        [ACCESS_TOKEN_SCHEME]: {
          type: 'apiKey',
          in: 'query',
          name: 'auth',
          description: 'An OAuth access token of an application (it may also be sent as `auth` in the body).',
        },
      },
    },
  };
}
