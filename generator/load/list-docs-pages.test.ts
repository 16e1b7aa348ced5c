import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareCodeUnits } from '../compare-code-units.js';
import { listDocsPages } from './list-docs-pages.js';

const root = mkdtempSync(path.join(tmpdir(), 'b24gen-list-'));
for (const f of ['b/z.md', 'b/A.md', 'a.md', 'B.md', 'b/c/d.md', '.git/x.md', 'b/notes.txt', 'ä.md']) {
  mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
  writeFileSync(path.join(root, f), '# x');
}
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('listDocsPages', () => {
  it('lists every .md as a sorted /-separated relative path (code-unit order)', () => {
    expect(listDocsPages(root)).toEqual(['B.md', 'a.md', 'b/A.md', 'b/c/d.md', 'b/z.md', 'ä.md']);
  });
  it('compareCodeUnits does not use the locale', () => {
    expect(['b', 'B', 'a'].sort(compareCodeUnits)).toEqual(['B', 'a', 'b']);
  });
});
