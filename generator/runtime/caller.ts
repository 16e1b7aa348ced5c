/**
 * The lean core: `call` and `callRaw` over a webhook (or a self-authenticating transport), with
 * timeouts and retries. It leaves out OAuth, the rate limiter, the operating budget, batch and
 * iterate, so a bundle that imports one standalone method function and this stays small.
 */
import { systemClock } from './clock.js';
import type { Clock } from './clock.js';
import { createEngine, DEFAULT_TIMEOUT_MS } from './engine.js';
import type { B24Caller, EngineAuth } from './engine.js';
import { B24Error, ClientErrorCode } from './errors.js';
import { createFetchTransport } from './http-transport.js';
import { createRedactor } from './redact.js';
import { resolveRetryOptions } from './retry.js';
import type { RetryOptions } from './retry.js';
import type { Transport } from './transport.js';
import { parseWebhookUrl } from './webhook-url.js';

export interface CallerOptions {
  /** Inbound webhook: `https://<portal>/rest/<user>/<secret>/`; http:// only for loopback hosts. */
  webhookUrl?: string;
  /** Number of retries, or retry tuning (default 3 retries). */
  retries?: number | RetryOptions;
  /** Per-attempt time limit, ms (default 65 000). */
  timeoutMs?: number;
  /** Default: fetch-based HTTPS transport. Without `webhookUrl` the transport must authenticate itself. */
  transport?: Transport;
  /** Names of methods that are REST 3.0 (the generated standalone functions say so per call). */
  v3Methods?: ReadonlySet<string>;
  /** Time source and sleeper (tests inject a fake). */
  clock?: Clock;
  /** Extra headers on every REST request. */
  headers?: Readonly<Record<string, string>>;
}

/** A lean untyped core for the standalone method functions: no OAuth, rate limiter, batch or iterate. */
export function createCaller(options: CallerOptions): B24Caller {
  const redactor = createRedactor();
  let auth: EngineAuth;
  if (options.webhookUrl !== undefined) {
    const hook = parseWebhookUrl(options.webhookUrl);
    redactor.add(hook.secret);
    auth = { v2Base: hook.v2Base, v3Base: hook.v3Base };
  } else if (options.transport !== undefined) {
    auth = { v2Base: 'https://portal.invalid/rest/', v3Base: 'https://portal.invalid/rest/api/' };
  } else {
    throw new B24Error({ code: ClientErrorCode.INVALID_ARGUMENT, description: 'pass webhookUrl or a transport', status: 0, method: '' });
  }
  const { callRaw } = createEngine({
    transport: options.transport ?? createFetchTransport(),
    auth,
    redactor,
    clock: options.clock ?? systemClock,
    retry: resolveRetryOptions(options.retries),
    v3Methods: options.v3Methods ?? new Set<string>(),
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    headers: options.headers ?? {},
  });
  return {
    call: async (method, params, opts) => (await callRaw(method, params, opts)).result,
    callRaw,
  };
}
