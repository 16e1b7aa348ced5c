/**
 * A line of source as the block pre-pass sees it: possibly a slice of a file line (a table
 * cell starts after its `|`, tab content is dedented). `col` is the 0-based index in the
 * file line of `text[0]`, so any character keeps its file position: `col + index`.
 */
export interface SrcLine {
  readonly text: string;
  /** 1-based line in the file. */
  readonly line: number;
  readonly col: number;
}

/** Splits normalised (LF-only) text into lines numbered from 1. */
export function splitLines(text: string): SrcLine[] {
  const parts = text.split('\n');
  const out: SrcLine[] = new Array<SrcLine>(parts.length);
  for (let i = 0; i < parts.length; i++) out[i] = { text: parts[i] ?? '', line: i + 1, col: 0 };
  return out;
}

/** Start offset of every line of `text` (index = line - 1). */
export function lineStartOffsets(text: string): number[] {
  const starts = [0];
  let at = text.indexOf('\n');
  while (at !== -1) {
    starts.push(at + 1);
    at = text.indexOf('\n', at + 1);
  }
  return starts;
}

/** Number of leading space/tab characters. */
export function indentChars(text: string): number {
  let i = 0;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return i;
}

/** Width of the leading whitespace in columns (a tab advances to the next multiple of 4). */
export function indentWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) width++;
    else if (c === 9) width += 4 - (width % 4);
    else break;
  }
  return width;
}

export function isBlank(text: string): boolean {
  return indentChars(text) === text.length;
}

/** A slice of `line` from character `start` (to `end`), keeping file columns right. */
export function sliceLine(line: SrcLine, start: number, end?: number): SrcLine {
  return { text: line.text.slice(start, end), line: line.line, col: line.col + start };
}

/** Removes up to `width` columns of leading whitespace from each line (whole tabs only). */
export function dedentLines(lines: readonly SrcLine[], width: number): SrcLine[] {
  if (width <= 0) return lines.slice();
  return lines.map((l) => {
    let w = 0;
    let i = 0;
    while (i < l.text.length && w < width) {
      const c = l.text.charCodeAt(i);
      if (c === 32) w++;
      else if (c === 9) w += 4 - (w % 4);
      else break;
      i++;
    }
    return i === 0 ? l : sliceLine(l, i);
  });
}

/** The smallest indent width of the non-blank lines (0 when all are blank). */
export function minIndentWidth(lines: readonly SrcLine[]): number {
  let min = Infinity;
  for (const l of lines) {
    if (isBlank(l.text)) continue;
    const w = indentWidth(l.text);
    if (w < min) min = w;
    if (min === 0) break;
  }
  return min === Infinity ? 0 : min;
}
