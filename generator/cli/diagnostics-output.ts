import type { Diagnostic, Severity } from '../ir/types.js';
import { paint } from './terminal.js';

export interface FormatOptions {
  /** ANSI colours for the severity (only on a terminal; see `useColor`). */
  color?: boolean;
}

function paintSeverity(severity: Severity, color: boolean): string {
  const p = paint(color);
  return severity === 'error' ? p.red(p.bold(severity)) : severity === 'warning' ? p.yellow(severity) : p.cyan(severity);
}

/** `path:line:column: severity: message [code]`, the format the contract names for stderr. */
export function formatDiagnostic(diagnostic: Diagnostic, options: FormatOptions = {}): string {
  const severity = paintSeverity(diagnostic.severity, options.color === true);
  return `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}: ${severity}: ${diagnostic.message} [${diagnostic.code}]`;
}

/** Counts by kind, most frequent first, ties by name: the summary line of a corpus run. */
export function countByCode(diagnostics: readonly Diagnostic[]): Array<[code: string, count: number]> {
  const counts = new Map<string, number>();
  for (const diagnostic of diagnostics) counts.set(diagnostic.code, (counts.get(diagnostic.code) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

const RANK: Readonly<Record<Severity, number>> = { error: 2, warning: 1, info: 0 };

/** The most severe of some severities ('info' for none). */
export function worstSeverity(severities: Iterable<Severity>): Severity {
  let worst: Severity = 'info';
  for (const severity of severities) if (RANK[severity] > RANK[worst]) worst = severity;
  return worst;
}

/** Whether `severity` is at least `threshold` (error > warning > info). */
export function atLeast(severity: Severity, threshold: Severity): boolean {
  return RANK[severity] >= RANK[threshold];
}

/** Every diagnostic of a run, sorted by place so the output does not depend on scheduling. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}
