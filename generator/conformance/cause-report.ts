/**
 * The `b24gen conformance` report: the rates, then every mismatch grouped by its cause (see
 * failure-cause.ts), docs' causes first, larger groups first. Plain data first, so the text
 * and JSON renderings show the same thing.
 */
import type { IrDocument, IrMethod } from '../ir/types.js';
import type { ConformanceReport, KindRate } from './check-conformance.js';
import { formatRate } from './check-conformance.js';
import type { CauseId, CauseSide } from './failure-cause.js';
import { CAUSES, classifyFailure } from './failure-cause.js';
import { compareCodeUnits } from '../compare-code-units.js';

export interface CauseMismatch {
  file: string;
  line: number;
  column: number;
  method: string;
  kind: 'request' | 'response';
  /** Where inside the example: `params.fields.ID`. */
  path: string;
  message: string;
}

export interface CauseGroup {
  cause: CauseId;
  side: CauseSide;
  label: string;
  count: number;
  mismatches: CauseMismatch[];
}

export interface CauseReport {
  request: KindRate;
  response: KindRate;
  groups: CauseGroup[];
}

export function buildCauseReport(report: ConformanceReport, ir: IrDocument): CauseReport {
  const byKey = new Map<string, IrMethod>();
  for (const m of ir.methods) {
    if (!byKey.has(m.key)) byKey.set(m.key, m);
    if (!byKey.has(m.name)) byKey.set(m.name, m);
  }
  const groups = new Map<CauseId, CauseMismatch[]>();
  for (const failure of report.failures) {
    const cause = classifyFailure(failure, byKey.get(failure.entry.method));
    const { file, line, column } = failure.entry.position;
    const list = groups.get(cause) ?? [];
    list.push({ file, line, column, method: failure.entry.method, kind: failure.entry.kind, path: failure.path, message: failure.message });
    groups.set(cause, list);
  }
  const out: CauseGroup[] = [...groups].map(([cause, mismatches]) => ({
    cause,
    side: CAUSES[cause].side,
    label: CAUSES[cause].label,
    count: mismatches.length,
    mismatches: mismatches.sort((a, b) => compareCodeUnits(a.file, b.file) || a.line - b.line || compareCodeUnits(a.kind, b.kind)),
  }));
  out.sort((a, b) => compareCodeUnits(a.side, b.side) || b.count - a.count || compareCodeUnits(a.cause, b.cause));
  return { request: report.request, response: report.response, groups: out };
}

function rateLine(name: string, rate: KindRate): string {
  return `${name}: ${formatRate(rate.conform, rate.checked)}; valid JSON ${formatRate(rate.validConform, rate.validChecked)}; ${rate.skipped} not checked`;
}

/** Text for a terminal: rates, then `path:line:col: info: message` lines under each cause. */
export function formatCauseReport(report: CauseReport): string {
  const lines = [rateLine('request examples', report.request), rateLine('response examples', report.response), ''];
  for (const side of ['docs', 'ours'] as const) {
    const total = report.groups.filter((g) => g.side === side).reduce((n, g) => n + g.count, 0);
    lines.push(`${side === 'docs' ? "the docs'" : "the generator's"} side: ${total} mismatches`);
  }
  for (const group of report.groups) {
    lines.push('', `## ${group.side}: ${group.cause} (${group.count}) — ${group.label}`);
    for (const m of group.mismatches) {
      lines.push(`${m.file}:${m.line}:${m.column}: info: ${m.kind} of ${m.method} at ${m.path}: ${m.message.replace(/[\r\n]+/g, ' ')}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export function formatCauseReportJson(report: CauseReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
