/**
 * Value tables: an anchored table that lists values, not keys. Two shapes occur:
 * - one value a row (`ar` | Arabic): the anchor names the set of codes (language ids);
 * - one enumeration a row (`crm_enum_activitytype` | "`1` — meeting, `2` — call, …"): the
 *   anchor holds several sets, each named by the token that type cells use.
 * Both need every row's first cell to be one code span, so field tables (bold names) never match.
 */
import type { RootContent } from 'mdast';
import type { NamedEnum, NamedValue } from '../../ir/types.js';
import type { YfmTable } from '../../parse/yfm-nodes.js';
import type { CellToken } from './cell-tokens.js';
import { isScalarToken } from '../../ir/type-vocabulary.js';
import { cellTokens } from './cell-tokens.js';
import { logicalCells } from './table-shape.js';

export interface ValueTable {
  values?: NamedValue[];
  enums?: NamedEnum[];
}

const CODE = /^[A-Za-z0-9_-]+$/;
const TYPE_HEADER = /\btype\b/i;
const DASH = /^\s*[—–-]\s*/;

function onlyCode(tokens: readonly CellToken[]): string | undefined {
  const meaningful = tokens.filter((t) => !(t.t === 'text' && t.text.trim() === ''));
  const [only] = meaningful;
  return meaningful.length === 1 && only?.t === 'code' && CODE.test(only.text) ? only.text : undefined;
}

function plain(tokens: readonly CellToken[]): string {
  return tokens.map((t) => (t.t === 'code' ? `\`${t.text}\`` : t.text)).join('').replace(/\s+/g, ' ').trim();
}

/** "`1` — meeting, `2` — call." → [1, meeting], [2, call]: a code span, a dash, text up to `,` `;` `.`. */
export function valuePairs(tokens: readonly CellToken[]): Array<{ value: string; description: string }> {
  const out: Array<{ value: string; description: string }> = [];
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    if (t.t !== 'code' || next === undefined || next.t !== 'text' || !DASH.test(next.text)) return;
    const description = next.text.replace(DASH, '').split(/[,;]|\.(?:\s|$)/)[0]?.trim() ?? '';
    out.push({ value: t.text, description });
  });
  return out;
}

/** Integers when every value is one (enum codes sent as numbers), else the strings as written. */
function typed(pairs: ReadonlyArray<{ value: string; description: string }>): NamedValue[] {
  const numeric = pairs.every((p) => /^-?\d+$/.test(p.value));
  const seen = new Set<string>();
  const out: NamedValue[] = [];
  for (const p of pairs) {
    if (seen.has(p.value)) continue;
    seen.add(p.value);
    out.push({ value: numeric ? Number(p.value) : p.value, description: p.description });
  }
  return out;
}

export function extractValueTable(table: YfmTable): ValueTable | undefined {
  const rows = table.children.slice(1).map((row) => logicalCells(row.children).map((c) => cellTokens(c.children as RootContent[])));
  if (rows.length < 2 || rows.some((r) => r.length !== 2)) return undefined;
  const header = table.children[0];
  if (header === undefined || onlyCode(cellTokens((logicalCells(header.children)[0]?.children ?? []) as RootContent[])) !== undefined) return undefined;
  const names = rows.map((r) => onlyCode(r[0] as CellToken[]));
  if (names.some((n) => n === undefined)) return undefined;
  const pairs = rows.map((r) => valuePairs(r[1] as CellToken[]));
  // Rows without a value list (a type whose values come from a method) keep an empty set.
  if (pairs.filter((p) => p.length >= 2).length * 2 > rows.length) {
    return {
      enums: rows.map((r, i) => ({
        name: names[i] as string,
        description: plain(r[1] as CellToken[]),
        values: (pairs[i]?.length ?? 0) >= 2 ? typed(pairs[i] ?? []) : [],
      })),
    };
  }
  // `type | description`: a dictionary of type tokens, not a set of wire values. Known by its
  // rows (the vocabulary's own tokens), so that a translated header works too; the header word is a fallback.
  const vocabularyRows = names.filter((name) => isScalarToken((name as string).toLowerCase())).length;
  if (vocabularyRows * 2 > names.length) return undefined;
  if (TYPE_HEADER.test(plain(cellTokens((logicalCells(header.children)[0]?.children ?? []) as RootContent[])))) return undefined;
  return { values: typed(rows.map((r, i) => ({ value: names[i] as string, description: plain(r[1] as CellToken[]) }))) };
}
