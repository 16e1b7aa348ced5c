import { describe, expect, it } from 'vitest';
import type { Field } from '../../ir/types.js';
import { groupsOfField, liftRequiredOneOf, oneOfGroupsIn } from './required-one-of.js';

const f = (name: string, extra: Partial<Field> = {}): Field => ({ name, required: false, type: { raw: 'string', kind: 'scalar', name: 'string' }, description: '', ...extra });

describe('oneOfGroupsIn', () => {
  it('reads the docs sentences', () => {
    expect(oneOfGroupsIn('At least one of the parameters must be specified: `IBLOCK_ID` or `IBLOCK_CODE`')).toEqual([['IBLOCK_ID', 'IBLOCK_CODE']]);
    expect(oneOfGroupsIn('one of the parameters: `ID`, `TAG`, or `SUB_TAG`')).toEqual([['ID', 'TAG', 'SUB_TAG']]);
    expect(oneOfGroupsIn('one of the required parameters `CHAT_ID` or `DIALOG_ID`')).toEqual([['CHAT_ID', 'DIALOG_ID']]);
    expect(oneOfGroupsIn('The identifier `ID` of the list')).toEqual([]);
  });
});

describe('liftRequiredOneOf', () => {
  it('turns a stated group of required params into requiredOneOf', () => {
    const note = 'Code.\n\n{% note info "" %}\n\nAt least one of the parameters must be specified: `IBLOCK_ID` or `IBLOCK_CODE`\n\n{% endnote %}';
    const fields = [f('IBLOCK_TYPE_ID', { required: true, requiredMark: 'required' }), f('IBLOCK_ID', { required: true, requiredMark: 'required' }), f('IBLOCK_CODE', { required: true, requiredMark: 'required', description: note })];
    expect(liftRequiredOneOf(fields)).toEqual([['IBLOCK_ID', 'IBLOCK_CODE']]);
    expect(fields.map((x) => [x.name, x.required, x.requiredMark])).toEqual([
      ['IBLOCK_TYPE_ID', true, 'required'],
      ['IBLOCK_ID', false, 'conditional'],
      ['IBLOCK_CODE', false, 'conditional'],
    ]);
  });
  it('ignores groups naming keys of another level, or none of them required', () => {
    const a = [f('A', { required: true, description: 'at least one of the parameters `A` or `Z`' }), f('B')];
    expect(liftRequiredOneOf(a)).toEqual([]);
    expect(a[0]?.required).toBe(true);
    const b = [f('A', { description: 'At least one of the parameters must be provided: `A` or `B`' }), f('B')];
    expect(liftRequiredOneOf(b)).toEqual([]);
  });
  it('records nested groups on their object', () => {
    const fields = [f('FIELDS', { fields: [f('X', { required: true, description: 'one of the parameters: `X` or `Y`' }), f('Y', { required: true })] })];
    expect(liftRequiredOneOf(fields)).toEqual([]);
    expect(fields[0]?.requiredOneOf).toEqual([['X', 'Y']]);
  });
});

describe('groupsOfField', () => {
  it('reads "required if `X` is not provided" as a group with the field itself', () => {
    expect(groupsOfField('DIALOG_ID', 'Identifier of the dialog. Required if `CHAT_ID` is not provided')).toEqual([['CHAT_ID', 'DIALOG_ID']]);
    expect(groupsOfField('DIALOG_ID', 'Identifier of the dialog')).toEqual([]);
  });
});
