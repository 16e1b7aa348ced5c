import type { RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import type { TypeRef } from '../../ir/types.js';
import { refineEnum } from './enum-values.js';
import { nodesOf } from './test-support.js';

const t = (name: string): TypeRef => ({ raw: name, kind: 'scalar', name });
const refine = (type: TypeRef, md: string) => refineEnum(type, nodesOf(md) as RootContent[]);

describe('refineEnum', () => {
  it('bullet list of codes after a values sentence', () => {
    expect(refine(t('string'), 'Status:\nPossible values:\n\n- `N` — draft,\n- `Y` — approved,\n- `C` — canceled.')).toMatchObject({
      kind: 'enum',
      values: ['N', 'Y', 'C'],
    });
  });
  it('integer values become numbers', () => {
    expect(refine(t('integer'), 'Possible values:\n- `1` — absolute\n- `2` — percent')).toMatchObject({ values: [1, 2] });
  });
  it('a bare enum of digit codes takes them as numbers and as numeric strings', () => {
    expect(refine(t('enum'), 'Possible values:\n- `0` — not deleted\n- `3` — deleted')).toMatchObject({ values: [0, 3, '0', '3'] });
    expect(refine(t('enum'), 'Possible values:\n- `A` — one\n- `B` — two')).toMatchObject({ values: ['A', 'B'] });
  });
  it('inline "values `Y` or `N`"', () => {
    expect(refine(t('char'), 'Takes values `Y` or `N`')).toMatchObject({ kind: 'enum', values: ['Y', 'N'] });
  });
  it('does not take the values a sentence says the field refuses', () => {
    const bool = t('boolean');
    expect(refine(bool, 'Should the element be added.\n\nValues `Y` and `N` do not work. You must pass `"true"` or `"false"`')).toEqual(bool);
    expect(refine(bool, 'These parameters do not support passing values `Y` and `N`.')).toEqual(bool);
    // A negation in another sentence of the paragraph does not count.
    expect(refine(bool, 'This does not apply to drafts. Takes values `Y` or `N`. Default `N`.')).toMatchObject({ kind: 'enum', values: ['Y', 'N'] });
  });
  it('inline runs per kind ("`WORK` … for phone, `VK` … for messenger") make one enum', () => {
    const md = 'Can take values `WORK`, `MOBILE`, `OTHER` for phone,\n`WORK`, `HOME` for email,\n`VK`, `OPENLINE`, `OTHER` for messenger.';
    expect(refine(t('string'), md)).toMatchObject({ kind: 'enum', values: ['WORK', 'MOBILE', 'OTHER', 'HOME', 'VK', 'OPENLINE'] });
    // "for" followed by no further code span ends the run.
    expect(refine(t('string'), 'Takes values `Y` or `N` for the flag')).toMatchObject({ values: ['Y', 'N'] });
  });
  it('a boolean listed as quoted "1" / "0" takes those strings; unquoted digits do not make it an enum', () => {
    expect(refine(t('boolean'), 'Possible values:\n- `"1"` — yes\n- `"0"` — no')).toMatchObject({ kind: 'enum', values: ['1', '0'] });
    expect(refine(t('boolean'), 'Possible values:\n- `1` — yes\n- `0` — no').kind).toBe('scalar');
  });
  it('a list of type words spells the type, not values', () => {
    const nullable = refine(t('string'), 'User name. Possible values:\n- `string` — the name is set\n- `null` — not set');
    expect(nullable).toMatchObject({ kind: 'union', members: [{ name: 'string' }, { name: 'null' }] });
    // Type words that do not fit the documented type leave it as documented.
    expect(refine(t('string'), 'Possible values:\n- `integer` — an id\n- `null` — none')).toEqual(t('string'));
  });
  it('is conservative', () => {
    // no values sentence before the list
    expect(refine(t('string'), 'Filter:\n- `A` — x\n- `B` — y').kind).toBe('scalar');
    // a list item without a leading code
    expect(refine(t('string'), 'Possible values:\n- `A` — x\n- other').kind).toBe('scalar');
    // more values follow in prose
    expect(refine(t('boolean'), 'Takes values `0` or `1`, as well as `true`').kind).toBe('scalar');
    // integer base with non-integer codes
    expect(refine(t('integer'), 'Possible values:\n- `a` — x\n- `b` — y').kind).toBe('scalar');
    // refs are not enums
    expect(refine({ raw: 'crm_status', kind: 'ref', name: 'crm_status' }, 'Possible values:\n- `A` — x\n- `B` — y').kind).toBe('ref');
  });
});

describe('refineEnum: whose values', () => {
  it('needs the sentence right before a list to speak of values, not of what comes back', () => {
    const md = 'Language id. When filtering, fields with values in that language are returned:\n\n- `EDIT_FORM_LABEL` — label\n- `HELP_MESSAGE` — help';
    expect(refine(t('string'), md).kind).toBe('scalar');
    expect(refine(t('string'), 'Sort field. Possible values:\n\n- `ID` — id\n- `NAME` — name')).toMatchObject({ values: ['ID', 'NAME'] });
    expect(refine(t('string'), 'Filter. A key can take a prefix. Possible prefix values:\n\n- `>=` — at least\n- `<` — less').kind).toBe('scalar');
  });
  it('skips values that belong to another param or name sibling fields', () => {
    expect(refine(t('string'), 'Content. The `align` parameter sets alignment. Possible values: `left`, `right`.').kind).toBe('scalar');
    expect(refine(t('string'), 'Name. If both values `NAME` and `LAST_NAME` are passed, one must be set').kind).toBe('scalar');
    // "to request the `x` field" mid-sentence is the field itself.
    expect(refine(t('string'), 'Parameter to request the `avatar_hr` field. Acceptable values: `Y` or `N`')).toMatchObject({ values: ['Y', 'N'] });
  });
  it('reads a quoted empty string beside unquoted codes as the empty string', () => {
    expect(refine(t('string'), 'Access. Possible values:\n\n- `""` — none\n- `X` — full')).toMatchObject({ values: ['', 'X'] });
  });
});
