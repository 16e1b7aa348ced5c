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
