import { it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { buildIr } from '../pipeline/build-ir.js';
import { diffIr } from './diff-ir.js';
import { renderDiffMarkdown } from './render-markdown.js';
import { renderDiffJson } from './render-json.js';
it('scratch', async () => {
  for (const v of ['2026-05-19', '2026-08-21']) {
    const f = `/tmp/b24diff/${v}.json`;
    if (!existsSync(f)) { const t = Date.now(); writeFileSync(f, JSON.stringify(await buildIr(`/work/shared/corpus/b24restdocs-${v}`))); console.log(v, Date.now() - t); }
  }
  const a = JSON.parse(readFileSync('/tmp/b24diff/2026-05-19.json', 'utf8'));
  const b = JSON.parse(readFileSync('/tmp/b24diff/2026-08-21.json', 'utf8'));
  const d = diffIr(a, b);
  writeFileSync('/tmp/b24diff/diff.md', renderDiffMarkdown(d));
  writeFileSync('/tmp/b24diff/diff.json', renderDiffJson(d));
  console.log(JSON.stringify(d.summary), d.bump);
}, 900000);
