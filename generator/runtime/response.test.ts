import { describe, expect, it } from 'vitest';
import { B24Error } from './errors.js';
import { createRedactor } from './redact.js';
import { errorFromBody, errorFromThrown, interpretResponse } from './response.js';

const redactor = createRedactor();
redactor.add('s3cr3t-hook');
const ctx = { method: 'crm.deal.get', redactor, idempotent: true };
const reply = (status: number, body: string) => ({ status, headers: {}, body });

function thrownBy(run: () => unknown): B24Error {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(B24Error);
    return e as B24Error;
  }
  throw new Error('expected a throw');
}

describe('interpretResponse', () => {
  it('returns the envelope, numbers from numeric text and only an object time', () => {
    expect(interpretResponse(reply(200, '{"result":[1],"total":"50","next":"x","time":{"start":1}}'), ctx)).toEqual({ result: [1], total: 50, time: { start: 1 } });
    expect(interpretResponse(reply(200, '{"result":null,"time":[1]}'), ctx)).toEqual({ result: null });
  });

  it('names what came instead of the envelope, with a redacted snippet as the cause', () => {
    const html = thrownBy(() => interpretResponse(reply(502, '<html> 502 Bad Gateway s3cr3t-hook </html>'), ctx));
    expect(html).toMatchObject({ code: 'HTTP_ERROR', status: 502, method: 'crm.deal.get' });
    expect(html.description).toContain('HTML');
    expect(JSON.stringify(html.cause)).toContain('502 Bad Gateway [REDACTED]');
    expect(thrownBy(() => interpretResponse(reply(200, '{"result":'), ctx))).toMatchObject({ code: 'INVALID_RESPONSE', description: expect.stringContaining('non-JSON') });
    expect(thrownBy(() => interpretResponse(reply(200, '[1]'), ctx)).code).toBe('INVALID_RESPONSE');
    expect(thrownBy(() => interpretResponse(reply(200, '{"ok":1}'), ctx)).description).toContain('"result"');
    // Outside 2xx a body that is not the envelope is an HTTP error, also for a redirect.
    expect(thrownBy(() => interpretResponse(reply(302, '{"ok":1}'), ctx)).code).toBe('HTTP_ERROR');
  });

  it('turns v2 and v3 error bodies into B24Errors, redacted', () => {
    expect(thrownBy(() => interpretResponse(reply(400, '{"error":"ERROR_X","error_description":"bad s3cr3t-hook"}'), ctx))).toMatchObject({
      code: 'ERROR_X',
      description: 'bad [REDACTED]',
      status: 400,
      retryable: false,
    });
    const v3 = thrownBy(() =>
      interpretResponse(reply(400, '{"error":{"code":"V","message":"m","validation":[{"message":"no s3cr3t-hook","field":"id"},{"field":"x"},7]}}'), ctx),
    );
    expect(v3).toMatchObject({ code: 'V', description: 'm', validation: [{ message: 'no [REDACTED]', field: 'id' }, { field: 'x' }] });
  });
});

describe('errorFromBody', () => {
  it('reads hostile or odd shapes without throwing', () => {
    const hostile = JSON.parse('{"error":{"code":{"toString":1},"message":{"toString":1}}}') as Record<string, unknown>;
    expect(errorFromBody(hostile, 400, ctx)).toMatchObject({ code: 'UNKNOWN_ERROR', description: '' });
    expect(errorFromBody({ error: 'E', error_description: { toString: 1 } }, 400, ctx)).toMatchObject({ code: 'E', description: '' });
    expect(errorFromBody({ error: 42, error_description: 7 }, 400, ctx)).toMatchObject({ code: '42', description: '7' });
    expect(errorFromBody({ error: '' }, 200, ctx)).toBeUndefined();
  });
});

describe('errorFromThrown', () => {
  const fetchFailed = (cause: unknown): Error => new TypeError('fetch failed', { cause });

  it('reports a connection that never opened as CONNECTION_REFUSED, retryable, with the codes', () => {
    const happyEyeballs = Object.assign(new AggregateError([Object.assign(new Error('a'), { code: 'ECONNREFUSED' })], 'all failed'), {});
    const refused = errorFromThrown(fetchFailed(happyEyeballs), { ...ctx, idempotent: false });
    expect(refused).toMatchObject({ code: 'CONNECTION_REFUSED', retryable: true, description: 'fetch failed (ECONNREFUSED)' });
    expect(errorFromThrown(fetchFailed(Object.assign(new Error('tls'), { code: 'SELF_SIGNED_CERT_IN_CHAIN' })), ctx).code).toBe('CONNECTION_REFUSED');
  });

  it('reports a broken connection as CONNECTION_LOST, retryable only when idempotent, redacted', () => {
    const reset = fetchFailed(Object.assign(new Error('reset at /rest/1/s3cr3t-hook/'), { code: 'ECONNRESET' }));
    expect(errorFromThrown(reset, ctx)).toMatchObject({ code: 'CONNECTION_LOST', retryable: true });
    const write = errorFromThrown(reset, { ...ctx, idempotent: false });
    expect(write.retryable).toBe(false);
    expect(JSON.stringify(write)).not.toContain('s3cr3t-hook');
    expect(errorFromThrown('boom', ctx)).toMatchObject({ description: 'transport failure', cause: { name: 'string', message: 'boom' } });
  });
});
