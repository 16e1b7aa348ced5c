import type { EmitOptions } from '../emit/index.js';
import type { IrDocument } from '../ir/types.js';
import type { PlanCache } from './plan-cache.js';
import type { TranspileCache } from './transpile-cache.js';

/** The caches emit draws on: transpiled modules and printed parts, and method plans. */
export interface EmitCaches {
  transpile: TranspileCache;
  plans: PlanCache;
}

/**
 * `emitPackage` with the incremental cache: the plans and printed parts of unchanged methods
 * come from it, and so does the transpiled form of each of the few modules that go through TypeScript
 * (index, core, errors, mock) where its source did not change. A test keeps the output equal to
 * `emitPackage`'s without a cache. Emit, and with it ts-morph, is imported only here, when
 * something must be emitted.
 */
export async function emitPackageCached(ir: IrDocument, options: EmitOptions, caches: EmitCaches | undefined): Promise<Map<string, string>> {
  const emit = await import('../emit/index.js');
  if (!caches) return emit.emitPackage(ir, options);
  const cache = caches.transpile;
  const { transpileFile } = await import('../emit/transpile.js');
  return emit.emitPackage(ir, {
    ...options,
    planMemo: caches.plans,
    printedModules: cache.printed,
    transpile: (file, source) => {
      let out = cache.lookup(file, source);
      if (out === undefined) {
        out = transpileFile(file, source);
        cache.keep(file, source, out);
      }
      return out;
    },
  });
}
