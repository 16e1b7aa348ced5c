/**
 * Tables → IR fields: parameter sections, Returned Data, and shared named structures.
 */
import type { RootContent } from 'mdast';
import type { Field } from '../../ir/types.js';
import type { TableContext } from './context.js';
import { mergeElementRows, nestDottedNames, normalizeField } from './field-order.js';
import { buildFieldTree } from './nesting.js';

export type { TableContext } from './context.js';
export { extractResultSection, type ResultSection } from './result-section.js';
export { extractNamedTypes } from './named-types.js';
export { parseNameCell, type NameCell } from './name-cell.js';
export { parseTypeCell } from './type-cell.js';
export { parseTypeText } from './type-text.js';
export { cellTokens, type CellToken } from './cell-tokens.js';
export { detectTableShape, type TableShape } from './table-shape.js';
export { extractFieldTable, type RowInfo } from './field-table.js';
export { buildFieldTree, collectFieldTables } from './nesting.js';

/** The params of a "Method Parameters" section (nodes in document order, includes flattened). */
export function extractParamSection(nodes: readonly RootContent[], ctx: TableContext): Field[] {
  const tree = buildFieldTree(nodes, ctx);
  return mergeElementRows(nestDottedNames(tree.top.filter((r) => !r.typeOnly).map((r) => r.field))).map(normalizeField);
}
