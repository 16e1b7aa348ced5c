import type { Code, RootContent } from 'mdast';
import type { Position } from 'unist';
import type { Diagnostic, Severity } from '../ir/types.js';
import type { Directive } from './directives.js';
import { isDevOnlyCondition, matchDirective } from './directives.js';
import { findFenceClose, matchFenceOpen } from './fence.js';
import type { FenceOpen } from './fence.js';
import { parseMarkdownChunk } from './markdown-chunk.js';
import type { FilePoint } from './split-yfm-table.js';
import { splitYfmTable } from './split-yfm-table.js';
import { buildYfmTable } from './build-yfm-table.js';
import type { SrcLine } from './src-lines.js';
import { dedentLines, indentChars, isBlank, minIndentWidth, sliceLine } from './src-lines.js';
import type { YfmCut, YfmInclude, YfmNote, YfmTab, YfmTabs } from './yfm-nodes.js';

/** Deeper nesting of tables and directives is refused; it also bounds the re-scans of nested blocks. */
export const MAX_BLOCK_NESTING = 48;

/** What the block parser needs from the page being parsed. */
export interface BlockContext {
  file: string;
  lineStarts: readonly number[];
  diagnostics: Diagnostic[];
  /** Builds the `yfmInclude` node (reading and parsing the fragment). */
  include(directive: Extract<Directive, { kind: 'include' }>, position: Position): YfmInclude;
}

type Content = RootContent;

const HEADING_ANCHOR = /^ {0,3}#{1,6}(?:[ \t].*?)?[ \t]*\{#([^{}\s]+)\}[ \t]*$/;
const ANCHOR_SUFFIX = /[ \t]*\{#[^{}\s]+\}[ \t]*$/;
const ATTR_SUFFIX = /[ \t]*\{\.[\w-]+(?:[ \t]+[.#][\w-]+)*\}[ \t]*$/;
const TAB_ITEM = /^([ \t]*)[-*+][ \t]+(.*)$/;

export function report(ctx: BlockContext, at: FilePoint, severity: Severity, code: string, message: string): void {
  ctx.diagnostics.push({ file: ctx.file, line: at.line, column: at.column, severity, code, message });
}

const pointOf = (ctx: BlockContext, l: SrcLine, index: number): { line: number; column: number; offset?: number } => {
  const column = l.col + index + 1;
  const start = ctx.lineStarts[l.line - 1];
  return start === undefined ? { line: l.line, column } : { line: l.line, column, offset: start + column - 1 };
};

/** Position from the start of `first` (after indentation) to the end of `last`. */
export function spanOf(ctx: BlockContext, first: SrcLine, last: SrcLine): Position {
  return { start: pointOf(ctx, first, indentChars(first.text)), end: pointOf(ctx, last, last.text.length) };
}

/** The directive on a line, if the line starts with one (cheap test first: most lines have no `{%`). */
function directiveOf(text: string): ReturnType<typeof matchDirective> {
  const i = indentChars(text);
  return text.charCodeAt(i) === 123 && text.charCodeAt(i + 1) === 37 ? matchDirective(text) : null;
}

/**
 * The fence opened on `lines[j]` and its closing line, when it does close. An unclosed
 * fence is not skipped by the extent scans: inside tables a fence often closes on a line
 * that also carries `||`, which only the cell splitter understands.
 */
function closedFence(lines: readonly SrcLine[], j: number): number {
  const open = matchFenceOpen((lines[j] as SrcLine).text);
  if (!open) return -1;
  return findFenceClose(lines, j, open);
}

/**
 * The last line of the atomic block (closed fence or `#|` table) starting at `lines[j]`,
 * or -1. The extent scans skip these whole, as markdown-it's block rules consume them
 * before the tabs or notes around them are closed; a table's own ``` toggling decides
 * where it ends (a fence in a cell often closes on a line ending in `||`).
 */
function atomicBlockEnd(lines: readonly SrcLine[], j: number): number {
  const text = (lines[j] as SrcLine).text;
  const i = indentChars(text);
  if (text.charCodeAt(i) === 35 && text.charCodeAt(i + 1) === 124) return splitYfmTable(lines, j).next - 1;
  return closedFence(lines, j);
}

/** Index of the line closing the block opened before `from`, counting nested openers; -1 if none. */
function findClose(
  lines: readonly SrcLine[],
  from: number,
  isOpen: (d: Directive) => boolean,
  isClose: (d: Directive) => boolean,
  stopAtElse = false,
): number {
  let depth = 0;
  for (let j = from; j < lines.length; j++) {
    const text = (lines[j] as SrcLine).text;
    const blockEnd = atomicBlockEnd(lines, j);
    if (blockEnd !== -1) {
      j = blockEnd;
      continue;
    }
    const m = directiveOf(text);
    if (!m) continue;
    if (isOpen(m.directive)) depth++;
    else if (isClose(m.directive)) {
      if (depth === 0) return j;
      depth--;
    } else if (stopAtElse && depth === 0 && m.directive.kind === 'else') return j;
  }
  return -1;
}

const closeKindOf: Record<string, Directive['kind']> = { note: 'endnote', cut: 'endcut', tabs: 'endlist' };

/**
 * Parses a run of lines into mdast block nodes: the YFM constructs are recognised here,
 * line by line, and only the plain Markdown between them goes to remark.
 */
export function parseBlocks(lines: readonly SrcLine[], ctx: BlockContext, depth: number): Content[] {
  const out: Content[] = [];
  let buf: SrcLine[] = [];
  let anchors: Map<number, string> | undefined;

  const flush = (): void => {
    if (buf.length > 0) {
      // One remark call per chunk. Measured on the corpus: batching chunks into one document
      // with separators was slower (micromark's cost grows faster than linearly with size).
      for (const node of parseMarkdownChunk(buf, ctx, anchors)) out.push(node);
      buf = [];
      anchors = undefined;
    }
  };

  const pushPlain = (l: SrcLine): void => {
    let text = l.text;
    if (text.includes('{')) {
      const h = HEADING_ANCHOR.exec(text);
      if (h) {
        anchors ??= new Map();
        anchors.set(buf.length, h[1] as string);
        text = text.replace(ANCHOR_SUFFIX, '');
      } else if (text.includes('{.')) {
        text = text.replace(ATTR_SUFFIX, '');
      }
      if (text !== l.text) l = { text, line: l.line, col: l.col };
    }
    buf.push(l);
  };

  const tooDeep = (l: SrcLine): boolean => {
    if (depth < MAX_BLOCK_NESTING) return false;
    report(ctx, pointOf(ctx, l, 0), 'error', 'nesting-too-deep', `blocks nested deeper than ${MAX_BLOCK_NESTING}; kept as text`);
    return true;
  };

  let i = 0;
  while (i < lines.length) {
    const l = lines[i] as SrcLine;
    const text = l.text;
    const indent = indentChars(text);
    const c0 = text.charCodeAt(indent);

    if (c0 === 96 || c0 === 126) {
      const open = matchFenceOpen(text);
      if (open) {
        const close = findFenceClose(lines, i, open);
        const last = close === -1 ? lines.length - 1 : close;
        if (indent === 0) {
          flush();
          out.push(codeNode(lines, i, last, close !== -1, open, ctx));
          if (close === -1) {
            report(ctx, pointOf(ctx, l, 0), 'warning', 'unclosed-fence', 'code fence is not closed before the end of its block');
          }
        } else {
          // An indented fence belongs to whatever Markdown block surrounds it (a list item);
          // remark keeps that structure. Its lines are still shielded from YFM recognition.
          for (let j = i; j <= last; j++) buf.push(lines[j] as SrcLine);
        }
        i = last + 1;
        continue;
      }
    }

    if (c0 === 35 && text.charCodeAt(indent + 1) === 124 && !tooDeep(l)) {
      flush();
      const { node, next } = buildYfmTable(lines, i, ctx, depth, parseBlocks);
      out.push(node);
      i = next;
      continue;
    }

    if (c0 === 123) {
      const m = directiveOf(text);
      if (m) {
        const handled = handleDirective(m.directive, m.length, i);
        if (handled !== null) {
          i = handled;
          continue;
        }
      }
    }

    pushPlain(l);
    i++;
  }
  flush();
  return out;

  /** Returns the next line index, or null to treat the line as plain text. */
  function handleDirective(d: Directive, length: number, at: number): number | null {
    const l = lines[at] as SrcLine;
    const where = pointOf(ctx, l, indentChars(l.text));
    const rest = l.text.slice(length);
    const restLine = isBlank(rest) ? null : sliceLine(l, length);
    switch (d.kind) {
      case 'note':
      case 'cut':
      case 'tabs': {
        if (tooDeep(l)) return null;
        flush();
        const closeKind = closeKindOf[d.kind] as Directive['kind'];
        const close = findClose(lines, at + 1, (x) => x.kind === d.kind, (x) => x.kind === closeKind);
        const end = close === -1 ? lines.length : close;
        if (close === -1) {
          report(ctx, where, 'error', 'unclosed-directive', `{% ${d.kind === 'tabs' ? 'list tabs' : d.kind} %} is not closed; closed at the end of the block`);
        }
        const body = lines.slice(at + 1, end);
        if (restLine) body.unshift(restLine);
        const lastLine = (lines[Math.min(end, lines.length - 1)] as SrcLine);
        const position = spanOf(ctx, l, lastLine);
        out.push(containerNode(d, body, position, ctx, depth + 1));
        return afterCloser(end);
      }
      case 'include': {
        flush();
        out.push(ctx.include(d, spanOf(ctx, l, sliceLine(l, 0, length))));
        if (restLine) report(ctx, where, 'warning', 'text-after-directive', 'text after {% include %} on the same line is ignored');
        return at + 1;
      }
      case 'if': {
        flush();
        if (!isDevOnlyCondition(d.condition)) return at + 1;
        const close = findClose(lines, at + 1, (x) => x.kind === 'if', (x) => x.kind === 'endif', true);
        if (close === -1) {
          report(ctx, where, 'error', 'unclosed-directive', '{% if %} is not closed; dropped to the end of the block');
          return lines.length;
        }
        return close + 1;
      }
      case 'else': {
        // Reached in a kept branch: the other branch is dropped.
        flush();
        const close = findClose(lines, at + 1, (x) => x.kind === 'if', (x) => x.kind === 'endif');
        return close === -1 ? lines.length : close + 1;
      }
      case 'endif':
        flush();
        return at + 1;
      case 'endnote':
      case 'endcut':
      case 'endlist':
        flush();
        report(ctx, where, 'warning', 'stray-directive', `{% ${d.kind} %} without an opening directive`);
        return at + 1;
      case 'other':
        return null;
    }
  }

  /** Continues after a closing directive line; text after it on the same line is parsed on. */
  function afterCloser(close: number): number {
    if (close >= lines.length) return lines.length;
    const l = lines[close] as SrcLine;
    const m = directiveOf(l.text);
    const rest = m ? l.text.slice(m.length) : '';
    if (m && !isBlank(rest)) {
      // Re-scan the remainder as if it were its own line.
      (lines as SrcLine[])[close] = sliceLine(l, m.length);
      return close;
    }
    return close + 1;
  }
}

function codeNode(
  lines: readonly SrcLine[],
  open: number,
  last: number,
  closed: boolean,
  fence: FenceOpen,
  ctx: BlockContext,
): Code {
  const first = lines[open] as SrcLine;
  const contentEnd = closed ? last : last + 1;
  const parts: string[] = [];
  for (let j = open + 1; j < contentEnd; j++) {
    const t = (lines[j] as SrcLine).text;
    // CommonMark: strip up to the fence's own indentation from the content lines.
    const strip = Math.min(fence.indent, indentChars(t));
    parts.push(strip > 0 ? t.slice(strip) : t);
  }
  const space = fence.info.search(/\s/);
  const lang = fence.info === '' ? null : space === -1 ? fence.info : fence.info.slice(0, space);
  const meta = space === -1 ? null : fence.info.slice(space).trim() || null;
  return { type: 'code', lang, meta, value: parts.join('\n'), position: spanOf(ctx, first, lines[last] as SrcLine) };
}

function containerNode(
  d: Extract<Directive, { kind: 'note' | 'cut' | 'tabs' }>,
  body: SrcLine[],
  position: Position,
  ctx: BlockContext,
  depth: number,
): YfmNote | YfmCut | YfmTabs {
  if (d.kind === 'tabs') return { type: 'yfmTabs', children: splitTabs(body, ctx, depth), position };
  const children = parseBlocks(body, ctx, depth) as YfmNote['children'];
  if (d.kind === 'note') return { type: 'yfmNote', noteType: d.noteType, title: d.title, children, position };
  return { type: 'yfmCut', title: d.title, children, position };
}

/**
 * Splits a tabs body into `- Label` items. The item indent is that of the first item; the
 * content of each item is dedented by its smallest indent, so a fence or a table written
 * four spaces in becomes a top-level block of the tab (file columns are kept in `SrcLine`).
 */
function splitTabs(body: SrcLine[], ctx: BlockContext, depth: number): YfmTab[] {
  const markers: number[] = [];
  let itemIndent = -1;
  let nested = 0;
  for (let j = 0; j < body.length; j++) {
    const t = (body[j] as SrcLine).text;
    const blockEnd = atomicBlockEnd(body, j);
    if (blockEnd !== -1) {
      j = blockEnd;
      continue;
    }
    const m = directiveOf(t);
    if (m) {
      if (m.directive.kind === 'tabs') nested++;
      else if (m.directive.kind === 'endlist' && nested > 0) nested--;
      continue;
    }
    if (nested > 0) continue;
    const item = TAB_ITEM.exec(t);
    if (!item) {
      if (markers.length === 0 && !isBlank(t)) {
        const l = body[j] as SrcLine;
        report(ctx, { line: l.line, column: l.col + indentChars(t) + 1 }, 'warning', 'text-outside-tab', 'text before the first tab item is ignored');
      }
      continue;
    }
    const ind = (item[1] as string).length;
    if (itemIndent === -1) itemIndent = ind;
    if (ind === itemIndent) markers.push(j);
  }
  const tabs: YfmTab[] = [];
  for (let k = 0; k < markers.length; k++) {
    const at = markers[k] as number;
    const end = k + 1 < markers.length ? (markers[k + 1] as number) : body.length;
    const marker = body[at] as SrcLine;
    const label = (TAB_ITEM.exec(marker.text)?.[2] ?? '').trim();
    const content = body.slice(at + 1, end);
    let lastNonBlank = at;
    for (let j = end - 1; j > at; j--) {
      if (!isBlank((body[j] as SrcLine).text)) {
        lastNonBlank = j;
        break;
      }
    }
    const children = parseBlocks(dedentLines(content, minIndentWidth(content)), ctx, depth) as YfmTab['children'];
    tabs.push({ type: 'yfmTab', label, children, position: spanOf(ctx, marker, body[lastNonBlank] as SrcLine) });
  }
  return tabs;
}
