/**
 * The documented examples of a method (corpus-map §5): the request body of the cURL
 * (Webhook) tab, or of the OAuth tab without `auth`; the first JSON under the response
 * section; the first JSON under Error Handling.
 */
import type { Code, Nodes, RootContent } from 'mdast';
import type { Diagnostic, ExampleBody, Examples, SourcePosition } from '../ir/types.js';
import { extractCurlPayload, withoutAuth } from './curl-payload.js';
import { sourceFileOf } from './flatten-includes.js';
import { methodOfUrl } from './method-identity.js';
import { repairJson, repairJsonReport } from './json-repair.js';
import type { PageLayout } from './page-sections.js';
import { sectionNodes } from './page-sections.js';
import { parseJsonSafe } from './safe-json.js';

interface FoundFence {
  code: Code;
  tab?: string;
  file: string;
}

function fences(nodes: readonly RootContent[], pageFile: string): FoundFence[] {
  const out: FoundFence[] = [];
  const walk = (list: readonly Nodes[], file: string, tab: string | undefined): void => {
    for (const n of list) {
      if (n.type === 'code') out.push(tab === undefined ? { code: n, file } : { code: n, tab, file });
      else if (n.type === 'yfmTab') walk(n.children as Nodes[], file, n.label);
      else if (n.type !== 'yfmTable' && 'children' in n) walk(n.children as Nodes[], file, tab);
    }
  };
  for (const n of nodes) walk([n as Nodes], sourceFileOf(n, pageFile), undefined);
  return out;
}

function fenceStart(f: FoundFence): SourcePosition {
  const p = f.code.position?.start;
  return { file: f.file, line: p?.line ?? 1, column: p?.column ?? 1 };
}

function isJson(code: Code): boolean {
  const lang = (code.lang ?? '').toLowerCase();
  return lang.startsWith('json') || (lang === '' && /^\s*[{[]/.test(code.value));
}

function isCurl(f: FoundFence): boolean {
  return f.tab !== undefined ? /curl|http/i.test(f.tab) : /\bcurl\b/.test(f.code.value);
}

function isWebhookCurl(f: FoundFence): boolean {
  return f.tab !== undefined && /webhook/i.test(f.tab) && /\/rest\//.test(f.code.value);
}

/** The request fence: webhook tab, else OAuth tab, else any fence that runs curl. */
function requestFence(all: FoundFence[]): { fence: FoundFence; oauth: boolean } | undefined {
  const curl = all.filter(isCurl);
  const webhook = curl.find(isWebhookCurl);
  if (webhook) return { fence: webhook, oauth: false };
  const oauth = curl.find((f) => f.tab !== undefined && /oauth/i.test(f.tab));
  if (oauth) return { fence: oauth, oauth: true };
  const any = curl.find((f) => /\/rest\//.test(f.code.value));
  return any ? { fence: any, oauth: /"auth"\s*:/.test(any.code.value) } : undefined;
}

function invalidJson(f: FoundFence, what: string, message: string, line: number, column: number, repaired: boolean): Diagnostic {
  const start = fenceStart(f);
  // Fence content starts on the line after the ``` line, indented like the fence.
  return {
    file: start.file,
    line: start.line + line,
    column: column + start.column - 1,
    severity: 'warning',
    code: 'invalid-example-json',
    // One line: diagnostics are printed one a line and the engine quotes the doc text.
    message: `${what} example is not valid JSON (${message.replace(/\s+/g, ' ').slice(0, 160)})${repaired ? '; used a repaired copy' : ''}`,
  };
}

/** Parses a JSON fence; on failure tries a repaired copy and reports either way. */
function parseFence(f: FoundFence, what: string, diagnostics: Diagnostic[]): { value: unknown; elided?: true } | undefined {
  const parsed = parseJsonSafe(f.code.value);
  if (parsed.ok) return { value: parsed.value };
  const report = repairJsonReport(f.code.value);
  const repaired = parseJsonSafe(report.text);
  // Comments and trailing commas are legal in a fence that says it is jsonc/json5.
  const lenient = /^json(c|5)$/i.test(f.code.lang ?? '');
  if (!(lenient && repaired.ok)) diagnostics.push(invalidJson(f, what, parsed.message, parsed.line, parsed.column, repaired.ok));
  if (!repaired.ok) return undefined;
  return report.elided ? { value: repaired.value, elided: true } : { value: repaired.value };
}

/** One info diagnostic for each other method the cURL examples call, at its first fence. */
function reportOtherMethodExamples(all: readonly FoundFence[], methodName: string, responseDropped: boolean, diagnostics: Diagnostic[]): void {
  const reported = new Set<string>();
  for (const f of all) {
    const called = otherMethodCalled(f, methodName);
    if (called === undefined || reported.has(called)) continue;
    reported.add(called);
    diagnostics.push({
      ...fenceStart(f),
      severity: 'info',
      code: 'example-calls-other-method',
      message: `the cURL example calls ${called}, not ${methodName}: not used as its example${responseDropped ? ', nor is the response shown' : ''}`,
    });
  }
}

/** `…/method?a=1&b=x` → `{ a: "1", b: "x" }`; `{}` without a query. */
export function queryParams(command: string): Record<string, string> {
  const out: Record<string, string> = {};
  const m = /\/rest\/[^\s'"?]*\?([^\s'"#]+)/.exec(command);
  if (!m) return out;
  for (const pair of m[1]!.split('&')) {
    if (pair === '') continue;
    const at = pair.indexOf('=');
    const decode = (t: string): string => {
      try {
        return decodeURIComponent(t.replace(/\+/g, ' '));
      } catch {
        return t;
      }
    };
    const key = decode(at < 0 ? pair : pair.slice(0, at));
    if (key === '__proto__' || key === '') continue;
    out[key] = decode(at < 0 ? '' : pair.slice(at + 1));
  }
  return out;
}

/**
 * The body a cURL fence sends, `auth` removed: its `-d` JSON, the URL's query when it sends no
 * body, or a repaired copy of invalid JSON (reported); undefined when not even that parses.
 */
function requestBody(f: FoundFence, diagnostics: Diagnostic[]): { value: unknown; repaired: boolean } | undefined {
  const payload = extractCurlPayload(f.code.value);
  if (payload.kind === 'json') return { value: withoutAuth(payload.value), repaired: false };
  // No body: a parameterless call, or parameters in the URL's query string.
  if (payload.kind === 'none') return { value: queryParams(f.code.value), repaired: false };
  const repaired = parseJsonSafe(repairJson(payload.text));
  diagnostics.push(invalidJson(f, 'request', payload.message, payload.line, payload.column, repaired.ok));
  return repaired.ok ? { value: withoutAuth(repaired.value), repaired: true } : undefined;
}

/** The method a cURL fence calls when that is not `methodName` (the wire compares names case-insensitively). */
function otherMethodCalled(f: FoundFence, methodName: string): string | undefined {
  if (!isCurl(f)) return undefined;
  const called = methodOfUrl(f.code.value)?.name;
  return called !== undefined && called.toLowerCase() !== methodName.toLowerCase() ? called : undefined;
}

/**
 * `methodName`, when given, is the page's method: a cURL example that calls another method (a
 * copy from a sibling page, an update shown on the add page) is not this method's example, and
 * when every cURL example calls another method, neither is the response shown with them.
 */
export function extractExamples(layout: PageLayout, file: string, diagnostics: Diagnostic[], methodName?: string): Examples {
  const examples: Examples = {};
  let exampleNodes = sectionNodes(layout, 'examples');
  if (exampleNodes.length === 0) exampleNodes = layout.sections.filter((s) => s.role === 'other').flatMap((s) => s.nodes);

  const allFences = fences(exampleNodes, file);
  const exampleFences = methodName === undefined ? allFences : allFences.filter((f) => otherMethodCalled(f, methodName) === undefined);
  const request = requestFence(exampleFences);
  const callsOthersOnly = request === undefined && exampleFences.length < allFences.length;
  if (methodName !== undefined) reportOtherMethodExamples(allFences, methodName, callsOthersOnly, diagnostics);
  const body = request === undefined ? undefined : requestBody(request.fence, diagnostics);
  if (request !== undefined && body !== undefined) {
    examples.request = body.value;
    examples.requestPosition = fenceStart(request.fence);
  }

  // Further example groups: every later webhook cURL whose body differs from the ones before.
  if (request !== undefined && !request.oauth && examples.request !== undefined) {
    const more: ExampleBody[] = [];
    const seen = new Set([JSON.stringify(examples.request)]);
    for (const f of exampleFences.filter(isWebhookCurl)) {
      if (f === request.fence) continue;
      const further = requestBody(f, diagnostics);
      if (further === undefined) continue;
      const key = JSON.stringify(further.value);
      if (seen.has(key)) continue;
      seen.add(key);
      more.push({ value: further.value, position: fenceStart(f), ...(further.repaired ? { repaired: true } : {}) });
    }
    if (more.length > 0) examples.moreRequests = more;
  }

  const response = callsOthersOnly ? undefined : fences(sectionNodes(layout, 'response'), file).find((f) => isJson(f.code));
  if (response) {
    const parsed = parseFence(response, 'response', diagnostics);
    if (parsed) {
      examples.response = parsed.value;
      examples.responsePosition = fenceStart(response);
      if (parsed.elided) examples.responseElided = true;
    }
  }

  const error = fences(sectionNodes(layout, 'errors'), file).find((f) => isJson(f.code));
  if (error) {
    const parsed = parseFence(error, 'error', diagnostics);
    if (parsed) examples.error = parsed.value;
  }
  return examples;
}
