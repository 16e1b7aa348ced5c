import type { SrcLine } from './src-lines.js';
import { indentChars, sliceLine } from './src-lines.js';

/** A 1-based point in the file. */
export interface FilePoint {
  line: number;
  column: number;
}

/** One raw cell: its source lines (the first starts after `|`, the last ends before `|`). */
export interface RawCell {
  lines: SrcLine[];
  start: FilePoint;
  end: FilePoint;
}

export interface RawRow {
  cells: RawCell[];
  start: FilePoint;
  end: FilePoint;
}

export interface SplitTable {
  rows: RawRow[];
  /** Index of the first line after the table. */
  next: number;
  /** False when the file ended before the matching `|#`. */
  closed: boolean;
  start: FilePoint;
  end: FilePoint;
  /** Text after `|#` on its line (ignored by Diplodoc; reported by the caller when not blank). */
  trailing: string;
}

const PIPE = 124;
const HASH = 35;
const BACKTICK = 96;
const BACKSLASH = 92;
const LBRACE = 123;

const point = (l: SrcLine, index: number): FilePoint => ({ line: l.line, column: l.col + index + 1 });

/**
 * Splits the `#| … |#` table that opens on `lines[start]` (after its indentation) into rows
 * and cells, with the character state machine of Diplodoc's table plugin:
 * - only a literal ``` toggles "code" (inline or fenced); single backticks protect nothing;
 * - `{{ … }}` on one line is skipped;
 * - nested `#|` … `|#` are counted and skipped whole (the cell's own parse splits them);
 * - `||` opens or closes a row; a `|` not preceded by `\` ends a cell.
 * Text outside rows is ignored. Runs in time linear in the table's length.
 */
export function splitYfmTable(lines: readonly SrcLine[], start: number): SplitTable {
  const first = lines[start] as SrcLine;
  const openAt = indentChars(first.text);
  const rows: RawRow[] = [];
  let cells: RawCell[] = [];
  let rowStart: FilePoint | null = null;
  let cellLine = 0;
  let cellIndex = 0;
  let inCode = false;
  let level = 0;

  const cellLines = (endLine: number, endIndex: number): SrcLine[] => {
    const out: SrcLine[] = [];
    for (let li = cellLine; li <= endLine; li++) {
      const l = lines[li] as SrcLine;
      const from = li === cellLine ? cellIndex : 0;
      const to = li === endLine ? endIndex : l.text.length;
      out.push(from === 0 && to === l.text.length ? l : sliceLine(l, from, to));
    }
    return out;
  };
  const endCell = (li: number, p: number): void => {
    const l = lines[li] as SrcLine;
    cells.push({
      lines: cellLines(li, p),
      start: point(lines[cellLine] as SrcLine, cellIndex),
      end: point(l, p),
    });
  };

  for (let li = start; li < lines.length; li++) {
    const l = lines[li] as SrcLine;
    const s = l.text;
    const n = s.length;
    let p = li === start ? openAt + 2 : 0;
    while (p < n) {
      const c = s.charCodeAt(p);
      if (c === BACKTICK && s.charCodeAt(p + 1) === BACKTICK && s.charCodeAt(p + 2) === BACKTICK) {
        inCode = !inCode;
        p += 3;
        continue;
      }
      if (inCode) {
        p++;
        continue;
      }
      if (c === LBRACE && s.charCodeAt(p + 1) === LBRACE) {
        const close = s.indexOf('}}', p + 2);
        if (close !== -1) {
          p = close + 2;
          continue;
        }
      }
      if (c === HASH && s.charCodeAt(p + 1) === PIPE) {
        level++;
        p += 2;
        continue;
      }
      if (c === PIPE && s.charCodeAt(p + 1) === HASH) {
        if (level > 0) {
          level--;
          p += 2;
          continue;
        }
        if (rowStart) {
          endCell(li, p);
          rows.push({ cells, start: rowStart, end: point(l, p) });
        }
        return {
          rows,
          next: li + 1,
          closed: true,
          start: point(first, openAt),
          end: point(l, p + 2),
          trailing: s.slice(p + 2),
        };
      }
      if (level > 0 || c !== PIPE || s.charCodeAt(p - 1) === BACKSLASH) {
        p++;
        continue;
      }
      if (s.charCodeAt(p + 1) === PIPE) {
        if (rowStart) {
          endCell(li, p);
          rows.push({ cells, start: rowStart, end: point(l, p + 2) });
          cells = [];
          rowStart = null;
        } else {
          rowStart = point(l, p);
          cellLine = li;
          cellIndex = p + 2;
        }
        p += 2;
        continue;
      }
      if (rowStart) {
        endCell(li, p);
        cellLine = li;
        cellIndex = p + 1;
      }
      p++;
    }
  }
  const lastIndex = lines.length - 1;
  const last = lines[lastIndex] as SrcLine;
  if (rowStart) {
    endCell(lastIndex, last.text.length);
    rows.push({ cells, start: rowStart, end: point(last, last.text.length) });
  }
  return {
    rows,
    next: lines.length,
    closed: false,
    start: point(first, openAt),
    end: point(last, last.text.length),
    trailing: '',
  };
}
