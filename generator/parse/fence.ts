import type { SrcLine } from './src-lines.js';
import { indentChars } from './src-lines.js';

/** An opening code fence line (``` or ~~~, three or more). */
export interface FenceOpen {
  char: '`' | '~';
  size: number;
  /** Leading whitespace characters before the fence. */
  indent: number;
  /** The info string, trimmed. */
  info: string;
}

/**
 * Recognises an opening fence as CommonMark does, except that any indentation is accepted
 * (the caller decides what indentation means). A backtick fence whose info string holds a
 * backtick is not a fence: that is how "```a|b```" in a table cell stays inline code.
 */
export function matchFenceOpen(text: string): FenceOpen | null {
  const indent = indentChars(text);
  const c = text.charCodeAt(indent);
  if (c !== 96 && c !== 126) return null;
  let end = indent;
  while (text.charCodeAt(end) === c) end++;
  const size = end - indent;
  if (size < 3) return null;
  const info = text.slice(end).trim();
  if (c === 96 && info.includes('`')) return null;
  return { char: c === 96 ? '`' : '~', size, indent, info };
}

/** True when `text` closes `open`: the same fence character, at least as many, nothing after. */
export function isFenceClose(text: string, open: FenceOpen): boolean {
  const indent = indentChars(text);
  const code = open.char.charCodeAt(0);
  let end = indent;
  while (text.charCodeAt(end) === code) end++;
  if (end - indent < open.size) return false;
  return indentChars(text.slice(end)) === text.length - end;
}

/** Index of the line closing the fence opened at `lines[start]`, or -1 when it never closes. */
export function findFenceClose(lines: readonly SrcLine[], start: number, open: FenceOpen): number {
  for (let j = start + 1; j < lines.length; j++) {
    if (isFenceClose((lines[j] as SrcLine).text, open)) return j;
  }
  return -1;
}
