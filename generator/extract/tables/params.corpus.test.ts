/**
 * Corpus run: the "Method Parameters" section of every page of the current snapshot that
 * has one, through extractParamSection. Prints the figures; fails if the corpus is absent.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import type { Field } from '../../ir/types.js';
import { createDocsReader } from '../../load/docs-reader.js';
import { createIncludeCache, parsePage } from '../../parse/index.js';
import { extractParamSection } from './index.js';
import { makeCtx } from './test-support.js';

const ROOT = fileURLToPath(new URL('../../../../shared/corpus/b24restdocs-2026-08-21/', import.meta.url));

function listMd(dir: string, rel = ''): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(dir, rel)).sort()) {
    const r = rel === '' ? name : `${rel}/${name}`;
    if (statSync(join(dir, r)).isDirectory()) out.push(...listMd(dir, r));
    else if (name.endsWith('.md')) out.push(r);
  }
  return out;
}

function countRows(fs: readonly Field[]): number {
  return fs.reduce((n, f) => n + 1 + countRows(f.fields ?? []), 0);
}

function paramSection(children: readonly RootContent[]): RootContent[] | undefined {
  const start = children.findIndex((n) => n.type === 'heading' && n.depth === 2 && /^method parameters$/i.test(n.children.map((c) => ('value' in c ? c.value : '')).join('').trim()));
  if (start < 0) return undefined;
  const end = children.findIndex((n, i) => i > start && n.type === 'heading' && n.depth <= 2);
  return children.slice(start + 1, end < 0 ? undefined : end);
}

describe('corpus: Method Parameters sections', () => {
  it('extracts every section without a crash', () => {
    expect(existsSync(join(ROOT, 'api-reference')), `corpus missing at ${ROOT}`).toBe(true);
    const reader = createDocsReader(ROOT);
    const cache = createIncludeCache();
    const files = listMd(ROOT, 'api-reference');
    let sections = 0;
    let topRows = 0;
    let rows = 0;
    let withNesting = 0;
    const crashes: string[] = [];
    const byCode = new Map<string, number>();
    const unknownTokens = new Map<string, number>();
    for (const file of files) {
      const text = readFileSync(join(ROOT, file), 'utf8');
      const { tree } = parsePage(text, file, { readInclude: reader.read, cache });
      const nodes = paramSection(tree.children);
      if (!nodes) continue;
      sections++;
      const ctx = makeCtx(file);
      try {
        const fields = extractParamSection(nodes, ctx);
        topRows += fields.length;
        rows += countRows(fields);
        if (fields.some((f) => f.fields)) withNesting++;
      } catch (e) {
        crashes.push(`${file}: ${(e as Error).message}`);
      }
      for (const d of ctx.diagnostics) {
        byCode.set(d.code, (byCode.get(d.code) ?? 0) + 1);
        if (d.code === 'unknown-type-token') {
          const tok = /"(.*)"/.exec(d.message)?.[1] ?? '?';
          unknownTokens.set(tok, (unknownTokens.get(tok) ?? 0) + 1);
        }
      }
    }
    const top = [...unknownTokens].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 25);
    console.log(
      JSON.stringify({ sections, topRows, rows, withNesting, crashes: crashes.length, diagnostics: Object.fromEntries([...byCode].sort()), topUnknownTokens: top }, null, 1),
    );
    expect(crashes).toEqual([]);
    expect(sections).toBeGreaterThan(1500);
    expect(rows).toBeGreaterThan(7500);
    expect(withNesting).toBeGreaterThan(200);
    expect(byCode.get('unlinked-nested-table') ?? 0).toBeLessThan(150);
    expect(byCode.get('unknown-type-token') ?? 0).toBeLessThan(200);
  });
});
