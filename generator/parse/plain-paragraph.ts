import type { Paragraph } from 'mdast';

/**
 * A line that CommonMark can only read as a paragraph of plain text: it starts with a letter
 * or digit, at most three spaces in, and holds none of the characters that open inline
 * syntax (escapes, code, emphasis, links, images, HTML, entities) or that GFM-less remark
 * could treat specially. Control characters are left to remark (it replaces NUL).
 */
const PLAIN_LINE = /^ {0,3}[\p{L}\p{N}][^\\`*_[\]!<>&~|#\u0000-\u001f\u007f]*$/u;
/** `1.` / `1)` starts an ordered list. */
const LIST_START = /^ {0,3}\d{1,9}[.)](?:[ \t]|$)/;

const isBlankLine = (line: string): boolean => /^[ \t]*$/.test(line);

/**
 * remark's children for a chunk that is one line of plain text, possibly between blank
 * lines (a bare table cell, a sentence), built without running the parser: remark's
 * per-call set-up costs more than such a chunk's whole parse. Undefined for anything else.
 */
export function plainParagraph(text: string): [Paragraph] | undefined {
  const lines = text.split('\n');
  let at = -1;
  for (let i = 0; i < lines.length; i++) {
    if (isBlankLine(lines[i] as string)) continue;
    if (at !== -1) return undefined;
    at = i;
  }
  if (at === -1) return undefined;
  const line = lines[at] as string;
  if (!PLAIN_LINE.test(line) || LIST_START.test(line)) return undefined;
  let first = 0;
  while (line.charCodeAt(first) === 32) first++;
  let end = line.length;
  while (end > first && (line.charCodeAt(end - 1) === 32 || line.charCodeAt(end - 1) === 9)) end--;
  let lineOffset = 0;
  for (let i = 0; i < at; i++) lineOffset += (lines[i] as string).length + 1;
  const start = { line: at + 1, column: first + 1, offset: lineOffset + first };
  // The text ends before trailing blanks; the paragraph takes the whole line.
  const textEnd = { line: at + 1, column: end + 1, offset: lineOffset + end };
  const lineEnd = { line: at + 1, column: line.length + 1, offset: lineOffset + line.length };
  return [
    {
      type: 'paragraph',
      children: [{ type: 'text', value: line.slice(first, end), position: { start: { ...start }, end: textEnd } }],
      position: { start, end: lineEnd },
    },
  ];
}
