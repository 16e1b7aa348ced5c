import { B24Error, ClientErrorCode } from './errors.js';
import type { Redactor } from './redact.js';
import { safeJsonParse } from './safe-json.js';
import type { TransportResponse } from './transport.js';

/** The `time` object of a response (fields vary by method and portal). */
export interface B24Time {
  readonly start?: number;
  readonly finish?: number;
  readonly duration?: number;
  readonly processing?: number;
  readonly date_start?: string;
  readonly date_finish?: string;
  readonly operating_reset_at?: number;
  readonly operating?: number;
  readonly [key: string]: unknown;
}

export interface B24Response {
  readonly result: unknown;
  readonly total?: number;
  readonly next?: number;
  readonly time?: B24Time;
}

export interface InterpretContext {
  readonly method: string;
  readonly redactor: Redactor;
  /** Whether a retry of this call is safe after an ambiguous failure. */
  readonly idempotent: boolean;
}

const SNIPPET_LENGTH = 200;

function snippet(body: string, redactor: Redactor): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  return redactor.redact(flat.length > SNIPPET_LENGTH ? `${flat.slice(0, SNIPPET_LENGTH)}…` : flat);
}

function looksLikeHtml(body: string): boolean {
  return /^\s*(<!doctype|<html|<head|<body|<\?xml|<)/i.test(body);
}

function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value !== '' && Number.isFinite(Number(value))) return Number(value);
  return undefined;
}

/** Build a B24Error from an error body of either REST version: v2 `{error, error_description}`,
 *  v3 `{error: {code, message, validation}}`. */
export function errorFromBody(body: Record<string, unknown>, status: number, ctx: InterpretContext): B24Error | undefined {
  const raw = body['error'];
  if (raw === undefined || raw === null || raw === '') return undefined;
  let code: string;
  let description: string;
  let validation: Array<{ message?: string; field?: string }> | undefined;
  if (typeof raw === 'object') {
    const e = raw as Record<string, unknown>;
    code = String(e['code'] ?? 'UNKNOWN_ERROR');
    description = typeof e['message'] === 'string' ? e['message'] : '';
    if (Array.isArray(e['validation'])) {
      validation = e['validation']
        .filter((v): v is Record<string, unknown> => v !== null && typeof v === 'object')
        .map((v) => {
          const item: { message?: string; field?: string } = {};
          if (typeof v['message'] === 'string') item.message = ctx.redactor.redact(v['message']);
          if (typeof v['field'] === 'string') item.field = v['field'];
          return item;
        });
    }
  } else {
    code = String(raw);
    const d = body['error_description'];
    description = typeof d === 'string' ? d : d === undefined || d === null ? '' : String(d);
  }
  const init = {
    code: ctx.redactor.redact(code),
    description: ctx.redactor.redact(description),
    status,
    method: ctx.method,
    retryable: false,
  };
  return new B24Error(validation === undefined ? init : { ...init, validation });
}

/** Turn an HTTP exchange into the response envelope, or throw the B24Error it means. */
export function interpretResponse(response: TransportResponse, ctx: InterpretContext): B24Response {
  const parsed = safeJsonParse(response.body);
  if (!parsed.ok || parsed.value === null || typeof parsed.value !== 'object' || Array.isArray(parsed.value)) {
    const kind = looksLikeHtml(response.body) ? 'an HTML page' : parsed.ok ? 'unexpected JSON' : 'a non-JSON body';
    const ok = response.status >= 200 && response.status < 300;
    throw new B24Error({
      code: ok ? ClientErrorCode.INVALID_RESPONSE : ClientErrorCode.HTTP_ERROR,
      description: `the portal answered with ${kind} (HTTP ${response.status})`,
      status: response.status,
      method: ctx.method,
      cause: {
        name: 'ResponseBody',
        message: parsed.ok ? 'not an object' : ctx.redactor.redact(parsed.message),
        body: snippet(response.body, ctx.redactor),
      },
    });
  }
  const body = parsed.value as Record<string, unknown>;
  const error = errorFromBody(body, response.status, ctx);
  if (error !== undefined) throw error;
  if (!('result' in body)) {
    throw new B24Error({
      code: response.status >= 400 ? ClientErrorCode.HTTP_ERROR : ClientErrorCode.INVALID_RESPONSE,
      description: `the response has no "result" (HTTP ${response.status})`,
      status: response.status,
      method: ctx.method,
      cause: { name: 'ResponseBody', message: 'missing result', body: snippet(response.body, ctx.redactor) },
    });
  }
  const out: { result: unknown; total?: number; next?: number; time?: B24Time } = { result: body['result'] };
  const total = toNumber(body['total']);
  if (total !== undefined) out.total = total;
  const next = toNumber(body['next']);
  if (next !== undefined) out.next = next;
  const time = body['time'];
  if (time !== null && typeof time === 'object' && !Array.isArray(time)) out.time = time as B24Time;
  return out;
}

const REFUSED_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'UND_ERR_CONNECT_TIMEOUT',
  'CERT_HAS_EXPIRED', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'ERR_TLS_CERT_ALTNAME_INVALID', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
]);

function errorCodeChain(error: unknown): string[] {
  const codes: string[] = [];
  let current: unknown = error;
  for (let i = 0; i < 4 && current !== null && typeof current === 'object'; i++) {
    const c = current as { code?: unknown; cause?: unknown; errors?: unknown };
    if (typeof c.code === 'string') codes.push(c.code);
    // Happy Eyeballs reports an AggregateError of per-address failures.
    if (Array.isArray(c.errors)) {
      for (const inner of c.errors) {
        const code = (inner as { code?: unknown } | null)?.code;
        if (typeof code === 'string') codes.push(code);
      }
    }
    current = c.cause;
  }
  return codes;
}

/** Classify what a transport threw: a connection that never opened (surely not run) or one that broke. */
export function errorFromThrown(thrown: unknown, ctx: InterpretContext): B24Error {
  if (thrown instanceof B24Error) return thrown;
  const codes = errorCodeChain(thrown);
  const refused = codes.some((c) => REFUSED_CODES.has(c));
  const cause = ctx.redactor.sanitizeCause(thrown);
  const message = thrown instanceof Error ? ctx.redactor.redact(thrown.message) : 'transport failure';
  if (refused) {
    return new B24Error({
      code: ClientErrorCode.CONNECTION_REFUSED,
      description: `could not connect (${codes.find((c) => REFUSED_CODES.has(c)) ?? 'refused'})`,
      status: 0,
      method: ctx.method,
      retryable: true,
      cause,
    });
  }
  return new B24Error({
    code: ClientErrorCode.CONNECTION_LOST,
    description: `the connection failed: ${message}${codes.length > 0 ? ` (${codes.join(', ')})` : ''}`,
    status: 0,
    method: ctx.method,
    retryable: ctx.idempotent,
    cause,
  });
}
