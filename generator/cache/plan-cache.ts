import type { PlanMemo, PlannedMethod } from '../emit/plan-memo.js';
import type { RecordStore } from './record-store.js';

/**
 * Method plans by their key (see `PlanMemo`), one record each: the claimed names, the plan
 * and its findings as JSON texts. A record that does not parse is a miss.
 */
export class PlanCache implements PlanMemo {
  hits = 0;
  misses = 0;

  constructor(private readonly store: RecordStore) {}

  get(key: string): PlannedMethod | undefined {
    const stored = this.store.get(key);
    let planned: PlannedMethod | undefined;
    if (stored !== undefined && stored.length === 3) {
      try {
        planned = { claims: JSON.parse(stored[0] as string), plan: JSON.parse(stored[1] as string), diagnostics: JSON.parse(stored[2] as string) } as PlannedMethod;
      } catch {
        planned = undefined;
      }
    }
    if (planned === undefined || !Array.isArray(planned.claims) || typeof planned.plan !== 'object' || planned.plan === null || !Array.isArray(planned.diagnostics)) {
      this.misses++;
      return undefined;
    }
    this.store.keep(key, stored as readonly string[]);
    this.hits++;
    return planned;
  }

  keep(key: string, planned: PlannedMethod): void {
    this.store.keep(key, [JSON.stringify(planned.claims), JSON.stringify(planned.plan), JSON.stringify(planned.diagnostics)]);
  }
}
