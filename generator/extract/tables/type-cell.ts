/**
 * The type part of a name cell (or a separate type column): code spans, links around code
 * spans, separators. `LT \| LT`, `LT or CT`, and types on separate lines are unions.
 */
import type { Node } from 'unist';
import type { TypeRef } from '../../ir/types.js';
import type { CellToken } from './cell-tokens.js';
import { report, typeTarget, type TableContext } from './context.js';
import { parseTypeText, unknownTokens } from './type-text.js';

interface Atom {
  text: string;
  href?: string;
}

function atomsOf(tokens: readonly CellToken[]): { atoms: Atom[]; prose: string } {
  const atoms: Atom[] = [];
  let prose = '';
  for (const tok of tokens) {
    if (tok.t === 'code' || (tok.t === 'text' && tok.href !== undefined && /\w/.test(tok.text))) {
      const last = atoms[atoms.length - 1];
      // `[```a|b```](L)` and `[a\|b](L)` arrive as one atom; two code spans in one link
      // separated by " | " arrive as separate atoms and become a union below.
      if (tok.t === 'text' && last && last.href === tok.href && !/[|\n]/.test(tok.text)) {
        last.text += tok.text;
      } else {
        atoms.push(tok.href === undefined ? { text: tok.text } : { text: tok.text, href: tok.href });
      }
    } else if (tok.t === 'strong') {
      prose += tok.text;
    } else if (tok.t === 'text') {
      prose += tok.text.replace(/\\?\||\bor\b|\bили\b|[,/*^\s]/g, '');
    }
  }
  return { atoms, prose };
}

function simplifyUnion(members: TypeRef[], raw: string): TypeRef {
  if (members.length === 1) return members[0] as TypeRef;
  const flat = members.flatMap((m) => (m.kind === 'union' ? (m.members ?? []) : [m]));
  return { raw, kind: 'union', members: flat };
}

/**
 * Parses the type tokens of a cell. `node` positions diagnostics. Never throws: an empty
 * cell is `kind: 'unknown'` with `raw: ''`; unknown tokens get an `unknown-type-token`.
 */
export function parseTypeCell(tokens: readonly CellToken[], ctx: TableContext, node?: Node): TypeRef {
  const { atoms, prose } = atomsOf(tokens);
  if (atoms.length === 0) {
    const text = prose.trim();
    if (text === '') return { raw: '', kind: 'unknown' };
    const plain = tokens.map((t) => t.text).join('').trim();
    const t = parseTypeText(plain);
    for (const tok of unknownTokens(t)) report(ctx, node, 'unknown-type-token', `unknown type token "${tok}"`);
    return t;
  }
  const members = atoms.map((a) => parseTypeText(a.text, a.href !== undefined ? typeTarget(a.href, ctx, node) : undefined));
  const raw = atoms.map((a) => a.text.trim()).join(' | ');
  const type = simplifyUnion(members, raw);
  for (const tok of unknownTokens(type)) report(ctx, node, 'unknown-type-token', `unknown type token "${tok}"`);
  if (prose.length > 0 && atoms.length > 0) {
    report(ctx, node, 'type-cell-prose', `text beside the type in a type cell: "${prose.slice(0, 40)}"`, 'info');
  }
  return type;
}
