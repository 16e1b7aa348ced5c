import { describe, expect, it } from 'vitest';
import { splitYfmTable } from './split-yfm-table.js';
import { splitLines } from './src-lines.js';

const cellsOf = (src: string): string[][] =>
  splitYfmTable(splitLines(src), 0).rows.map((r) => r.cells.map((c) => c.lines.map((l) => l.text).join('\n').trim()));

describe('splitYfmTable (Diplodoc state machine)', () => {
  it('splits rows on || and cells on |', () => {
    expect(cellsOf('#|\n|| a | b ||\n|| c | d ||\n|#')).toEqual([['a', 'b'], ['c', 'd']]);
  });
  it('does not split on an escaped pipe', () => {
    expect(cellsOf('#|\n|| a \\| b | c ||\n|#')).toEqual([['a \\| b', 'c']]);
  });
  it('single backticks do NOT protect a pipe', () => {
    expect(cellsOf('#|\n|| `a|b` | c ||\n|#')).toEqual([['`a', 'b`', 'c']]);
  });
  it('a triple-backtick span or fence protects pipes', () => {
    expect(cellsOf('#|\n|| ```string|null``` | c ||\n|#')).toEqual([['```string|null```', 'c']]);
    expect(cellsOf('#|\n|| x\n```\na | b || |#\n```\n| c ||\n|#')).toEqual([['x\n```\na | b || |#\n```', 'c']]);
  });
  it('skips {{ }} on a line', () => {
    expect(cellsOf('#|\n|| {{a|b}} | c ||\n|#')).toEqual([['{{a|b}}', 'c']]);
  });
  it('counts nested tables and leaves them whole inside the cell', () => {
    const rows = cellsOf('#|\n|| a | x\n#|\n|| n | m ||\n#|\n|| deep ||\n|#\n|#\n||\n|#');
    expect(rows).toEqual([['a', 'x\n#|\n|| n | m ||\n#|\n|| deep ||\n|#\n|#']]);
  });
  it('records cell positions (1-based, file columns)', () => {
    const split = splitYfmTable(splitLines('#|\n|| ab | cd ||\n|#'), 0);
    const [a, b] = split.rows[0]?.cells ?? [];
    expect(a?.start).toEqual({ line: 2, column: 3 });
    expect(b?.start).toEqual({ line: 2, column: 8 });
    expect(split.end).toEqual({ line: 3, column: 3 });
    expect(split.closed).toBe(true);
    expect(split.next).toBe(3);
  });
  it('reports an unclosed table and closes the open row at the end', () => {
    const split = splitYfmTable(splitLines('#|\n|| a | b\nmore'), 0);
    expect(split.closed).toBe(false);
    expect(split.rows.map((r) => r.cells.map((c) => c.lines.map((l) => l.text).join('|')))).toEqual([[' a ', ' b|more']]);
  });
  it('ignores text outside rows', () => {
    expect(cellsOf('#|\nnoise | here\n|| a ||\n|#')).toEqual([['a']]);
  });
});
