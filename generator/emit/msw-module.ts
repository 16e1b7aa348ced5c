/**
 * `src/msw.ts`, the optional `<pkg>/msw` entry point: MSW request handlers that answer REST calls
 * from the documented fixtures, for tests that exercise real `fetch` code. Only test code imports
 * it, so msw stays out of production bundles (and is an optional peer dependency).
 */
import { fixturesModuleFile } from './fixtures-module.js';
import { relativeImport } from './module-path.js';
import { sectionEntries, type PackagePlan } from './plan.js';
import { printFile, valueImport, type Statement } from './print.js';

const MSW_CODE = `/** A typed dynamic answer for one method: its params in, its result (or a \`mockReply\`) out. */
export type MockMethodHandler<M extends MethodName> = (params: ParamsOf<M>, context: MockCallContext) => ResultOf<M> | MockReply;

export interface MockHandlersOptions {
  /** Answer these methods with an error (message and status default to the documented ones). */
  fail?: { readonly [M in MethodName]?: MockFailure };
  /** Dynamic answers for some methods, instead of their fixtures. */
  handlers?: { readonly [M in MethodName]?: MockMethodHandler<M> };
  /** Intercept only this portal origin (\`https://example.bitrix24.com\`); default: any host. */
  origin?: string;
}

// Webhook \`/rest/<user>/<code>/<method>\`, OAuth \`/rest/<method>\`, REST 3.0 the same under \`/rest/api/\`.
const REST_URL = /^https?:\\/\\/[^/?#]+(?:\\/[^?#]*)?\\/rest\\/(?:api\\/)?(?:\\d+\\/[^/?#]+\\/)?[^/?#]+$/;
const REST_PATH = /\\/rest\\/(api\\/)?(?:\\d+\\/[^/]+\\/)?([^/]+)$/;

type Version = 'v2' | 'v3';

function own(record: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, key);
}

/** The entries REST \`version\` serves: a \`name@v3\` key answers \`name\` under /rest/api/. */
function byWireName<T>(record: Readonly<Record<string, T>> | undefined, version: Version): Record<string, T> {
  const out: Record<string, T> = Object.create(null) as Record<string, T>;
  if (record === undefined) return out;
  for (const [key, value] of Object.entries(record)) if (!key.endsWith('@v3')) out[key] = value;
  if (version === 'v3') for (const [key, value] of Object.entries(record)) if (key.endsWith('@v3')) out[key.slice(0, -3)] = value;
  return out;
}

function wireOf(key: string): { method: string; version: Version } {
  return key.endsWith('@v3') ? { method: key.slice(0, -3), version: 'v3' } : { method: key, version: 'v2' };
}

function json(body: unknown, status: number): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

/** The call's params from a JSON or form body, or the query string; undefined when the body is not JSON. */
async function paramsOf(request: Request, url: URL): Promise<{ ok: true; value: unknown } | { ok: false }> {
  const text = request.method === 'GET' || request.method === 'HEAD' ? '' : await request.text();
  let value: unknown;
  if (text === '') value = decodePhpQuery(url.search.slice(1));
  else if ((request.headers.get('content-type') ?? '').includes('application/x-www-form-urlencoded')) value = decodePhpQuery(text);
  else {
    const parsed = safeJsonParse(text);
    if (!parsed.ok) return { ok: false };
    value = parsed.value;
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && own(value, 'auth')) {
    const { auth: _auth, ...rest } = value as Record<string, unknown>;
    value = rest;
  }
  return { ok: true, value };
}

function restHandler(options: MockHandlersOptions, only?: { method: string; version: Version }): HttpHandler {
  const responders = new Map<Version, MockResponder>();
  const responderFor = (version: Version): MockResponder => {
    let responder = responders.get(version);
    if (responder === undefined) {
      responder = createMockResponder({
        fixtures: byWireName(fixtures, version),
        fail: byWireName(options.fail as Readonly<Record<string, MockFailure>> | undefined, version),
        handlers: byWireName(options.handlers as Readonly<Record<string, MockHandler>> | undefined, version),
      });
      responders.set(version, responder);
    }
    return responder;
  };
  return http.all(REST_URL, async ({ request }) => {
    const url = new URL(request.url);
    if (options.origin !== undefined && url.origin !== new URL(options.origin).origin) return undefined;
    const match = REST_PATH.exec(url.pathname);
    if (match === null) return undefined;
    const version: Version = match[1] === undefined ? 'v2' : 'v3';
    let method: string;
    try {
      method = decodeURIComponent(match[2] ?? '').replace(/\\.json$/, '');
    } catch {
      return undefined;
    }
    if (only !== undefined && (only.method !== method || only.version !== version)) return undefined;
    const params = await paramsOf(request, url);
    if (!params.ok) return json({ error: 'INVALID_REQUEST', error_description: 'Invalid JSON' }, 400);
    const answer = responderFor(version).answer(method, params.value, version);
    return json(answer.body, answer.status);
  });
}

/**
 * MSW handlers that answer every method of the package from its documented fixtures (webhook,
 * OAuth and REST 3.0 URLs; any portal unless \`origin\` is set). Unknown methods get the portal's
 * "method not found" error.
 *
 * @example
 * const server = setupServer(...createMockHandlers({ fail: { 'crm.item.get': { code: 'NOT_FOUND' } } }));
 */
export function createMockHandlers(options: MockHandlersOptions = {}): HttpHandler[] {
  return [restHandler(options)];
}

/**
 * One MSW handler for one method, answered with \`answer\` (a result, or a typed function of the
 * params); other methods fall through to the next handler. Put it first (\`server.use(...)\`).
 */
export function mockMethod<M extends MethodName>(
  method: M,
  answer: ResultOf<M> | MockMethodHandler<M>,
  options: { origin?: string } = {},
): HttpHandler {
  const handler = typeof answer === 'function' ? (answer as MockHandler) : (): unknown => answer;
  const handlers = { [method]: handler } as Readonly<Record<string, MockHandler>>;
  return restHandler({ ...options, handlers } as MockHandlersOptions, wireOf(method));
}`;

export function emitMswModule(plan: PackagePlan): string {
  const statements: Statement[] = [
    "import { http } from 'msw';",
    "import type { HttpHandler } from 'msw';",
    "import type { MethodName, ParamsOf, ResultOf } from './client.js';",
    "import type { MethodFixture, MockFailure, MockHandler, MockReply } from './runtime/index.js';",
    "import type { MockCallContext, MockResponder } from './runtime/mock-responder.js';",
    valueImport('./runtime/mock-responder.js', ['createMockResponder']),
    valueImport('./runtime/php-query.js', ['decodePhpQuery']),
    valueImport('./runtime/safe-json.js', ['safeJsonParse']),
    ...sectionEntries(plan).map((s) => valueImport(relativeImport('src/msw.ts', fixturesModuleFile(s.stem)), [s.fixturesName])),
    `const fixtures: Readonly<Record<string, MethodFixture>> = { ${sectionEntries(plan).map((s) => `...${s.fixturesName}`).join(', ')} };`,
    MSW_CODE,
  ];
  return printFile(statements);
}
