/**
 * Some pages offer several ways to call a method, each with its own numbered parameter table
 * ("1. By attached poll ID", "2. By poll element", "3. By signed ID"). The tables add up to the
 * method's params (nesting reads them as top-level tables); this module names the required
 * params of each way, so that emit can demand all of one of them (`IrMethod.paramSets`).
 */
import type { Heading, Nodes, RootContent } from 'mdast';
import type { Field } from '../../ir/types.js';
import type { TableContext } from './context.js';
import { collectFieldTables, isCallVariantHeading, isSectionWayHeading } from './nesting.js';

function headingsOf(nodes: readonly Nodes[], out: Heading[] = []): Heading[] {
  for (const n of nodes) {
    if (n.type === 'heading') out.push(n);
    else if (n.type === 'yfmTabs' || n.type === 'yfmTab' || n.type === 'yfmCut' || n.type === 'yfmNote' || n.type === 'yfmInclude') headingsOf(n.children as Nodes[], out);
  }
  return out;
}

/**
 * The required param names of each numbered way to call, when the section has two or more
 * numbered headings of one depth, each over a field table; else none. The tables are read
 * again here with their diagnostics dropped: nesting has reported them already.
 */
export function extractCallVariants(nodes: readonly RootContent[], ctx: TableContext): string[][] {
  const numbered = headingsOf(nodes as Nodes[]).filter(isCallVariantHeading);
  const depth = numbered[0]?.depth;
  if (numbered.length === 0 || numbered.some((h) => h.depth !== depth)) return [];
  const tables = collectFieldTables(nodes, { ...ctx, diagnostics: [] });
  // "Method Parameters for …" sections: the first way's table sits under the section's own heading.
  const firstWayUnheaded = tables[0]?.heading === undefined && numbered.every(isSectionWayHeading);
  if (numbered.length < (firstWayUnheaded ? 1 : 2)) return [];
  const sets: string[][] = [];
  for (const [i, t] of tables.entries()) {
    const isWay = t.heading === undefined ? firstWayUnheaded && i === 0 : numbered.includes(t.heading);
    if (!isWay) continue;
    const required = t.rows.filter((r) => !r.typeOnly && r.field.required).map((r) => r.field.name);
    if (required.length > 0) sets.push(required);
  }
  return sets.length >= 2 ? sets : [];
}

/**
 * Each way's required params are required only on that way: `conditional` on the method.
 * Returns the sets whose every name is a param (the others say nothing the types can use).
 */
export function applyCallVariants(params: Field[], sets: readonly string[][]): string[][] {
  const usable = sets.filter((set) => set.every((name) => params.some((p) => p.name === name)));
  if (usable.length < 2) return [];
  for (const name of new Set(usable.flat())) {
    const param = params.find((p) => p.name === name) as Field;
    param.required = false;
    param.requiredMark = 'conditional';
  }
  return usable.map((set) => [...set]);
}
