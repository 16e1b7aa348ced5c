import type { YfmTable } from '../../parse/yfm-nodes.js';
import { describe, expect, it } from 'vitest';
import { extractFieldTable } from './field-table.js';
import { detectTableShape } from './table-shape.js';
import { codes, makeCtx, nodesOf } from './test-support.js';

const tableOf = (md: string): YfmTable => {
  const t = nodesOf(md).find((n) => n.type === 'yfmTable');
  if (!t || t.type !== 'yfmTable') throw new Error('no table');
  return t;
};
const rows = (md: string) => {
  const table = tableOf(md);
  const shape = detectTableShape(table);
  const ctx = makeCtx();
  return { shape, ctx, rows: shape ? extractFieldTable(table, shape, ctx) : [] };
};

describe('detectTableShape', () => {
  const header = (h: string) => detectTableShape(tableOf(`#|\n|| ${h} ||\n|| **id**\n\`integer\` | x ||\n|#\n`));
  it('accepts the header variants', () => {
    for (const h of [
      '**Name**\n`type` | **Description**',
      '**Name**\n`Type` | **Description**',
      '**Field** `type` | **Description**',
      '**Parameter** / **Type** | **Description**',
      '**parameter**\n`type` | **Description**',
      '**Key**\n`type` | **Description**',
      '**Value**\n`type` | **Description**',
      '**Name** | **Description**',
      '**Название**\n`тип` | **Описание**',
    ]) {
      expect(header(h), h).toMatchObject({ headerRows: 1, descCol: 1 });
    }
  });
  it('rejects error and vocabulary tables', () => {
    expect(header('**Code** | **Description** | **Value**')).toBeUndefined();
    expect(header('**Field** | **Error Description** | **How to Fix**')).toBeUndefined();
    expect(header('**Type** | **Description**')).toBeUndefined();
    expect(header('**Value** | **Description**')).toBeUndefined();
  });
  it('3-5 columns: description by label, others as extras, type column', () => {
    expect(header('**Name**\n`type` | **Description** | **Default**')).toMatchObject({ descCol: 1, extraCols: [{ col: 2, label: 'Default' }] });
    expect(header('**Name**\n`type` | **Fields where the option is available** | **Description**')).toMatchObject({ descCol: 2 });
    expect(header('**Parameter** | **Type** | **Description** | **Note**')).toMatchObject({ typeCol: 1, descCol: 2, extraCols: [{ col: 3 }] });
  });
  it('headerless tables whose first row is data', () => {
    expect(detectTableShape(tableOf('#|\n|| **FILTER**\n[`object`](a.md) | x ||\n|#\n'))).toMatchObject({ headerRows: 0, descCol: 1 });
  });
});

describe('extractFieldTable', () => {
  it('reads name, mark, type, description', () => {
    const { rows: r } = rows('#|\n|| **Name**\n`type` | **Description** ||\n|| **id***\n[`integer`](../../data-types.md) | The id.\n\n- a\n- b ||\n|#\n');
    expect(r).toHaveLength(1);
    expect(r[0]?.field).toMatchObject({ name: 'id', required: true, requiredMark: 'required', type: { kind: 'scalar', name: 'integer' } });
    expect(r[0]?.field.description).toBe('The id.\n\n- a\n- b');
    expect(r[0]?.field.position).toMatchObject({ file: 'api-reference/crm/deals/crm-deal-add.md', line: 4 });
  });
  it('conditional mark is not required', () => {
    const { rows: r } = rows('#|\n|| **Name**\n`type` | **Description** ||\n|| **PRICE****\n`double` | p ||\n|#\n');
    expect(r[0]?.field).toMatchObject({ required: false, requiredMark: 'conditional' });
  });
  it('keeps the anchors linked from the row', () => {
    const { rows: r } = rows('#|\n|| **Name**\n`type` | **Description** ||\n|| **fields**\n`object` | Described [below](#fields) ||\n|#\n');
    expect(r[0]?.anchors).toEqual(['fields']);
  });
  it('extra columns go into the description with their label', () => {
    const { rows: r } = rows('#|\n|| **Name**\n`type` | **Description** | **Default** ||\n|| **a**\n`integer` | A | `5` ||\n|#\n');
    expect(r[0]?.field.description).toBe('A\n\n**Default**: `5`');
  });
  it('a separate type column', () => {
    const { rows: r } = rows('#|\n|| **Parameter** | **Type** | **Description** ||\n|| **a** | `integer` | A ||\n|#\n');
    expect(r[0]?.field.type).toMatchObject({ kind: 'scalar', name: 'integer' });
    expect(r[0]?.field.description).toBe('A');
  });
  it('reads a name repeated right under an object of that name as the object\'s own key', () => {
    const { rows: r, ctx } = rows('#|\n|| **Name**\n`type` | **Description** ||\n|| **result**\n`object` | The outcome ||\n|| **result**\n`boolean` | true on success ||\n|| **time**\n`time` | Timing ||\n|#\n');
    expect(r.map((x) => [x.field.name, x.field.type.raw])).toEqual([
      ['result', 'object'],
      ['result.result', 'boolean'],
      ['time', 'time'],
    ]);
    expect(codes(ctx)).toEqual([]);
  });
  it('empty first cells are skipped with a diagnostic; duplicates keep the first', () => {
    const { rows: r, ctx } = rows(
      '#|\n|| **Name**\n`type` | **Description** ||\n|| | stray ||\n|| **name**\n`string` | first ||\n|| **name**\n`integer` | second ||\n|#\n',
    );
    expect(r.map((x) => x.field.description)).toEqual(['first']);
    expect(codes(ctx)).toEqual(['empty-name-cell', 'duplicate-field']);
  });
  it('escaped pipes in descriptions do not split cells', () => {
    const { rows: r } = rows('#|\n|| **Name**\n`type` | **Description** ||\n|| **mode**\n`string` | `A\\|B` or C ||\n|#\n');
    expect(r).toHaveLength(1);
    expect(r[0]?.field.description).toBe('`A\\|B` or C');
  });
  it('colspan: a name cell spanning the row has no description', () => {
    const { rows: r } = rows('#|\n|| **Name**\n`type` | **Description** ||\n|| **a**\n`integer` | > ||\n|| **b**\n`string` | B ||\n|#\n');
    expect(r.map((x) => [x.field.name, x.field.description])).toEqual([
      ['a', ''],
      ['b', 'B'],
    ]);
  });
  it('enum values from a listed description', () => {
    const { rows: r } = rows(
      '#|\n|| **Name**\n`type` | **Description** ||\n|| **OPENED**\n`char` | Available to all? Possible values:\n- `Y` — yes\n- `N` — no ||\n|#\n',
    );
    expect(r[0]?.field.type).toMatchObject({ kind: 'enum', name: 'char', values: ['Y', 'N'] });
  });
  it('a row without a name is a type-only row', () => {
    const { rows: r } = rows('#|\n|| **Name**\n`type` | **Description** ||\n|| [`entity[]`](#entity) | list ||\n|#\n');
    expect(r[0]).toMatchObject({ typeOnly: true, field: { type: { kind: 'array' } } });
  });
});
