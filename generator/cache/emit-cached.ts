import type { EmitOptions, EmittedPackageFiles, PartRequest } from '../emit/index.js';
import type { ModuleViews } from '../emit/module-views.js';
import { printPartsHere, transpileHere } from '../emit/print-here.js';
import type { PrintWorker } from '../emit/print-worker-client.js';
import type { TranspiledFile } from '../emit/transpile.js';
import type { IrDocument } from '../ir/types.js';
import type { PlanCache } from './plan-cache.js';
import type { TranspileCache } from './transpile-cache.js';

/** The caches emit draws on: transpiled modules and printed parts, and method plans; and where to print what they lack. */
export interface EmitCaches {
  transpile: TranspileCache;
  plans: PlanCache;
  /** sha256 of the output folder's files as the cache vouches for them: a module it holds as this run would make it is kept. */
  onDisk?: ReadonlyMap<string, string>;
  /** Prints and compiles what the caches lack, so that this thread need not load ts-morph; this thread does it when absent or failed. */
  worker?: Printer;
}

/** What emit asks of the print worker. */
export type Printer = Pick<PrintWorker, 'print' | 'transpile'>;

/** A batch at least this large (a first run's) is shared between the worker and this thread. */
const SHARE_BATCHES_OF = 200;

/**
 * Prints with the worker: a small batch (a few changed methods) all there, a large one half
 * there and half on this thread at the same time. What the worker fails to print is printed here.
 */
export async function printBeside(worker: Printer, parts: readonly PartRequest[]): Promise<ModuleViews[]> {
  const theirShare = parts.length >= SHARE_BATCHES_OF ? Math.floor(parts.length / 2) : parts.length;
  const theirs = parts.slice(0, theirShare);
  // Sent before this thread starts on its own share.
  const asked = worker.print(theirs).catch(() => undefined);
  const ours = theirShare < parts.length ? await printPartsHere(parts.slice(theirShare)) : [];
  return [...((await asked) ?? (await printPartsHere(theirs))), ...ours];
}

/** Compiles with the worker; what it fails to compile is compiled here. */
async function transpileBeside(worker: Printer | undefined, modules: ReadonlyArray<readonly [string, string]>): Promise<TranspiledFile[]> {
  if (worker !== undefined && modules.length > 0) {
    try {
      return await worker.transpile(modules);
    } catch {
      // The worker failed: the same work on this thread.
    }
  }
  return transpileHere(modules);
}

/**
 * `emitPackage` with the incremental cache: the plans and printed parts of unchanged methods
 * come from it, and so does the transpiled form of each of the few modules that go through
 * TypeScript (index, core, errors, mock) where its source did not change; a module the output
 * folder holds as it would be made is kept. What is missing is printed and compiled by the
 * print worker when there is one. Tests keep the output equal to `emitPackage`'s without a
 * cache. Emit is imported only here, when something must be emitted.
 */
export async function emitPackageCached(ir: IrDocument, options: EmitOptions, caches: EmitCaches | undefined): Promise<EmittedPackageFiles> {
  const emit = await import('../emit/index.js');
  if (!caches) return emit.emitPackageFiles(ir, options);
  const { transpile: cache, worker, onDisk } = caches;
  return emit.emitPackageFiles(ir, {
    ...options,
    planMemo: caches.plans,
    printedModules: cache.printed,
    ...(onDisk === undefined ? {} : { unchangedModules: cache.unchangedModules(onDisk) }),
    ...(worker === undefined ? {} : { printParts: (parts) => printBeside(worker, parts) }),
    transpileModules: (modules) => cache.transpileModules(modules, (missing) => transpileBeside(worker, missing)),
  });
}
