import type { EmitOptions, EmittedPackageFiles, PartRequest } from '../emit/index.js';
import { compiledPaths } from '../emit/module-path.js';
import type { ModuleViews } from '../emit/module-views.js';
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
  worker?: PrintWorker;
}

/** A batch at least this large (a first run's) is shared between the worker and this thread. */
const SHARE_BATCHES_OF = 200;

async function printHere(parts: readonly PartRequest[]): Promise<ModuleViews[]> {
  const { printParts } = await import('../emit/part-printers.js');
  return printParts(parts);
}

/**
 * Prints with the worker: a small batch (a few changed methods) all there, a large one half
 * there and half on this thread at the same time. What the worker fails to print is printed here.
 */
export async function printBeside(worker: PrintWorker, parts: readonly PartRequest[]): Promise<ModuleViews[]> {
  const theirShare = parts.length >= SHARE_BATCHES_OF ? Math.floor(parts.length / 2) : parts.length;
  const theirs = parts.slice(0, theirShare);
  // Sent before this thread starts on its own share.
  const asked = worker.print(theirs).catch(() => undefined);
  const ours = theirShare < parts.length ? await printHere(parts.slice(theirShare)) : [];
  return [...((await asked) ?? (await printHere(theirs))), ...ours];
}

async function transpileHere(modules: ReadonlyArray<readonly [string, string]>): Promise<TranspiledFile[]> {
  const { transpileFile } = await import('../emit/transpile.js');
  return modules.map(([file, source]) => transpileFile(file, source));
}

/**
 * `emitPackage` with the incremental cache: the plans and printed parts of unchanged methods
 * come from it, and so does the transpiled form of each of the few modules that go through
 * TypeScript (index, core, errors, mock) where its source did not change. What is missing is
 * printed and compiled by the print worker when there is one. Tests keep the output equal to
 * `emitPackage`'s without a cache. Emit is imported only here, when something must be emitted.
 */
export async function emitPackageCached(ir: IrDocument, options: EmitOptions, caches: EmitCaches | undefined): Promise<EmittedPackageFiles> {
  const emit = await import('../emit/index.js');
  if (!caches) return emit.emitPackageFiles(ir, options);
  const { transpile: cache, worker, onDisk } = caches;
  const compile = async (modules: ReadonlyArray<readonly [string, string]>): Promise<TranspiledFile[]> => {
    if (modules.length === 0) return [];
    if (worker !== undefined) {
      try {
        return await worker.transpile(modules);
      } catch {
        // The worker failed: the same work on this thread.
      }
    }
    return transpileHere(modules);
  };
  return emit.emitPackageFiles(ir, {
    ...options,
    planMemo: caches.plans,
    printedModules: cache.printed,
    ...(onDisk === undefined
      ? {}
      : {
          unchangedModules: {
            find: (file, recipe) => {
              const record = cache.moduleRecord(file);
              if (record === undefined || record.recipe !== recipe) return undefined;
              const paths = compiledPaths(file);
              const { ts, js, dts } = record.hashes;
              return onDisk.get(file) === ts && onDisk.get(paths.js) === js && onDisk.get(paths.dts) === dts ? record.hashes : undefined;
            },
          },
        }),
    ...(worker === undefined ? {} : { printParts: (parts) => printBeside(worker, parts) }),
    transpileModules: async (modules) => {
      const out: TranspiledFile[] = [];
      const missing: number[] = [];
      modules.forEach(([file, source], i) => {
        const kept = cache.lookup(file, source);
        if (kept === undefined) missing.push(i);
        else out[i] = kept;
      });
      const made = await compile(missing.map((i) => modules[i] as readonly [string, string]));
      missing.forEach((i, j) => {
        const [file, source] = modules[i] as readonly [string, string];
        out[i] = made[j] as TranspiledFile;
        cache.keep(file, source, made[j] as TranspiledFile);
      });
      return out;
    },
  });
}
