import type { PrintedModuleMemo } from '../emit/module-memo.js';
import { compiledPaths, isModuleSource } from '../emit/module-path.js';
import type { ModuleHashes, UnchangedModules } from '../emit/index.js';
import type { ModuleViews } from '../emit/module-views.js';
import { contentHash, sha256Hex } from '../content-hash.js';
import { fieldsOf, RecordStore } from './record-store.js';
import type { StoredRecord } from './record-store.js';

export interface Transpiled {
  js: string;
  dts: string;
}


/**
 * `.ts` → `.js` + `.d.ts` results by a hash of the file name and source: only changed modules
 * are transpiled again. Each record also holds the sha256 of both outputs, so a run learns the
 * hash of every module file it emits while hashing only the sources (see `hashesOf`).
 */
export class TranspileCache {
  hits = 0;
  misses = 0;
  /** The text and its sha256 of each source and output file looked up or kept in this run, by package path. */
  private readonly seen = new Map<string, { text: string; hash: string }>();

  constructor(private readonly store: RecordStore) {}

  /** Nothing stored by an earlier run (a first run, or another generator's cache). */
  get empty(): boolean {
    return this.store.size === 0;
  }

  /**
   * sha256 of those of `files` whose text this cache saw (and hashed) in this run: a file whose
   * text was changed afterwards is left out, to be hashed by whoever needs it.
   */
  hashesOf(files: ReadonlyMap<string, string>): Map<string, string> {
    const out = new Map<string, string>();
    for (const [file, { text, hash }] of this.seen) if (files.get(file) === text) out.set(file, hash);
    return out;
  }

  private keyOf(fileName: string, source: string): string {
    const sourceHash = sha256Hex(source);
    this.seen.set(fileName, { text: source, hash: sourceHash });
    return contentHash(fileName, sourceHash);
  }

  private noteOutputs(fileName: string, out: Transpiled, jsHash: string, dtsHash: string): void {
    const paths = compiledPaths(fileName);
    this.seen.set(paths.js, { text: out.js, hash: jsHash });
    this.seen.set(paths.dts, { text: out.dts, hash: dtsHash });
  }

  lookup(fileName: string, source: string): Transpiled | undefined {
    const key = this.keyOf(fileName, source);
    const stored = this.store.get(key);
    let out: Transpiled | undefined;
    try {
      if (stored && stored.length === 4) out = { js: JSON.parse(stored.field(0)) as string, dts: JSON.parse(stored.field(1)) as string };
    } catch {
      out = undefined;
    }
    const jsHash = stored?.field(2);
    const dtsHash = stored?.field(3);
    if (out === undefined || typeof out.js !== 'string' || typeof out.dts !== 'string' || !isHash(jsHash) || !isHash(dtsHash)) {
      this.misses++;
      return undefined;
    }
    this.store.keep(key, stored as StoredRecord);
    if (isModuleSource(fileName)) this.noteOutputs(fileName, out, jsHash.slice(1, -1), dtsHash.slice(1, -1));
    this.hits++;
    return out;
  }

  keep(fileName: string, source: string, out: Transpiled): void {
    const jsHash = sha256Hex(out.js);
    const dtsHash = sha256Hex(out.dts);
    this.store.keep(this.keyOf(fileName, source), [JSON.stringify(out.js), JSON.stringify(out.dts), JSON.stringify(jsHash), JSON.stringify(dtsHash)]);
    if (isModuleSource(fileName)) this.noteOutputs(fileName, out, jsHash, dtsHash);
  }

  /**
   * The three-form modules as the last run put them together: the recipe of each (its parts'
   * keys) and the sha256 of its three files as written, by its `src/….ts` path.
   */
  moduleRecord(file: string): { recipe: string; hashes: ModuleHashes } | undefined {
    const stored = this.store.get(`m${file}`);
    const fields = stored === undefined ? [] : fieldsOf(stored);
    if (fields.length !== 4 || !fields.every(isHash)) return undefined;
    const [recipe, ts, js, dts] = fields.map((field) => field.slice(1, -1)) as [string, string, string, string];
    return { recipe, hashes: { ts, js, dts } };
  }

  /**
   * The modules `onDisk` (the output folder's files the cache vouches for) holds as the last run
   * put them together: same recipe, same hashes of all three files.
   */
  unchangedModules(onDisk: ReadonlyMap<string, string>): UnchangedModules {
    return {
      find: (file, recipe) => {
        const record = this.moduleRecord(file);
        if (record === undefined || record.recipe !== recipe) return undefined;
        const paths = compiledPaths(file);
        const { ts, js, dts } = record.hashes;
        return onDisk.get(file) === ts && onDisk.get(paths.js) === js && onDisk.get(paths.dts) === dts ? record.hashes : undefined;
      },
    };
  }

  /**
   * The compiled forms of `modules`: from this cache where the source is unchanged, the rest
   * made by `compile` in one batch (and kept).
   */
  async transpileModules(
    modules: ReadonlyArray<readonly [file: string, source: string]>,
    compile: (modules: ReadonlyArray<readonly [file: string, source: string]>) => Promise<Transpiled[]>,
  ): Promise<Transpiled[]> {
    const out: Transpiled[] = [];
    const missing: number[] = [];
    modules.forEach(([file, source], i) => {
      const kept = this.lookup(file, source);
      if (kept === undefined) missing.push(i);
      else out[i] = kept;
    });
    const made = await compile(missing.map((i) => modules[i] as readonly [string, string]));
    missing.forEach((i, j) => {
      const [file, source] = modules[i] as readonly [string, string];
      out[i] = made[j] as Transpiled;
      this.keep(file, source, made[j] as Transpiled);
    });
    return out;
  }

  /** Keeps each module's recipe with the hashes of its files as this run wrote (or kept) them. */
  keepModules(recipes: ReadonlyMap<string, string>, written: ReadonlyMap<string, string>): void {
    for (const [file, recipe] of recipes) {
      const paths = compiledPaths(file);
      const hashes = [recipe, written.get(file), written.get(paths.js), written.get(paths.dts)];
      if (hashes.every((h): h is string => h !== undefined)) this.store.keep(`m${file}`, hashes.map((h) => JSON.stringify(h)));
    }
  }

  /**
   * Printed parts of section modules by the hash of their method's plan (see
   * `PrintedModuleMemo`), in the same store: one record of the three forms' texts.
   */
  readonly printed: PrintedModuleMemo = {
    get: (key) => {
      const stored = this.store.get(`p${key}`);
      if (stored === undefined || stored.length !== 3) return undefined;
      let views: ModuleViews;
      try {
        views = { ts: JSON.parse(stored.field(0)) as string, js: JSON.parse(stored.field(1)) as string, dts: JSON.parse(stored.field(2)) as string };
      } catch {
        return undefined;
      }
      if (typeof views.ts !== 'string' || typeof views.js !== 'string' || typeof views.dts !== 'string') return undefined;
      this.store.keep(`p${key}`, stored);
      return views;
    },
    keep: (key, views) => {
      this.store.keep(`p${key}`, [JSON.stringify(views.ts), JSON.stringify(views.js), JSON.stringify(views.dts)]);
    },
  };
}

/** A stored hash field: a JSON string of 64 hex digits (JSON.parse not needed to check it). */
function isHash(field: string | undefined): field is string {
  return field !== undefined && /^"[0-9a-f]{64}"$/.test(field);
}
