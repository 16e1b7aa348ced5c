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

/**
 * `**A**\|**B**`, bold parts joined by a pipe with no space around it, is one key `A|B`
 * (crm.type.add's `linkedUserFields` are keyed `CALENDAR_EVENT|UF_CRM_CAL_EVENT`, and its
 * `UF_CRM_TASK` ends two such keys, so it cannot be an alias of either); with spaces around
 * the pipe the parts are aliases.
 */
function joinPipedKeys(head: readonly CellToken[]): CellToken[] {
  const out: CellToken[] = [];
  for (let i = 0; i < head.length; i++) {
    const tok = head[i]!;
    const pipe = head[i + 1];
    const next = head[i + 2];
    if (tok.t === 'strong' && !/\*$/.test(tok.text) && pipe?.t === 'text' && /^\\?\|$/.test(pipe.text) && next?.t === 'strong') {
      out.push({ t: 'strong', text: `${tok.text}|${next.text}` });
      i += 2;
    } else out.push(tok);
  }
  return out;
}

export function parseNameCell(tokens: readonly CellToken[]): NameCell {
  const firstType = tokens.findIndex(isTypeToken);
  const head = firstType < 0 ? tokens : tokens.slice(0, firstType);
  // A row that lost its cell separator ("**order** Possible values for `order`: `asc` …"): the
  // code spans belong to the description, not to a type.
  const lostSeparator = head.some((tok) => tok.t === 'text' && PROSE.test(tok.text));
  const typeTokens = firstType < 0 || lostSeparator ? [] : tokens.slice(firstType);
  const names: string[] = [];
  let mark: RequiredMark = 'optional';
  joinPipedKeys(head).forEach((tok, i, head) => {
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
    // A spaced pipe (`A \| B`) lists aliases; a tight one (`A\|B`) is part of one key.
    for (const part of name.split(/\s+\\?\|\s*|\s*\\?\|\s+/)) {
      const clean = part.trim().replace(/\\\|/g, '|');
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
