import type { EmitOptions } from '../emit/index.js';
import type { IrDocument } from '../ir/types.js';
import { startTranspileHelper, transpileAll, worthSharing } from './transpile-all.js';
import type { TranspileCache, Transpiled } from './transpile-cache.js';

const PACKAGE_NAME = /^(@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/;

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

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
  // emitPackage's own checks, then its plan and sources; only the transpile loop differs.
  if (!PACKAGE_NAME.test(options.packageName)) throw new Error(`invalid package name: ${JSON.stringify(options.packageName)}`);
  if (!/^[0-9A-Za-z.+-]+$/.test(options.packageVersion)) throw new Error(`invalid package version: ${JSON.stringify(options.packageVersion)}`);
  // Started before printing, so that it loads ts-morph meanwhile, only when most modules will be
  // transpiled (no cache, or an empty one); else only once the work is known to be large enough.
  let helper = threads >= 2 && (cache === undefined || cache.empty) ? startTranspileHelper() : undefined;
  try {
    const plan = emit.planPackage(ir);
    options.diagnostics?.push(...plan.diagnostics);
    const sources = await emit.emitSources(plan, cache ? { ...options, printedModules: cache.printed } : options);
    const isModule = (file: string): boolean => file.startsWith('src/') && file.endsWith('.ts');
    const known = new Map<string, Transpiled>();
    const jobs: Array<[string, string]> = [];
    for (const [file, text] of sources) {
      if (!isModule(file)) continue;
      const hit = cache?.lookup(file, text);
      if (hit) known.set(file, hit);
      else jobs.push([file, text]);
    }
    if (helper === undefined && threads >= 2 && worthSharing(jobs)) helper = startTranspileHelper();
    for (const [file, out] of await transpileAll(jobs, transpileFile, helper)) {
      cache?.keep(file, sources.get(file) as string, out);
      known.set(file, out);
    }
    const out = new Map<string, string>();
    for (const [file, text] of sources) {
      out.set(file, text);
      if (isModule(file)) {
        const { js, dts } = known.get(file) as Transpiled;
        const stem = `dist/${file.slice('src/'.length, -'.ts'.length)}`;
        out.set(`${stem}.js`, js);
        out.set(`${stem}.d.ts`, dts);
      }
    }
    return new Map([...out.entries()].sort(([a], [b]) => compare(a, b)));
  } finally {
    await helper?.stop();
  }
}
