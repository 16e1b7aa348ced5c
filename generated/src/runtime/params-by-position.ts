/**
 * Some legacy methods (`task.item.*`, `task.elapseditem.*`, …) read their params by position,
 * not by name: their pages say the order is mandatory, and named params give errors or wrong
 * results. The generated functions still take named params (the documented names, typed); this
 * turns them into the positional list the portal reads.
 */

const hasOwn = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);

/**
 * `{ TASKID: 1, TASKDATA: {…} }` with order `['TASKID', 'TASKDATA']` → `[1, {…}]`. The list
 * stops at the last param given; a param left out before it is sent as `null` (the portal's
 * "not given"). Params that are already a list, or that hold a key the order does not name
 * (an untyped call spelling the method its own way), are sent as they are: nothing is dropped.
 */
export function paramsByPosition(params: unknown, order: readonly string[]): unknown {
  if (params === null || typeof params !== 'object' || Array.isArray(params)) return params;
  const named = params as Record<string, unknown>;
  const given = (name: string): boolean => hasOwn(named, name) && named[name] !== undefined;
  for (const key of Object.keys(named)) if (named[key] !== undefined && !order.includes(key)) return params;
  let last = -1;
  order.forEach((name, i) => {
    if (given(name)) last = i;
  });
  return order.slice(0, last + 1).map((name) => (given(name) ? named[name] : null));
}

/** The order to send a method's params in, if it takes them by position (`orders` is keyed by wire name). */
export function paramOrderOf(method: string, orders: Readonly<Record<string, readonly string[]>> | undefined): readonly string[] | undefined {
  return orders !== undefined && hasOwn(orders, method) ? orders[method] : undefined;
}
