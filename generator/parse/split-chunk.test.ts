import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusSnapshot } from '../../test/support/paths.js';
import { parseMarkdownChunk } from './markdown-chunk.js';
import { chunkRunStarts } from './split-chunk.js';
import { lineStartOffsets, splitLines } from './src-lines.js';

/** The chunk parsed whole and parsed in the smallest runs the splitter allows. */
function both(text: string): { whole: string; cut: string; runs: number } {
  const lines = splitLines(text);
  const target = { lineStarts: lineStartOffsets(text) };
  return {
    whole: JSON.stringify(parseMarkdownChunk(lines, target, undefined, Number.POSITIVE_INFINITY)),
    cut: JSON.stringify(parseMarkdownChunk(lines, target, undefined, 1)),
    runs: chunkRunStarts(lines, 1).length,
  };
}

describe('chunkRunStarts', () => {
  it('cuts at blank lines before unindented blocks', () => {
    const r = both('# Title\n\nOne *para*\ngraph.\n\n> quote\n\n## Next {#x}\n\nLast `code`.\n');
    expect(r.runs).toBe(5);
    expect(r.cut).toBe(r.whole);
  });

  it('does not cut where a cut would change the tree', () => {
    const cases = [
      '- a\n\n- b\n\nafter',
      '1. a\n\n2. b\n',
      '- a\n\n  continued\n',
      'para\n\n    indented code\n\n    more\n',
      '<!-- a comment\n\nstill the comment -->\n\nafter',
      '<pre>\n\nx\n\n</pre>\n',
      '  ```\ncode\n\nmore\n  ```\n\nafter',
      '```\nnever closed\n\ntext\n',
      'see [x]\n\n[x]: https://example.com\n',
      'a\n\n***\n\nb',
    ];
    for (const text of cases) {
      const r = both(text);
      expect(r.cut, text).toBe(r.whole);
    }
    expect(both('```\nnever closed\n\ntext\n').runs).toBe(1);
    expect(both('see [x]\n\n[x]: https://example.com\n\nmore\n').runs).toBe(1);
    expect(both('<!-- a\n\nb -->\n\nafter\n').runs).toBe(2);
  });

  it('cuts a huge chunk into runs of at least the given size', () => {
    const text = 'Some *text* here.\n\n'.repeat(5000);
    const lines = splitLines(text);
    const starts = chunkRunStarts(lines, 16_000);
    expect(starts.length).toBeGreaterThan(4);
    for (let k = 1; k < starts.length; k++) expect((starts[k] as number) - (starts[k - 1] as number)).toBeGreaterThan(16_000 / 20);
  });

  it('gives the same nodes and positions as one parse on every page of a real section, cut at every allowed point', () => {
    const root = path.join(corpusSnapshot(), 'api-reference');
    const files: string[] = [];
    const walk = (d: string): void => {
      for (const name of readdirSync(d).sort()) {
        const f = path.join(d, name);
        if (statSync(f).isDirectory()) walk(f);
        else if (name.endsWith('.md')) files.push(f);
      }
    };
    walk(root);
    expect(files.length).toBeGreaterThan(2000);
    let cuts = 0;
    // Every fourth page: the whole tree twice through remark would take a minute.
    for (const f of files.filter((_, i) => i % 4 === 0)) {
      const text = readFileSync(f, 'utf8').replace(/\r\n?/g, '\n');
      const r = both(text);
      cuts += r.runs - 1;
      expect(r.cut, f).toBe(r.whole);
    }
    expect(cuts).toBeGreaterThan(5000);
  }, 300_000);
});
