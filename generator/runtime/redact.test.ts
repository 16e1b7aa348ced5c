import { describe, expect, it } from 'vitest';
import { createRedactor, REDACTED } from './redact.js';

describe('createRedactor', () => {
  it('removes every secret, also URL-encoded, longest first', () => {
    const r = createRedactor();
    r.add('abc/def+ghi');
    r.add('abc/def+ghi-longer');
    r.add('ab'); // too short to be a secret: ignored
    const text = 'x abc/def+ghi-longer y abc%2Fdef%2Bghi z ab';
    expect(r.redact(text)).toBe(`x ${REDACTED} y ${REDACTED} z ab`);
  });

  it('sanitises a thrown value into a plain object without secrets', () => {
    const r = createRedactor();
    r.add('topsecret1');
    const inner = Object.assign(new Error('connect to /rest/1/topsecret1/'), { code: 'ECONNRESET' });
    const outer = new TypeError('fetch failed', { cause: inner });
    const cause = r.sanitizeCause(outer);
    expect(cause).toEqual({ name: 'TypeError', message: 'fetch failed', cause: { name: 'Error', message: `connect to /rest/1/${REDACTED}/`, code: 'ECONNRESET' } });
    expect(cause).not.toBeInstanceOf(Error);
  });
});
