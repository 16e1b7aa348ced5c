import type { Heading, Root, RootContent } from 'mdast';
import type { Node, Point, Position } from 'unist';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { cloneMapped } from './clone-nodes.js';
import { plainParagraph } from './plain-paragraph.js';
import { simpleBlocks } from './simple-blocks.js';
import { chunkRunStarts } from './split-chunk.js';
import type { SrcLine } from './src-lines.js';

/** Created once: building a unified processor per chunk would cost more than parsing most cells. */
const processor = unified().use(remarkParse);

/**
 * Chunk text → remark's children, positions relative to the chunk. Never handed out: callers
 * get copies with file positions. The same cell texts ("Yes", "**Description**", a `time`
 * row) recur thousands of times over a docs tree, and a copy costs far less than a parse.
 */
const parsedChunks = new Map<string, readonly RootContent[]>();
/** Bounds the memory: long chunks rarely repeat, and the cap keeps a huge tree from growing it without end. */
const MAX_MEMO_TEXT = 4000;
const MAX_MEMO_ENTRIES = 200_000;

/** What a chunk's positions are mapped into: the file's line start offsets. */
export interface PositionTarget {
  lineStarts: readonly number[];
}

/** Sees every chunk text before the memo (tests collect what would reach remark). */
let chunkObserver: ((text: string) => void) | undefined;

/** Test hook: `observer` is called with every chunk text handed to the chunk parser; `undefined` removes it. */
export function observeChunkTexts(observer: ((text: string) => void) | undefined): void {
  chunkObserver = observer;
}

function parseChunkText(text: string): readonly RootContent[] {
  if (chunkObserver) chunkObserver(text);
  const memo = text.length <= MAX_MEMO_TEXT;
  if (memo) {
    const hit = parsedChunks.get(text);
    if (hit) return hit;
  }
  const children = plainParagraph(text) ?? simpleBlocks(text) ?? (processor.parse(text) as Root).children;
  if (memo && parsedChunks.size < MAX_MEMO_ENTRIES) parsedChunks.set(text, children);
  return children;
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
  runChars: number = RUN_CHARS,
): RootContent[] {
  if (lines.length === 0) return [];
  let chars = 0;
  for (const l of lines) chars += l.text.length + 1;
  if (chars > runChars) {
    const starts = chunkRunStarts(lines, runChars);
    if (starts.length > 1) {
      const out: RootContent[] = [];
      for (let k = 0; k < starts.length; k++) {
        const from = starts[k] as number;
        const to = k + 1 < starts.length ? (starts[k + 1] as number) : lines.length;
        for (const node of parseRun(lines.slice(from, to), target, anchors && shiftAnchors(anchors, from, to))) out.push(node);
      }
      return out;
    }
  }
  return parseRun(lines, target, anchors);
}

/**
 * Above this many characters a chunk is cut into runs (see `chunkRunStarts`): micromark's cost per
 * character grows with the size of its input (a 4 MB chunk took six times as long per byte as a
 * 1 MB one), and a hostile page must not make parsing superlinear.
 */
export const RUN_CHARS = 16_000;

function shiftAnchors(anchors: ReadonlyMap<number, string>, from: number, to: number): Map<number, string> | undefined {
  let out: Map<number, string> | undefined;
  for (const [i, id] of anchors) {
    if (i < from || i >= to) continue;
    out ??= new Map();
    out.set(i - from, id);
  }
  return out;
}

function parseRun(lines: readonly SrcLine[], target: PositionTarget, anchors: ReadonlyMap<number, string> | undefined): RootContent[] {
  let text = '';
  let blank = true;
  for (let i = 0; i < lines.length; i++) {
    const t = (lines[i] as SrcLine).text;
    if (blank && t.trim() !== '') blank = false;
    text += i === 0 ? t : `\n${t}`;
  }
  if (blank) return [];
  return shiftedCopy(parseChunkText(text), lines, target, anchors);
}

/** A copy of `nodes` with positions moved from chunk lines to file lines, and cut `{#id}`s put on their headings. */
function shiftedCopy(
  nodes: readonly RootContent[],
  lines: readonly SrcLine[],
  target: PositionTarget,
  anchors: ReadonlyMap<number, string> | undefined,
): RootContent[] {
  const mapPoint = (pt: Point): Point => {
    const idx = Math.min(Math.max(pt.line, 1), lines.length) - 1;
    const l = lines[idx] as SrcLine;
    const column = l.col + pt.column;
    const start = target.lineStarts[l.line - 1];
    return start === undefined ? { line: l.line, column } : { line: l.line, column, offset: start + column - 1 };
  };
  return cloneMapped(nodes, (pos: Position, copy: Node): Position => {
    if (anchors && copy.type === 'heading') {
      const id = anchors.get(pos.start.line - 1);
      if (id !== undefined) {
        const heading = copy as Heading;
        heading.data = { ...heading.data, id };
      }
    }
    return { start: mapPoint(pos.start), end: mapPoint(pos.end) };
  });
}
