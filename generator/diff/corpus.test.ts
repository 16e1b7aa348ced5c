import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildIr } from '../pipeline/build-ir.js';
import type { IrDocument } from '../ir/types.js';
import { diffIr } from './diff-ir.js';
import type { ApiDiff } from './change.js';
import { renderDiffJson } from './render-json.js';

function snapshot(name: string): string {
  const root = fileURLToPath(new URL(`../../../shared/corpus/${name}`, import.meta.url));
  if (!existsSync(root)) throw new Error(`corpus snapshot missing: ${root} (the diff corpus test needs /work/shared/corpus)`);
  return root;
}

// Building a snapshot's IR takes about a minute: once per file, not per test.
let older: IrDocument;
let newer: IrDocument;
let diff: ApiDiff;
beforeAll(async () => {
  older = await buildIr(snapshot('b24restdocs-2026-05-19'));
  newer = await buildIr(snapshot('b24restdocs-2026-08-21'));
  diff = diffIr(older, newer);
}, 900_000);

const changesOf = (subject: string) => diff.changes.filter((change) => change.subject === subject);

describe('diff of the two corpus snapshots (2026-05-19 → 2026-08-21)', () => {
  it('reports the errors added to tasks.api.scrum.backlog.add', () => {
    const added = changesOf('tasks.api.scrum.backlog.add').filter((change) => change.kind === 'error-added');
    expect(added.map((change) => [change.errorCode, change.errorMessage, change.impact])).toContainEqual(['0', 'Group id not found', 'addition']);
    expect(added.map((change) => change.errorMessage)).toContain('Unable to add backlog');
  });

  it('keeps the unchanged error of that method and only notes its reworded explanation', () => {
    const kept = changesOf('tasks.api.scrum.backlog.add').filter((change) => change.errorMessage === 'Backlog already added');
    expect(kept.map((change) => change.kind)).toEqual(['error-docs-changed']);
  });

  it('reports pages removed from the docs as removed methods (breaking)', () => {
    for (const key of ['catalog.catalog.add', 'catalog.catalog.delete', 'catalog.catalog.update']) {
      expect(changesOf(key).map((change) => [change.kind, change.impact])).toEqual([['method-removed', 'breaking']]);
    }
  });

  it('reports a letter-case change of a method name as a rename, not removed + added', () => {
    expect(changesOf('disk.file.copyTo').find((change) => change.kind === 'method-renamed')).toMatchObject({ from: 'disk.file.copyto', impact: 'breaking' });
    expect(changesOf('disk.file.copyto')).toEqual([]);
  });

  it('summarises consistently and suggests a major bump', () => {
    const s = diff.summary;
    expect(s.methodsFrom).toBe(older.methods.length);
    expect(s.methodsTo).toBe(newer.methods.length);
    expect(s.methodsTo - s.methodsFrom).toBe(s.methodsAdded - s.methodsRemoved);
    expect(s.breaking + s.addition + s.compatible + s.docs).toBe(s.total);
    expect(s.methodsAdded).toBeGreaterThan(50);
    expect(s.breaking).toBeGreaterThan(0);
    expect(diff.bump).toBe('major');
  });

  it('finds no change between a snapshot and itself', () => {
    expect(diffIr(newer, newer).changes).toEqual([]);
    expect(diffIr(older, structuredClone(older)).bump).toBe('none');
  });

  it('is deterministic', () => {
    expect(renderDiffJson(diffIr(older, newer))).toBe(renderDiffJson(diff));
  });
});
