import { describe, expect, it } from 'vitest';
import type { Field } from '../../ir/types.js';
import { addListedKeys, fieldListKeys, listedKeys } from './listed-keys.js';

const OBJECT = { raw: 'object', kind: 'object' as const, name: 'object' };
const STRING = { raw: 'string', kind: 'scalar' as const, name: 'string' };
const field = (name: string, description: string, extra: Partial<Field> = {}): Field => ({ name, required: false, requiredMark: 'optional', type: OBJECT, description, ...extra });

describe('listedKeys', () => {
  it('reads a colon-introduced bullet list of bold keys', () => {
    expect(listedKeys('Replacements. Available keys:\n\n- **button_caption** — text of the button\n- **fields** — list of form fields\n\nMore below')).toEqual([
      { name: 'button_caption', description: 'text of the button' },
      { name: 'fields', description: 'list of form fields' },
    ]);
  });

  it('reads nothing from lists of values, lists with prose items, or lists no colon introduces', () => {
    expect(listedKeys('Possible values:\n- `Y` — yes\n- `N` — no')).toEqual([]);
    expect(listedKeys('Keys:\n- **a** — one\n- and some prose')).toEqual([]);
    expect(listedKeys('The object holds\n- **a** — one\n- **b** — two')).toEqual([]);
    expect(listedKeys('Keys:\n- **a** — only one')).toEqual([]);
  });
});

describe('addListedKeys', () => {
  it('adds the listed keys an object param lacks, untyped, and keeps those a table documents', () => {
    const documented = field('fields', '', { fields: [field('COMPANY_NAME', 'Company', { type: STRING })] });
    const replace = field('replace', 'Available keys:\n- **button_caption** — text of the button\n- **fields** — form fields', { fields: [documented] });
    const scalar = field('mode', 'Available keys:\n- **a** — one\n- **b** — two', { type: STRING });
    addListedKeys([replace, scalar]);
    expect(replace.fields?.map((f) => [f.name, f.type.kind, f.required])).toEqual([['fields', 'object', false], ['button_caption', 'unknown', false]]);
    expect(replace.fields?.[0]).toBe(documented);
    expect(scalar.fields).toBeUndefined();
  });
});

describe('fieldListKeys', () => {
  it('reads the bare names listed under a line ending in `field`:', () => {
    expect(fieldListKeys('Object in the format `{"field_1": "value_1"}`.\n\nPossible values for `field`:\n- ID\n- ENTITY_ID\n- LANG\n\nMore')).toEqual(['ID', 'ENTITY_ID', 'LANG']);
    expect(fieldListKeys('Possible values for `field`:\n- `id`\n- `quantity`\n\nAn additional prefix…')).toEqual(['id', 'quantity']);
  });
  it('reads nothing when an item is more than a name, or when no line ends in `field`:', () => {
    expect(fieldListKeys('Possible values for `field`:\n- `id` — the identifier\n- `name`')).toEqual([]);
    expect(fieldListKeys('Possible values for `field` correspond to the fields of the object.\n- `id`')).toEqual([]);
  });
});

describe('addListedKeys with a `field` list', () => {
  it('makes the listed names the object\'s keys, all optional, typed by the linked rows where they match', () => {
    const linked = [field('ID', 'Identifier', { type: STRING }), field('FIELD_NAME', 'Code', { type: STRING, required: true, requiredMark: 'required' }), field('LIST', 'Values')];
    const filter = field('filter', 'Filter.\n\nPossible values for `field`:\n- ID\n- FIELD_NAME\n- LANG\n\nValues as in the [field descriptions](#fields)', { fields: linked });
    addListedKeys([filter]);
    expect(filter.fields?.map((f) => [f.name, f.type.kind, f.required, f.requiredMark])).toEqual([
      ['ID', 'scalar', false, 'optional'],
      ['FIELD_NAME', 'scalar', false, 'optional'],
      ['LANG', 'unknown', false, 'optional'],
    ]);
    // The linked table's own rows are not changed: other params may hold them.
    expect(linked[1]?.required).toBe(true);
  });
});
