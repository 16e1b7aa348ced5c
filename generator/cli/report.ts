import type { IrDocument } from '../ir/types.js';
import type { GlobalOptions } from './shared-options.js';
import { countByCode, formatDiagnostic, sortDiagnostics } from './diagnostics-output.js';
import { allDiagnostics } from '../pipeline/all-diagnostics.js';

/** Diagnostics to stderr, one a line (errors only with --quiet), then a summary unless quiet. */
export function reportIr(ir: IrDocument, options: GlobalOptions, write: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): void {
  const diagnostics = sortDiagnostics(allDiagnostics(ir));
  for (const diagnostic of diagnostics) {
    if (options.quiet && diagnostic.severity !== 'error') continue;
    write(formatDiagnostic(diagnostic));
  }
  if (options.quiet) return;
  const methodPages = ir.pages.filter((page) => page.kind === 'method').length;
  write(
    `b24gen: ${ir.pages.length} pages, ${methodPages} method pages, ${ir.methods.length} methods, ${ir.types.length} shared types, ${diagnostics.length} diagnostics`,
  );
  const kinds = countByCode(diagnostics);
  if (kinds.length > 0) write(`  by kind: ${kinds.map(([code, count]) => `${code} ${count}`).join(', ')}`);
}
