import { knownPlanFacts, PLAN_HEAD_FIELDS, planFacts } from '../emit/plan-memo.js';
import type { PlanFacts, PlanMemo, PlannedMethod, SharedPlan } from '../emit/plan-memo.js';
import type { MethodPlan } from '../emit/plan.js';
import { isObjectShape, lazyObject, objectShape, type ObjectShape } from './lazy-object.js';
import type { RecordStore, StoredRecord } from './record-store.js';

/**
 * Method plans by their key (see `PlanMemo`), one record each: a head (the claimed names, the
 * findings, the plan's shape and its facts, `PlanFacts`) and the plan, as JSON texts. A kept
 * plan comes back lazy (`lazyObject`): a run reads the bulk of only the plans whose parts it
 * prints. A record that does not parse is a miss. The shared plan (`SharedPlan`) is one more
 * record.
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

  getShared(key: string): SharedPlan | undefined {
    const stored = this.store.get(`${SHARED_PREFIX}${key}`);
    if (stored === undefined || stored.length !== 1) return undefined;
    let shared: Partial<SharedPlan>;
    try {
      shared = JSON.parse(stored.field(0)) as Partial<SharedPlan>;
    } catch {
      return undefined;
    }
    const lists = [shared.names, shared.shared, shared.namedTypeNames, shared.refAliasNames, shared.valueMapNames, shared.diagnostics];
    if (!lists.every(Array.isArray) || typeof shared.context !== 'string' || typeof shared.sharedDigest !== 'string') return undefined;
    this.store.keep(`${SHARED_PREFIX}${key}`, stored);
    return shared as SharedPlan;
  }

  keepShared(key: string, shared: SharedPlan): void {
    this.store.keep(`${SHARED_PREFIX}${key}`, [JSON.stringify(shared)]);
  }

  keep(key: string, planned: PlannedMethod): void {
    // Taken now, like the plan's JSON: the planner adds the namespace path to the plan afterwards.
    const head: PlanRecordHead = {
      claims: planned.claims,
      diagnostics: planned.diagnostics,
      shape: objectShape(planned.plan, PLAN_HEAD_FIELDS),
      facts: planFacts(planned.plan),
      identity: planned.identity,
    };
    this.store.keep(key, [JSON.stringify(head), JSON.stringify(planned.plan)]);
  }
}

/** The field the store keeps in its side file (see `RecordStore`): the plan, which a warm run reads of few methods. */
export const PLANS_BULK_FIELD = 1;

/** The shared plan's record is kept beside the method plans, under its key with this prefix. */
const SHARED_PREFIX = 'shared ';

/** What a warm run reads of every kept plan, in one field (one parse each). */
interface PlanRecordHead {
  claims: PlannedMethod['claims'];
  diagnostics: PlannedMethod['diagnostics'];
  shape: ObjectShape;
  facts: PlanFacts;
  identity: string;
}

function plannedFrom(stored: StoredRecord): PlannedMethod | undefined {
  if (stored.length !== 2) return undefined;
  let head: Partial<PlanRecordHead>;
  try {
    head = JSON.parse(stored.field(0)) as Partial<PlanRecordHead>;
  } catch {
    return undefined;
  }
  const { claims, diagnostics, shape, facts, identity } = head;
  if (!Array.isArray(claims) || !Array.isArray(diagnostics) || !isObjectShape(shape) || typeof facts !== 'object' || facts === null || typeof identity !== 'string') return undefined;
  const plan = lazyObject<MethodPlan>(shape, () => stored.field(PLANS_BULK_FIELD));
  knownPlanFacts(plan, facts);
  return { claims, plan, diagnostics, identity };
}
