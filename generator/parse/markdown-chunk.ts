import type { Heading, Root, RootContent } from 'mdast';
import type { Node, Point } from 'unist';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { SrcLine } from './src-lines.js';

/** Created once: building a unified processor per chunk would cost more than parsing most cells. */
const processor = unified().use(remarkParse);

/** What a chunk's positions are mapped into: the file's line start offsets. */
export interface PositionTarget {
  lineStarts: readonly number[];
}

/**
 * Parses plain Markdown lines with remark and moves every node's position from the chunk
 * into the file (`SrcLine.line` / `SrcLine.col`). `anchors` maps a chunk line index to the
 * `{#id}` that the pre-pass cut from that line; a heading starting there gets `data.id`.
 */
export function parseMarkdownChunk(
  lines: readonly SrcLine[],
  target: PositionTarget,
  anchors?: ReadonlyMap<number, string>,
): RootContent[] {
  if (lines.length === 0) return [];
  let text = '';
  let blank = true;
  for (let i = 0; i < lines.length; i++) {
    const t = (lines[i] as SrcLine).text;
    if (blank && t.trim() !== '') blank = false;
    text += i === 0 ? t : `\n${t}`;
  }
  if (blank) return [];
  const root: Root = processor.parse(text);
  shiftPositions(root.children, lines, target, anchors);
  return root.children;
}

/** Moves positions from chunk lines to file lines, and puts cut `{#id}`s on their headings. */
function shiftPositions(
  nodes: readonly Node[],
  lines: readonly SrcLine[],
  target: PositionTarget,
  anchors: ReadonlyMap<number, string> | undefined,
): void {
  const mapPoint = (pt: Point): Point => {
    const idx = Math.min(Math.max(pt.line, 1), lines.length) - 1;
    const l = lines[idx] as SrcLine;
    const column = l.col + pt.column;
    const start = target.lineStarts[l.line - 1];
    return start === undefined ? { line: l.line, column } : { line: l.line, column, offset: start + column - 1 };
  };
  const walk = (node: Node): void => {
    const pos = node.position;
    if (pos) {
      if (anchors && node.type === 'heading') {
        const id = anchors.get(pos.start.line - 1);
        if (id !== undefined) {
          const heading = node as Heading;
          heading.data = { ...heading.data, id };
        }
      }
      node.position = { start: mapPoint(pos.start), end: mapPoint(pos.end) };
    }
    const children = (node as { children?: Node[] }).children;
    if (children) for (const child of children) walk(child);
  };
  for (const node of nodes) walk(node);
}
