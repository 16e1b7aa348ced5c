import { B24Error, ClientErrorCode } from './errors.js';

/** The parts of an inbound webhook URL `https://<portal>/rest/<user>/<secret>/`. */
export interface WebhookUrl {
  /** `https://portal.bitrix24.com` (plus any path prefix before `/rest/`). */
  readonly origin: string;
  readonly userId: string;
  readonly secret: string;
  /** Base for REST 2 calls: `<origin>/rest/<user>/<secret>/`. */
  readonly v2Base: string;
  /** Base for REST 3.0 calls: `<origin>/rest/api/<user>/<secret>/`. */
  readonly v3Base: string;
}

const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(['localhost', '[::1]', '::1']);

/** True for hosts that never leave the machine, where plain http cannot be sniffed. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  if (LOOPBACK_HOSTS.has(host) || host.endsWith('.localhost')) return true;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

function invalid(description: string): B24Error {
  return new B24Error({ code: ClientErrorCode.INVALID_ARGUMENT, description, status: 0, method: '' });
}

/**
 * Parse a URL the client will send credentials to. Only https is accepted, or http to a loopback
 * host (a local mock or tunnel). `what` names the option in the error; the URL itself is never
 * echoed because it may carry a secret.
 */
export function parseSecureUrl(raw: string, what: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw invalid(`${what} is not a valid absolute URL`);
  }
  if (url.username !== '' || url.password !== '') throw invalid(`${what} must not contain user:password@`);
  if (url.protocol === 'https:') return url;
  if (url.protocol === 'http:' && isLoopbackHost(url.hostname)) return url;
  if (url.protocol === 'http:') throw invalid(`${what} must use https:// (plain http:// is allowed only for loopback hosts)`);
  throw invalid(`${what} must use https://`);
}

/** Split and validate an inbound webhook URL. Throws a B24Error (without the secret) when malformed. */
export function parseWebhookUrl(raw: string): WebhookUrl {
  const url = parseSecureUrl(raw.trim(), 'webhookUrl');
  if (url.search !== '' || url.hash !== '') throw invalid('webhookUrl must not have a query string or fragment');
  const match = /^(.*?)\/rest\/(\d+)\/([^/]+)\/?$/.exec(url.pathname);
  if (match === null) throw invalid('webhookUrl must look like https://<portal>/rest/<user id>/<webhook code>/');
  const prefix = match[1] ?? '';
  const userId = match[2] ?? '';
  let secret: string;
  try {
    secret = decodeURIComponent(match[3] ?? '');
  } catch {
    throw invalid('webhookUrl has a malformed %-escape in the webhook code');
  }
  const origin = `${url.protocol}//${url.host}${prefix}`;
  const encoded = encodeURIComponent(secret);
  return {
    origin,
    userId,
    secret,
    v2Base: `${origin}/rest/${userId}/${encoded}/`,
    v3Base: `${origin}/rest/api/${userId}/${encoded}/`,
  };
}
