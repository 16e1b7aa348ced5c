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

  get(fileName: string, source: string, transpile: (fileName: string, source: string) => Transpiled): Transpiled {
    const key = contentHash(fileName, source);
    const stored = this.store.get(key);
    if (stored) {
      this.store.keep(key, stored);
      this.hits++;
      return { js: JSON.parse(stored[0] as string) as string, dts: JSON.parse(stored[1] as string) as string };
    }
    const out = transpile(fileName, source);
    this.store.keep(key, [JSON.stringify(out.js), JSON.stringify(out.dts)]);
    this.misses++;
    return out;
  }
}
