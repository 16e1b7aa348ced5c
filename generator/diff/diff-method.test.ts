import { describe, expect, it } from 'vitest';
import { diffMethod } from './diff-method.js';
import { method } from './test-support.js';

describe('diffMethod', () => {
  it('reports a scope change with both scope lists, order-insensitive', () => {
    expect(diffMethod(method('a.b', { scope: ['crm', 'task'] }), method('a.b', { scope: ['task', 'crm'] }))).toEqual([]);
    expect(diffMethod(method('a.b', { scope: [] }), method('a.b', { scope: ['cashbox'] }))).toEqual([
      { kind: 'method-scope-changed', location: 'method', from: '', to: 'cashbox' },
    ]);
  });

  it('notes a page moved to another section and a reworded deprecation note as docs', () => {
    const note = (message: string) => ({ message, reason: 'note' as const });
    const drafts = diffMethod(method('a.b', { deprecated: note('Old.') }), method('a.b', { section: 'other', deprecated: note('Older.') }));
    expect(drafts.map((d) => [d.kind, d.detail])).toEqual([
      ['method-docs-changed', 'deprecation-note'],
      ['method-docs-changed', 'section'],
    ]);
  });

  it('reports a deprecation lifted', () => {
    const deprecated = method('a.b', { deprecated: { message: 'Old.', reason: 'folder' } });
    expect(diffMethod(deprecated, method('a.b')).map((d) => d.kind)).toEqual(['method-undeprecated']);
  });
});
