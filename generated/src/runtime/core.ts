import { chunkKeys, encodeBatchCommand, MAX_BATCH_COMMANDS, parseBatchResult, validateBatchCommands } from './batch.js';
import type { BatchCommands, BatchOptions, BatchResult } from './batch.js';
import { systemClock } from './clock.js';
import type { Clock } from './clock.js';
import { B24Error, ClientErrorCode, EXPIRED_TOKEN, OPERATION_TIME_LIMIT, QUERY_LIMIT_EXCEEDED } from './errors.js';
import { createFetchTransport } from './http-transport.js';
import { iterateByNext, iterateFast, iterateV3 } from './iterate.js';
import type { IterateOptions } from './iterate.js';
import { createOAuthSession } from './oauth.js';
import type { OAuthOptions, OAuthSession } from './oauth.js';
import { createOperatingBudget } from './operating-budget.js';
import type { OperatingBudgetOptions } from './operating-budget.js';
import { createRateLimiter, DEFAULT_RATE_LIMIT } from './rate-limiter.js';
import type { RateLimiter, RateLimitOptions } from './rate-limiter.js';
import { createRedactor } from './redact.js';
import type { Redactor } from './redact.js';
import { errorFromBody, errorFromThrown, interpretResponse } from './response.js';
import type { B24Response } from './response.js';
import { backoffDelay, isReadMethod, isRetryable, resolveRetryOptions } from './retry.js';
import type { RetryOptions } from './retry.js';
import type { Transport, TransportRequest } from './transport.js';
import { parseWebhookUrl } from './webhook-url.js';

export type ApiVersion = 'v2' | 'v3';

export interface CallOptions {
  signal?: AbortSignal;
  /** Per-attempt time limit (default: the client's `timeoutMs`). */
  timeoutMs?: number;
  /** The call may run twice without harm, so it may be retried after a timeout or a dropped
   *  connection. Default: true for REST 3.0 (it sends an Idempotency-Key) and for methods whose
   *  name reads (`*.get`, `*.list`, …); false for everything else. */
  idempotent?: boolean;
}

export interface MethodCallOptions extends CallOptions {
  apiVersion?: ApiVersion;
  /** REST 3.0: the Idempotency-Key to send (default: a fresh random key per call, reused by its retries). */
  idempotencyKey?: string;
}

export interface ClientOptions {
  /** Inbound webhook: `https://<portal>/rest/<user>/<secret>/`; http:// only for loopback hosts. */
  webhookUrl?: string;
  oauth?: OAuthOptions;
  /** Client-side leaky bucket (default 50 burst, 2/s; Enterprise portals allow 250 and 5/s). */
  rateLimit?: RateLimitOptions | false;
  /** Number of retries, or retry tuning (default 3 retries). */
  retries?: number | RetryOptions;
  /** Per-attempt time limit, ms (default 65 000: the cloud cuts a request at 60 s). */
  timeoutMs?: number;
  /** Default: fetch-based HTTPS transport. */
  transport?: Transport;
  /** Names of methods that are REST 3.0 (called under /rest/api/ with an Idempotency-Key). */
  v3Methods?: ReadonlySet<string>;
  /** The per-method operating-time budget (limit, when to slow down), or false to ignore it. */
  operatingBudget?: OperatingBudgetOptions | false;
  /** Time source and sleeper (tests inject a fake). */
  clock?: Clock;
  /** Extra headers on every REST request (e.g. a User-Agent naming the integration). */
  headers?: Readonly<Record<string, string>>;
}

/** The untyped core. The generated `createClient` wraps it with types and nested namespaces. */
export interface B24Core {
  /** Resolves to `result`. */
  call(method: string, params: unknown, options?: MethodCallOptions): Promise<unknown>;
  /** Resolves to the whole envelope `{result, total?, next?, time?}`. */
  callRaw(method: string, params: unknown, options?: MethodCallOptions): Promise<B24Response>;
  batch(commands: BatchCommands, options?: BatchOptions): Promise<BatchResult>;
  iterate(method: string, params?: unknown, options?: MethodCallOptions & IterateOptions): AsyncIterable<unknown>;
}

const METHOD_NAME = /^[A-Za-z0-9_][A-Za-z0-9_.\-]*$/;
const DEFAULT_TIMEOUT_MS = 65_000;

interface Auth {
  v2Base: string;
  v3Base: string;
  oauth?: OAuthSession;
}

function resolveAuth(options: ClientOptions, transport: Transport, redactor: Redactor, timeoutMs: number): Auth {
  if (options.webhookUrl !== undefined && options.oauth !== undefined) {
    throw new B24Error({ code: ClientErrorCode.INVALID_ARGUMENT, description: 'pass either webhookUrl or oauth, not both', status: 0, method: '' });
  }
  if (options.webhookUrl !== undefined) {
    const hook = parseWebhookUrl(options.webhookUrl);
    redactor.add(hook.secret);
    return { v2Base: hook.v2Base, v3Base: hook.v3Base };
  }
  if (options.oauth !== undefined) {
    const oauth = createOAuthSession(options.oauth, { transport, redactor, timeoutMs });
    return { v2Base: oauth.v2Base, v3Base: oauth.v3Base, oauth };
  }
  if (options.transport !== undefined) {
    // A transport that authenticates by itself (e.g. the b24jssdk adapter) only needs the method name.
    return { v2Base: 'https://portal.invalid/rest/', v3Base: 'https://portal.invalid/rest/api/' };
  }
  throw new B24Error({ code: ClientErrorCode.INVALID_ARGUMENT, description: 'pass webhookUrl, oauth or a transport', status: 0, method: '' });
}

function randomKey(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (c?.randomUUID !== undefined) return c.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`;
}

function bodyWithAuth(params: unknown, token: string | undefined, version: ApiVersion): unknown {
  if (token === undefined) return params ?? {};
  // A REST 3.0 batch is a root array: nowhere to put the token but the query string.
  if (Array.isArray(params) && version === 'v3') return params;
  if (Array.isArray(params)) {
    // Positional legacy methods: PHP reads {"0":…,"1":…} exactly like [… , …], and the token fits in.
    return { ...Object.fromEntries(params.map((v, i) => [String(i), v])), auth: token };
  }
  const base = params !== null && typeof params === 'object' ? (params as Record<string, unknown>) : {};
  return { ...base, auth: token };
}

interface ExecuteRequest {
  readonly method: string;
  readonly params: unknown;
  readonly version: ApiVersion;
  readonly idempotent: boolean;
  readonly idempotencyKey?: string;
  readonly signal?: AbortSignal;
  readonly timeoutMs: number;
  /** Methods whose operating budget gates this request (a batch: `batch` and its commands). */
  readonly budgetMethods: readonly string[];
}

export function createCore(options: ClientOptions): B24Core {
  const clock = options.clock ?? systemClock;
  const redactor = createRedactor();
  const transport = options.transport ?? createFetchTransport();
  const defaultTimeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const auth = resolveAuth(options, transport, redactor, defaultTimeout);
  const retry = resolveRetryOptions(options.retries);
  const limiter: RateLimiter | undefined =
    options.rateLimit === false ? undefined : createRateLimiter(options.rateLimit ?? DEFAULT_RATE_LIMIT, clock);
  const budget = options.operatingBudget === false ? undefined : createOperatingBudget(options.operatingBudget ?? {}, clock);
  const v3Methods = options.v3Methods ?? new Set<string>();
  const extraHeaders = options.headers ?? {};

  const versionOf = (method: string, opts: MethodCallOptions | undefined): ApiVersion =>
    opts?.apiVersion ?? (v3Methods.has(method) ? 'v3' : 'v2');

  const aborted = (method: string, signal: AbortSignal): B24Error =>
    new B24Error({
      code: ClientErrorCode.ABORTED,
      description: 'the call was aborted by its signal',
      status: 0,
      method,
      cause: redactor.sanitizeCause(signal.reason),
    });

  const buildRequest = (req: ExecuteRequest, token: string | undefined, signal: AbortSignal): TransportRequest => {
    const base = req.version === 'v3' ? auth.v3Base : auth.v2Base;
    const headers: Record<string, string> = { ...extraHeaders, 'content-type': 'application/json', accept: 'application/json' };
    if (req.idempotencyKey !== undefined) headers['idempotency-key'] = req.idempotencyKey;
    const inQuery = token !== undefined && req.version === 'v3' && Array.isArray(req.params);
    const url = `${base}${req.method}${inQuery ? `?auth=${encodeURIComponent(token)}` : ''}`;
    return { url, method: 'POST', headers, body: JSON.stringify(bodyWithAuth(req.params, token, req.version)), signal };
  };

  /** One HTTP attempt, bounded by the timeout and the caller's signal. */
  const attempt = async (req: ExecuteRequest, token: string | undefined): Promise<B24Response> => {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, req.timeoutMs);
    const onAbort = (): void => controller.abort();
    req.signal?.addEventListener('abort', onAbort, { once: true });
    const ctx = { method: req.method, redactor, idempotent: req.idempotent };
    try {
      const response = await transport.send(buildRequest(req, token, controller.signal));
      return interpretResponse(response, ctx);
    } catch (e) {
      if (e instanceof B24Error) throw e;
      if (req.signal?.aborted === true) throw aborted(req.method, req.signal);
      if (timedOut) {
        throw new B24Error({
          code: ClientErrorCode.TIMEOUT,
          description: `no answer within ${req.timeoutMs} ms`,
          status: 0,
          method: req.method,
          retryable: req.idempotent,
        });
      }
      throw errorFromThrown(e, ctx);
    } finally {
      clearTimeout(timer);
      req.signal?.removeEventListener('abort', onAbort);
    }
  };

  const sleep = async (ms: number, req: ExecuteRequest): Promise<void> => {
    if (ms <= 0) return;
    try {
      await clock.sleep(ms, req.signal);
    } catch {
      throw aborted(req.method, req.signal ?? new AbortController().signal);
    }
  };

  const gateByBudget = async (req: ExecuteRequest): Promise<void> => {
    if (budget === undefined) return;
    let blocked = 0;
    let delay = 0;
    for (const m of req.budgetMethods) {
      blocked = Math.max(blocked, budget.blockedFor(m));
      delay = Math.max(delay, budget.delayFor(m));
    }
    if (blocked > retry.maxWaitMs) {
      // Known to be blocked for longer than we may wait: fail without spending a request.
      throw new B24Error({
        code: OPERATION_TIME_LIMIT,
        description: `the method is over its operating-time budget for another ${Math.ceil(blocked / 1000)} s`,
        status: 429,
        method: req.method,
        retryable: true,
        retryAfterMs: blocked,
      });
    }
    await sleep(Math.min(delay, retry.maxWaitMs), req);
  };

  const execute = async (req: ExecuteRequest): Promise<B24Response> => {
    let retriesDone = 0;
    let refreshed = false;
    for (;;) {
      if (req.signal?.aborted === true) throw aborted(req.method, req.signal);
      await gateByBudget(req);
      if (limiter !== undefined) {
        try {
          await limiter.acquire(req.signal);
        } catch {
          throw aborted(req.method, req.signal ?? new AbortController().signal);
        }
      }
      const token = auth.oauth?.accessToken();
      let error: B24Error;
      try {
        const response = await attempt(req, token);
        budget?.record(req.method, response.time);
        return response;
      } catch (e) {
        error = e instanceof B24Error ? e : errorFromThrown(e, { method: req.method, redactor, idempotent: req.idempotent });
      }
      if (error.code === ClientErrorCode.ABORTED) throw error;
      if (error.code === EXPIRED_TOKEN && auth.oauth !== undefined && token !== undefined && !refreshed) {
        // The portal refused the token before running the method, so the retry cannot duplicate.
        refreshed = true;
        try {
          await auth.oauth.refresh(token);
        } catch (e) {
          throw e instanceof B24Error ? e.with({ method: req.method }) : errorFromThrown(e, { method: req.method, redactor, idempotent: false });
        }
        continue;
      }
      let wait = backoffDelay(retriesDone, retry);
      if (error.code === QUERY_LIMIT_EXCEEDED) limiter?.onLimitExceeded();
      if (error.code === OPERATION_TIME_LIMIT && budget !== undefined) wait = budget.onBlocked(req.method);
      const retryable = isRetryable(error, req.idempotent);
      if (!retryable || retriesDone >= retry.maxRetries) throw error.with({ retryable });
      if (wait > retry.maxWaitMs) throw error.with({ retryable, retryAfterMs: wait });
      await sleep(wait, req);
      retriesDone++;
    }
  };

  const prepare = (method: string, params: unknown, opts: MethodCallOptions | undefined, budgetMethods?: readonly string[]): ExecuteRequest => {
    if (typeof method !== 'string' || !METHOD_NAME.test(method)) {
      throw new B24Error({ code: ClientErrorCode.INVALID_ARGUMENT, description: 'invalid method name', status: 0, method: String(method).slice(0, 100) });
    }
    const version = versionOf(method, opts);
    const req: { -readonly [K in keyof ExecuteRequest]: ExecuteRequest[K] } = {
      method,
      params,
      version,
      idempotent: opts?.idempotent ?? (version === 'v3' || isReadMethod(method)),
      timeoutMs: opts?.timeoutMs ?? defaultTimeout,
      budgetMethods: budgetMethods ?? [method],
    };
    // Sent on every v3 call (the portal ignores it on reads); reused by this call's retries.
    if (version === 'v3') req.idempotencyKey = opts?.idempotencyKey ?? randomKey();
    if (opts?.signal !== undefined) req.signal = opts.signal;
    return req;
  };

  const callRaw = (method: string, params: unknown, opts?: MethodCallOptions): Promise<B24Response> => {
    try {
      return execute(prepare(method, params, opts));
    } catch (e) {
      return Promise.reject(e);
    }
  };

  /** REST 3.0 commands go in their own batch: a root JSON array of {method, query}, results in order. */
  const batchV3 = async (commands: BatchCommands, keys: readonly string[], opts: BatchOptions, out: BatchResult): Promise<void> => {
    for (const chunk of chunkKeys(keys, MAX_BATCH_COMMANDS)) {
      const body = chunk.map((key) => {
        const [method, query] = commands[key] as readonly [string, unknown];
        return { method, query: query ?? {} };
      });
      const callOpts: MethodCallOptions = { apiVersion: 'v3' };
      if (opts.signal !== undefined) callOpts.signal = opts.signal;
      if (opts.timeoutMs !== undefined) callOpts.timeoutMs = opts.timeoutMs;
      const methodsOfChunk = chunk.map((k) => (commands[k] as readonly [string, unknown])[0]);
      const response = await execute(prepare('batch', body, callOpts, ['batch', ...new Set(methodsOfChunk)]));
      const results = Array.isArray(response.result) ? response.result : [];
      chunk.forEach((key, i) => {
        const method = methodsOfChunk[i] ?? '';
        const item: unknown = results[i];
        const error =
          item !== null && typeof item === 'object' && !Array.isArray(item) && 'error' in item
            ? errorFromBody(item as Record<string, unknown>, 0, { method, redactor, idempotent: false })
            : undefined;
        if (error !== undefined) out.errors[key] = error;
        else if (i < results.length) out.result[key] = item ?? null;
        else out.errors[key] = new B24Error({ code: ClientErrorCode.BATCH_NOT_EXECUTED, description: 'no result returned for this command', status: 0, method });
      });
    }
  };

  const batch = async (commands: BatchCommands, opts: BatchOptions = {}): Promise<BatchResult> => {
    validateBatchCommands(commands);
    const allKeys = Object.keys(commands);
    const methods: Record<string, string> = {};
    for (const key of allKeys) methods[key] = (commands[key] as readonly [string, unknown])[0];
    const out: BatchResult = { result: {}, errors: {}, total: {}, next: {} };
    const v3Keys = allKeys.filter((k) => v3Methods.has(methods[k] ?? ''));
    const keys = allKeys.filter((k) => !v3Methods.has(methods[k] ?? ''));
    if (v3Keys.length > 0) await batchV3(commands, v3Keys, opts, out);
    let halted = false;
    for (const chunk of chunkKeys(keys, MAX_BATCH_COMMANDS)) {
      if (halted) {
        for (const key of chunk) {
          out.errors[key] = new B24Error({
            code: ClientErrorCode.BATCH_NOT_EXECUTED,
            description: 'not run: an earlier command failed and the batch was halted',
            status: 0,
            method: methods[key] ?? '',
            retryable: true,
          });
        }
        continue;
      }
      const cmd: Record<string, string> = {};
      for (const key of chunk) {
        const [method, params] = commands[key] as readonly [string, unknown];
        cmd[key] = encodeBatchCommand(method, params);
      }
      const chunkMethods = [...new Set(chunk.map((k) => methods[k] ?? ''))];
      const callOpts: MethodCallOptions = {
        apiVersion: 'v2',
        idempotent: opts.idempotent ?? chunkMethods.every(isReadMethod),
      };
      if (opts.signal !== undefined) callOpts.signal = opts.signal;
      if (opts.timeoutMs !== undefined) callOpts.timeoutMs = opts.timeoutMs;
      const response = await execute(prepare('batch', { halt: opts.halt === true ? 1 : 0, cmd }, callOpts, ['batch', ...chunkMethods]));
      const parsed = parseBatchResult(response.result, chunk, methods, redactor);
      Object.assign(out.result, parsed.result);
      Object.assign(out.errors, parsed.errors);
      Object.assign(out.total, parsed.total);
      Object.assign(out.next, parsed.next);
      for (const [key, time] of Object.entries(parsed.time)) budget?.record(methods[key] ?? '', time);
      if (opts.halt === true && Object.keys(parsed.errors).length > 0) halted = true;
    }
    return out;
  };

  const iterate = (method: string, params?: unknown, opts?: MethodCallOptions & IterateOptions): AsyncIterable<unknown> => {
    const fetchPage = (pageParams: Record<string, unknown>): Promise<B24Response> => callRaw(method, pageParams, opts);
    if (versionOf(method, opts) === 'v3') return iterateV3(method, params, fetchPage, opts?.pageSize);
    if (opts?.fast !== undefined && opts.fast !== false) {
      return iterateFast(method, params, fetchPage, opts.fast === true ? {} : opts.fast);
    }
    return iterateByNext(method, params, fetchPage);
  };

  return {
    call: async (method, params, opts) => (await callRaw(method, params, opts)).result,
    callRaw,
    batch,
    iterate,
  };
}
