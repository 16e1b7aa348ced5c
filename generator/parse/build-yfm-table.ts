import type { RootContent } from 'mdast';
import type { Point, Position } from 'unist';
import type { BlockContext } from './block-parser.js';
import { report } from './block-parser.js';
import type { SrcLine } from './src-lines.js';
import { indentChars, isBlank, sliceLine } from './src-lines.js';
import type { FilePoint, RawCell } from './split-yfm-table.js';
import { splitYfmTable } from './split-yfm-table.js';
import type { YfmTable, YfmTableCell, YfmTableRow } from './yfm-nodes.js';

type ParseBlocks = (lines: readonly SrcLine[], ctx: BlockContext, depth: number) => RootContent[];

const toPoint = (ctx: BlockContext, p: FilePoint): Point => {
  const start = ctx.lineStarts[p.line - 1];
  return start === undefined ? { line: p.line, column: p.column } : { line: p.line, column: p.column, offset: start + p.column - 1 };
};
const span = (ctx: BlockContext, a: FilePoint, b: FilePoint): Position => ({ start: toPoint(ctx, a), end: toPoint(ctx, b) });

/** The merge mark of a raw cell: `>` (colspan into the left cell), `^` (rowspan into the cell above). */
function mergeMark(cell: RawCell): '>' | '^' | null {
  let text = '';
  for (const l of cell.lines) {
    text += l.text.trim();
    if (text.length > 1) return null;
  }
  return text === '>' || text === '^' ? text : null;
}

/** Cell lines ready for the block parser: the first line starts after `|`, its leading blanks are not indentation. */
function cellContent(cell: RawCell): SrcLine[] {
  const lines = cell.lines.slice();
  const first = lines[0];
  if (first) lines[0] = sliceLine(first, indentChars(first.text));
  return lines;
}

/**
 * Builds the `yfmTable` node for the `#|` opening on `lines[start]`: splits it, parses each
 * cell's text as blocks, applies `>` / `^` merges and pads short rows as Diplodoc does.
 */
export function buildYfmTable(
  lines: readonly SrcLine[],
  start: number,
  ctx: BlockContext,
  depth: number,
  parseBlocks: ParseBlocks,
): { node: YfmTable; next: number } {
  const split = splitYfmTable(lines, start);
  if (!split.closed) report(ctx, split.start, 'error', 'unclosed-table', '`#|` table is not closed by `|#`; closed at the end of the block');
  if (!isBlank(split.trailing)) report(ctx, split.end, 'warning', 'text-after-table', 'text after `|#` on the same line is ignored');

  const width = split.rows.reduce((max, r) => Math.max(max, r.cells.length), 0);
  const rows: YfmTableRow[] = [];
  // The cell that covers each column in the rows so far, for `^` merges.
  const above: Array<YfmTableCell | undefined> = [];
  const spannedRow = new Map<YfmTableCell, number>();
  for (const raw of split.rows) {
    const row: YfmTableRow = { type: 'yfmTableRow', children: [], position: span(ctx, raw.start, raw.end) };
    let left: YfmTableCell | undefined;
    for (let col = 0; col < width; col++) {
      const rawCell = raw.cells[col];
      if (!rawCell) {
        const cell: YfmTableCell = { type: 'yfmTableCell', children: [], position: span(ctx, raw.end, raw.end) };
        row.children.push(cell);
        above[col] = cell;
        left = cell;
        continue;
      }
      const mark = mergeMark(rawCell);
      if (mark === '>' && left) {
        left.colspan = (left.colspan ?? 1) + 1;
        above[col] = left;
        continue;
      }
      const target = above[col];
      if (mark === '^' && target) {
        // A cell spanning several columns is covered by several `^`: count each row once.
        if (spannedRow.get(target) !== rows.length) {
          target.rowspan = (target.rowspan ?? 1) + 1;
          spannedRow.set(target, rows.length);
        }
        left = target;
        continue;
      }
      if (mark) report(ctx, rawCell.start, 'warning', 'table-merge-without-target', `\`${mark}\` cell has no cell to merge into; kept as text`);
      const cell: YfmTableCell = {
        type: 'yfmTableCell',
        children: parseBlocks(cellContent(rawCell), ctx, depth + 1) as YfmTableCell['children'],
        position: span(ctx, rawCell.start, rawCell.end),
      };
      row.children.push(cell);
      above[col] = cell;
      left = cell;
    }
    rows.push(row);
  }
  return { node: { type: 'yfmTable', children: rows, position: span(ctx, split.start, split.end) }, next: split.next };
}
