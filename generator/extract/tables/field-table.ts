/**
 * One parameter/field table → rows. Each row keeps the `#anchor` links of its cells so
 * that nested sections can be tied to it.
 */
import type { RootContent } from 'mdast';
import type { Field, TypeRef } from '../../ir/types.js';
import type { YfmTable, YfmTableRow } from '../../parse/yfm-nodes.js';
import { anchorLinks, cellTokens } from './cell-tokens.js';
import { positionOf, report, type TableContext } from './context.js';
import { refineEnum } from './enum-values.js';
import { toMarkdown } from './markdown.js';
import { parseNameCell } from './name-cell.js';
import { logicalCells, type TableShape } from './table-shape.js';
import { parseTypeCell } from './type-cell.js';

export interface RowInfo {
  /** The field; for a type-only row (no name), a placeholder holding the type. */
  field: Field;
  /** `#anchor` targets linked from any cell of the row. */
  anchors: string[];
  /** A row without a name describes an alternative type of whatever the table is tied to. */
  typeOnly: boolean;
  /** For type-only rows: the field the table was tied to (nested tables attach there). */
  owner?: Field;
  row: YfmTableRow;
}

/** An object, or a list of objects: a type whose keys a later row can be. */
function holdsKeys(t: TypeRef): boolean {
  const one = t.kind === 'array' ? t.items : t;
  return one?.kind === 'object' || one?.kind === 'named';
}

export function extractFieldTable(table: YfmTable, shape: TableShape, ctx: TableContext): RowInfo[] {
  const out: RowInfo[] = [];
  const seen = new Set<string>();
  for (const row of table.children.slice(shape.headerRows)) {
    const cells = logicalCells(row.children);
    const nameCellNode = cells[0];
    if (!nameCellNode) continue;
    const nameBlocks = nameCellNode.children as RootContent[];
    const tokens = cellTokens(nameBlocks);
    if (tokens.every((t) => t.text.trim() === '')) {
      report(ctx, row, 'empty-name-cell', 'table row with an empty first cell skipped');
      continue;
    }
    const nc = parseNameCell(tokens);
    const typeCell = shape.typeCol !== undefined ? cells[shape.typeCol] : undefined;
    const typeTokens = typeCell && typeCell !== nameCellNode ? cellTokens(typeCell.children as RootContent[]) : nc.typeTokens;
    let type: TypeRef = parseTypeCell(typeTokens, ctx, nameCellNode);
    const descCell = shape.descCol >= 0 ? cells[shape.descCol] : undefined;
    const descBlocks = descCell && descCell !== nameCellNode ? (descCell.children as RootContent[]) : [];
    type = refineEnum(type, descBlocks);
    let description = toMarkdown(descBlocks);
    for (const extra of shape.extraCols) {
      const c = cells[extra.col];
      if (!c || c === descCell || c === nameCellNode) continue;
      const md = toMarkdown(c.children as RootContent[]);
      if (md !== '') description += `${description === '' ? '' : '\n\n'}**${extra.label}**: ${md}`;
    }
    const anchors = anchorLinks(row.children.flatMap((c) => c.children as RootContent[]));
    const position = positionOf(row, ctx);
    if (nc.name === undefined) {
      if (type.raw === '') {
        report(ctx, row, 'unparsed-name-cell', 'table row without a bold name or a type skipped');
        continue;
      }
      out.push({ field: { name: '', required: false, type, description, position }, anchors, typeOnly: true, row });
      continue;
    }
    let name = nc.name;
    if (seen.has(name)) {
      // `result` — object, then `result` — boolean right under it: the object's own key of the
      // same name (`{"result": {"result": true}}`), written without its parent's prefix.
      const previous = out[out.length - 1];
      if (previous !== undefined && !previous.typeOnly && previous.field.name === name && holdsKeys(previous.field.type)) name = `${name}.${name}`;
      else {
        report(ctx, row, 'duplicate-field', `"${nc.name}" is listed twice in one table; the first row is kept`);
        continue;
      }
    }
    seen.add(name);
    if (type.raw === '') report(ctx, nameCellNode, 'missing-type', `no type given for "${name}"`, 'info');
    const field: Field = {
      name,
      ...(nc.aliases.length > 0 ? { aliases: nc.aliases } : {}),
      required: nc.requiredMark === 'required',
      requiredMark: nc.requiredMark,
      type,
      description,
      position,
    };
    out.push({ field, anchors, typeOnly: false, row });
  }
  return out;
}
