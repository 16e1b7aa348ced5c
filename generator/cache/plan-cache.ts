import { knownPlanFacts, PLAN_HEAD_FIELDS, planFacts } from '../emit/plan-memo.js';
import type { PlanFacts, PlanMemo, PlannedMethod } from '../emit/plan-memo.js';
import type { MethodPlan } from '../emit/plan.js';
import { isObjectShape, lazyObject, objectShape } from './lazy-object.js';
import type { RecordStore, StoredRecord } from './record-store.js';

/**
 * Method plans by their key (see `PlanMemo`), one record each: the claimed names, the plan, its
 * findings, the plan's shape and its facts (`PlanFacts`) as JSON texts. A kept plan comes back
 * lazy (`lazyObject`): a run reads the bulk of only the plans whose parts it prints. A record
 * that does not parse is a miss.
 */
export class PlanCache implements PlanMemo {
  hits = 0;
  misses = 0;

  constructor(private readonly store: RecordStore) {}

  get(key: string): PlannedMethod | undefined {
    const stored = this.store.get(key);
    const planned = stored === undefined ? undefined : plannedFrom(stored);
    if (planned === undefined) {
      this.misses++;
      return undefined;
    }
    this.store.keep(key, stored as StoredRecord);
    this.hits++;
    return planned;
  }

  keep(key: string, planned: PlannedMethod): void {
    // Taken now, like the plan's JSON: the planner adds the namespace path to the plan afterwards.
    const facts: PlanFacts = planFacts(planned.plan);
    this.store.keep(key, [
      JSON.stringify(planned.claims),
      JSON.stringify(planned.plan),
      JSON.stringify(planned.diagnostics),
      JSON.stringify(objectShape(planned.plan, PLAN_HEAD_FIELDS)),
      JSON.stringify(facts),
    ]);
  }
}

function plannedFrom(stored: StoredRecord): PlannedMethod | undefined {
  if (stored.length !== 5) return undefined;
  let claims: unknown;
  let diagnostics: unknown;
  let shape: unknown;
  let facts: unknown;
  try {
    claims = JSON.parse(stored.field(0));
    diagnostics = JSON.parse(stored.field(2));
    shape = JSON.parse(stored.field(3));
    facts = JSON.parse(stored.field(4));
  } catch {
    return undefined;
  }
  if (!Array.isArray(claims) || !Array.isArray(diagnostics) || !isObjectShape(shape) || typeof facts !== 'object' || facts === null) return undefined;
  const plan = lazyObject<MethodPlan>(shape, () => stored.field(1));
  knownPlanFacts(plan, facts as PlanFacts);
  return { claims, plan, diagnostics } as PlannedMethod;
}
