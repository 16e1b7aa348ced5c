import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ts } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { DTS_OPTIONS, JS_OPTIONS, TranspileError, transpileFile } from './transpile.js';

const GENERATED_SRC = fileURLToPath(new URL('../../generated/src/', import.meta.url));

function sourcesUnder(dir: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourcesUnder(full));
    else if (entry.name.endsWith('.ts')) out.push([`src/${path.relative(GENERATED_SRC, full).split(path.sep).join('/')}`, readFileSync(full, 'utf8')]);
  }
  return out;
}

/** What the TypeScript API gives, one call per output (before our escaping of invisible characters). */
function byTranspileApi(fileName: string, source: string): { js: string; dts: string } {
  const js = ts.transpileModule(source, { compilerOptions: JS_OPTIONS, fileName }).outputText;
  const dts = ts.transpileDeclaration(source, { compilerOptions: DTS_OPTIONS, fileName }).outputText;
  return { js, dts };
}

describe('transpileFile', () => {
  it('gives what transpileModule and transpileDeclaration give, for every module of the committed package', () => {
    const sources = sourcesUnder(GENERATED_SRC);
    expect(sources.length).toBeGreaterThan(20);
    for (const [file, source] of sources) {
      expect(transpileFile(file, source), file).toEqual(byTranspileApi(file, source));
    }
  });

  it('keeps comments, JSDoc tags included, in both outputs and erases types from the JavaScript', () => {
    const source = [
      '/** A thing. @see {@link https://example.com} @deprecated use other */',
      'export interface Thing {',
      '  /** @internal not stripped */',
      '  id: number;',
      '}',
      '/**',
      ' * @param x the input',
      ' * @throws {Error} never',
      ' */',
      "export function f(x: Thing): number { return x.id; }",
      "export const T: { a: 'x' } = { a: 'x' };",
      '',
    ].join('\n');
    const out = transpileFile('src/a.ts', source);
    expect(out).toEqual(byTranspileApi('src/a.ts', source));
    expect(out.js).toContain('@throws {Error} never');
    expect(out.js).not.toContain('interface');
    expect(out.dts).toContain('@internal not stripped');
    expect(out.dts).toContain('export declare function f(x: Thing): number;');
  });

  it('emits `export {}` for a module that only holds types', () => {
    const out = transpileFile('src/t.ts', "import type { A } from './a.js';\nexport type B = A | 'b';\n");
    expect(out.js).toBe('export {};\n');
    expect(out.dts).toBe("import type { A } from './a.js';\nexport type B = A | 'b';\n");
  });

  it('escapes bidi controls and DEL that the declaration printer leaves raw', () => {
    const out = transpileFile('src/b.ts', "export type S = 'a\u202eb\u007f';\nexport const s: S = 'a\u202eb\u007f';\n");
    expect(out.dts).toContain("'a\\u202eb\\u007f'");
    expect(out.js).not.toMatch(/[\u202e\u007f]/);
  });

  it('reports a declaration that isolatedDeclarations cannot emit', () => {
    expect(() => transpileFile('src/c.ts', 'function g() { return 1; }\nexport const x = g();\n')).toThrow(TranspileError);
    try {
      transpileFile('src/c.ts', 'function g() { return 1; }\nexport const x = g();\n');
    } catch (error) {
      expect((error as TranspileError).messages.join('\n')).toMatch(/^2:14 .*isolatedDeclarations/);
    }
  });

  it('reports a syntax error with its position', () => {
    expect(() => transpileFile('src/d.ts', 'export const x: number = ;\n')).toThrow(/cannot transpile src\/d\.ts: 1:26 /);
  });
});
