import type { Diagnostic, IrDocument, Severity } from '../ir/types.js';
import type { GlobalOptions } from './shared-options.js';
import { atLeast, countByCode, formatDiagnostic, sortDiagnostics, worstSeverity } from './diagnostics-output.js';
import { allDiagnostics } from '../pipeline/all-diagnostics.js';
import { paint, useColor } from './terminal.js';

export type Verbosity = 'quiet' | 'normal' | 'verbose';

export function verbosityOf(options: GlobalOptions): Verbosity {
  return options.quiet === true ? 'quiet' : options.verbose === true ? 'verbose' : 'normal';
}

/** The least severe diagnostic each verbosity prints: quiet → errors, normal → warnings, verbose → everything. */
export function shownSeverity(verbosity: Verbosity): Severity {
  return verbosity === 'quiet' ? 'error' : verbosity === 'verbose' ? 'info' : 'warning';
}

export interface ReportOptions {
  verbosity: Verbosity;
  color: boolean;
  write: (line: string) => void;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/**
 * Diagnostics one a line (filtered by verbosity), then, unless quiet, the headline and the
 * diagnostics grouped by kind with counts and each kind's worst severity.
 */
export function reportDiagnostics(diagnostics: readonly Diagnostic[], headline: string, options: ReportOptions): void {
  const threshold = shownSeverity(options.verbosity);
  if (options.verbosity === 'quiet') {
    // Errors only, and no summary: the thousands of other findings need no sorting.
    for (const diagnostic of sortDiagnostics(diagnostics.filter((d) => atLeast(d.severity, threshold)))) options.write(formatDiagnostic(diagnostic, { color: options.color }));
    return;
  }
  const sorted = sortDiagnostics(diagnostics);
  let hidden = 0;
  for (const diagnostic of sorted) {
    if (atLeast(diagnostic.severity, threshold)) options.write(formatDiagnostic(diagnostic, { color: options.color }));
    else hidden++;
  }
  const bySeverity = (severity: Severity): number => sorted.filter((d) => d.severity === severity).length;
  options.write(
    `${headline}, ${plural(sorted.length, 'diagnostic')} (${plural(bySeverity('error'), 'error')}, ${plural(bySeverity('warning'), 'warning')}, ${bySeverity('info')} info)`,
  );
  const kinds = countByCode(sorted);
  if (kinds.length > 0) {
    const p = paint(options.color);
    const width = Math.max(...kinds.map(([code]) => code.length));
    options.write('  by kind:');
    for (const [code, count] of kinds) {
      const severity = worstSeverity(sorted.filter((d) => d.code === code).map((d) => d.severity));
      options.write(`    ${code.padEnd(width)} ${String(count).padStart(6)}  ${p.dim(severity)}`);
    }
  }
  if (hidden > 0) options.write(`  (${plural(hidden, 'info diagnostic')} not shown; --verbose shows them)`);
}

export interface IrReportExtras {
  /** Findings of later stages (emit) to report with the IR's own. */
  diagnostics?: readonly Diagnostic[];
  /** Methods left out by include/exclude. */
  filteredOut?: number;
  color?: boolean;
}

/** The diagnostics of a docs run and a summary of what was read, to stderr by default. */
export function reportIr(
  ir: IrDocument,
  options: GlobalOptions,
  write: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
  extras: IrReportExtras = {},
): void {
  const diagnostics = [...allDiagnostics(ir), ...(extras.diagnostics ?? [])];
  const methodPages = ir.pages.filter((page) => page.kind === 'method').length;
  const filtered = extras.filteredOut !== undefined && extras.filteredOut > 0 ? ` (${extras.filteredOut} left out by include/exclude)` : '';
  reportDiagnostics(
    diagnostics,
    `b24gen: ${ir.pages.length} pages, ${methodPages} method pages, ${ir.methods.length} methods${filtered}, ${ir.types.length} shared types`,
    { verbosity: verbosityOf(options), color: extras.color ?? useColor(process.stderr), write },
  );
}
