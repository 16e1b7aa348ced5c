import { describe, expect, it } from 'vitest';
import { extractParamSection } from './index.js';
import { codes, makeCtx, nodesOf } from './test-support.js';

const H = '#|\n|| **Name**\n`type` | **Description** ||\n';
const table = (rows: string) => `${H}${rows}|#\n`;
const row = (name: string, type: string, desc = 'd') => `|| **${name}**\n\`${type}\` | ${desc} ||\n`;

const params = (md: string) => {
  const ctx = makeCtx();
  return { fields: extractParamSection(nodesOf(md), ctx), ctx };
};
const names = (fs: { name: string; fields?: unknown[] }[] | undefined) => (fs ?? []).map((f) => f.name);

describe('extractParamSection nesting', () => {
  it('ties by anchor link first', () => {
    const { fields, ctx } = params(
      table(row('fields', 'object', 'see [below](#flds)') + row('params', 'object')) + '\n### Parameter params {#flds}\n\n' + table(row('TITLE', 'string')),
    );
    expect(names(fields)).toEqual(['fields', 'params']);
    // the anchor wins over the heading word "params"
    expect(names(fields[0]?.fields)).toEqual(['TITLE']);
    expect(fields[1]?.fields).toBeUndefined();
    expect(codes(ctx)).toEqual([]);
  });
  it('gives the keys to a key inside the linking row when the heading names one that the row says to pass inside it', () => {
    const top = table(row('filter', 'object', 'Pass the `createdWithin` object inside the filter, [details](#createdWithin)'));
    const { fields, ctx } = params(`${top}\n### Parameter createdWithin {#createdWithin}\n\n${table(row('from*', 'string') + row('to', 'string'))}`);
    expect(names(fields[0]?.fields)).toEqual(['createdWithin']);
    expect(fields[0]?.fields?.[0]).toMatchObject({ required: false, type: { kind: 'object' } });
    expect(names(fields[0]?.fields?.[0]?.fields)).toEqual(['from', 'to']);
    expect(codes(ctx)).toEqual([]);
    // Without the mention, the linked table is the row's own keys.
    const plain = params(`${table(row('filter', 'object', 'See [details](#createdWithin)'))}\n### Parameter createdWithin {#createdWithin}\n\n${table(row('from', 'string'))}`);
    expect(names(plain.fields[0]?.fields)).toEqual(['from']);
    // A name in the link's own text names the type the link leads to, not a key.
    const map = params(`${table(row('documentFields', 'object', 'keyed by code, each the structure [\`documentField\`](#documentfield)'))}\n### documentField Type {#documentfield}\n\n${table(row('title', 'string'))}`);
    expect(names(map.fields[0]?.fields)).toEqual(['title']);
  });
  it('of several rows that link one table, ties it to the row the heading names, else to the filter, and select keeps the names', () => {
    const top = table(row('order', 'object', 'by the [fields](#fields)') + row('select', 'array', 'see [fields](#fields)') + row('filter', 'object', 'keys are the [fields](#fields)'));
    const entity = table(row('ID', 'integer') + row('TITLE', 'string'));
    const plain = params(`${top}\n### Sprint Fields {#fields}\n\n${entity}`).fields;
    expect(plain.map((f) => [f.name, names(f.fields).join(',')])).toEqual([
      ['order', ''],
      ['select', 'ID,TITLE'],
      ['filter', 'ID,TITLE'],
    ]);
    // select's copy is its own: typing the filter's keys does not reach it.
    expect(plain[1]?.fields?.[0]).not.toBe(plain[2]?.fields?.[0]);
    const named = params(`${top}\n### Fields for order {#fields}\n\n${entity}`).fields;
    expect(names(named[0]?.fields)).toEqual(['ID', 'TITLE']);
    expect(named[2]?.fields).toBeUndefined();
    // A heading that names several of them ("Fields for select, order, filter") gives the filter its keys.
    const several = params(`${top}\n### Fields for select, order, filter {#fields}\n\n${entity}`).fields;
    expect(several.map((f) => [f.name, names(f.fields).join(',')])).toEqual([
      ['order', ''],
      ['select', 'ID,TITLE'],
      ['filter', 'ID,TITLE'],
    ]);
  });
  it('gives a lone `result` object the table of fields under a heading that names no row', () => {
    const top = table(row('result', 'object', 'the values of the fields') + row('time', 'time'));
    const fields = table(row('ID', 'integer') + row('NAME', 'string'));
    const typed = params(`${top}\n### Description of Bank Details Fields\n\n${fields}`);
    expect(names(typed.fields[0]?.fields)).toEqual(['ID', 'NAME']);
    expect(codes(typed.ctx)).toEqual([]);
    // a heading that does not speak of fields, or a top level with two objects, stays unlinked
    expect(codes(params(`${top}\n### Template Type\n\n${fields}`).ctx)).toEqual(['unlinked-nested-table']);
    // a bare `array` of objects gets them as the fields of its items; an array of something else does not
    const list = params(`${table(row('result', 'array', 'An array of objects describing countries'))}\n### Fields of the Country Object\n\n${fields}`).fields[0];
    expect([list?.type.kind, list?.type.items?.kind, names(list?.fields)]).toEqual(['array', 'object', ['ID', 'NAME']]);
    expect(codes(params(`${table(row('result', 'array', 'The names of the fields'))}\n### Field Descriptions\n\n${fields}`).ctx)).toEqual(['unlinked-nested-table']);
    const two = table(row('result', 'object') + row('next', 'object'));
    expect(codes(params(`${two}\n### Description of Fields\n\n${fields}`).ctx)).toEqual(['unlinked-nested-table']);
  });
  it('ties by heading name, case-insensitively, at any depth', () => {
    const { fields } = params(
      table(row('filter', 'object')) +
        '\n### Filter Parameter\n\n' +
        table(row('within', 'object')) +
        '\n### Parameter within\n\n' +
        table(row('dateFrom', 'integer')),
    );
    expect(names(fields[0]?.fields)).toEqual(['within']);
    expect(names(fields[0]?.fields?.[0] && (fields[0].fields[0] as { fields?: { name: string }[] }).fields)).toEqual(['dateFrom']);
  });
  it('dotted path in the heading', () => {
    const { fields } = params(
      table(row('FIELDS', 'object')) +
        '\n### FIELDS Parameter\n\n' +
        table(row('PROPERTIES', 'object') + row('NAME', 'string')) +
        '\n### FIELDS.PROPERTIES Parameter\n\n' +
        table(row('COLOR', 'string')),
    );
    const props = fields[0]?.fields?.find((f) => f.name === 'PROPERTIES');
    expect(names(props?.fields)).toEqual(['COLOR']);
  });
  it('arrays of objects get the fields of their items', () => {
    const { fields } = params(table(row('items', 'object[]', '[items](#items)')) + '\n### Object items {#items}\n\n' + table(row('id', 'integer')));
    expect(fields[0]?.type.kind).toBe('array');
    expect(names(fields[0]?.fields)).toEqual(['id']);
  });
  it('RU headings and headers', () => {
    const ru = '#|\n|| **Название**\n`тип` | **Описание** ||\n';
    const { fields } = params(`${ru}${row('filter', 'object')}|#\n\n### Параметр filter\n\n${ru}${row('ID', 'integer')}|#\n`);
    expect(names(fields[0]?.fields)).toEqual(['ID']);
  });
  it('nested tables inside tabs attach to the heading parent', () => {
    const { fields } = params(
      table(row('SETTINGS', 'object')) +
        '\n### Parameter SETTINGS\n\n{% list tabs %}\n\n- string\n\n' +
        table(row('SIZE', 'integer')).replace(/^/gm, '  ') +
        '\n- double\n\n' +
        table(row('PRECISION', 'integer')).replace(/^/gm, '  ') +
        '\n{% endlist %}\n',
    );
    expect(names(fields[0]?.fields)).toEqual(['SIZE', 'PRECISION']);
  });
  it('unlinked nested tables get a diagnostic', () => {
    const { fields, ctx } = params(table(row('a', 'string')) + '\n### Something else\n\n' + table(row('b', 'string')));
    expect(names(fields)).toEqual(['a']);
    expect(codes(ctx)).toEqual(['unlinked-nested-table']);
  });
  it('dotted row names nest under an existing row', () => {
    const { fields } = params(table(row('fields', 'object') + row('fields.CONTACT_ID', 'integer')));
    expect(names(fields)).toEqual(['fields']);
    expect(names(fields[0]?.fields)).toEqual(['CONTACT_ID']);
  });
  it('non-field tables (errors) are ignored', () => {
    const { fields } = params(table(row('a', 'string')) + '\n#|\n|| **Code** | **Description** ||\n|| `X` | y ||\n|#\n');
    expect(names(fields)).toEqual(['a']);
  });
});

describe('extractParamSection: more top-level params under their own heading', () => {
  it('reads a table under "Additional Parameters" as top-level params', () => {
    const { fields, ctx } = params(table(row('filter', 'object') + row('limit', 'integer')) + '\n### Additional Parameters\n\n' + table(row('auth_connector', 'string')));
    expect(names(fields)).toEqual(['filter', 'limit', 'auth_connector']);
    expect(codes(ctx)).toEqual([]);
  });
});
