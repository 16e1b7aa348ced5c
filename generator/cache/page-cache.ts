import type { Computed, PageResultCache } from '../pipeline/build-ir.js';
import { RecordStore } from './record-store.js';

/** The content hash of a docs file (`missing` when it cannot be read), memoised per run. */
export type HashFile = (file: string) => string;

export interface PageCacheStats {
  reused: number;
  computed: number;
}

/**
 * Per-page results of `buildIr`, each stored with the hashes of the page and of every
 * include it used: a result is reused only while all of them still hash the same. Results
 * go through JSON both ways, so a reused one is a fresh object like a computed one.
 */
export class PageCache implements PageResultCache {
  readonly stats: PageCacheStats = { reused: 0, computed: 0 };
  /** Every docs file some result depends on (for the run key). */
  readonly dependencies = new Set<string>();

  constructor(private readonly records: RecordStore, private readonly hashFile: HashFile) {}

  lookup<T>(kind: 'page' | 'types', source: string): T | undefined {
    const key = `${kind}:${source}`;
    const stored = this.records.get(key);
    if (!stored) return undefined;
    let files: Array<[string, string]>;
    let value: T;
    try {
      files = JSON.parse(stored[0] as string) as Array<[string, string]>;
      if (!files.every(([f, h]) => this.hashFile(f) === h)) return undefined;
      value = JSON.parse(stored[1] as string) as T;
    } catch {
      // A damaged record is a miss: the page is done again.
      return undefined;
    }
    this.records.keep(key, stored);
    for (const [f] of files) this.dependencies.add(f);
    this.stats.reused++;
    return value;
  }

  store<T>(kind: 'page' | 'types', source: string, computed: Computed<T>): void {
    const hashed = computed.files.map((f): [string, string] => [f, this.hashFile(f)]);
    for (const f of computed.files) this.dependencies.add(f);
    // Serialised now: buildIr's cross-page passes mutate the value afterwards.
    this.records.keep(`${kind}:${source}`, [JSON.stringify(hashed), JSON.stringify(computed.value)]);
    this.stats.computed++;
  }
}
