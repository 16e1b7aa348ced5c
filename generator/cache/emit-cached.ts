import type { EmitOptions } from '../emit/index.js';
import type { IrDocument } from '../ir/types.js';
import type { TranspileCache } from './transpile-cache.js';

const PACKAGE_NAME = /^(@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/;

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * `emitPackage` with the per-file transpile step served from `cache` where the module's
 * source did not change (a test keeps the two outputs equal). Emit, and with it ts-morph,
 * is imported only here, when something must be emitted.
 */
export async function emitPackageCached(ir: IrDocument, options: EmitOptions, cache: TranspileCache | undefined): Promise<Map<string, string>> {
  const emit = await import('../emit/index.js');
  if (!cache) return emit.emitPackage(ir, options);
  const { transpileFile } = await import('../emit/transpile.js');
  // emitPackage's own checks, then its plan and sources; only the transpile loop differs.
  if (!PACKAGE_NAME.test(options.packageName)) throw new Error(`invalid package name: ${JSON.stringify(options.packageName)}`);
  if (!/^[0-9A-Za-z.+-]+$/.test(options.packageVersion)) throw new Error(`invalid package version: ${JSON.stringify(options.packageVersion)}`);
  const plan = emit.planPackage(ir);
  options.diagnostics?.push(...plan.diagnostics);
  const sources = await emit.emitSources(plan, options);
  const out = new Map<string, string>();
  for (const [file, text] of sources) {
    out.set(file, text);
    if (file.startsWith('src/') && file.endsWith('.ts')) {
      const { js, dts } = cache.get(file, text, transpileFile);
      const stem = `dist/${file.slice('src/'.length, -'.ts'.length)}`;
      out.set(`${stem}.js`, js);
      out.set(`${stem}.d.ts`, dts);
    }
  }
  return new Map([...out.entries()].sort(([a], [b]) => compare(a, b)));
}
