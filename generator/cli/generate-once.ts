import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DamagedCacheError, openIncremental, watchDocs, type Incremental } from '../cache/index.js';
import { cacheDirProblem, resolveCacheDir } from '../cache/cache-dir.js';
import type { PrintWorker } from '../emit/print-worker-client.js';
import type { Settings } from '../config/index.js';
import { markStep, takeSteps } from '../timing.js';
import { noteRunKind } from './run-kind.js';
import { resolveDocsRoot } from './shared-options.js';
import type { GlobalOptions } from './shared-options.js';

export interface GenerateFlags {
  force?: boolean;
  /** False with `--no-cache`. */
  cache?: boolean;
  cacheDir?: string;
  watch?: boolean;
  debounce?: string;
  /** `--bump`: version and changelog follow the API diff since the last run. */
  bump?: boolean;
  /** Threads that parse pages (default: 2 when two cores are idle, else 1); `1` also means no print worker. */
  workers?: string;
}

/**
 * One `generate`: when the cache shows that neither the docs, the options nor the generator
 * changed and the output is as the last run left it, says so and stops (no parsing, no
 * ts-morph); else builds the IR reusing unchanged pages, emits reusing unchanged modules, writes.
 * Returns the one-line summary it printed.
 */
export async function generateOnce(settings: Settings, globals: GlobalOptions, flags: GenerateFlags): Promise<string> {
  const lap = stageTimer();
  const docsRoot = resolveDocsRoot(settings.docs);
  const incremental =
    flags.cache === false || !cacheUsable(settings.out, flags.cacheDir, globals)
      ? undefined
      : openIncremental({
          docsRoot,
          outDir: settings.out,
          // Every setting but where to read and write decides the output (new ones too).
          options: { ...settings, docs: undefined, out: undefined },
          cacheRoot: flags.cacheDir,
        });
  lap('open cache');
  noteRunKind(incremental?.upToDate === true ? 'up-to-date' : incremental?.warm === true ? 'warm' : 'cold');
  if (incremental?.upToDate === true) {
    const line = `b24gen: ${settings.out} is up to date`;
    if (!globals.quiet) process.stderr.write(`${line}\n`);
    return line;
  }
  // The print worker loads the printers (ts-morph, TypeScript) on the other core. A run after an
  // earlier one prints little: it starts now, while this thread rebuilds the IR, and this thread
  // never loads them. A first run starts it once the pages are parsed (the page workers have
  // both cores until then), and it prints half of the parts beside this thread.
  // `--workers 1` asks for one thread: no print worker either.
  const printWorker = printWorkerStarter((threadsAsked(flags) ?? 2) > 1, incremental?.codeCacheDir);
  if (incremental?.warm === true) await printWorker.start();
  let damaged: DamagedCacheError | undefined;
  try {
    return await generateChanged(settings, globals, flags, incremental, printWorker, lap);
  } catch (error) {
    // A cached text found not to parse when first read (see `lazyObject`): the run cannot use
    // the cache. Nothing was written yet; the cache goes and the run starts again without it.
    if (!(error instanceof DamagedCacheError) || incremental === undefined) throw error;
    damaged = error;
  } finally {
    await printWorker.close();
  }
  process.stderr.write(`b24gen: ${damaged.message}; the cache at ${incremental.cacheDir} is removed and the run done again\n`);
  rmSync(incremental.cacheDir, { recursive: true, force: true });
  return generateOnce(settings, globals, flags);
}

/** Whether the output folder's cache may be used; says on stderr why not (see `cacheDirProblem`). */
function cacheUsable(out: string, cacheRoot: string | undefined, globals: GlobalOptions): boolean {
  const problem = cacheDirProblem(resolveCacheDir(out, cacheRoot));
  if (problem !== undefined && !globals.quiet) process.stderr.write(`b24gen: ${problem}: running without the cache\n`);
  return problem === undefined;
}

/** `--workers` as a count (at least 1); undefined when not given. */
function threadsAsked(flags: GenerateFlags): number | undefined {
  return flags.workers === undefined ? undefined : Number.parseInt(flags.workers, 10) || 1;
}

interface PrintWorkerStarter {
  /** The worker, started on the first call; undefined where none can run (from TypeScript sources). */
  start(): Promise<PrintWorker | undefined>;
  close(): Promise<void>;
}

/** `codeCacheDir`: where the worker keeps V8's code cache of TypeScript (a run without the cache gives none). */
function printWorkerStarter(allowed: boolean, codeCacheDir: string | undefined): PrintWorkerStarter {
  let started: Promise<PrintWorker | undefined> | undefined;
  const startOnce = async (): Promise<PrintWorker | undefined> => {
    if (!allowed) return undefined;
    try {
      const { canStartPrintWorker, startPrintWorker } = await import('../emit/print-worker-client.js');
      return canStartPrintWorker() ? startPrintWorker(codeCacheDir === undefined ? {} : { codeCacheDir }) : undefined;
    } catch {
      // A worker that cannot start (thread limits) leaves the printing to this thread.
      return undefined;
    }
  };
  return {
    start: () => (started ??= startOnce()),
    close: async () => {
      await (await started)?.close();
    },
  };
}

/** The part of `generateOnce` past the up-to-date check. */
async function generateChanged(
  settings: Settings,
  globals: GlobalOptions,
  flags: GenerateFlags,
  incremental: Incremental | undefined,
  printWorkerStarter: PrintWorkerStarter,
  lap: (stage: string) => void,
): Promise<string> {
  // Loaded only past the up-to-date check: a no-op run stops before parsing, emitting or writing.
  const [{ emitFiles, loadDocs, releaseInput }, { planRelease }, { reportIr }, { MARKER_FILE, writePackage }] = await Promise.all([
    import('./load-docs.js'),
    import('../release/index.js'),
    import('./report.js'),
    import('../write/index.js'),
  ]);
  const workers = threadsAsked(flags) ?? defaultWorkers();
  const build = incremental ? { pageCache: incremental.pageCache, finals: incremental.finals, listing: incremental.listing, workers } : { workers };
  const { ir, filteredOut, progress } = await loadDocs(settings, globals, build);
  lap('build IR');
  const printWorker = incremental === undefined ? undefined : await printWorkerStarter.start();
  let emitted: Awaited<ReturnType<typeof emitFiles>>;
  let release: Awaited<ReturnType<typeof planRelease>>;
  // Kept from the output folder only while it is ours as the last run left it, marker included
  // (a folder that lost its marker is written whole, or refused).
  const onDisk = incremental?.outputsOnDisk.has(MARKER_FILE) === true ? incremental.outputsOnDisk : undefined;
  try {
    progress.stage('emitting the package');
    release = await planRelease({
      ...releaseInput(settings, ir),
      bump: flags.bump === true,
      ...(incremental?.previousApiFiles === undefined || onDisk === undefined ? {} : { previousApiFiles: incremental.previousApiFiles }),
    });
    if (release.bump !== 'none' && !globals.quiet) process.stderr.write(`b24gen: ${release.bump} bump to ${release.version}\n`);
    lap('plan release');
    emitted = await emitFiles(
      ir,
      settings,
      release,
      incremental === undefined
        ? undefined
        : {
            transpile: incremental.transpileCache,
            plans: incremental.planCache,
            ...(onDisk === undefined ? {} : { onDisk }),
            ...(printWorker === undefined ? {} : { worker: printWorker }),
          },
    );
  } finally {
    progress.finish();
  }
  lap('emit');
  reportIr(ir, globals, undefined, { diagnostics: emitted.diagnostics, filteredOut });
  markStep('write: diagnostics reported');
  // Hashes the cache learnt while emitting (module sources and their transpiled forms).
  const hashes = incremental?.transpileCache.hashesOf(emitted.files) ?? new Map<string, string>();
  markStep('write: hashes known');
  const written = await writePackage(path.resolve(settings.out), emitted.files, {
    force: flags.force === true,
    hashes,
    onDisk: incremental?.outputsOnDisk,
    kept: emitted.kept,
    // The previous package goes on the print worker's thread while this one saves the cache.
    ...(printWorker === undefined ? {} : { removeAside: (folder: string) => printWorker.remove(folder) }),
  });
  lap('write');
  // The writer hashed every file it wrote or kept: the cache records those hashes, and with them
  // what each module was put together from, so that the next run can keep it.
  try {
    incremental?.transpileCache.keepModules(emitted.recipes, written.hashes);
    incremental?.commit({ files: emitted.files, hashes: written.hashes, linked: written.linked, apiDigests: release.apiSnapshot().digests });
    lap('commit cache');
  } finally {
    // Before the worker is closed: no set-aside package is left behind.
    await written.asideRemoved;
  }
  const line = `b24gen: wrote ${emitted.files.size + emitted.kept.size} files to ${settings.out}`;
  if (!globals.quiet) process.stderr.write(`${line}\n`);
  if (incremental && globals.verbose === true) {
    const { reused, computed } = incremental.pageCache.stats;
    const worker = printWorker === undefined ? '' : `; ${printWorker.printed} parts printed in the print worker`;
    const kept = `; ${emitted.kept.size} files kept from the previous output unread`;
    const { recorded } = incremental.finals.stats;
    process.stderr.write(`b24gen: ${computed} pages parsed, ${reused} reused; ${recorded} methods finished (cross-page passes); ${incremental.planCache.misses} methods planned, ${incremental.planCache.hits} reused; ${incremental.transpileCache.misses} modules transpiled, ${incremental.transpileCache.hits} reused${worker}${kept}\n`);
  }
  return line;
}

/**
 * With `B24GEN_TIMINGS=1`, each call reports the time since the previous one on stderr: where
 * a run's time goes, without a profiler (the bench and the cache work use it).
 */
function stageTimer(): (stage: string) => void {
  if (process.env['B24GEN_TIMINGS'] !== '1') return () => undefined;
  let last = performance.now();
  return (stage) => {
    const now = performance.now();
    // The steps the stage noted (`markStep`), then the stage.
    for (const [step, at] of takeSteps()) process.stderr.write(`b24gen: timing:   ${step} (at ${Math.round(at)} ms)\n`);
    process.stderr.write(`b24gen: timing: ${stage} ${Math.round(now - last)} ms (at ${Math.round(now)} ms)\n`);
    last = now;
  };
}

/**
 * Two threads when two cores are free, else one. On a busy machine a second thread only adds
 * its own start-up and JIT warm-up (measured: +50 % CPU, no gain in wall time at load 5 on 2
 * cores). The output does not depend on it.
 */
function defaultWorkers(): number {
  const cores = os.availableParallelism();
  if (cores < 2) return 1;
  return (os.loadavg()[0] ?? 0) <= cores - 1.5 ? 2 : 1;
}

/** `generate --watch`: a first run, then one run per quiet spell after docs changes, each reported on one line. */
export async function generateWatching(settings: Settings, globals: GlobalOptions, flags: GenerateFlags): Promise<void> {
  const quietRun = { ...globals, quiet: true };
  const run = async (): Promise<void> => {
    const started = performance.now();
    const line = await generateOnce(settings, quietRun, flags);
    const ms = Math.round(performance.now() - started);
    process.stderr.write(`${line.replace(/^b24gen: /, 'b24gen: ')} (${ms} ms)\n`);
  };
  const report = (error: unknown): void => {
    process.stderr.write(`b24gen: generate failed: ${error instanceof Error ? error.message : String(error)}\n`);
  };
  await run().catch(report);
  const debounceMs = Number.parseInt(flags.debounce ?? '200', 10);
  const watcher = watchDocs(resolveDocsRoot(settings.docs), run, { debounceMs: Number.isFinite(debounceMs) ? debounceMs : 200, onError: report });
  process.stderr.write(`b24gen: watching ${settings.docs} for changes (Ctrl-C stops)\n`);
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      watcher.close();
      void watcher.idle().then(resolve);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
