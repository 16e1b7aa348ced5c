/**
 * The request path every core shares: one call through rate limit, operating budget, timeout,
 * OAuth refresh and retries. It imports no optional part (OAuth, rate limiter, budget, batch,
 * iterate) by value, so a bundle of the lean core leaves them out; callers hand them in.
 */
import type { Clock } from './clock.js';
import { B24Error, ClientErrorCode, EXPIRED_TOKEN, OPERATION_TIME_LIMIT, QUERY_LIMIT_EXCEEDED } from './errors.js';
import type { OAuthSession } from './oauth.js';
import type { OperatingBudget } from './operating-budget.js';
import type { RateLimiter } from './rate-limiter.js';
import type { Redactor } from './redact.js';
import { errorFromThrown, interpretResponse } from './response.js';
import type { B24Response } from './response.js';
import { backoffDelay, isReadMethod, isRetryable } from './retry.js';
import type { ResolvedRetryOptions } from './retry.js';
import type { Transport, TransportRequest } from './transport.js';

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

/** What a standalone method function needs: one call that resolves to `result`. */
export interface B24Caller {
  /** Resolves to `result`. */
  call(method: string, params: unknown, options?: MethodCallOptions): Promise<unknown>;
  /** Resolves to the whole envelope `{result, total?, next?, time?}`. */
  callRaw(method: string, params: unknown, options?: MethodCallOptions): Promise<B24Response>;
}

export const DEFAULT_TIMEOUT_MS = 65_000;

export interface EngineAuth {
  v2Base: string;
  v3Base: string;
  oauth?: OAuthSession;
}

export interface EngineDeps {
  readonly transport: Transport;
  readonly auth: EngineAuth;
  readonly redactor: Redactor;
  readonly clock: Clock;
  readonly retry: ResolvedRetryOptions;
  readonly limiter?: RateLimiter | undefined;
  readonly budget?: OperatingBudget | undefined;
  readonly v3Methods: ReadonlySet<string>;
  readonly timeoutMs: number;
  readonly headers: Readonly<Record<string, string>>;
}

export interface ExecuteRequest {
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

export interface Engine {
  versionOf(method: string, opts: MethodCallOptions | undefined): ApiVersion;
  prepare(method: string, params: unknown, opts: MethodCallOptions | undefined, budgetMethods?: readonly string[]): ExecuteRequest;
  execute(req: ExecuteRequest): Promise<B24Response>;
  callRaw(method: string, params: unknown, opts?: MethodCallOptions): Promise<B24Response>;
}

const METHOD_NAME = /^[A-Za-z0-9_][A-Za-z0-9_.\-]*$/;

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
export function createEngine(deps: EngineDeps): Engine {
  const { transport, auth, redactor, clock, retry, limiter, budget, v3Methods } = deps;
  const defaultTimeout = deps.timeoutMs;
  const extraHeaders = deps.headers;

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

  return { versionOf, prepare, execute, callRaw };
}
