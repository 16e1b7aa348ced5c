/**
 * Whole-IR step: the order rule spreads to the whole method family. The legacy task methods say
 * "the order of parameters is mandatory" on some pages only (`task.item.update` does,
 * `task.item.add` does not), yet one service reads all of them by position. A family is the
 * method name without its last segment (`task.item`), so `task.item.userfield.*` stays apart.
 */
import type { IrMethod } from '../ir/types.js';
import { refineFromRequests } from './tables/request-refine.js';

function familyOf(name: string): string {
  return name.slice(0, Math.max(0, name.lastIndexOf('.')));
}

/** The method with `paramsByPosition` set where the IR keeps it (before `result`) and its params re-typed from examples read by position. */
function readByPosition(method: IrMethod): IrMethod {
  const params = structuredClone(method.params);
  refineFromRequests(params, method.examples, true);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(method)) {
    if (key === 'result') out['paramsByPosition'] = true;
    out[key] = key === 'params' ? params : value;
  }
  return out as unknown as IrMethod;
}

export function spreadParamOrderToFamilies(methods: readonly IrMethod[]): IrMethod[] {
  const families = new Set(methods.filter((m) => m.paramsByPosition === true).map((m) => familyOf(m.name)));
  families.delete('');
  return methods.map((m) =>
    m.paramsByPosition !== true && m.apiVersion === 'v2' && m.params.length > 0 && families.has(familyOf(m.name)) ? readByPosition(m) : m,
  );
}
