/**
 * Is a YFM table a parameter/field table, and which columns hold what? The first row is a
 * header only by convention, so it is recognised by its shape: a bold name word
 * (EN or RU) optionally followed by a `type` marker, and bold labels in the other columns.
 * Tables whose first row is already data (a bold name and a type link) are accepted too.
 */
import type { RootContent } from 'mdast';
import type { YfmTable, YfmTableCell } from '../../parse/yfm-nodes.js';
import { foldHomoglyphs } from '../homoglyphs.js';
import { cellTokens, type CellToken } from './cell-tokens.js';
import { parseNameCell } from './name-cell.js';

export interface TableShape {
  /** 1 when the first row is a header, 0 when it is data. */
  headerRows: 0 | 1;
  /** Logical column (colspan expanded) of the description. */
  descCol: number;
  /** Logical column of a separate type column (`**Parameter** | **Type** | …`), if any. */
  typeCol?: number;
  /** Other columns (Note, Default, Restrictions …) with their header labels. */
  extraCols: Array<{ col: number; label: string }>;
}

const NAME_WORDS = new Set([
  'name', 'field', 'fields', 'parameter', 'parameters', 'param', 'key', 'value', 'title', 'property', 'attribute', 'option',
  'название', 'параметр', 'поле', 'ключ', 'значение', 'имя', 'свойство', 'атрибут',
]);
const TYPE_WORDS = /^(type|тип)$/i;
const DESC_WORDS = /^(description|описание|descriptions)$/i;
const NOT_FIELD_TABLE = /error|ошибк|how to fix|исправить|^code$|^код$|^method$|^метод$|^event$|^событие$/i;

/** Logical cells: a cell with colspan n occupies n columns. */
export function logicalCells(cells: readonly YfmTableCell[]): YfmTableCell[] {
  const out: YfmTableCell[] = [];
  for (const c of cells) for (let i = 0; i < Math.max(1, c.colspan ?? 1); i++) out.push(c);
  return out;
}

function label(tokens: readonly CellToken[]): string {
  return foldHomoglyphs(tokens
    .filter((t) => t.t === 'strong' || t.t === 'text')
    .map((t) => t.text)
    .join(' ')
    .replace(/[*\s/]+/g, ' ')
    .trim());
}

/** The first cell of a header: `**Name**⏎`type``, `**Field** `Type``, `**Parameter** / **Type**`, `**Name**`. */
function headerNameCell(tokens: readonly CellToken[]): { name: string; typeInline: boolean } | undefined {
  const strongs = tokens.filter((t) => t.t === 'strong').map((t) => foldHomoglyphs(t.text.trim()));
  const codes = tokens.filter((t) => t.t === 'code').map((t) => ({ ...t, text: foldHomoglyphs(t.text) }));
  if (tokens.some((t) => t.t !== 'strong' && t.href !== undefined)) return undefined;
  const first = strongs[0];
  if (first === undefined || !NAME_WORDS.has(first.toLowerCase())) return undefined;
  const typeMark = codes.some((c) => TYPE_WORDS.test(c.text.trim())) || strongs.slice(1).some((s) => TYPE_WORDS.test(s));
  if (codes.some((c) => !TYPE_WORDS.test(c.text.trim()))) return undefined;
  // `**Value** | **Description**` lists enum values, not keys.
  if (!typeMark && /^(value|title|значение)$/i.test(first)) return undefined;
  return { name: first, typeInline: typeMark };
}

export function detectTableShape(table: YfmTable): TableShape | undefined {
  const first = table.children[0];
  if (!first) return undefined;
  const cells = logicalCells(first.children);
  const tokens = cells.map((c) => cellTokens(c.children as RootContent[]));
  const head = tokens[0] ? headerNameCell(tokens[0]) : undefined;
  if (head) {
    const labels = tokens.map(label);
    if (labels.slice(1).some((l) => NOT_FIELD_TABLE.test(l))) return undefined;
    let descCol = labels.findIndex((l, i) => i > 0 && DESC_WORDS.test(l));
    const typeCol = labels.findIndex((l, i) => i > 0 && TYPE_WORDS.test(l));
    if (descCol < 0) descCol = labels.length > 1 ? (typeCol === 1 ? 2 : 1) : -1;
    const extraCols = labels
      .map((l, col) => ({ col, label: l }))
      .filter(({ col }) => col > 0 && col !== descCol && col !== typeCol && cells[col] !== cells[col - 1]);
    return typeCol > 0 ? { headerRows: 1, descCol, typeCol, extraCols } : { headerRows: 1, descCol, extraCols };
  }
  // Headerless: the first row is a parameter row with a bold name and a type.
  const nameCell = tokens[0] ? parseNameCell(tokens[0]) : undefined;
  if (nameCell?.name !== undefined && nameCell.typeTokens.length > 0 && cells.length >= 2) {
    return { headerRows: 0, descCol: 1, extraCols: [] };
  }
  return undefined;
}
