import type { PackagePlan } from '../plan.js';
import type { PlanMemo, PlannedMethod, SharedPlan } from '../plan-memo.js';

/**
 * A plan memo in memory, kept the way the cache keeps it (JSON text), counting what it kept and
 * found; with `shared`, it keeps shared plans too (as the cache does), counted apart.
 */
export function jsonPlanMemo(options: { shared?: boolean } = {}): PlanMemo & { kept: number; found: number; sharedKept: number; sharedFound: number } {
  const records = new Map<string, string>();
  const sharedRecords = new Map<string, string>();
  const sharedMethods: Pick<PlanMemo, 'getShared' | 'keepShared'> =
    options.shared === true
      ? {
          getShared(this: { sharedFound: number }, key) {
            const text = sharedRecords.get(key);
            if (text !== undefined) this.sharedFound++;
            return text === undefined ? undefined : (JSON.parse(text) as SharedPlan);
          },
          keepShared(this: { sharedKept: number }, key, shared) {
            this.sharedKept++;
            sharedRecords.set(key, JSON.stringify(shared));
          },
        }
      : {};
  return {
    kept: 0,
    found: 0,
    sharedKept: 0,
    sharedFound: 0,
    ...sharedMethods,
    get(key) {
      const text = records.get(key);
      if (text !== undefined) this.found++;
      return text === undefined ? undefined : (JSON.parse(text) as PlannedMethod);
    },
    keep(key, planned) {
      this.kept++;
      records.set(key, JSON.stringify(planned));
    },
  };
}

/** Everything of a plan that emit reads, as data: two plans with equal data print the same package. */
export function planData(plan: PackagePlan): unknown {
  const declared = [...plan.sharedNames, ...plan.methods.flatMap((m) => m.declarations.map((d) => d.name))];
  const tree = (node: PackagePlan['tree']): unknown => [node.method ?? null, [...node.children].map(([segment, child]) => [segment, tree(child)])];
  return JSON.parse(
    JSON.stringify({
      methods: plan.methods,
      sections: plan.sections,
      shared: plan.shared,
      systemErrors: plan.systemErrors,
      tree: tree(plan.tree),
      diagnostics: plan.diagnostics,
      declarations: declared.map((name) => [name, plan.resolve(name)]),
    }),
  );
}
