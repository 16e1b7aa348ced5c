/**
 * buildIr over the real docs snapshots. Fails (never skips) when a snapshot is missing.
 * Prints the figures the report quotes.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DATE_PLACEHOLDER } from '../extract/curl-payload.js';
import type { IrDocument } from '../ir/types.js';
import { allDiagnostics } from './all-diagnostics.js';
import { buildIr } from './build-ir.js';

function corpusRoot(name: string): string {
  const root = fileURLToPath(new URL(`../../../shared/corpus/${name}/`, import.meta.url));
  if (!existsSync(`${root}api-reference`)) throw new Error(`corpus snapshot missing: ${root} (the corpus tests need /work/shared/corpus)`);
  return root;
}

function figures(ir: IrDocument): Record<string, unknown> {
  const byCode: Record<string, number> = {};
  for (const d of allDiagnostics(ir)) byCode[d.code] = (byCode[d.code] ?? 0) + 1;
  const kinds: Record<string, number> = {};
  for (const p of ir.pages) kinds[p.kind] = (kinds[p.kind] ?? 0) + 1;
  const ms = ir.methods;
  return {
    methods: ms.length,
    v3: ms.filter((m) => m.apiVersion === 'v3').length,
    withParams: ms.filter((m) => m.params.length > 0).length,
    withResult: ms.filter((m) => m.result.length > 0).length,
    withErrors: ms.filter((m) => m.errors.length > 0).length,
    withRequest: ms.filter((m) => m.examples.request !== undefined).length,
    withResponse: ms.filter((m) => m.examples.response !== undefined).length,
    withErrorExample: ms.filter((m) => m.examples.error !== undefined).length,
    deprecated: ms.filter((m) => m.deprecated).length,
    withScope: ms.filter((m) => m.scope.length > 0).length,
    types: ir.types.length,
    systemErrors: ir.systemErrors.length,
    pages: kinds,
    diagnostics: Object.fromEntries(Object.entries(byCode).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  };
}

describe('buildIr on the corpus', () => {
  it('reads the current snapshot (2026-08-21) without a crash', async () => {
    const ir = await buildIr(corpusRoot('b24restdocs-2026-08-21'));
    const f = figures(ir);
    console.log('b24restdocs-2026-08-21', JSON.stringify(f, null, 1));

    expect(ir.diagnostics.filter((d) => d.code === 'page-failed')).toEqual([]);
    expect(ir.methods.length).toBeGreaterThanOrEqual(1660);
    expect(ir.methods.length).toBeLessThanOrEqual(1672);
    const events = ir.pages.filter((p) => p.kind === 'event').length;
    expect(events).toBeGreaterThanOrEqual(186);
    expect(events).toBeLessThanOrEqual(196);
    expect(f['v3']).toBeGreaterThanOrEqual(104);
    expect(f['v3']).toBeLessThanOrEqual(108);
    expect(ir.systemErrors).toHaveLength(15);
    // Keys are unique; the six classic/REST 3.0 pairs are told apart.
    expect(new Set(ir.methods.map((m) => m.key)).size).toBe(ir.methods.length);
    expect(ir.methods.filter((m) => m.key.endsWith('@v3')).map((m) => m.key)).toEqual([
      'tasks.task.add@v3', 'tasks.task.delete@v3', 'tasks.task.get@v3', 'tasks.task.list@v3', 'tasks.task.result.list@v3', 'tasks.task.update@v3',
    ]);
    // Most pages yield the canonical parts.
    expect(f['withParams']).toBeGreaterThan(1400);
    expect(f['withErrors']).toBeGreaterThan(1350);
    expect(f['withRequest']).toBeGreaterThan(1500);
    expect(f['withResponse']).toBeGreaterThan(1480);

    const backlog = ir.methods.find((m) => m.name === 'tasks.api.scrum.backlog.add');
    expect(backlog).toMatchObject({
      source: 'api-reference/sonet-group/scrum/backlog/tasks-api-scrum-backlog-add.md',
      scope: ['task'],
      examples: { request: { fields: { groupId: 1, createdBy: 1 } } },
    });
    expect(backlog?.errors.map((e) => e.message)).toContain('Backlog already added');
    expect(ir.methods.find((m) => m.name === 'im.recent.pin')).toBeDefined();
    for (const single of ['methods', 'scope', 'profile', 'events']) expect(ir.methods.find((m) => m.name === single)).toBeDefined();
    // cURL payload quirks: a $(date) splice, and an apostrophe that breaks the shell quoting.
    const bySource = (s: string) => ir.methods.find((m) => m.source === s);
    expect(JSON.stringify(bySource('api-reference/crm/deals/crm-deal-add.md')?.examples.request)).toContain(DATE_PLACEHOLDER);
    expect(JSON.stringify(bySource('api-reference/catalog/section/catalog-section-add.md')?.examples.request)).toContain("'s");
    // The names that trip naive extraction.
    expect(ir.methods.some((m) => m.name === 'humanresources.employee.search')).toBe(true);
    expect(ir.methods.some((m) => m.name === 'CATALOG.PRICE.TYPE.ON.ADD')).toBe(false);
  }, 600_000);

  it('reads the older snapshot (2026-05-19) without a crash', async () => {
    const ir = await buildIr(corpusRoot('b24restdocs-2026-05-19'));
    const f = figures(ir);
    console.log('b24restdocs-2026-05-19', JSON.stringify(f, null, 1));
    expect(ir.diagnostics.filter((d) => d.code === 'page-failed')).toEqual([]);
    expect(ir.methods.length).toBeGreaterThan(1400);
    expect(ir.methods.length).toBeLessThan(1700);
    expect(new Set(ir.methods.map((m) => m.key)).size).toBe(ir.methods.length);
  }, 600_000);
});
