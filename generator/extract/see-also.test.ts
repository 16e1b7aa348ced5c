import { describe, expect, it } from 'vitest';
import { extractSeeAlso } from './see-also.js';
import { a, list } from './test-support/mdast-builders.js';

describe('extractSeeAlso', () => {
  it('resolves links, leaves {#T} titles for the pipeline and drops repeats', () => {
    const links = extractSeeAlso([list([a('./x-get.md', '{#T}')], [a('../y.md#z', 'Y page')], [a('./x-get.md', 'again')], [a('https://example.com', 'site')])], 'api-reference/a/x-add.md');
    expect(links).toEqual([
      { href: 'api-reference/a/x-get.md' },
      { title: 'Y page', href: 'api-reference/y.md#z' },
      { title: 'site', href: 'https://example.com' },
    ]);
  });
});
