/**
 * `ParsedPages` shares a page's tree between its method's extraction and its structures'. That
 * holds only while extraction leaves the tree as parsed: checked here on the real pages.
 */
import { describe, expect, it } from 'vitest';
import { classifyPage, pageFacts } from '../extract/classify.js';
import { defaultTables, extractMethod } from '../extract/extract-method.js';
import { createDocsReader, listDocsPages } from '../load/index.js';
import { isReferencePage } from '../load/page-paths.js';
import { createIncludeCache } from '../parse/index.js';
import { corpusSnapshot } from '../../test/support/paths.js';
import { readAndParse } from './page-results.js';

describe('reading a page for its method', () => {
  it('leaves the tree as parsed, on every method page of the corpus', () => {
    const root = corpusSnapshot();
    const reader = createDocsReader(root);
    const includes = createIncludeCache();
    const changed: string[] = [];
    let methods = 0;
    for (const source of listDocsPages(root).filter(isReferencePage)) {
      const parsed = readAndParse(reader, includes, source);
      if ('error' in parsed || classifyPage(source, pageFacts(parsed.tree)).kind !== 'method') continue;
      methods++;
      const before = JSON.stringify(parsed.tree);
      extractMethod({ source, text: parsed.text, tree: parsed.tree }, defaultTables);
      if (JSON.stringify(parsed.tree) !== before) changed.push(source);
    }
    expect(methods).toBeGreaterThan(1500);
    expect(changed).toEqual([]);
  }, 120_000);
});
