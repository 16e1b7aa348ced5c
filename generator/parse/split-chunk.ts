import { findFenceClose, matchFenceOpen } from './fence.js';
import type { SrcLine } from './src-lines.js';
import { indentChars, isBlank } from './src-lines.js';

/**
 * HTML blocks of CommonMark kinds 1–5 run over blank lines until their end marker. Any line that
 * holds such an opener anywhere (not only at a block start) holds cuts back until a later or the
 * same line holds the end marker: too cautious at worst, never too eager.
 */
const HTML_OPENERS: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/<!--/, /-->/],
  [/<\?/, /\?>/],
  [/<![A-Za-z]/, />/],
  [/<!\[CDATA\[/, /\]\]>/],
];

/** A line that may continue or start a list, or a container whose extent a cut could change. */
function mayContinueBlock(text: string): boolean {
  if (indentChars(text) > 0) return true;
  const c = text.charCodeAt(0);
  // - * + (list items, thematic breaks), digits (ordered items), [ (link reference definitions).
  return c === 45 || c === 42 || c === 43 || (c >= 48 && c <= 57) || c === 91;
}

/**
 * Cuts the lines of a plain-Markdown chunk into runs that remark parses to the same nodes, with the
 * same positions, as the whole chunk: remark's cost grows faster than the size of its input, so a
 * huge chunk (a hostile page, one giant paragraph list) is parsed in bounded pieces. A cut is made
 * only at a blank line followed by an unindented line that cannot continue a list or start a
 * definition, outside fences and multi-line HTML blocks, and never when the chunk holds `]:` (a
 * link reference definition applies to the whole document). Each run holds at least `minChars`
 * characters, so the number of remark calls stays small. Returns the run boundaries: indices into
 * `lines` where a new run starts (the first is 0).
 */
export function chunkRunStarts(lines: readonly SrcLine[], minChars: number): number[] {
  const starts = [0];
  for (const l of lines) if (l.text.includes(']:')) return starts;
  let size = 0;
  let html: RegExp | null = null;
  for (let i = 0; i < lines.length; i++) {
    const text = (lines[i] as SrcLine).text;
    if (html === null && isBlank(text) && size >= minChars) {
      const next = lines[i + 1];
      if (next !== undefined && !isBlank(next.text) && !mayContinueBlock(next.text)) {
        starts.push(i + 1);
        size = 0;
        continue;
      }
    }
    size += text.length + 1;
    if (html !== null) {
      if (html.test(text)) html = null;
      continue;
    }
    if (text.includes('<')) {
      for (const [open, close] of HTML_OPENERS) {
        const m = open.exec(text);
        if (m && !close.test(text.slice(m.index + 2))) {
          html = close;
          break;
        }
      }
      if (html !== null) continue;
    }
    const fence = matchFenceOpen(text);
    if (fence) {
      const close = findFenceClose(lines, i, fence);
      if (close === -1) return starts;
      for (let j = i + 1; j <= close; j++) size += (lines[j] as SrcLine).text.length + 1;
      i = close;
    }
  }
  return starts;
}
