/**
 * Whether a page says its params must be sent in the documented order (legacy task methods:
 * "It is mandatory to follow the order of parameters in the request", "Pass parameters … according
 * to the order in the table. If the order is violated …"). The phrase names the order of the
 * params *and* a consequence or an obligation, so prose about an `order` param does not count.
 */
const ORDER_OF_PARAMS = /\b(order of (the )?(specified )?param|param\w* order\b|according to the order in the table)/i;
const OBLIGATION = /\b(mandatory|essential|must|violat\w*|otherwise)\b/i;

export function notesParamOrder(prose: readonly string[]): boolean {
  return prose.some((text) => ORDER_OF_PARAMS.test(text) && OBLIGATION.test(text));
}
