import { describe, expect, it } from 'vitest';
import { linkPath, resolveLink } from './resolve-link.js';

const page = 'api-reference/sonet-group/scrum/backlog/tasks-api-scrum-backlog-add.md';

describe('resolveLink', () => {
  it('resolves relative links against the page folder', () => {
    expect(resolveLink('../../../data-types.md', page)).toBe('api-reference/data-types.md');
    expect(resolveLink('./tasks-api-scrum-backlog-get.md', page)).toBe('api-reference/sonet-group/scrum/backlog/tasks-api-scrum-backlog-get.md');
  });
  it('keeps the anchor of a relative link', () => {
    expect(resolveLink('../../../catalog/data-types.md#catalog_store', page)).toBe('api-reference/catalog/data-types.md#catalog_store');
  });
  it('keeps in-page anchors as they are', () => {
    expect(resolveLink('#fields', page)).toBe('#fields');
  });
  it('turns site-absolute .html links into root-relative .md paths', () => {
    expect(resolveLink('/settings/how-to-call-rest-api/batch.html', '_includes/system-errors.md')).toBe('settings/how-to-call-rest-api/batch.md');
    expect(resolveLink('/limits.html#x', page)).toBe('limits.md#x');
  });
  it('leaves absolute URLs alone', () => {
    expect(resolveLink('https://example.com/a.html', page)).toBe('https://example.com/a.html');
    expect(resolveLink('mailto:x@y.z', page)).toBe('mailto:x@y.z');
  });
  it('keeps parent segments that climb above the docs root', () => {
    expect(resolveLink('../../x.md', 'a/b.md')).toBe('../x.md');
  });
  it('maps a folder link to its index page and drops a query', () => {
    expect(resolveLink('/settings/oauth/', page)).toBe('settings/oauth/index.md');
    expect(resolveLink('a.md?x=1#y', 'api-reference/b.md')).toBe('api-reference/a.md#y');
  });
  it('linkPath strips the anchor', () => {
    expect(linkPath('api-reference/data-types.md#time')).toBe('api-reference/data-types.md');
  });
});
