import { describe, expect, it } from 'vitest';
import { mismatch, parseVocabularyType, printType, type Declaration, type TsType } from './type-model.js';

const decls = new Map<string, Declaration>([
  ['Item', { kind: 'interface', members: [{ name: 'id', optional: false, type: { kind: 'keyword', name: 'number' } }, { name: 'note', optional: true, type: { kind: 'keyword', name: 'string' } }] }],
]);
const resolve = (name: string): Declaration | undefined => decls.get(name);
const item: TsType = { kind: 'reference', name: 'Item' };

describe('the type model', () => {
  it('prints unions inside arrays with parentheses', () => {
    expect(printType({ kind: 'array', items: parseVocabularyType("boolean | 'Y' | 'N'") })).toBe("(boolean | 'Y' | 'N')[]");
    expect(printType({ kind: 'literal', value: "it's" })).toBe("'it\\'s'");
  });

  it('accepts values that a fresh literal of the type would be', () => {
    expect(mismatch([{ id: 1 }, { id: 2, note: 'x' }], { kind: 'array', items: item }, resolve)).toBeUndefined();
    expect(mismatch('Y', parseVocabularyType("boolean | 'Y' | 'N'"), resolve)).toBeUndefined();
    expect(mismatch('12', parseVocabularyType('`${number}`'), resolve)).toBeUndefined();
  });

  it('rejects missing, extra and wrongly typed keys, and anything it cannot check', () => {
    expect(mismatch({}, item, resolve)).toBe('result: missing "id"');
    expect(mismatch({ id: 1, x: 2 }, item, resolve)).toBe('result: undocumented key "x"');
    expect(mismatch({ id: '1' }, item, resolve)).toBe('result.id: expected number, got string');
    expect(mismatch(null, { kind: 'keyword', name: 'number' }, resolve)).toContain('expected number');
    expect(mismatch('x', { kind: 'opaque', text: 'Foo<Bar>' }, resolve)).toContain('cannot check');
  });
});
