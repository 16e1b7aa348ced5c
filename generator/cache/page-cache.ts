import type { Computed, PageProjection, PageResultCache, ResultKind } from '../pipeline/page-results.js';
import { sha256Hex } from '../content-hash.js';
import { pageContextDigest } from '../pipeline/finished-methods.js';
import { RecordStore } from './record-store.js';
import type { StoredRecord } from './record-store.js';

/** A page record's fields: files, outcome, projection, then the projection's `pageContextDigest` and the outcome's sha256 (`identity`). */
const PAGE_OUTCOME = 1;
const CONTEXT_DIGEST = 3;
const PAGE_IDENTITY = 4;

/** The field the store keeps in its side file (see `RecordStore`): the outcome, which a warm run reads of few pages. */
export const PAGES_BULK_FIELD = PAGE_OUTCOME;

/** The content hash of a docs file (`missing` when it cannot be read), memoised per run. */
export type HashFile = (file: string) => string;

export interface PageCacheStats {
  /** Results handed back (as a value or as a projection), each counted once. */
  readonly reused: number;
  /** Results computed and stored, each counted once. */
  readonly computed: number;
}

/**
 * Per-page results of `buildIr`, each stored with the hashes of the page and of every
 * include it used: a result is reused only while all of them still hash the same. Results
 * go through JSON both ways, so a reused one is a fresh object like a computed one.
 *
 * A page's record holds its files, its outcome and its projection (what the cross-page passes
 * read of it), each parsed only when asked for: a run that stands a page in by its projection
 * never parses the outcome. Beside them, made when the record is: the projection's digest for the
 * cross-page context and the outcome's hash, so that a later run makes neither again.
 */
export class PageCache implements PageResultCache {
  private readonly reused = new Set<string>();
  private readonly computed = new Set<string>();
  readonly stats: PageCacheStats;
  /** Every docs file some result depends on (for the run key). */
  readonly dependencies = new Set<string>();

  constructor(private readonly records: RecordStore, private readonly hashFile: HashFile) {
    const reused = this.reused;
    const computed = this.computed;
    this.stats = {
      get reused() {
        return reused.size;
      },
      get computed() {
        return computed.size;
      },
    };
  }

  /** What `fresh` found per key this run (a record may be asked for its outcome, projection and identity). */
  private readonly checked = new Map<string, StoredRecord | undefined>();

  /** The record under `key` while every file it was made from hashes as then; kept for the next run. */
  private fresh(key: string): StoredRecord | undefined {
    if (this.checked.has(key)) return this.checked.get(key);
    const stored = this.records.latest(key);
    let found: StoredRecord | undefined;
    if (stored !== undefined) {
      try {
        const files = JSON.parse(stored.field(0)) as Array<[string, string]>;
        if (Array.isArray(files) && files.every(([f, h]) => this.hashFile(f) === h)) {
          this.records.keep(key, stored);
          for (const [f] of files) this.dependencies.add(f);
          found = stored;
        }
      } catch {
        // A damaged record is a miss: the page is done again.
      }
    }
    this.checked.set(key, found);
    return found;
  }

  /** Field `index` of the fresh record under `key`, parsed; undefined when there is none or it does not parse. */
  private freshField<T>(key: string, index: number): T | undefined {
    const stored = this.fresh(key);
    if (stored === undefined || stored.length <= index) return undefined;
    try {
      return JSON.parse(stored.field(index)) as T;
    } catch {
      return undefined;
    }
  }

  /** `freshField`, for a result handed back (counted as reused). */
  private parsedField<T>(key: string, index: number): T | undefined {
    const value = this.freshField<T>(key, index);
    if (value !== undefined) this.reused.add(key);
    return value;
  }

  lookup<T>(kind: ResultKind, source: string): T | undefined {
    return this.parsedField<T>(`${kind}:${source}`, PAGE_OUTCOME);
  }

  projection(source: string): PageProjection | undefined {
    return this.parsedField<PageProjection>(`page:${source}`, 2);
  }

  identity(kind: ResultKind, source: string): string | undefined {
    const stored = this.fresh(`${kind}:${source}`);
    if (stored === undefined) return undefined;
    return stored.length > PAGE_IDENTITY ? this.freshField<string>(`${kind}:${source}`, PAGE_IDENTITY) : sha256Hex(stored.field(PAGE_OUTCOME));
  }

  contextDigest(source: string): string | undefined {
    return this.freshField<string>(`page:${source}`, CONTEXT_DIGEST);
  }

  store<T>(kind: ResultKind, source: string, computed: Computed<T>, projection?: PageProjection): void {
    const hashed = computed.files.map((f): [string, string] => [f, this.hashFile(f)]);
    for (const f of computed.files) this.dependencies.add(f);
    const key = `${kind}:${source}`;
    // Serialised now: buildIr's cross-page passes mutate the value afterwards.
    const outcome = JSON.stringify(computed.value);
    const fields = [JSON.stringify(hashed), outcome];
    // With a page's projection, what the next run's cross-page context reads of it: made once, here.
    if (projection !== undefined) fields.push(JSON.stringify(projection), JSON.stringify(pageContextDigest(source, projection)), JSON.stringify(sha256Hex(outcome)));
    this.records.keep(key, fields);
    this.checked.delete(key);
    this.computed.add(key);
    this.reused.delete(key);
  }
}
