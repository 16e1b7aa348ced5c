import { describe, expect, it } from 'vitest';
import type { Diagnostic, IrDocument, IrMethod } from '../ir/types.js';
import { buildCoverageReport, renderCoverageReport } from './coverage-report.js';

const at = (file: string, line: number, code: string, severity: Diagnostic['severity'], message = code): Diagnostic => ({ file, line, column: 1, code, severity, message });

function method(name: string, source: string, diagnostics: Diagnostic[] = []): IrMethod {
  return {
    name, apiVersion: 'v2', key: name, source, docsUrl: '', title: name, section: 'x', scope: [], description: '', params: [], result: [],
    resultType: { raw: 'boolean', kind: 'scalar', name: 'boolean' }, errors: [], examples: {}, seeAlso: [], diagnostics,
  };
}

const IR: IrDocument = {
  irVersion: 1,
  methods: [
    method('x.b', 'api-reference/x/b.md', [at('api-reference/x/b.md', 9, 'unlinked-nested-table', 'warning'), at('api-reference/x/b.md', 3, 'missing-type', 'info')]),
    method('x.a', 'api-reference/x/a.md', [at('api-reference/x/a.md', 4, 'missing-type', 'info')]),
    method('x.c', 'api-reference/x/c.md'),
  ],
  types: [],
  systemErrors: [],
  pages: [
    { source: 'api-reference/x/a.md', kind: 'method', name: 'x.a' },
    { source: 'api-reference/x/b.md', kind: 'method', name: 'x.b' },
    { source: 'api-reference/x/c.md', kind: 'method', name: 'x.c' },
    { source: 'api-reference/x/e.md', kind: 'event', name: 'ONX' },
    { source: 'api-reference/x/index.md', kind: 'index' },
  ],
  diagnostics: [at('api-reference/x/index.md', 2, 'broken-include', 'error')],
};

describe('buildCoverageReport', () => {
  it('counts pages by kind, methods understood, and diagnostics by severity and kind', () => {
    const report = buildCoverageReport(IR, [at('api-reference/x/c.md', 7, 'example-result-mismatch', 'warning')]);
    expect(report.pages).toEqual({ total: 5, byKind: { event: 1, index: 1, method: 3 } });
    expect(report.methods).toEqual({ emitted: 3, understood: 1, understoodRate: 0.3333, followTables: 2, followTablesRate: 0.6667 });
    expect(report.diagnostics.bySeverity).toEqual({ error: 1, warning: 2, info: 2 });
    expect(report.diagnostics.byKind).toEqual({
      'broken-include': { count: 1, severity: 'error' },
      'example-result-mismatch': { count: 1, severity: 'warning' },
      'missing-type': { count: 2, severity: 'info' },
      'unlinked-nested-table': { count: 1, severity: 'warning' },
    });
  });

  it('lists every page with a warning or error, sorted, with the reasons at path:line:column; info leaves a page understood', () => {
    const report = buildCoverageReport(IR, [at('api-reference/x/c.md', 7, 'example-result-mismatch', 'warning')]);
    expect(report.notFullyUnderstood).toEqual([
      { source: 'api-reference/x/b.md', kind: 'method', reasons: [{ at: 'api-reference/x/b.md:9:1', severity: 'warning', code: 'unlinked-nested-table', message: 'unlinked-nested-table' }] },
      { source: 'api-reference/x/c.md', kind: 'method', reasons: [{ at: 'api-reference/x/c.md:7:1', severity: 'warning', code: 'example-result-mismatch', message: 'example-result-mismatch' }] },
      { source: 'api-reference/x/index.md', kind: 'index', reasons: [{ at: 'api-reference/x/index.md:2:1', severity: 'error', code: 'broken-include', message: 'broken-include' }] },
    ]);
  });

  it('renders the same bytes whatever the order of methods and diagnostics', () => {
    const shuffled: IrDocument = { ...IR, methods: [...IR.methods].reverse(), pages: [...IR.pages].reverse() };
    expect(renderCoverageReport(buildCoverageReport(shuffled))).toBe(renderCoverageReport(buildCoverageReport(IR)));
    expect(renderCoverageReport(buildCoverageReport(IR)).endsWith('}\n')).toBe(true);
  });
});
