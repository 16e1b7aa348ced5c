/**
 * Small builders for hand-made YFM mdast trees in unit tests. String arguments accept a
 * tiny inline syntax: `code` and **strong**, so a cell reads like the docs.
 */
import type { BlockContent, Code, Heading, Link, List, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { YfmCut, YfmInclude, YfmNote, YfmTab, YfmTable, YfmTableCell, YfmTabs } from '../../parse/yfm-nodes.js';

type Inline = PhrasingContent | string;

export function inline(text: string): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const part of text.split(/(`[^`]+`|\*\*[^*]+\*\*)/)) {
    if (part === '') continue;
    if (part.startsWith('`') && part.endsWith('`') && part.length > 1) out.push({ type: 'inlineCode', value: part.slice(1, -1) });
    else if (part.startsWith('**') && part.endsWith('**') && part.length > 3) out.push({ type: 'strong', children: [{ type: 'text', value: part.slice(2, -2) }] });
    else out.push({ type: 'text', value: part });
  }
  return out;
}

function phrasing(items: Inline[]): PhrasingContent[] {
  return items.flatMap((i) => (typeof i === 'string' ? inline(i) : [i]));
}

export function root(...children: RootContent[]): Root {
  return { type: 'root', children };
}

export function h(depth: 1 | 2 | 3 | 4 | 5 | 6, ...content: Inline[]): Heading {
  return { type: 'heading', depth, children: phrasing(content) };
}

export function hid(depth: 1 | 2 | 3 | 4 | 5 | 6, id: string, ...content: Inline[]): Heading {
  return { ...h(depth, ...content), data: { id } };
}

export function p(...content: Inline[]): Paragraph {
  return { type: 'paragraph', children: phrasing(content) };
}

export function a(url: string, ...content: Inline[]): Link {
  return { type: 'link', url, children: phrasing(content) };
}

export function fence(lang: string | null, value: string): Code {
  return { type: 'code', lang, value };
}

export function list(...items: Array<Inline | Inline[]>): List {
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: items.map((item) => ({
      type: 'listItem' as const,
      spread: false,
      children: [p(...(Array.isArray(item) ? item : [item]))],
    })),
  };
}

export function quote(...paragraphs: Paragraph[]): RootContent {
  return { type: 'blockquote', children: paragraphs };
}

export type CellSpec = string | { text: string; colspan?: number; rowspan?: number } | BlockContent[];

export function cell(spec: CellSpec): YfmTableCell {
  if (Array.isArray(spec)) return { type: 'yfmTableCell', children: spec };
  if (typeof spec === 'string') return { type: 'yfmTableCell', children: cellBlocks(spec) };
  const c: YfmTableCell = { type: 'yfmTableCell', children: cellBlocks(spec.text) };
  if (spec.colspan) c.colspan = spec.colspan;
  if (spec.rowspan) c.rowspan = spec.rowspan;
  return c;
}

/** Lines of a cell become one paragraph with line breaks kept as "\n" text, like remark does. */
function cellBlocks(text: string): BlockContent[] {
  if (text === '') return [];
  return [p(text)];
}

export function table(...rows: CellSpec[][]): YfmTable {
  return {
    type: 'yfmTable',
    children: rows.map((r) => ({ type: 'yfmTableRow' as const, children: r.map(cell) })),
  };
}

export function tabs(...items: Array<[string, ...BlockContent[]]>): YfmTabs {
  return {
    type: 'yfmTabs',
    children: items.map(([label, ...children]): YfmTab => ({ type: 'yfmTab', label, children })),
  };
}

export function note(noteType: string, title: string | null, ...children: BlockContent[]): YfmNote {
  return { type: 'yfmNote', noteType, title, children };
}

export function cut(title: string, ...children: BlockContent[]): YfmCut {
  return { type: 'yfmCut', title, children };
}

export function include(file: string, ...children: RootContent[]): YfmInclude {
  return { type: 'yfmInclude', file, title: '', notitle: false, children };
}

/** Gives a node a position on `line` (column 1), for diagnostics tests. */
export function at<T extends RootContent>(line: number, node: T): T {
  node.position = { start: { line, column: 1 }, end: { line, column: 2 } };
  return node;
}
