/** Printing parts and compiling modules on this thread: the printers, ts-morph and TypeScript load the first time. */
import type { PrintParts } from './parts.js';
import type { TranspiledFile } from './transpile.js';

export const printPartsHere: PrintParts = async (requests) => (await import('./part-printers.js')).printParts(requests);

export async function transpileHere(modules: ReadonlyArray<readonly [file: string, source: string]>): Promise<TranspiledFile[]> {
  if (modules.length === 0) return [];
  const { transpileFile } = await import('./transpile.js');
  return modules.map(([file, source]) => transpileFile(file, source));
}
