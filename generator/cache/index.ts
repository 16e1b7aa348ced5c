/**
 * Incremental generation: per-page IR results and per-module transpile results kept between
 * runs, a no-op check that needs neither parsing nor ts-morph, and a docs watcher.
 */
export { openIncremental } from './incremental.js';
export { DamagedCacheError } from './lazy-object.js';
export type { Incremental, IncrementalInput, IncrementalStats, RunOptions } from './incremental.js';
export { resolveCacheDir } from './cache-dir.js';
export { emitPackageCached } from './emit-cached.js';
export { watchDocs } from './watch.js';
export type { DocsWatcher, WatchOptions } from './watch.js';
