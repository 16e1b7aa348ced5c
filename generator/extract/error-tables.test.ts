import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../ir/types.js';
import { extractErrors, extractErrorTable, isErrorTable, normaliseCode } from './error-tables.js';
import { at, h, p, table } from './test-support/mdast-builders.js';

const file = 'api-reference/x/y.md';
const run = (t: ReturnType<typeof table>) => extractErrorTable(t, { file, diagnostics: [] });

describe('extractErrorTable', () => {
  it('reads Code | Description | Value as code | message | explanation', () => {
    const errors = run(table(
      ['**Code**', '**Description**', '**Value**'],
      ['`ERROR_CORE`', '`Parameter fields is required`', 'The fields were not passed'],
    ));
    expect(errors).toEqual([{ code: 'ERROR_CORE', message: 'Parameter fields is required', description: 'The fields were not passed' }]);
  });

  it('reads the RU header with the Latin-C homoglyph', () => {
    const errors = run(table(['**Код**', '**Cообщение об ошибке**', '**Описание**'], ['`0`', 'Доступ запрещён', 'Нет прав']));
    expect(errors[0]).toMatchObject({ code: '0', message: 'Доступ запрещён', description: 'Нет прав' });
  });

  it('reads Status | Code | Description | Value with the HTTP status', () => {
    const [e] = run(table(['**Status**', '**Code**', '**Description**', '**Value**'], ['`403`', '`ACCESS_DENIED`', 'Access denied', 'No rights']));
    expect(e).toEqual({ code: 'ACCESS_DENIED', message: 'Access denied', description: 'No rights', httpStatus: 403 });
  });

  it('reads Code | Error Message | Description', () => {
    const [e] = run(table(['**Code**', '**Error Message**', '**Description**'], ['`0`', 'Backlog already added', 'An active backlog exists']));
    expect(e).toEqual({ code: '0', message: 'Backlog already added', description: 'An active backlog exists' });
  });

  it('reads Code | Description | Status with the status last', () => {
    const [e] = run(table(['**Code**', '**Description**', '**Status**'], ['`NOT_FOUND`', 'Invoice not found', '`400`']));
    expect(e).toEqual({ code: 'NOT_FOUND', message: 'Invoice not found', description: 'Invoice not found', httpStatus: 400 });
  });

  it('reads Error text | Description without a code', () => {
    const [e] = run(table(['**Error text**', '**Description**'], ['Bank detail not found', 'Wrong id']));
    expect(e).toEqual({ code: '', message: 'Bank detail not found', description: 'Wrong id' });
  });

  it('reads Description | Value without a code', () => {
    const [e] = run(table(['**Description**', '**Value**'], ['Not found', 'The contact does not exist']));
    expect(e).toEqual({ code: '', message: 'Not found', description: 'The contact does not exist' });
  });

  it('reads Code | Description (two columns) into message and description', () => {
    const [e] = run(table(['**Code**', '**Description**'], ['`200040300010`', 'Insufficient rights']));
    expect(e).toEqual({ code: '200040300010', message: 'Insufficient rights', description: 'Insufficient rights' });
  });

  it('empties placeholder codes and keeps repeated codes', () => {
    const errors = run(table(
      ['**Code**', '**Description**', '**Value**'],
      ['Empty value', 'A', 'a'], ['Empty string', 'B', 'b'], ['`-`', 'C', 'c'], ['—', 'D', 'd'], ['Пустое значение', 'E', 'e'],
      ['`0`', 'F', 'f'], ['`0`', 'G', 'g'],
    ));
    expect(errors.map((e) => e.code)).toEqual(['', '', '', '', '', '0', '0']);
  });

  it('spreads a colspan cell over the columns it covers', () => {
    const [e] = run(table(['**Code**', '**Description**', '**Value**'], ['Empty value', { text: 'Disk resource exhausted', colspan: 2 }]));
    expect(e).toEqual({ code: '', message: 'Disk resource exhausted', description: 'Disk resource exhausted' });
  });

  it('splits the system-errors Code⏎Error Message cell', () => {
    const [e] = run(table(['**Status**', '**Code**\n**Error Message**', '**Description**'], ['`503`', '`QUERY_LIMIT_EXCEEDED`\nToo many requests', 'Limit exceeded']));
    expect(e).toEqual({ code: 'QUERY_LIMIT_EXCEEDED', message: 'Too many requests', description: 'Limit exceeded', httpStatus: 503 });
  });

  it('splits a stacked code and message header in any wording the labels know', () => {
    // RU system-errors.md: `**Код**⏎**Текст ошибки**`; the stacked labels make the column, not the phrase.
    const [e] = run(table(['**Статус**', '**Код**\n**Текст ошибки**', '**Описание**'], ['`503`', '`QUERY_LIMIT_EXCEEDED`\nToo many requests', 'Лимит превышен']));
    expect(e).toEqual({ code: 'QUERY_LIMIT_EXCEEDED', message: 'Too many requests', description: 'Лимит превышен', httpStatus: 503 });
    expect(isErrorTable(table(['**Код**\n**Цвет**', '**Описание**'], ['`1`', 'x']))).toBe(false);
  });

  it('records the row position in the file', () => {
    const t = table(['**Code**', '**Description**'], ['`X`', 'y']);
    t.children[1]!.position = { start: { line: 40, column: 1 }, end: { line: 40, column: 10 } };
    expect(run(t)[0]!.position).toEqual({ file, line: 40, column: 1 });
  });

  it('does not take parameter or colour tables for error tables', () => {
    expect(isErrorTable(table(['**Name**\n`type`', '**Description**'], ['**id**', 'x']))).toBe(false);
    expect(isErrorTable(table(['**Code**', '**HEX**'], ['red', '#f00']))).toBe(false);
    expect(isErrorTable(table(['**Field**', '**Description**'], ['id', 'x']))).toBe(false);
    expect(isErrorTable(table(['**Value**', '**Description**'], ['`Y`', 'yes']))).toBe(false);
  });
});

describe('normaliseCode', () => {
  it('strips backticks and recognises empty placeholders case-insensitively', () => {
    expect(normaliseCode('`ERROR_X`')).toBe('ERROR_X');
    expect(normaliseCode('Empty Value')).toBe('');
    expect(normaliseCode('empty string')).toBe('');
  });
});

describe('extractErrors (REST 3.0)', () => {
  it('takes the code from the Error Code paragraph above each table, per H4 group', () => {
    const diagnostics: Diagnostic[] = [];
    const errors = extractErrors([
      h(3, 'Possible Error Codes'),
      h(4, 'Request Validation Errors'),
      p('Error Code: `BITRIX_REST_V3_EXCEPTION_VALIDATION_REQUESTVALIDATIONEXCEPTION`'),
      table(['**Field**', '**Error Description**', '**How to Fix**'], ['`id`', 'Required field `id` is missing', 'Add `id`']),
      h(4, 'Data Not Found Errors'),
      p('Error Code: `BITRIX_REST_V3_EXCEPTION_ENTITYNOTFOUNDEXCEPTION`'),
      table(['**Field**', '**Error description**', '**How to fix**'], ['`id`', 'Record not found', 'Use an existing id']),
      p('Error Code: `BITRIX_REST_V3_EXCEPTION_UNKNOWNDTOPROPERTYEXCEPTION`'),
      table(['**Field**', '**Error Description**', '**How to Fix**'], ['`-`', 'Unknown field `status`', 'Fix select']),
    ], file, diagnostics);
    expect(errors).toEqual([
      { code: 'BITRIX_REST_V3_EXCEPTION_VALIDATION_REQUESTVALIDATIONEXCEPTION', message: 'Required field id is missing', description: 'Add id', field: 'id' },
      { code: 'BITRIX_REST_V3_EXCEPTION_ENTITYNOTFOUNDEXCEPTION', message: 'Record not found', description: 'Use an existing id', field: 'id' },
      { code: 'BITRIX_REST_V3_EXCEPTION_UNKNOWNDTOPROPERTYEXCEPTION', message: 'Unknown field status', description: 'Fix select' },
    ]);
    expect(diagnostics).toEqual([]);
  });

  it('warns about a v3 table with no Error Code paragraph, at the table', () => {
    const diagnostics: Diagnostic[] = [];
    extractErrors([h(4, 'Access Errors'), at(12, table(['**Field**', '**Error Description**', '**How to Fix**'], ['`-`', 'Access denied', 'Ask admin']))], file, diagnostics);
    expect(diagnostics).toMatchObject([{ code: 'v3-error-code-missing', line: 12 }]);
  });

  it('reads classic tables in order and ignores non-error tables', () => {
    const errors = extractErrors([
      table(['**Name**\n`type`', '**Description**'], ['**error**\n`string`', 'code']),
      table(['**Code**', '**Description**', '**Value**'], ['`A`', 'a', 'aa']),
    ], file, []);
    expect(errors.map((e) => e.code)).toEqual(['A']);
  });
});
