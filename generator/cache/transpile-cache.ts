import type { PrintedModuleMemo } from '../emit/module-memo.js';
import { contentHash } from './content-hash.js';
import { RecordStore } from './record-store.js';

export interface Transpiled {
  js: string;
  dts: string;
}

/** `.ts` → `.js` + `.d.ts` results by a hash of the file name and source: only changed modules are transpiled again. */
export class TranspileCache {
  hits = 0;
  misses = 0;

  constructor(private readonly store: RecordStore) {}

  lookup(fileName: string, source: string): Transpiled | undefined {
    const key = contentHash(fileName, source);
    const stored = this.store.get(key);
    let out: Transpiled | undefined;
    try {
      if (stored) out = { js: JSON.parse(stored[0] as string) as string, dts: JSON.parse(stored[1] as string) as string };
    } catch {
      out = undefined;
    }
    if (out === undefined || typeof out.js !== 'string' || typeof out.dts !== 'string') {
      this.misses++;
      return undefined;
    }
    this.store.keep(key, stored as readonly string[]);
    this.hits++;
    return out;
  }

  keep(fileName: string, source: string, out: Transpiled): void {
    this.store.keep(contentHash(fileName, source), [JSON.stringify(out.js), JSON.stringify(out.dts)]);
  }

  /**
   * Printed section modules by the hash of their plan (see `PrintedModuleMemo`), in the same
   * store: a module and its transpiled form are both reused when its section did not change.
   */
  readonly printed: PrintedModuleMemo = {
    get: (key) => {
      const stored = this.store.get(`p${key}`);
      let text: unknown;
      try {
        text = stored === undefined || stored.length !== 1 ? undefined : JSON.parse(stored[0] as string);
      } catch {
        text = undefined;
      }
      if (typeof text !== 'string') return undefined;
      this.store.keep(`p${key}`, stored as readonly string[]);
      return text;
    },
    keep: (key, text) => {
      this.store.keep(`p${key}`, [JSON.stringify(text)]);
    },
  };
}
