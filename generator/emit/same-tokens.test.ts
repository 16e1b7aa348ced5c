import { describe, expect, it } from 'vitest';
import { differencesFromTranspile, firstDifference, tokenView } from './same-tokens.js';

describe('tokenView', () => {
  it('reads literals by value and ignores layout and line comments', () => {
    expect(tokenView("const a = { b: 'x', c: 0x10 };")).toEqual(tokenView('// head\nconst a = {\n    b: "x",\n    c: 16\n};'));
  });

  it('reads a template literal type with a substitution, braces inside it included', () => {
    const view = tokenView('type K = `UF_${string}`; type L = `a${{ b: 1 }["b"]}c`;');
    expect(view.tokens).toContain('template-head "UF_"');
    expect(view.tokens).toContain('template-tail ""');
    expect(view.tokens).toContain('template-tail "c"');
    expect(view.tokens.filter((t) => t === '}')).toHaveLength(1);
  });

  it('takes a separator before a closing brace or bracket as optional', () => {
    expect(tokenView('type A = { a: 1; b: [2,]; };').tokens).toEqual(tokenView('type A = { a: 1; b: [2] };').tokens);
    expect(tokenView('type A = { a: 1; b: 2 };').tokens).not.toEqual(tokenView('type A = { a: 1, b: 2 };').tokens);
  });

  it('keeps JSDoc comments by their trimmed lines', () => {
    expect(tokenView('/**\n   * One\n   */\nlet a;').docs).toEqual(['/**\n* One\n*/']);
  });
});

describe('firstDifference', () => {
  it('finds a changed token, a changed literal and a changed doc', () => {
    expect(firstDifference('let a: string;', 'let a: number;')).toMatch(/^token 3/);
    expect(firstDifference("let a = 'x';", 'let a = "y";')).toMatch(/^token 3/);
    expect(firstDifference('/** A */ let a;', '/** B */ let a;')).toMatch(/^doc 0/);
    expect(firstDifference('let a;', 'let a; let b;')).toMatch(/^token 3/);
    expect(firstDifference("let a = 'x';", 'let   a = "x"')).toMatch(/^token 4/);
  });
});

describe('differencesFromTranspile', () => {
  it('names the module whose compiled form reads otherwise', () => {
    const files = new Map([
      ['src/methods/a.ts', 'export const a: number = 1;'],
      ['dist/methods/a.js', 'export const a = 1;'],
      ['dist/methods/a.d.ts', 'export declare const a: number;'],
      ['src/fixtures/b.ts', 'export const b: number = 2;'],
      ['dist/fixtures/b.js', 'export const b = 3;'],
      ['dist/fixtures/b.d.ts', 'export declare const b: number;'],
      ['README.md', 'not a module'],
    ]);
    const transpile = (file: string, source: string): { js: string; dts: string } => {
      const value = /= (\d+)/.exec(source)?.[1] ?? '';
      const name = file.includes('methods') ? 'a' : 'b';
      return { js: `export const ${name} = ${value};`, dts: `export declare const ${name}: number;` };
    };
    expect(differencesFromTranspile(files, transpile)).toEqual([expect.stringMatching(/^dist\/fixtures\/b\.js: token/)]);
  });
});
