/**
 * The first cell of a parameter row: `**N**`, `**N***` (required), `**N**^*^`, `**N^*^**`,
 * `**N****` (conditionally required), aliases `**A*** \| **B***`, then the type, on the
 * next line or the same one. A cell without a bold name (`` `object` `` + a type link)
 * describes an alternative type rather than a key.
 */
import type { RequiredMark } from '../../ir/types.js';
import type { CellToken } from './cell-tokens.js';

export interface NameCell {
  /** Undefined when the cell holds no bold name. */
  name?: string;
  aliases: string[];
  requiredMark: RequiredMark;
  /** The tokens after the name part: the type. */
  typeTokens: CellToken[];
}

function isTypeToken(tok: CellToken): boolean {
  return tok.t === 'code' || (tok.t === 'text' && tok.href !== undefined);
}

function markOf(text: string): RequiredMark | undefined {
  const t = text.replace(/^[ \t]+/, '');
  if (t.startsWith('^*^')) return 'required';
  const stars = /^\*+/.exec(t)?.[0].length ?? 0;
  if (stars === 1) return 'required';
  if (stars >= 2) return 'conditional';
  return undefined;
}

function stronger(a: RequiredMark, b: RequiredMark | undefined): RequiredMark {
  if (b === undefined) return a;
  if (a === 'required' || b === 'required') return 'required';
  if (a === 'conditional' || b === 'conditional') return 'conditional';
  return 'optional';
}

/** Three words in a row: prose, not the marks and brackets a name cell carries before its type. */
const PROSE = /\p{L}{2,}\s+\p{L}{2,}\s+\p{L}{2,}/u;

export function parseNameCell(tokens: readonly CellToken[]): NameCell {
  const firstType = tokens.findIndex(isTypeToken);
  const head = firstType < 0 ? tokens : tokens.slice(0, firstType);
  // A row that lost its cell separator ("**order** Possible values for `order`: `asc` …"): the
  // code spans belong to the description, not to a type.
  const lostSeparator = head.some((tok) => tok.t === 'text' && PROSE.test(tok.text));
  const typeTokens = firstType < 0 || lostSeparator ? [] : tokens.slice(firstType);
  const names: string[] = [];
  let mark: RequiredMark = 'optional';
  head.forEach((tok, i) => {
    if (tok.t !== 'strong') return;
    let name = tok.text.trim();
    if (/\^\*\^$/.test(name)) {
      name = name.replace(/\s*\^\*\^$/, '');
      mark = stronger(mark, 'required');
    } else if (/\*+$/.test(name)) {
      mark = stronger(mark, name.endsWith('**') ? 'conditional' : 'required');
      name = name.replace(/\*+$/, '');
    }
    const next = head[i + 1];
    if (next?.t === 'text') mark = stronger(mark, markOf(next.text));
    // An escaped pipe between bold parts is an alias list; a pipe inside the bold too.
    for (const part of name.split(/\s*\\?\|\s*/)) {
      const clean = part.trim();
      if (clean !== '' && !names.includes(clean)) names.push(clean);
    }
  });
  // A mark on its own line before the type (`^*^⏎LT`, `*⏎LT`).
  for (const tok of head) {
    if (tok.t === 'text' && /(^|\n)\s*(\^\*\^|\*)\s*$/.test(tok.text) && names.length > 0) mark = stronger(mark, 'required');
  }
  const [name, ...aliases] = names;
  return name === undefined ? { aliases: [], requiredMark: mark, typeTokens } : { name, aliases, requiredMark: mark, typeTokens };
}
