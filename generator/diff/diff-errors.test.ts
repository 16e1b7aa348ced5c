import { describe, expect, it } from 'vitest';
import { diffErrors } from './diff-errors.js';
import { error } from './test-support.js';

describe('diffErrors', () => {
  it('tells errors with the same code apart by message', () => {
    const drafts = diffErrors([error('0', 'A')], [error('0', 'A'), error('0', 'B')]);
    expect(drafts).toEqual([{ kind: 'error-added', location: 'errors', errorCode: '0', errorMessage: 'B' }]);
  });

  it('shows a reworded message as removed + added', () => {
    expect(diffErrors([error('0', 'Group not found')], [error('0', 'Group id not found')]).map((d) => [d.kind, d.errorMessage])).toEqual([
      ['error-added', 'Group id not found'],
      ['error-removed', 'Group not found'],
    ]);
  });

  it('counts a duplicated row once and ignores surrounding spaces', () => {
    expect(diffErrors([error('0', 'A'), error('0', 'A')], [error(' 0', 'A ')])).toEqual([]);
  });

  it('notes an HTTP status change as docs', () => {
    const [draft] = diffErrors([{ ...error('X', 'Y'), httpStatus: 400 }], [{ ...error('X', 'Y'), httpStatus: 403 }]);
    expect(draft).toMatchObject({ kind: 'error-docs-changed', detail: 'http-status', from: '400', to: '403' });
  });
});
