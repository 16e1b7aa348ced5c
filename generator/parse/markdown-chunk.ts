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

interface PendingChunk {
  lines: readonly SrcLine[];
  anchors: ReadonlyMap<number, string> | undefined;
  /** The array holding the placeholder, and the placeholder itself. */
  host: RootContent[];
  placeholder: RootContent;
}

/** Lines that end every open Markdown block, so that chunks parsed together cannot touch. */
const SEPARATOR = ['', '***', ''];

/** Text per remark call when batching; measured: 8–32 KB all do well, megabytes do not. */
const BATCH_CHARS = 16_384;

/**
 * Collects the plain-Markdown chunks of one file and parses them with a single remark call:
 * remark has a fixed cost per call that dominates on table cells of a few words. Each chunk
 * is first a placeholder in its host array; `resolve` swaps in the parsed nodes. When the
 * batch does not come apart cleanly at the separators (an unclosed `<pre>` or comment can
 * run on), every chunk is parsed on its own instead.
 */
export class ChunkBatch {
  private readonly pending: PendingChunk[] = [];

  constructor(private readonly target: PositionTarget) {}

  /** Registers `lines` for parsing and returns the placeholder to put into `host` (caller pushes it). */
  add(lines: readonly SrcLine[], anchors: ReadonlyMap<number, string> | undefined, host: RootContent[]): RootContent {
    const placeholder = { type: 'yfmPendingChunk', children: [] } as unknown as RootContent;
    this.pending.push({ lines, anchors, host, placeholder });
    return placeholder;
  }

  resolve(): void {
    const pending = this.pending.filter((p) => p.lines.some((l) => l.text.trim() !== ''));
    const results = new Map<RootContent, RootContent[]>();
    // Groups of bounded size: one giant document makes micromark's event arrays (and GC) the bottleneck.
    let group: PendingChunk[] = [];
    let size = 0;
    const parseGroup = (): void => {
      const batched = group.length > 1 ? this.parseTogether(group) : null;
      group.forEach((p, i) => {
        results.set(p.placeholder, batched ? (batched[i] as RootContent[]) : parseMarkdownChunk(p.lines, this.target, p.anchors));
      });
      group = [];
      size = 0;
    };
    for (const p of pending) {
      for (const l of p.lines) size += l.text.length + 1;
      group.push(p);
      if (size >= BATCH_CHARS) parseGroup();
    }
    if (group.length > 0) parseGroup();
    const hosts = new Set(this.pending.map((p) => p.host));
    for (const host of hosts) {
      const expanded: RootContent[] = [];
      for (const node of host) {
        if ((node.type as string) === 'yfmPendingChunk') {
          const nodes = results.get(node);
          if (nodes) for (const n of nodes) expanded.push(n);
        } else expanded.push(node);
      }
      host.length = 0;
      for (const n of expanded) host.push(n);
    }
    this.pending.length = 0;
  }

  private parseTogether(pending: readonly PendingChunk[]): RootContent[][] | null {
    const lines: SrcLine[] = [];
    const anchors = new Map<number, string>();
    const separatorLines: number[] = [];
    pending.forEach((p, i) => {
      if (i > 0) {
        // Separator lines map onto the chunk's last line; their nodes are dropped below.
        const last = lines[lines.length - 1] as SrcLine;
        for (const text of SEPARATOR) lines.push({ text, line: last.line, col: last.col });
        separatorLines.push(lines.length - 1); // 1-based line of `***`
      }
      if (p.anchors) for (const [k, v] of p.anchors) anchors.set(lines.length + k, v);
      for (const l of p.lines) lines.push(l);
    });
    let text = '';
    for (let i = 0; i < lines.length; i++) text += i === 0 ? (lines[0] as SrcLine).text : `\n${(lines[i] as SrcLine).text}`;
    const root: Root = processor.parse(text);
    const out: RootContent[][] = [[]];
    let k = 0;
    for (const child of root.children) {
      const startLine = child.position?.start.line ?? 0;
      const endLine = child.position?.end.line ?? 0;
      const sep = separatorLines[k];
      if (sep !== undefined && child.type === 'thematicBreak' && startLine === sep) {
        k++;
        out.push([]);
        continue;
      }
      if (sep !== undefined && endLine >= sep) return null;
      (out[k] as RootContent[]).push(child);
    }
    if (k !== separatorLines.length) return null;
    shiftPositions(root.children, lines, this.target, anchors);
    return out;
  }
}
