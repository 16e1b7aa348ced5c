import { chunkKeys, encodeBatchCommand, MAX_BATCH_COMMANDS, parseBatchResult, validateBatchCommands } from './batch.js';
import type { BatchCommands, BatchOptions, BatchResult } from './batch.js';
import { systemClock } from './clock.js';
import type { Clock } from './clock.js';
import { abortedError, createEngine, DEFAULT_TIMEOUT_MS, SELF_AUTH } from './engine.js';
import type { AttemptAuth, B24Caller, EngineAuth, ExecuteRequest, MethodCallOptions } from './engine.js';
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
import { errorFromBody, errorFromThrown } from './response.js';
import type { B24Response } from './response.js';
import { isReadMethod, resolveRetryOptions } from './retry.js';
import type { RetryOptions } from './retry.js';
import type { Transport } from './transport.js';
import { parseWebhookUrl } from './webhook-url.js';
import { paramOrderOf, paramsByPosition } from './params-by-position.js';

export type { ApiVersion, B24Caller, CallOptions, MethodCallOptions } from './engine.js';

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
  /** Methods that read their params by position: the order of their names, by wire name (the generated client passes its table). */
  paramOrders?: Readonly<Record<string, readonly string[]>>;
  /** The per-method operating-time budget (limit, when to slow down), or false to ignore it. */
  operatingBudget?: OperatingBudgetOptions | false;
  /** Time source and sleeper (tests inject a fake). */
  clock?: Clock;
  /** Extra headers on every REST request (e.g. a User-Agent naming the integration). */
  headers?: Readonly<Record<string, string>>;
}

/** The untyped core. The generated `createClient` wraps it with types and nested namespaces. */
export interface B24Core extends B24Caller {
  batch(commands: BatchCommands, options?: BatchOptions): Promise<BatchResult>;
  iterate(method: string, params?: unknown, options?: MethodCallOptions & IterateOptions): AsyncIterable<unknown>;
}

interface CoreAuth extends EngineAuth {
  oauth?: OAuthSession;
}

function resolveAuth(options: ClientOptions, transport: Transport, redactor: Redactor, timeoutMs: number): CoreAuth {
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
    return SELF_AUTH;
  }
  throw new B24Error({ code: ClientErrorCode.INVALID_ARGUMENT, description: 'pass webhookUrl, oauth or a transport', status: 0, method: '' });
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

  const { versionOf, prepare, attempt, retryOrThrow } = createEngine({
    transport,
    auth,
    redactor,
    clock,
    retry,
    v3Methods,
    timeoutMs: defaultTimeout,
    headers: options.headers ?? {},
  });
  const { oauth } = auth;

  /** Before each attempt: wait for the operating budget and the rate limiter (or fail at once). */
  const gate = async (req: ExecuteRequest): Promise<void> => {
    try {
      if (req.signal?.aborted === true) throw abortedError(req.method, req.signal, redactor);
      if (budget !== undefined) {
        let blocked = 0;
        let delay = 0;
        for (const m of req.budgetMethods ?? [req.method]) {
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
        delay = Math.min(delay, retry.maxWaitMs);
        if (delay > 0) await clock.sleep(delay, req.signal);
      }
      await limiter?.acquire(req.signal);
    } catch (e) {
      // Only a sleep cut short by the signal ends here without a B24Error.
      throw e instanceof B24Error ? e : abortedError(req.method, req.signal, redactor);
    }
  };

  /** The engine's loop, plus rate limit, operating budget and one OAuth renewal per call. */
  const execute = async (req: ExecuteRequest): Promise<B24Response> => {
    let renewed = false;
    let retriesDone = 0;
    for (;;) {
      await gate(req);
      const token = oauth?.accessToken();
      try {
        const response = await attempt(req, token === undefined ? undefined : withToken(req, token));
        budget?.record(req.method, response.time);
        return response;
      } catch (e) {
        const error = e as B24Error;
        if (error.code === EXPIRED_TOKEN && oauth !== undefined && token !== undefined && !renewed) {
          // The portal refused the token before running the method, so the retry cannot duplicate.
          renewed = true;
          try {
            await oauth.refresh(token);
          } catch (thrown) {
            throw thrown instanceof B24Error ? thrown.with({ method: req.method }) : errorFromThrown(thrown, { method: req.method, redactor, idempotent: false });
          }
          continue;
        }
        if (error.code === QUERY_LIMIT_EXCEEDED) limiter?.onLimitExceeded();
        await retryOrThrow(error, req, retriesDone, error.code === OPERATION_TIME_LIMIT && budget !== undefined ? budget.onBlocked(req.method) : undefined);
        retriesDone++;
      }
    }
  };

  // Here, not in the engine: the lean caller of standalone functions never pays for it (those
  // functions list a by-position method's params themselves).
  const wireParams = (method: string, params: unknown): unknown => {
    const order = paramOrderOf(method, options.paramOrders);
    return order === undefined ? params : paramsByPosition(params, order);
  };

  const callRaw = (method: string, params: unknown, opts?: MethodCallOptions): Promise<B24Response> => {
    try {
      return execute(prepare(method, wireParams(method, params), opts));
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
      const response = await execute({ ...prepare('batch', body, callOpts), budgetMethods: ['batch', ...new Set(methodsOfChunk)] });
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
        cmd[key] = encodeBatchCommand(method, wireParams(method, params));
      }
      const chunkMethods = [...new Set(chunk.map((k) => methods[k] ?? ''))];
      const callOpts: MethodCallOptions = {
        apiVersion: 'v2',
        idempotent: opts.idempotent ?? chunkMethods.every(isReadMethod),
      };
      if (opts.signal !== undefined) callOpts.signal = opts.signal;
      if (opts.timeoutMs !== undefined) callOpts.timeoutMs = opts.timeoutMs;
      const response = await execute({ ...prepare('batch', { halt: opts.halt === true ? 1 : 0, cmd }, callOpts), budgetMethods: ['batch', ...chunkMethods] });
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

function bodyWithAuth(params: unknown, token: string): unknown {
  if (Array.isArray(params)) {
    // Positional legacy methods: PHP reads {"0":…,"1":…} exactly like [… , …], and the token fits in.
    return { ...Object.fromEntries(params.map((v, i) => [String(i), v])), auth: token };
  }
  const base = params !== null && typeof params === 'object' ? (params as Record<string, unknown>) : {};
  return { ...base, auth: token };
}

/** Where an OAuth access token goes: into the body, or for a REST 3.0 batch (a root array, with
 *  nowhere to put it) into the query string. */
function withToken(req: ExecuteRequest, token: string): AttemptAuth {
  return req.version === 'v3' && Array.isArray(req.params)
    ? { params: req.params, query: `?auth=${encodeURIComponent(token)}` }
    : { params: bodyWithAuth(req.params, token), query: '' };
}
