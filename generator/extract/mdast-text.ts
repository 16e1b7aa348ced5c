import type { Nodes, RootContent } from 'mdast';
import { lineStartOffsets } from '../parse/src-lines.js';

/**
 * Plain text of a node. Unlike mdast-util-to-string this turns `<br>` into a line break
 * and drops other raw HTML, because error cells use `<br>` between sentences and tags
 * must never leak into messages.
 */
export function plainText(node: Nodes | Nodes[]): string {
  if (Array.isArray(node)) return node.map((n) => plainText(n)).join('');
  switch (node.type) {
    case 'html':
      return /^<br\s*\/?>$/i.test(node.value.trim()) ? '\n' : '';
    case 'break':
      return '\n';
    case 'text':
    case 'inlineCode':
    case 'code':
      return node.value;
    case 'image':
      return node.alt ?? '';
    default:
      break;
  }
  if ('children' in node) {
    const blockish = node.type === 'root' || node.type === 'listItem' || node.type === 'list'
      || node.type === 'blockquote' || node.type === 'yfmTableCell' || node.type === 'yfmNote'
      || node.type === 'yfmTab' || node.type === 'yfmCut' || node.type === 'yfmInclude';
    const parts = (node.children as Nodes[]).map((c) => plainText(c));
    return blockish ? parts.join('\n') : parts.join('');
  }
  return '';
}

/** Plain text with runs of whitespace collapsed: for matching headings and labels. */
export function flatText(node: Nodes | Nodes[]): string {
  return plainText(node).replace(/\s+/g, ' ').trim();
}

/**
 * The Markdown source of a run of sibling nodes, sliced from the file by position.
 * Falls back to plain text when positions are missing or do not point into `source`
 * (nodes that came from an included fragment carry that fragment's positions).
 */
export function markdownOf(nodes: readonly RootContent[], source: string): string {
  if (nodes.length === 0) return '';
  const first = nodes[0]!;
  const last = nodes[nodes.length - 1]!;
  const start = first.position?.start;
  const end = last.position?.end;
  if (start && end) {
    const slice = sliceByPosition(source, start.line, start.column, end.line, end.column);
    if (slice !== undefined && looksLike(slice, plainText(nodes as Nodes[]))) return slice.trim();
  }
  return nodes.map((n) => plainText(n as Nodes).trim()).filter((t) => t !== '').join('\n\n');
}

function sliceByPosition(source: string, l1: number, c1: number, l2: number, c2: number): string | undefined {
  const lineStarts = cachedLineStarts(source);
  const a = lineStarts[l1 - 1];
  const b = lineStarts[l2 - 1];
  if (a === undefined || b === undefined) return undefined;
  const from = a + c1 - 1;
  const to = b + c2 - 1;
  if (from < 0 || to > source.length || to < from) return undefined;
  return source.slice(from, to);
}

const lineStartByString = new Map<string, number[]>();

function cachedLineStarts(source: string): number[] {
  // Strings cannot be WeakMap keys; a page is sliced many times in a row, so keep the last few.
  const cached = lineStartByString.get(source);
  if (cached) return cached;
  const starts = lineStartOffsets(source);
  if (lineStartByString.size > 4) lineStartByString.clear();
  lineStartByString.set(source, starts);
  return starts;
}

/** Whether the first few letters of the plain text occur in the slice: a sanity check on positions. */
function looksLike(slice: string, text: string): boolean {
  const probe = text.replace(/[^\p{L}\p{N}]+/gu, '').slice(0, 12);
  if (probe === '') return true;
  return slice.replace(/[^\p{L}\p{N}]+/gu, '').includes(probe);
}
