import type { Transport, TransportRequest, TransportResponse } from './transport.js';

export interface FetchTransportOptions {
  /** Defaults to the global fetch (Node 18+, browsers, Deno, Bun). */
  readonly fetch?: typeof fetch;
  /** Bodies larger than this are cut off with an error instead of filling memory (default 64 MiB). */
  readonly maxResponseBytes?: number;
}

/** Thrown when a response body exceeds `maxResponseBytes`. */
export class ResponseTooLargeError extends Error {
  override readonly name: 'ResponseTooLargeError' = 'ResponseTooLargeError';
}

/** The default transport, on top of fetch. Network failures surface as fetch throws them; the core
 *  classifies them. */
export function createFetchTransport(options: FetchTransportOptions = {}): Transport {
  const maxBytes = options.maxResponseBytes ?? 64 * 1024 * 1024;
  return {
    async send(request: TransportRequest): Promise<TransportResponse> {
      const doFetch = options.fetch ?? globalThis.fetch;
      const init: RequestInit = { method: request.method, headers: request.headers, redirect: 'manual' };
      if (request.method === 'POST') init.body = request.body;
      if (request.signal !== undefined) init.signal = request.signal;
      const response = await doFetch(request.url, init);
      const headers: Record<string, string> = {};
      response.headers.forEach((value, name) => {
        headers[name.toLowerCase()] = value;
      });
      const body = await readLimited(response, maxBytes);
      return { status: response.status, headers, body };
    },
  };
}

async function readLimited(response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new ResponseTooLargeError(`response body of ${declared} bytes exceeds ${maxBytes}`);
  }
  if (response.body === null) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let received = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new ResponseTooLargeError(`response body exceeds ${maxBytes} bytes`);
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}
