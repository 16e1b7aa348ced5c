import { describe, expect, it } from 'vitest';
import { B24Error, matchError } from './errors.js';

const catalog = {
  BacklogNotFound: { code: '0', message: 'Backlog not found' },
  BacklogAlreadyAdded: { code: '0', message: 'Backlog already added' },
  AccessDenied: { code: 'ACCESS_DENIED', message: 'Access denied!' },
} as const;

function err(code: string, description: string): B24Error {
  return new B24Error({ code, description, status: 400, method: 'tasks.api.scrum.backlog.add' });
}

describe('B24Error', () => {
  it('carries the fields, a readable message and serialises them', () => {
    const e = new B24Error({ code: 'ACCESS_DENIED', description: 'Access denied', status: 403, method: 'crm.deal.add', cause: { name: 'X', message: 'y' } });
    expect(e).toBeInstanceOf(Error);
    expect(e.message).toBe('crm.deal.add: ACCESS_DENIED - Access denied (HTTP 403)');
    expect(String(e)).toBe('B24Error: crm.deal.add: ACCESS_DENIED - Access denied (HTTP 403)');
    expect(JSON.parse(JSON.stringify(e))).toMatchObject({ code: 'ACCESS_DENIED', status: 403, retryable: false, cause: { message: 'y' } });
    expect(e.with({ retryable: true }).retryable).toBe(true);
  });

  it('serialises name and message, and copies every field with `with`', () => {
    const e = new B24Error({ code: 'V', description: 'd', status: 400, method: 'm', validation: [{ field: 'id' }], retryAfterMs: 5, cause: { name: 'X', message: 'y' } });
    expect(e.stack?.startsWith('B24Error: m: V - d (HTTP 400)')).toBe(true);
    expect(JSON.parse(JSON.stringify(e))).toEqual({
      name: 'B24Error',
      message: 'm: V - d (HTTP 400)',
      code: 'V',
      description: 'd',
      status: 400,
      method: 'm',
      retryable: false,
      validation: [{ field: 'id' }],
      retryAfterMs: 5,
      cause: { name: 'X', message: 'y' },
    });
    const copy = e.with({ method: 'batch' });
    expect(copy).toBeInstanceOf(B24Error);
    expect(copy.toInit()).toEqual({ ...e.toInit(), method: 'batch' });
    expect(copy.message).toBe('batch: V - d (HTTP 400)');
  });
});

describe('matchError', () => {
  it('matches a unique code regardless of message', () => {
    expect(matchError(err('ACCESS_DENIED', 'Something else'), catalog)).toBe('AccessDenied');
  });
  it('tells apart shared codes by message, ignoring case and a trailing full stop', () => {
    expect(matchError(err('0', 'backlog not found.'), catalog)).toBe('BacklogNotFound');
    expect(matchError(err('0', 'Backlog already added'), catalog)).toBe('BacklogAlreadyAdded');
    expect(matchError(err('0', 'Unknown thing'), catalog)).toBeUndefined();
  });
  it('returns undefined for unknown codes and non-B24 errors', () => {
    expect(matchError(err('QUERY_LIMIT_EXCEEDED', ''), catalog)).toBeUndefined();
    expect(matchError(new Error('x'), catalog)).toBeUndefined();
  });
});
