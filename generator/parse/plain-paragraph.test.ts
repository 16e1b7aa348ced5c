import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { corpusSnapshot } from '../../test/support/paths.js';
import { plainParagraph } from './plain-paragraph.js';

const remark = unified().use(remarkParse);
const viaRemark = (text: string): unknown => JSON.parse(JSON.stringify(remark.parse(text).children));

describe('plainParagraph', () => {
  it('builds what remark builds, positions and key order included', () => {
    for (const text of ['Yes', 'Identifier of the deal ', '  Two  spaces in ', '\nAfter a blank line\n\n', 'Ünïcode — text 100%', '12 items', 'x\u00a0']) {
      const fast = plainParagraph(text);
      expect(fast, text).toBeDefined();
      expect(JSON.stringify(fast), text).toBe(JSON.stringify(viaRemark(text)));
    }
  });

  it('leaves anything with Markdown syntax to remark', () => {
    for (const text of ['**Name**', '`type`', '1. first', '2) second', '- item', '# Title', '> quote', '    indented code', 'a\nb', 'x & y', 'see [link](a.md)', 'a_b', 'Tab\tinside', '\tlead', '---', 'x <br> y', 'a\\b', '']) {
      expect(plainParagraph(text), JSON.stringify(text)).toBeUndefined();
    }
  });

  it('agrees with remark on every line of a few hundred real pages', () => {
    const root = path.join(corpusSnapshot(), 'api-reference', 'crm');
    const files: string[] = [];
    const walk = (d: string): void => {
      for (const name of readdirSync(d).sort()) {
        const f = path.join(d, name);
        if (statSync(f).isDirectory()) walk(f);
        else if (name.endsWith('.md')) files.push(f);
      }
    };
    walk(root);
    expect(files.length).toBeGreaterThan(300);
    const seen = new Set<string>();
    let checked = 0;
    for (const f of files.slice(0, 400)) {
      for (const raw of readFileSync(f, 'utf8').split('\n')) {
        for (const line of [raw, ` ${raw.trim()} `]) {
          if (seen.has(line)) continue;
          seen.add(line);
          const fast = plainParagraph(line);
          if (!fast) continue;
          checked++;
          expect(JSON.stringify(fast), line).toBe(JSON.stringify(viaRemark(line)));
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
});
