import { describe, expect, it } from 'vitest';
import { docText, propertyKey, safeUrl, stringLiteral } from './escape.js';

describe('string literals', () => {
  it('evaluate back to the exact text, with no raw control, separator or surrogate characters', () => {
    const text = "it's \\ \"q\" `b` ${x} \n\r\t \u2028\u2029 \u0000 é 😀 */";
    const literal = stringLiteral(text);
    expect(/[\u0000-\u001f\u007f\u2028\u2029\ud800-\udfff]/.test(literal)).toBe(false);
    expect(literal).toContain('é');
    expect(new Function(`return ${literal};`)()).toBe(text);
  });

  it('quote property keys only when needed', () => {
    expect(propertyKey('groupId')).toBe('groupId');
    expect(propertyKey('delete')).toBe('delete');
    expect(propertyKey('>=ID')).toBe("'>=ID'");
    expect(propertyKey('1st')).toBe("'1st'");
  });
});

describe('doc comment text', () => {
  it('cannot close or open a comment, nor start a tag', () => {
    const text = docText('a */ b /* c\u2028d @param e');
    expect(text).toBe('a *\\/ b /\\* c\nd \\@param e');
    expect(text).not.toContain('*/');
    expect(text).not.toContain('/*');
  });

  it('accepts only plain http(s) links', () => {
    expect(safeUrl('https://apidocs.bitrix24.com/x.html')).toBe('https://apidocs.bitrix24.com/x.html');
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl('https://a b')).toBeUndefined();
  });
});
