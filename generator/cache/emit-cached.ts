import type { EmitOptions } from '../emit/index.js';
import type { IrDocument } from '../ir/types.js';
import { startTranspileHelper, transpileAll, worthSharing } from './transpile-all.js';
import type { TranspileCache, Transpiled } from './transpile-cache.js';

/**
 * `emitPackage`, except that the per-module transpile step is served from `cache` where the
 * module's source did not change, and the rest is shared with a helper thread when `threads`
 * is 2 or more. A test keeps the output equal to `emitPackage`'s. Emit, and with it ts-morph,
 * is imported only here, when something must be emitted.
 */
export async function emitPackageCached(ir: IrDocument, options: EmitOptions, cache: TranspileCache | undefined, threads = 1): Promise<Map<string, string>> {
  const emit = await import('../emit/index.js');
  if (!cache && threads < 2) return emit.emitPackage(ir, options);
  const { transpileFile } = await import('../emit/transpile.js');
  emit.checkPackageIdentity(options);
  // Started before printing, so that it loads ts-morph meanwhile, only when most modules will be
  // transpiled (no cache, or an empty one); else only once the work is known to be large enough.
  let helper = threads >= 2 && (cache === undefined || cache.empty) ? startTranspileHelper() : undefined;
  try {
    const plan = emit.planPackage(ir);
    options.diagnostics?.push(...plan.diagnostics);
    const { files, compiled } = await emit.emitSources(plan, cache ? { ...options, printedModules: cache.printed } : options);
    const known = new Map<string, Transpiled>(compiled);
    const jobs: Array<[string, string]> = [];
    for (const [file, text] of files) {
      if (!emit.isModuleSource(file) || known.has(file)) continue;
      const hit = cache?.lookup(file, text);
      if (hit) known.set(file, hit);
      else jobs.push([file, text]);
    }
    if (helper === undefined && threads >= 2 && worthSharing(jobs)) helper = startTranspileHelper();
    for (const [file, out] of await transpileAll(jobs, transpileFile, helper)) {
      cache?.keep(file, files.get(file) as string, out);
      known.set(file, out);
    }
    return emit.packageFiles(files, (file) => known.get(file) as Transpiled);
  } finally {
    await helper?.stop();
  }
}
