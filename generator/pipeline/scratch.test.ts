import { it } from 'vitest';
import { createDocsReader, listDocsPages } from '../load/index.js';
import { createIncludeCache, parsePage } from '../parse/index.js';
import { classifyPage, pageFacts } from '../extract/classify.js';
import { splitPage, roleFromHeading } from '../extract/page-sections.js';
it('scratch', async () => {
  const root = '/work/shared/corpus/b24restdocs-2026-08-21';
  const reader = createDocsReader(root); const cache = createIncludeCache();
  const pairs = new Map<string, number>();
  for (const s of listDocsPages(root)) {
    if (!s.startsWith('api-reference/')) continue;
    const r = reader.read(s); if (!r.ok) continue;
    const { tree } = parsePage(r.text, s, { readInclude: (f) => reader.read(f), cache });
    if (classifyPage(s, pageFacts(tree)).kind !== 'method') continue;
    for (const sec of splitPage(tree).sections) {
      const w = roleFromHeading(sec.title) ?? '-';
      if (w !== sec.role) { const k = `${sec.title} | words=${w} | role=${sec.role}`; pairs.set(k, (pairs.get(k) ?? 0) + 1); }
    }
  }
  console.log([...pairs.entries()].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${v} ${k}`).join('\n'));
}, 600000);
