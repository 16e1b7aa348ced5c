/**
 * Error tables of a method page (corpus-map §4) → IrError[].
 *
 * Column labels lie ("Code | Description | Value" holds code | message | explanation), so
 * each header cell gets a role and the roles decide which column is the wire message and
 * which the explanation. REST 3.0 tables (`Field | Error Description | How to Fix`) carry no
 * code: it comes from the `Error Code: `X`` paragraph above them.
 */
import type { Nodes, RootContent } from 'mdast';
import type { Diagnostic, IrError } from '../ir/types.js';
import type { YfmTable, YfmTableCell } from '../parse/yfm-nodes.js';
import { foldHomoglyphs } from './homoglyphs.js';
import { flatText, plainText } from './mdast-text.js';

type ColumnRole = 'status' | 'code' | 'codeMessage' | 'message' | 'description' | 'explanation' | 'field';

const HEADER_ROLES: ReadonlyArray<[RegExp, ColumnRole]> = [
  [/^(status|http status|статус)$/, 'status'],
  [/^(code|error code|error|код|код ошибки|ошибка)$/, 'code'],
  [/^(code|код)\s+(error message|сообщение об ошибке)$/, 'codeMessage'],
  [/^(error message|error text|error description|message|сообщение об ошибке|текст ошибки|описание ошибки|сообщение)$/, 'message'],
  [/^(description|описание)$/, 'description'],
  [/^(value|when it occurs|additional information|how to fix|значение|когда возникает|дополнительная информация|как исправить)$/, 'explanation'],
  [/^(field|поле)$/, 'field'],
];

/** Normalises a header label: homoglyphs (Latin C in "Cообщение"), case, spaces. */
function normaliseLabel(text: string): string {
  return foldHomoglyphs(text)
    .replace(/\*/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

function roleOfLabel(text: string): ColumnRole | undefined {
  const label = normaliseLabel(text);
  return HEADER_ROLES.find(([re]) => re.test(label))?.[1];
}

function strongTexts(node: Nodes): string[] {
  if (node.type === 'strong') return [plainText(node)];
  return 'children' in node ? (node.children as Nodes[]).flatMap(strongTexts) : [];
}

/**
 * A header cell's role. Two bold labels stacked in one cell (`**Code**⏎**Error text**`, in
 * any wording the vocabulary knows) make the system-errors "code and message" column.
 */
function headerRole(cell: YfmTableCell): ColumnRole | undefined {
  const labels = strongTexts(cell).map((t) => t.trim()).filter((t) => t !== '');
  if (labels.length === 2 && roleOfLabel(labels[0]!) === 'code' && roleOfLabel(labels[1]!) === 'message') return 'codeMessage';
  return roleOfLabel(plainText(cell));
}

/** The column roles of a table's first row, or undefined when it is not an error table header. */
export function errorTableColumns(table: YfmTable): ColumnRole[] | undefined {
  const header = table.children[0];
  if (!header || header.children.length < 2) return undefined;
  const roles: ColumnRole[] = [];
  for (const c of header.children) {
    const role = headerRole(c);
    if (!role) return undefined;
    for (let i = 0; i < (c.colspan ?? 1); i++) roles.push(role);
  }
  const has = (r: ColumnRole): boolean => roles.includes(r);
  // A two-column "Field | Description" is a field table, not an error table.
  if (has('field') && !has('explanation') && !has('message')) return undefined;
  if (!has('code') && !has('codeMessage') && !has('field') && !has('status')) {
    // Code-less variants lead with the message ("Description | Value", "Error text | Description");
    // "Value | Description" is an enum table.
    if (roles[0] !== 'description' && roles[0] !== 'message') return undefined;
    if (!has('message') && !(has('description') && has('explanation'))) return undefined;
  }
  return roles;
}

export function isErrorTable(table: YfmTable): boolean {
  return errorTableColumns(table) !== undefined;
}

const EMPTY_CODES = new Set(['empty value', 'empty string', '-', '—', '–', 'пустое значение', 'пустая строка', 'none', '']);

/** A code cell's text → the wire code: backticks gone, "Empty value"/`-` → "". */
export function normaliseCode(text: string): string {
  const t = text.replace(/`/g, '').replace(/\s+/g, ' ').trim();
  return EMPTY_CODES.has(t.toLowerCase()) ? '' : t;
}

interface CellText { plain: string; node: YfmTableCell }

/** Expands colspan/rowspan so that row[i] is the cell under column i. */
function gridOf(table: YfmTable): Array<Array<CellText | undefined>> {
  const grid: Array<Array<CellText | undefined>> = [];
  const carried: Array<{ cell: CellText; rows: number } | undefined> = [];
  for (const row of table.children) {
    const out: Array<CellText | undefined> = [];
    let col = 0;
    const takeCarried = (): void => {
      while (carried[col] && carried[col]!.rows > 0) {
        out[col] = carried[col]!.cell;
        carried[col]!.rows--;
        col++;
      }
    };
    takeCarried();
    for (const c of row.children) {
      const ct: CellText = { plain: plainText(c).trim(), node: c };
      const span = Math.max(1, c.colspan ?? 1);
      for (let i = 0; i < span; i++) {
        out[col] = ct;
        if ((c.rowspan ?? 1) > 1) carried[col] = { cell: ct, rows: (c.rowspan ?? 1) - 1 };
        col++;
      }
      takeCarried();
    }
    grid.push(out);
  }
  return grid;
}

export interface ErrorTableOptions {
  /** REST 3.0: the code from the `Error Code:` paragraph above the table. */
  v3Code?: string;
  file: string;
  diagnostics: Diagnostic[];
}

/** The errors of one table, in row order. */
export function extractErrorTable(table: YfmTable, options: ErrorTableOptions): IrError[] {
  const roles = errorTableColumns(table);
  if (!roles) return [];
  const col = (role: ColumnRole): number => roles.indexOf(role);
  const statusCol = col('status');
  const codeCol = col('code');
  const codeMessageCol = col('codeMessage');
  const fieldCol = col('field');
  const descriptionCol = col('description');
  const explanationCol = col('explanation');
  let messageCol = col('message');
  let explainCol = explanationCol;
  if (messageCol < 0) {
    // Without an explicit message column the "Description" column carries the message.
    messageCol = descriptionCol;
    if (explainCol < 0) explainCol = descriptionCol;
  } else if (explainCol < 0) {
    explainCol = descriptionCol >= 0 ? descriptionCol : messageCol;
  }

  const errors: IrError[] = [];
  const grid = gridOf(table).slice(1);
  table.children.slice(1).forEach((row, index) => {
    const cells = grid[index] ?? [];
    const text = (i: number): string => (i >= 0 ? cells[i]?.plain ?? '' : '');
    if (cells.every((c) => !c || c.plain === '')) return;
    let code = '';
    let message = text(messageCol);
    if (codeMessageCol >= 0) {
      const split = splitCodeAndMessage(cells[codeMessageCol]?.node);
      code = split.code;
      if (messageCol < 0 || messageCol === descriptionCol) message = split.message;
    } else if (codeCol >= 0) {
      code = normaliseCode(text(codeCol));
    } else if (options.v3Code !== undefined) {
      code = options.v3Code;
    }
    const error: IrError = {
      code,
      message: oneLine(message),
      description: explainCol >= 0 ? text(explainCol).replace(/[ \t]+\n/g, '\n') : '',
    };
    if (statusCol >= 0) {
      const status = Number.parseInt(text(statusCol).replace(/`/g, ''), 10);
      if (Number.isInteger(status) && status >= 100 && status <= 599) error.httpStatus = status;
    }
    if (fieldCol >= 0) {
      const field = normaliseCode(text(fieldCol));
      if (field !== '') error.field = field;
    }
    const position = row.position?.start ?? table.position?.start;
    if (position) error.position = { file: options.file, line: position.line, column: position.column };
    errors.push(error);
  });
  return errors;
}

function oneLine(text: string): string {
  return text.replace(/`/g, '').replace(/\s+/g, ' ').trim();
}

/** "`CODE`⏎Message" cells of the system-errors table: the code is the leading inline code. */
function splitCodeAndMessage(node: YfmTableCell | undefined): { code: string; message: string } {
  if (!node) return { code: '', message: '' };
  const text = plainText(node).trim();
  const firstCode = findFirst(node, 'inlineCode');
  if (firstCode && 'value' in firstCode) {
    const code = normaliseCode(String(firstCode.value));
    const at = text.indexOf(String(firstCode.value));
    const rest = at >= 0 ? text.slice(at + String(firstCode.value).length) : text;
    return { code, message: oneLine(rest) };
  }
  const [first = '', ...rest] = text.split('\n');
  return { code: normaliseCode(first), message: oneLine(rest.join(' ')) };
}

function findFirst(node: Nodes, type: string): Nodes | undefined {
  if (node.type === type) return node;
  if ('children' in node) {
    for (const c of node.children as Nodes[]) {
      const hit = findFirst(c, type);
      if (hit) return hit;
    }
  }
  return undefined;
}

const V3_CODE_LINE = /^(?:error code|код ошибки)\s*:?\s*`?([A-Za-z0-9_.-]+)`?/i;

/** The code of an `Error Code: `X`` paragraph, if the node is one. */
export function v3ErrorCodeOf(node: RootContent): string | undefined {
  if (node.type !== 'paragraph') return undefined;
  const m = V3_CODE_LINE.exec(flatText(node));
  return m?.[1];
}

/**
 * Every error of a run of section nodes, in document order. Walks into notes, cuts and tabs
 * but not into tables' cells. A heading ends the reach of an `Error Code:` paragraph.
 */
export function extractErrors(nodes: readonly RootContent[], file: string, diagnostics: Diagnostic[]): IrError[] {
  const errors: IrError[] = [];
  let v3Code: string | undefined;
  const walk = (list: readonly RootContent[]): void => {
    for (const node of list) {
      if (node.type === 'heading') {
        v3Code = undefined;
        continue;
      }
      const code = v3ErrorCodeOf(node);
      if (code !== undefined) {
        v3Code = code;
        continue;
      }
      if (node.type === 'yfmTable') {
        const options: ErrorTableOptions = { file, diagnostics };
        if (v3Code !== undefined) options.v3Code = v3Code;
        const fileOfTable = (node.data as { sourceFile?: string } | undefined)?.sourceFile;
        if (fileOfTable) options.file = fileOfTable;
        const found = extractErrorTable(node, options);
        if (found.length > 0 && errorTableColumns(node)?.includes('field') && v3Code === undefined) {
          const p = node.position?.start;
          diagnostics.push({
            file, line: p?.line ?? 1, column: p?.column ?? 1, severity: 'warning', code: 'v3-error-code-missing',
            message: 'REST 3.0 error table without an "Error Code:" paragraph above it',
          });
        }
        errors.push(...found);
        continue;
      }
      if (node.type === 'yfmNote' || node.type === 'yfmCut' || node.type === 'yfmTab' || node.type === 'yfmInclude') {
        walk(node.children as RootContent[]);
      } else if (node.type === 'yfmTabs') {
        walk(node.children as unknown as RootContent[]);
      }
    }
  };
  walk(nodes);
  return errors;
}
