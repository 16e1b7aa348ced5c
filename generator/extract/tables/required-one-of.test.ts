import { describe, expect, it } from 'vitest';
import type { Field } from '../../ir/types.js';
import { groupsOfField, liftNotedOneOf, liftRequiredOneOf, oneOfGroupsIn } from './required-one-of.js';

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

describe('groupsOfField: more wordings', () => {
  it('reads "required if the `X` parameter is not provided" and "you must provide either `A` or `B`"', () => {
    expect(groupsOfField('companyUuid', 'UUID. Required if the `companyCrmId` parameter is not provided.')).toEqual([['companyCrmId', 'companyUuid']]);
    expect(groupsOfField('NAME', 'The name. You must provide either `NAME` or `LAST_NAME`')).toEqual([['NAME', 'LAST_NAME']]);
    expect(groupsOfField('NAME', 'The name. Either `NAME` or `LAST_NAME` is shown')).toEqual([]);
  });
  it('reads "can be used instead of the `X` parameter" and "Pass either `a`, `b`, or `c`"', () => {
    expect(groupsOfField('from_ts', 'Timestamp. Can be used instead of the `from` parameter')).toEqual([['from', 'from_ts']]);
    expect(oneOfGroupsIn('Pass either the `employeeId`, `employeeCode`, or `userId` parameter.')).toEqual([['employeeId', 'employeeCode', 'userId']]);
    expect(oneOfGroupsIn('Pass the `uuid` parameter.')).toEqual([]);
  });
  it('reads "its value is copied to `A`, `B`" as the param standing in for each of them', () => {
    expect(groupsOfField('EVENT_HANDLER', 'Common URL. If provided, its value is copied to `EVENT_MESSAGE_ADD`, `EVENT_BOT_DELETE`.')).toEqual([
      ['EVENT_HANDLER', 'EVENT_MESSAGE_ADD'],
      ['EVENT_HANDLER', 'EVENT_BOT_DELETE'],
    ]);
  });
});

describe('liftNotedOneOf', () => {
  const note = 'In this method, you must use only one of the two required parameters: `A_LIST` or `B_LIST`. Both cannot be used together.';
  it('ties a group a section note states to the level whose keys it names', () => {
    const fields = [f('filter', { required: true, fields: [f('A_LIST', { required: true }), f('from'), f('B_LIST', { required: true })] })];
    expect(liftNotedOneOf(fields, [note])).toEqual([]);
    expect(fields[0]?.requiredOneOf).toEqual([['A_LIST', 'B_LIST']]);
    expect(fields[0]?.fields?.map((x) => [x.name, x.required])).toEqual([['A_LIST', false], ['from', false], ['B_LIST', false]]);
  });
  it('ties a group to every level that has its keys (the same sentence after two tables)', () => {
    const who = () => [f('employeeId', { required: true }), f('userId', { required: true }), f('role')];
    const fields = [f('members', { fields: who() }), f('responsible', { fields: who() })];
    liftNotedOneOf(fields, ['Pass either the `employeeId` or `userId` parameter.']);
    expect(fields.map((x) => x.requiredOneOf)).toEqual([[['employeeId', 'userId']], [['employeeId', 'userId']]]);
  });
  it('returns top-level groups, once, and ignores notes naming no level or nothing required', () => {
    const top = [f('A_LIST', { required: true }), f('B_LIST', { required: true })];
    expect(liftNotedOneOf(top, [note, note])).toEqual([['A_LIST', 'B_LIST']]);
    expect(liftNotedOneOf([f('A_LIST', { required: true }), f('B_LIST')], [note], [['A_LIST', 'B_LIST']])).toEqual([]);
    expect(liftNotedOneOf([f('A_LIST'), f('B_LIST')], [note])).toEqual([]);
    expect(liftNotedOneOf([f('A_LIST', { required: true })], [note])).toEqual([]);
  });
});
