import type { Diagnostic, IrDocument } from '../ir/types.js';

/** The document's own diagnostics and every method's, in one list. */
export function allDiagnostics(ir: IrDocument): Diagnostic[] {
  return [...ir.diagnostics, ...ir.methods.flatMap((method) => method.diagnostics)];
}
