/**
 * The parts of the request path every core shares: preparing a call, one attempt (timeout and
 * signal) and the retry decision. The lean caller loops over them as they are; the full core puts
 * rate limit, operating budget and OAuth renewal around them. The engine never names those, so a
 * lean bundle carries none of their code.
 */
import type { Clock } from './clock.js';
import { B24Error, clientError } from './errors.js';
import type { Redactor } from './redact.js';
import { errorFromThrown, interpretResponse } from './response.js';
import type { B24Response } from './response.js';
import { backoffDelay, isReadMethod, isRetryable } from './retry.js';
import type { ResolvedRetryOptions } from './retry.js';
import type { Transport } from './transport.js';

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
}

/** Bases for a transport that authenticates by itself (e.g. the b24jssdk adapter): it only needs the method name. */
const SELF_BASE = 'https://portal.invalid/rest/';
export const SELF_AUTH: EngineAuth = { v2Base: SELF_BASE, v3Base: `${SELF_BASE}api/` };

/** How one attempt carries credentials that are not in the base URL (an OAuth access token). */
export interface AttemptAuth {
  /** The params to send in place of the request's (with the token in them). */
  readonly params: unknown;
  /** Appended to the URL (`?auth=…`), or ''. */
  readonly query: string;
}

export interface EngineDeps {
  readonly transport: Transport;
  readonly auth: EngineAuth;
  readonly redactor: Redactor;
  readonly clock: Clock;
  readonly retry: ResolvedRetryOptions;
  /** Names of methods that are REST 3.0 (default: none). */
  readonly v3Methods?: ReadonlySet<string> | undefined;
  readonly timeoutMs: number;
  /** Extra headers on every request. */
  readonly headers?: Readonly<Record<string, string>> | undefined;
}

export interface ExecuteRequest {
  readonly method: string;
  readonly params: unknown;
  readonly version: ApiVersion;
  readonly idempotent: boolean;
  readonly idempotencyKey?: string;
  readonly signal?: AbortSignal;
  readonly timeoutMs: number;
  /** Methods whose operating budget gates this request (default: `method`; a batch: `batch` and its commands). */
  readonly budgetMethods?: readonly string[];
}

export interface Engine {
  versionOf(method: string, opts: MethodCallOptions | undefined): ApiVersion;
  prepare(method: string, params: unknown, opts: MethodCallOptions | undefined): ExecuteRequest;
  /** One HTTP attempt, bounded by the timeout and the caller's signal. Throws only B24Errors. */
  attempt(req: ExecuteRequest, credentials?: AttemptAuth): Promise<B24Response>;
  /**
   * After failed attempt number `retriesDone` (from 0): wait for the next one, or throw the final
   * error. `wait` replaces the backoff delay (a pause the portal imposed).
   */
  retryOrThrow(error: B24Error, req: ExecuteRequest, retriesDone: number, wait?: number): Promise<void>;
}

/** The error of a call stopped by its signal (the reason is kept, without secrets). */
export function abortedError(method: string, signal: AbortSignal | undefined, redactor: Redactor): B24Error {
  return clientError('ABORTED', 'aborted by its signal', method, { cause: redactor.sanitizeCause(signal?.reason) });
}

export function createEngine(deps: EngineDeps): Engine {
  const { transport, auth, redactor, clock, retry, v3Methods } = deps;

  const versionOf = (method: string, opts: MethodCallOptions | undefined): ApiVersion =>
    opts?.apiVersion ?? (v3Methods?.has(method) ? 'v3' : 'v2');

  const attempt = async (req: ExecuteRequest, credentials?: AttemptAuth): Promise<B24Response> => {
    const { method, signal, timeoutMs, idempotencyKey } = req;
    const controller = new AbortController();
    const onAbort = (): void => controller.abort();
    const timer = setTimeout(onAbort, timeoutMs);
    const ctx = { ...req, redactor };
    try {
      signal?.throwIfAborted();
      signal?.addEventListener('abort', onAbort, { once: true });
      const response = await transport.send({
        url: (req.version === 'v3' ? auth.v3Base : auth.v2Base) + method + (credentials?.query ?? ''),
        method: 'POST',
        headers: {
          ...deps.headers,
          'content-type': 'application/json',
          accept: 'application/json',
          ...(idempotencyKey !== undefined && { 'idempotency-key': idempotencyKey }),
        },
        body: JSON.stringify((credentials ?? req).params ?? {}),
        signal: controller.signal,
      });
      return interpretResponse(response, ctx);
    } catch (e) {
      if (e instanceof B24Error) throw e;
      if (signal?.aborted === true) throw abortedError(method, signal, redactor);
      // Aborted, but not by the caller: the timer fired.
      throw controller.signal.aborted ? clientError('TIMEOUT', `no answer within ${timeoutMs} ms`, method) : errorFromThrown(e, ctx);
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  };

  const retryOrThrow = async (error: B24Error, req: ExecuteRequest, retriesDone: number, wait = backoffDelay(retriesDone, retry)): Promise<void> => {
    // ABORTED is never retryable, so it ends here too.
    const retryable = isRetryable(error, req.idempotent);
    if (!retryable || retriesDone >= retry.maxRetries) throw error.with({ retryable });
    if (wait > retry.maxWaitMs) throw error.with({ retryable, retryAfterMs: wait });
    if (wait > 0) {
      try {
        await clock.sleep(wait, req.signal);
      } catch {
        throw abortedError(req.method, req.signal, redactor);
      }
    }
  };

  const prepare = (method: string, params: unknown, opts: MethodCallOptions | undefined): ExecuteRequest => {
    if (typeof method !== 'string' || !/^\w[\w.-]*$/.test(method)) {
      throw clientError('INVALID_ARGUMENT', 'invalid method name', String(method).slice(0, 100));
    }
    const version = versionOf(method, opts);
    return {
      method,
      params,
      version,
      idempotent: opts?.idempotent ?? (version === 'v3' || isReadMethod(method)),
      timeoutMs: opts?.timeoutMs ?? deps.timeoutMs,
      // Sent on every v3 call (the portal ignores it on reads); reused by this call's retries.
      // randomUUID is missing outside secure contexts (a page served over plain http) and on Node 18.
      idempotencyKey:
        version === 'v3'
          ? (opts?.idempotencyKey ?? (globalThis as { crypto?: { randomUUID?: () => string } }).crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random()}`)
          : undefined,
      signal: opts?.signal,
    };
  };

  return { versionOf, prepare, attempt, retryOrThrow };
}
