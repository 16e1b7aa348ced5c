import { describe, expect, it } from 'vitest';
import { isKeyPattern, keyPatternRegExp, mismatch, parseVocabularyType, printType, type Declaration, type TsType } from './type-model.js';

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

  it('reads number literals in a vocabulary text: the boolean takes 0 and 1, and no other number', () => {
    const boolean = parseVocabularyType("boolean | 'Y' | 'N' | 0 | 1");
    expect(printType(boolean)).toBe("boolean | 'Y' | 'N' | 0 | 1");
    expect(mismatch(1, boolean, resolve)).toBeUndefined();
    expect(mismatch(2, boolean, resolve)).toBeDefined();
    expect(mismatch('yes', boolean, resolve)).toBeDefined();
  });

  it('reads `false` in a vocabulary text as the literal, which takes false and nothing else', () => {
    const dateOrFalse = parseVocabularyType('string | false');
    expect(printType(dateOrFalse)).toBe('string | false');
    expect(mismatch(false, dateOrFalse, resolve)).toBeUndefined();
    expect(mismatch(true, dateOrFalse, resolve)).toBeDefined();
  });

  it('rejects missing, extra and wrongly typed keys, and anything it cannot check', () => {
    expect(mismatch({}, item, resolve)).toBe('result: missing "id"');
    expect(mismatch({ id: 1, x: 2 }, item, resolve)).toBe('result: undocumented key "x"');
    expect(mismatch({ id: '1' }, item, resolve)).toBe('result.id: expected number, got string');
    expect(mismatch(null, { kind: 'keyword', name: 'number' }, resolve)).toContain('expected number');
    expect(mismatch('x', { kind: 'opaque', text: 'Foo<Bar>' }, resolve)).toContain('cannot check');
  });
});

describe('key patterns', () => {
  it('admit `@` and `#` between placeholders, nothing that could break the template literal', () => {
    expect(isKeyPattern('${string}@${number}')).toBe(true);
    expect(isKeyPattern('#block${number}')).toBe(true);
    expect(isKeyPattern('a`]: 1; //${string}')).toBe(false);
    expect(isKeyPattern('a${string}b\\')).toBe(false);
    expect(keyPatternRegExp('${string}@${number}').test('.landing-node@0')).toBe(true);
    expect(keyPatternRegExp('${string}@${number}').test('.landing-node')).toBe(false);
  });
});
