/**
 * The machine-readable coverage report `generate` writes beside the package (`coverage.json`,
 * not published): how many pages of each kind were read, how many methods were emitted and how
 * many of them follow their tables without a warning, the diagnostics by kind, and every page
 * that was not fully understood with the reasons at `path:line:column`. Deterministic: sorted,
 * no times, paths relative to the docs root.
 */
import type { Diagnostic, IrDocument, PageKind, Severity } from '../ir/types.js';
import { compareCodeUnits } from '../compare-code-units.js';

export const COVERAGE_FILE = 'coverage.json';
export const COVERAGE_VERSION = 1;

export interface CoverageReason {
  /** `path:line:column` in the docs tree. */
  at: string;
  severity: Severity;
  code: string;
  message: string;
}

export interface CoveragePage {
  source: string;
  kind: PageKind | 'unknown';
  /** The warnings and errors about the page, in page order. */
  reasons: CoverageReason[];
}

export interface CoverageReport {
  coverageVersion: typeof COVERAGE_VERSION;
  pages: { total: number; byKind: Record<string, number> };
  methods: {
    /** Methods in the package (after include/exclude). */
    emitted: number;
    /** Of those, the ones whose page has no warning or error at all. */
    understood: number;
    /** `understood / emitted`, rounded to 4 places; 1 when nothing was emitted. */
    understoodRate: number;
    /**
     * The ones whose params and result follow the tables: no warning or error but about the
     * examples (invalid JSON, a value the types reject) or the method's name.
     */
    followTables: number;
    followTablesRate: number;
  };
  diagnostics: {
    bySeverity: Record<Severity, number>;
    /** Per kind: how many, and the worst severity among them. */
    byKind: Record<string, { count: number; severity: Severity }>;
  };
  /** Pages with a warning or an error (info notes leave a page understood). */
  notFullyUnderstood: CoveragePage[];
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

function byPlace(a: Diagnostic, b: Diagnostic): number {
  return compareCodeUnits(a.file, b.file) || a.line - b.line || a.column - b.column || compareCodeUnits(a.code, b.code) || compareCodeUnits(a.message, b.message);
}

function sortedRecord<T>(entries: Iterable<[string, T]>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [key, value] of [...entries].sort(([a], [b]) => compareCodeUnits(a, b))) out[key] = value;
  return out;
}

/** Findings that leave the params and result as the tables say: about examples, or about the name. */
function spareTables(code: string): boolean {
  return code.includes('example') || code === 'method-name-mismatch' || code === 'namespace-clash' || code === 'duplicate-method';
}

function rate(part: number, whole: number): number {
  return whole === 0 ? 1 : Math.round((part / whole) * 10_000) / 10_000;
}

function reasonOf(d: Diagnostic): CoverageReason {
  return { at: `${d.file}:${d.line}:${d.column}`, severity: d.severity, code: d.code, message: d.message };
}

/**
 * `later`: what stages after extract found (emit's diagnostics); they count for the page they
 * point at, and against its method.
 */
export function buildCoverageReport(ir: IrDocument, later: readonly Diagnostic[] = []): CoverageReport {
  const kindOf = new Map(ir.pages.map((p) => [p.source, p.kind] as const));
  const methodSources = new Set(ir.methods.map((m) => m.source));
  // A diagnostic belongs to the page of its method, else to the page its position names.
  const owned: Array<{ page: string; diagnostic: Diagnostic }> = [];
  for (const m of ir.methods) for (const d of m.diagnostics) owned.push({ page: m.source, diagnostic: d });
  for (const d of [...ir.diagnostics, ...later]) owned.push({ page: d.file, diagnostic: d });

  const seen = new Set<string>();
  const unique = owned.filter(({ page, diagnostic: d }) => {
    const key = `${page}\u0000${d.file}\u0000${d.line}\u0000${d.column}\u0000${d.code}\u0000${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });

  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const byKind = new Map<string, { count: number; severity: Severity }>();
  const troubled = new Map<string, Diagnostic[]>();
  for (const { page, diagnostic: d } of unique) {
    bySeverity[d.severity]++;
    const kind = byKind.get(d.code);
    if (kind === undefined) byKind.set(d.code, { count: 1, severity: d.severity });
    else {
      kind.count++;
      if (RANK[d.severity] > RANK[kind.severity]) kind.severity = d.severity;
    }
    if (d.severity === 'info') continue;
    const list = troubled.get(page) ?? [];
    list.push(d);
    troubled.set(page, list);
  }

  const pageKinds = new Map<string, number>();
  for (const p of ir.pages) pageKinds.set(p.kind, (pageKinds.get(p.kind) ?? 0) + 1);
  const understood = ir.methods.filter((m) => !troubled.has(m.source)).length;
  const followTables = ir.methods.filter((m) => (troubled.get(m.source) ?? []).every((d) => spareTables(d.code))).length;
  const emitted = ir.methods.length;
  return {
    coverageVersion: COVERAGE_VERSION,
    pages: { total: ir.pages.length, byKind: sortedRecord(pageKinds) },
    methods: { emitted, understood, understoodRate: rate(understood, emitted), followTables, followTablesRate: rate(followTables, emitted) },
    diagnostics: { bySeverity, byKind: sortedRecord(byKind) },
    notFullyUnderstood: [...troubled.entries()]
      .sort(([a], [b]) => compareCodeUnits(a, b))
      .map(([source, list]) => ({
        source,
        kind: kindOf.get(source) ?? (methodSources.has(source) ? 'method' : 'unknown'),
        reasons: [...list].sort(byPlace).map(reasonOf),
      })),
  };
}

export function renderCoverageReport(report: CoverageReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
