import type { Blockquote, Heading, InlineCode, List, ListItem, Link, Paragraph, PhrasingContent, RootContent, Strong, Text } from 'mdast';
import type { Point } from 'unist';

/**
 * remark's children for a chunk made only of ATX headings, paragraphs, tight one-line `- item`
 * lists and `> line` quotes whose inline content is plain text, `**strong**`, `` `code` `` and
 * `[text](url)` (the bulk of YFM table cells: `**name**` + newline + [`type`](link)), built
 * without running the parser: remark's per-call set-up costs more than such a chunk's parse.
 * Anything this cannot read with certainty — escapes, entities, `_` not between letters, `*` runs
 * other than `**` (and the `***` of a required mark), HTML, images, brackets that are not a plain
 * inline link, tabs, hard breaks, ordered or loose lists — gives undefined, and remark parses the
 * chunk instead. The corpus test compares every chunk of the docs that this accepts with remark.
 */
export function simpleBlocks(text: string): RootContent[] | undefined {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const pos = new Positions(text, lineStarts);
  const out: RootContent[] = [];
  let paraFirst = -1;
  let paraLast = -1;
  const closeParagraph = (): boolean => {
    if (paraFirst === -1) return true;
    const node = paragraph(text, lineStarts, paraFirst, paraLast, pos);
    paraFirst = -1;
    if (!node) return false;
    out.push(node);
    return true;
  };
  for (let l = 0; l < lineStarts.length; l++) {
    const from = lineStarts[l] as number;
    const to = l + 1 < lineStarts.length ? (lineStarts[l + 1] as number) - 1 : text.length;
    const line = text.slice(from, to);
    if (/^[ \t]*$/.test(line)) {
      if (!closeParagraph()) return undefined;
      continue;
    }
    if (line.charCodeAt(0) === 35 /* # */) {
      if (!closeParagraph()) return undefined;
      const node = heading(text, from, to, pos);
      if (!node) return undefined;
      out.push(node);
      continue;
    }
    if (line.charCodeAt(0) === 45 /* - */ && line.charCodeAt(1) === 32) {
      if (!closeParagraph()) return undefined;
      let last = l;
      while (last + 1 < lineStarts.length && text.startsWith('- ', lineStarts[last + 1] as number)) last++;
      const node = bulletList(text, lineStarts, l, last, pos);
      if (!node) return undefined;
      out.push(node);
      l = last;
      continue;
    }
    if (line.charCodeAt(0) === 62 /* > */) {
      if (paraFirst !== -1) return undefined;
      let last = l;
      while (last + 1 < lineStarts.length && text.charCodeAt(lineStarts[last + 1] as number) === 62) last++;
      const node = blockquote(text, lineStarts, l, last, pos);
      if (!node) return undefined;
      out.push(node);
      l = last;
      continue;
    }
    if (paraFirst === -1) {
      if (!startsParagraph(line, true)) return undefined;
      paraFirst = l;
    } else {
      // Indentation does not matter on a continuation line, but what follows it must not start a block.
      let lead = 0;
      while (line.charCodeAt(lead) === 32) lead++;
      if (!startsParagraph(lead === 0 ? line : line.slice(lead), false)) return undefined;
    }
    paraLast = l;
  }
  if (!closeParagraph()) return undefined;
  return out.length > 0 ? out : undefined;
}

/** 1. / 1) starts an ordered list (and may interrupt a paragraph). */
const LIST_START = /^ {0,3}\d{1,9}[.)](?:[ \t]|$)/;
/** What a paragraph line may start with: nothing that opens or continues another block. */
const PARAGRAPH_START = /^(?:[\p{L}\p{N}(`["'$%/:;?@{]|[^\x00-\x7f\s]|\*\*[^*\s])/u;

function startsParagraph(line: string, first: boolean): boolean {
  let i = 0;
  if (first) while (i < 3 && line.charCodeAt(i) === 32) i++;
  const rest = i === 0 ? line : line.slice(i);
  return PARAGRAPH_START.test(rest) && !LIST_START.test(rest);
}

class Positions {
  constructor(
    readonly text: string,
    readonly lineStarts: readonly number[],
  ) {}
  private line = 0;
  point(offset: number): Point {
    // Points are asked for in nearly ascending order: search from the last line found.
    let l = this.line;
    if ((this.lineStarts[l] as number) > offset) l = 0;
    while (l + 1 < this.lineStarts.length && (this.lineStarts[l + 1] as number) <= offset) l++;
    this.line = l;
    return { line: l + 1, column: offset - (this.lineStarts[l] as number) + 1, offset };
  }
}

const isSpace = (c: number): boolean => c === 32 || c === 9;

function paragraph(
  text: string,
  lineStarts: readonly number[],
  firstLine: number,
  lastLine: number,
  pos: Positions,
): Paragraph | undefined {
  let start = lineStarts[firstLine] as number;
  while (text.charCodeAt(start) === 32) start++;
  const lineEnd = lastLine + 1 < lineStarts.length ? (lineStarts[lastLine + 1] as number) - 1 : text.length;
  let end = lineEnd;
  while (end > start && text.charCodeAt(end - 1) === 32) end--;
  for (let l = firstLine + 1; l <= lastLine; l++) {
    const s = lineStarts[l] as number;
    // One trailing space before the break is dropped; two or more make a hard break, a tab is not worth it.
    const before = text.charCodeAt(s - 2);
    if (text.charCodeAt(s) === 9 || before === 9 || (before === 32 && isSpace(text.charCodeAt(s - 3)))) return undefined;
  }
  const children = inline(text, start, end, pos);
  if (!children) return undefined;
  return { type: 'paragraph', children, position: { start: pos.point(start), end: pos.point(lineEnd) } };
}

/**
 * `> line` quotes whose paragraphs are one line each, kept apart by `>` lines (the `> Scope: …`
 * box of a method page), ending at a blank line or the end of the chunk: a longer paragraph or a
 * lazy continuation line would need the quote marks cut out of its text, and is left to remark.
 */
function blockquote(text: string, lineStarts: readonly number[], first: number, last: number, pos: Positions): Blockquote | undefined {
  const lineEnd = (l: number): number => (l + 1 < lineStarts.length ? (lineStarts[l + 1] as number) - 1 : text.length);
  if (last + 1 < lineStarts.length && !/^[ \t]*$/.test(text.slice(lineStarts[last + 1] as number, lineEnd(last + 1)))) return undefined;
  const children: Paragraph[] = [];
  let previousHeld = false;
  for (let l = first; l <= last; l++) {
    const from = lineStarts[l] as number;
    const to = lineEnd(l);
    if (to === from + 1) {
      previousHeld = false;
      continue;
    }
    if (previousHeld || text.charCodeAt(from + 1) !== 32) return undefined;
    const start = from + 2;
    const content = text.slice(start, to);
    if (!startsParagraph(content, false) || isSpace(text.charCodeAt(to - 1))) return undefined;
    const inner = inline(text, start, to, pos);
    if (!inner) return undefined;
    children.push({ type: 'paragraph', children: inner, position: { start: pos.point(start), end: pos.point(to) } });
    previousHeld = true;
  }
  if (!previousHeld) return undefined;
  return { type: 'blockquote', children, position: { start: pos.point(lineStarts[first] as number), end: pos.point(lineEnd(last)) } };
}

/**
 * A tight `- item` list, one line per item, that a blank line or the chunk's end closes and that no
 * indented or `-` line continues after the blank (either would make it loose or extend an item).
 */
function bulletList(text: string, lineStarts: readonly number[], first: number, last: number, pos: Positions): List | undefined {
  const lineEnd = (l: number): number => (l + 1 < lineStarts.length ? (lineStarts[l + 1] as number) - 1 : text.length);
  for (let l = last + 1; l < lineStarts.length; l++) {
    const next = text.slice(lineStarts[l] as number, lineEnd(l));
    if (/^[ \t]*$/.test(next)) continue;
    if (l === last + 1 || isSpace(next.charCodeAt(0)) || next.charCodeAt(0) === 45) return undefined;
    break;
  }
  const children: ListItem[] = [];
  for (let l = first; l <= last; l++) {
    const from = lineStarts[l] as number;
    const to = lineEnd(l);
    const start = from + 2;
    if (!startsParagraph(text.slice(start, to), false)) return undefined;
    let end = to;
    while (end > start && text.charCodeAt(end - 1) === 32) end--;
    const inner = inline(text, start, end, pos);
    if (!inner) return undefined;
    const paragraph: Paragraph = { type: 'paragraph', children: inner, position: { start: pos.point(start), end: pos.point(to) } };
    children.push({ type: 'listItem', spread: false, checked: null, children: [paragraph], position: { start: pos.point(from), end: pos.point(to) } });
  }
  return {
    type: 'list',
    ordered: false,
    start: null,
    spread: false,
    children,
    position: { start: pos.point(lineStarts[first] as number), end: pos.point(lineEnd(last)) },
  };
}

/** `# Title` … `###### Title`: one space after the marks, no closing marks, no trailing blanks. */
function heading(text: string, from: number, to: number, pos: Positions): Heading | undefined {
  let depth = 0;
  while (text.charCodeAt(from + depth) === 35) depth++;
  if (depth > 6 || text.charCodeAt(from + depth) !== 32) return undefined;
  const start = from + depth + 1;
  if (start >= to || isSpace(text.charCodeAt(start)) || isSpace(text.charCodeAt(to - 1)) || text.charCodeAt(to - 1) === 35) return undefined;
  const children = inline(text, start, to, pos);
  if (!children) return undefined;
  return { type: 'heading', depth: depth as Heading['depth'], children, position: { start: pos.point(from), end: pos.point(to) } };
}

/**
 * Characters that stand for themselves wherever this parser lets them through. Excluded: what may
 * open or close inline syntax (`\`, `` ` ``, `*`, `_`, `[`, `]`, `!`, `<`, `&`; `_` and `!` get
 * their own checks), tabs and other control characters.
 */
const isPlain = (c: number): boolean =>
  c >= 32 && c !== 92 && c !== 96 && c !== 42 && c !== 95 && c !== 91 && c !== 93 && c !== 33 && c !== 60 && c !== 38 && c !== 127 && (c < 0x80 || c > 0x9f);

/** Neighbour of a `**` run, for the flanking rules; undefined when unsure (non-ASCII symbols, spaces). */
function flankClass(text: string, i: number, from: number, to: number): 'space' | 'punct' | 'word' | undefined {
  if (i < from || i >= to) return 'space';
  const c = text.charCodeAt(i);
  if (c === 32 || c === 10) return 'space';
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return 'word';
  if (c > 32 && c < 127) return 'punct';
  if (c >= 0xd800 && c <= 0xdfff) return undefined;
  return /[\p{L}\p{N}]/u.test(text[i] as string) ? 'word' : undefined;
}

/**
 * Inline content of `text[from, to)` (no leading or trailing blanks), or undefined when it holds
 * anything beyond text, soft line breaks, `**strong**` (text and code inside), `` `code` `` and
 * `[text](url)` (text and code inside).
 */
function inline(text: string, from: number, to: number, pos: Positions): PhrasingContent[] | undefined {
  const root: PhrasingContent[] = [];
  let children = root;
  let strong: Strong | undefined;
  let strongStart = 0;
  let textStart = -1;
  const flush = (until: number): void => {
    if (textStart === -1) return;
    // A run that ends in a line's indentation ends at the start of that line.
    let at = until;
    let e = at;
    while (e > textStart && text.charCodeAt(e - 1) === 32) e--;
    if (e < at && text.charCodeAt(e - 1) === 10) at = e;
    const raw = text.slice(textStart, at);
    // The blank before a soft break and the indentation after it are not part of the text.
    const node: Text = { type: 'text', value: raw.includes('\n') ? raw.replace(/ ?\n */g, '\n') : raw, position: { start: pos.point(textStart), end: pos.point(at) } };
    children.push(node);
    textStart = -1;
  };
  let inLink = false;
  let linkChildren: PhrasingContent[] = [];
  let linkStart = 0;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 96 /* ` */) {
      const close = text.indexOf('`', i + 1);
      if (close === -1 || close >= to || close === i + 1 || text.charCodeAt(close + 1) === 96) return undefined;
      for (let k = i + 1; k < close; k++) {
        const d = text.charCodeAt(k);
        if (d < 32 || d === 127 || (d >= 0x80 && d <= 0x9f)) return undefined;
      }
      if (text.charCodeAt(i + 1) === 32 || text.charCodeAt(close - 1) === 32) return undefined;
      flush(i);
      const node: InlineCode = { type: 'inlineCode', value: text.slice(i + 1, close), position: { start: pos.point(i), end: pos.point(close + 1) } };
      children.push(node);
      i = close + 1;
      continue;
    }
    if (c === 42 /* * */) {
      if (inLink || text.charCodeAt(i + 1) !== 42 || text.charCodeAt(i - 1) === 42) return undefined;
      const triple = text.charCodeAt(i + 2) === 42;
      if (triple && (i + 3 < to ? text.charCodeAt(i + 3) === 42 : false)) return undefined;
      const runEnd = i + (triple ? 3 : 2);
      const before = flankClass(text, i - 1, from, to);
      const after = flankClass(text, runEnd, from, to);
      if (before === undefined || after === undefined) return undefined;
      const left = after !== 'space' && (after !== 'punct' || before !== 'word');
      const right = before !== 'space' && (before !== 'punct' || after !== 'word');
      if (!strong) {
        if (triple || !left || right) return undefined;
        flush(i);
        strong = { type: 'strong', children: [], position: undefined };
        strongStart = i;
        children = strong.children;
        i += 2;
        continue;
      }
      if (!right || left || (children.length === 0 && textStart === -1)) return undefined;
      flush(i);
      strong.position = { start: pos.point(strongStart), end: pos.point(i + 2) };
      root.push(strong);
      strong = undefined;
      children = root;
      // The third `*` of `**name***` is left over as text.
      if (triple) textStart = i + 2;
      i = runEnd;
      continue;
    }
    if (c === 91 /* [ */) {
      if (inLink || strong) return undefined;
      flush(i);
      inLink = true;
      linkStart = i;
      linkChildren = [];
      children = linkChildren;
      i++;
      continue;
    }
    if (c === 93 /* ] */) {
      if (!inLink || text.charCodeAt(i + 1) !== 40 /* ( */) return undefined;
      flush(i);
      if (linkChildren.length === 0) return undefined;
      let close = i + 2;
      while (close < to && isUrlChar(text.charCodeAt(close))) close++;
      if (close >= to || close === i + 2 || text.charCodeAt(close) !== 41 /* ) */) return undefined;
      const link: Link = {
        type: 'link',
        title: null,
        url: text.slice(i + 2, close),
        children: linkChildren,
        position: { start: pos.point(linkStart), end: pos.point(close + 1) },
      };
      root.push(link);
      inLink = false;
      children = root;
      i = close + 1;
      continue;
    }
    if (c === 95 /* _ */) {
      // Between letters or digits a `_` run can neither open nor close emphasis: it is text.
      let j = i + 1;
      while (text.charCodeAt(j) === 95) j++;
      if (flankClass(text, i - 1, from, to) !== 'word' || flankClass(text, j, from, to) !== 'word') return undefined;
      if (textStart === -1) textStart = i;
      i = j;
      continue;
    }
    if (c === 32 && text.charCodeAt(i + 1) === 10) {
      // One blank before a soft break is dropped from the text; a text run starts after it.
      if (inLink) return undefined;
      i++;
      continue;
    }
    if (c === 10) {
      if (inLink) return undefined;
    } else if (c === 33 /* ! */) {
      if (text.charCodeAt(i + 1) === 91) return undefined;
    } else if (!isPlain(c)) return undefined;
    if (textStart === -1) textStart = i;
    i++;
  }
  if (strong || inLink) return undefined;
  flush(to);
  return root;
}

/** Printable ASCII a link destination may hold as is (no escapes, entities, brackets, quotes, blanks). */
const isUrlChar = (c: number): boolean =>
  c > 32 && c < 127 && c !== 92 && c !== 38 && c !== 60 && c !== 62 && c !== 40 && c !== 41 && c !== 34 && c !== 39 && c !== 96;
