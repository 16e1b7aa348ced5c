import type { EmitOptions } from '../emit/index.js';
import type { IrDocument } from '../ir/types.js';
import type { TranspileCache, Transpiled } from './transpile-cache.js';

/**
 * `emitPackage` with the incremental cache: the printed parts of unchanged methods come from
 * it, and so does the transpiled form of each of the few modules that go through TypeScript
 * (index, core, errors, mock) where its source did not change. A test keeps the output equal to
 * `emitPackage`'s. Emit, and with it ts-morph, is imported only here, when something must be emitted.
 */
export async function emitPackageCached(ir: IrDocument, options: EmitOptions, cache: TranspileCache | undefined): Promise<Map<string, string>> {
  const emit = await import('../emit/index.js');
  if (!cache) return emit.emitPackage(ir, options);
  const { transpileFile } = await import('../emit/transpile.js');
  emit.checkPackageIdentity(options);
  const plan = emit.planPackage(ir);
  options.diagnostics?.push(...plan.diagnostics);
  const { files, compiled } = await emit.emitSources(plan, { ...options, printedModules: cache.printed });
  const known = new Map<string, Transpiled>(compiled);
  for (const [file, text] of files) {
    if (!emit.isModuleSource(file) || known.has(file)) continue;
    let out = cache.lookup(file, text);
    if (out === undefined) {
      out = transpileFile(file, text);
      cache.keep(file, text, out);
    }
    known.set(file, out);
  }
  return emit.packageFiles(files, (file) => known.get(file) as Transpiled);
}
