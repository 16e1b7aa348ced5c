import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { corpusSnapshot } from '../../test/support/paths.js';
import { createDocsReader } from '../load/docs-reader.js';
import { listDocsPages } from '../load/list-docs-pages.js';
import { observeChunkTexts } from './markdown-chunk.js';
import { createIncludeCache, parsePage } from './parse-page.js';
import { plainParagraph } from './plain-paragraph.js';
import { simpleBlocks } from './simple-blocks.js';

const remark = unified().use(remarkParse);
const viaRemark = (text: string): string => JSON.stringify(remark.parse(text).children);
const fast = (text: string): string | undefined => {
  const nodes = simpleBlocks(text);
  return nodes && JSON.stringify(nodes);
};

describe('simpleBlocks', () => {
  it('builds what remark builds for the common cell and heading shapes, positions and key order included', () => {
    const accepted = [
      '**Description** ',
      '**Name**\n`type` ',
      '**time**\n[`time`](../../data-types.md#time) ',
      '**id***\n[`integer`](../data-types.md)',
      '**id*** text after',
      '`ACCESS_DENIED` ',
      '[crm.deal.add](./crm-deal-add.md) ',
      'Returns `true` on success, see [the list](#list) and **note** this.\nSecond line',
      '\n### Returned Data\n',
      '\n## Response Handling\n\nHTTP Status: **200**\n',
      '# Title with `code`\nText right below\n\n  Indented paragraph  \n',
      'Ünïcode **wörd** — 100% (yes)',
      '**XML_ID** \n[`string`](../data-types.md) ',
      'snake_case and a__b, Access denied! ',
      'one space \nbefore a soft break',
      '- `0` — start \n- `1` — finish  \n',
      'Values: \n- a\n\nHeading below: \n## h',
      '**title**\n  [`string`](../data-types.md) ',
      '**a** \n    `b` and\n   more text',
      '— ',
      '✅ done',
      'Possible values:\n- `Y` — yes\n- `N` — no \n\nUsed only **here**\n',
      '- [crm.deal.add](./a.md)\n- [crm.deal.get](./b.md)\n\n\n## Next\n',
      '\n> Scope: [`crm`](../scopes/permissions.md)\n>\n> Who can execute the method: any user\n\nThe method `crm.deal.add` adds a deal.\n\n## Method Parameters\n',
      '(**a**), **`x`** and **b**.',
    ];
    for (const text of accepted) {
      const got = fast(text);
      expect(got, JSON.stringify(text)).toBeDefined();
      expect(got, JSON.stringify(text)).toBe(viaRemark(text));
    }
  });

  it('leaves everything it does not fully read to remark', () => {
    const refused = [
      'a\\b', 'x &amp; y', '_em_', 'a _b_ c', 'trail_', '*em*', '***both***', '** spaced**', '**open', 'a**b**c', '**a**b', '**a****b**',
      'x <br> y', '![img](a.png)', '[ref]', '[text] (a.md)', '[a](b "title")', '[a](<b>)', '[](a.md)', '[a [b]](c)',
      'line one  \nhard break', 'tab\t\nbreak', 'a\n\tb', 'a\n  - b', 'a\n   > b', '``x``', '`open', '` x `', '1. first', '- a\n\n- b', '- a\n\n  more', '- a\nlazy', '-  two spaces', '- - nested', '* star', '+ plus', 'a\n> quote',
      '    code', 'a\n===', 'a\n---', '#nohash', '####### seven', '## closed ##', '## trailing ', 'Tab\tinside',
      '**[link](a.md)**', '[**b**](a.md)', '[a\nb](c)', '**a\u00a0**', '```\nfence\n```', '', '\n\n',
      '> a\n> b', '> a\nlazy', '> a\n>', '>a', '> > nested', '> a ', '> # heading', '> - item',
    ];
    for (const text of refused) expect(simpleBlocks(text), JSON.stringify(text)).toBeUndefined();
  });

  it('agrees with remark on every distinct chunk of the corpus that would reach remark', () => {
    const root = corpusSnapshot();
    const reader = createDocsReader(root);
    const cache = createIncludeCache();
    const pages = listDocsPages(root).filter((p) => p.startsWith('api-reference/') || p.startsWith('_includes/'));
    expect(pages.length).toBeGreaterThan(2000);
    const chunks = new Set<string>();
    observeChunkTexts((text) => {
      if (!plainParagraph(text)) chunks.add(text);
    });
    try {
      for (const page of pages) {
        const read = reader.read(page);
        if (read.ok) parsePage(read.text, page, { readInclude: reader.read, cache });
      }
    } finally {
      observeChunkTexts(undefined);
    }
    let taken = 0;
    const differing: string[] = [];
    for (const text of chunks) {
      const got = fast(text);
      if (got === undefined) continue;
      taken++;
      if (got !== viaRemark(text)) differing.push(text);
    }
    console.log(`simpleBlocks: ${taken} of ${chunks.size} distinct remark-bound chunks built without remark`);
    expect(differing.slice(0, 5)).toEqual([]);
    expect(differing.length).toBe(0);
    expect(taken).toBeGreaterThan(15_000);
  }, 300_000);
});
