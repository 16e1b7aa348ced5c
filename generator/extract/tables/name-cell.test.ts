import type { RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { cellTokens } from './cell-tokens.js';
import { parseNameCell } from './name-cell.js';
import { nodesOf } from './test-support.js';

const cell = (md: string) => parseNameCell(cellTokens(nodesOf(md) as RootContent[]));

describe('parseNameCell', () => {
  it('plain name with the type on the next line', () => {
    const c = cell('**fields**\n[`object`](../../data-types.md)');
    expect(c).toMatchObject({ name: 'fields', aliases: [], requiredMark: 'optional' });
    expect(c.typeTokens[0]).toMatchObject({ t: 'code', text: 'object', href: '../../data-types.md' });
  });
  it('required marks: ***, ^*^ after and inside the bold, mark on the type line', () => {
    expect(cell('**id***\n`integer`').requiredMark).toBe('required');
    expect(cell('**id**^*^\n`integer`').requiredMark).toBe('required');
    expect(cell('**id^*^**\n`integer`')).toMatchObject({ name: 'id', requiredMark: 'required' });
    expect(cell('**id**\n^*^\n`integer`').requiredMark).toBe('required');
    expect(cell('**id**\n*\n`integer`').requiredMark).toBe('required');
  });
  it('takes no type from a row that lost its cell separator and reads as prose', () => {
    const lost = cell('**order**\nPossible values for `order`:\n- `asc` — ascending');
    expect([lost.name, lost.typeTokens]).toEqual(['order', []]);
    expect(cell('**id** (old)\n`integer`').typeTokens.map((t) => t.text)).toEqual(['integer']);
  });
  it('**** is conditional', () => {
    expect(cell('**PRICE****\n`double`')).toMatchObject({ name: 'PRICE', requiredMark: 'conditional' });
  });
  it('aliases with escaped pipes spaced apart', () => {
    expect(cell('**REPORT_ID*** \\| **ID***\n`integer`')).toMatchObject({ name: 'REPORT_ID', aliases: ['ID'], requiredMark: 'required' });
    expect(cell('**A \\| B**\n`integer`')).toMatchObject({ name: 'A', aliases: ['B'] });
  });
  it('a tight pipe joins one key (crm.type.add: `CALENDAR_EVENT|UF_CRM_CAL_EVENT`)', () => {
    expect(cell('**TASKS_TASK**\\|**UF_CRM_TASK**\n`boolean`')).toMatchObject({ name: 'TASKS_TASK|UF_CRM_TASK', aliases: [] });
    expect(cell('**TASKS_TASK\\|UF_CRM_TASK***\n`boolean`')).toMatchObject({ name: 'TASKS_TASK|UF_CRM_TASK', aliases: [], requiredMark: 'required' });
  });
  it('type on the same line', () => {
    const c = cell('**code** `string`');
    expect(c.name).toBe('code');
    expect(c.typeTokens[0]).toMatchObject({ t: 'code', text: 'string' });
  });
  it('a cell without a bold name describes a type', () => {
    const c = cell('[`entity[]`](#entity)');
    expect(c.name).toBeUndefined();
    expect(c.typeTokens).toHaveLength(1);
  });
  it('garbled mark still yields the name', () => {
    expect(cell('**name***,**\n`string`')).toMatchObject({ name: 'name', requiredMark: 'required' });
  });
});
