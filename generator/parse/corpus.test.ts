import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createDocsReader } from '../load/docs-reader.js';
import { listDocsPages } from '../load/list-docs-pages.js';
import { createIncludeCache, parsePage } from './parse-page.js';

const CORPUS = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
const SNAPSHOTS = ['b24restdocs-2026-08-21', 'b24restdocs-2026-05-19'];

/** Pages whose input is broken upstream; each error diagnostic on them is expected. */
const KNOWN_BROKEN = new Set<string>([]);

describe('parse: corpus smoke test', () => {
  it('finds the corpus (fails loudly when it is missing)', () => {
    for (const s of SNAPSHOTS) expect(existsSync(`${CORPUS}${s}/api-reference`), `missing corpus: ${CORPUS}${s}`).toBe(true);
  });

  for (const snapshot of SNAPSHOTS) {
    it(`parses every page of ${snapshot} without throwing or error diagnostics`, () => {
      const root = `${CORPUS}${snapshot}`;
      expect(existsSync(root), `missing corpus: ${root}`).toBe(true);
      const reader = createDocsReader(root);
      const cache = createIncludeCache();
      const pages = listDocsPages(root).filter((p) => p.startsWith('api-reference/') || p.startsWith('_includes/'));
      expect(pages.length).toBeGreaterThan(2000);
      const errors: string[] = [];
      let tables = 0;
      const started = performance.now();
      for (const page of pages) {
        const read = reader.read(page);
        if (!read.ok) {
          errors.push(`${page}: ${read.reason}`);
          continue;
        }
        const { tree, diagnostics } = parsePage(read.text, page, { readInclude: reader.read, cache });
        tables += tree.children.filter((c) => c.type === 'yfmTable').length;
        for (const d of diagnostics) {
          if (d.severity === 'error' && !KNOWN_BROKEN.has(d.file)) errors.push(`${d.file}:${d.line}:${d.column}: ${d.code}: ${d.message}`);
        }
      }
      console.log(`${snapshot}: ${pages.length} pages parsed in ${Math.round(performance.now() - started)} ms`);
      expect(tables).toBeGreaterThan(5000);
      expect([...new Set(errors)]).toEqual([]);
    }, 300_000);
  }
});
