import { describe, expect, it } from 'vitest';
import type { YfmTable } from '../../parse/yfm-nodes.js';
import { nodesOf } from './test-support.js';
import { extractValueTable } from './value-tables.js';

function firstTable(md: string): YfmTable {
  const table = nodesOf(md).find((n) => (n as { type: string }).type === 'yfmTable');
  if (table === undefined) throw new Error('no table');
  return table as unknown as YfmTable;
}

describe('extractValueTable', () => {
  it('reads one code a row as the values of the set', () => {
    const table = firstTable('#|\n|| **Code** | **Language** ||\n|| `ar` | Arabic ||\n|| `de` | German ||\n|#\n');
    expect(extractValueTable(table)).toEqual({ values: [{ value: 'ar', description: 'Arabic' }, { value: 'de', description: 'German' }] });
  });

  it('reads one enumeration a row, numbers when every value is an integer', () => {
    const table = firstTable(
      '#|\n|| **Type** | **Values** ||\n|| `kind_a` | Kind: `1` — meeting, `2` — call. `0` — not set. ||\n|| `kind_b` | Level: `1` — low, `2` — high. ||\n|#\n',
    );
    expect(extractValueTable(table)).toEqual({
      enums: [
        { name: 'kind_a', description: 'Kind: `1` — meeting, `2` — call. `0` — not set.', values: [{ value: 1, description: 'meeting' }, { value: 2, description: 'call' }, { value: 0, description: 'not set' }] },
        { name: 'kind_b', description: 'Level: `1` — low, `2` — high.', values: [{ value: 1, description: 'low' }, { value: 2, description: 'high' }] },
      ],
    });
  });

  it('refuses field tables and tables whose first cells are not one code span', () => {
    expect(extractValueTable(firstTable('#|\n|| **Name** | **Description** ||\n|| **ID** | The id ||\n|| **NAME** | The name ||\n|#\n'))).toBeUndefined();
    expect(extractValueTable(firstTable('#|\n|| **Type** | **Description** ||\n|| `a.b` | x ||\n|| `c` | y ||\n|#\n'))).toBeUndefined();
    expect(extractValueTable(firstTable('#|\n|| **Code** | **Language** ||\n|| `ar` | Arabic ||\n|#\n'))).toBeUndefined();
    // A dictionary of type tokens is no set of values.
    expect(extractValueTable(firstTable('#|\n|| **Type** | **Description** ||\n|| `integer` | A number ||\n|| `string` | Text ||\n|#\n'))).toBeUndefined();
  });

  it('keeps a row without a value list of an enumeration table as an empty set', () => {
    const table = firstTable(
      '#|\n|| **Type** | **Values** ||\n|| `a` | `1` — x, `2` — y ||\n|| `b` | `1` — x, `2` — y ||\n|| `c` | See a method ||\n|#\n',
    );
    expect(extractValueTable(table)?.enums?.map((e) => e.values.length)).toEqual([2, 2, 0]);
  });
});
