import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildIr } from '../pipeline/build-ir.js';
import { emitPackage } from './index.js';
import { joinModule } from './module-views.js';
import { sameInEveryView, withDeclarations } from './print-views.js';
import { differencesFromTranspile } from './same-tokens.js';
import { transpileFile } from './transpile.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('module views', () => {
  it('puts declarations in the source and the declarations only, and joins parts with blank lines', () => {
    const part = withDeclarations(['export interface A {}'], { ts: 'export const a: A = {};', js: 'export const a = {};', dts: 'export declare const a: A;' });
    expect(part).toEqual({
      ts: 'export interface A {}\n\nexport const a: A = {};',
      js: 'export const a = {};',
      dts: 'export interface A {}\n\nexport declare const a: A;',
    });
    const module = joinModule({ ts: '// head', js: '// head', dts: '// head' }, [part, { ts: '', js: '', dts: '' }, sameInEveryView(["export * from './b.js';"])]);
    expect(module.js).toBe("// head\n\nexport const a = {};\n\nexport * from './b.js';\n");
    expect(module.dts).toBe("// head\n\nexport interface A {}\n\nexport declare const a: A;\n\nexport * from './b.js';\n");
  });

  it('prints the .js and .d.ts of the docs/ package as TypeScript transpiles its sources', async () => {
    const ir = await buildIr(path.join(ROOT, 'docs'));
    const files = await emitPackage(ir, { packageName: 'views-check', packageVersion: '0.0.1', runtimeDir: path.join(ROOT, 'generator/runtime') });
    expect([...files.keys()].filter((f) => /^dist\/(methods|fixtures)\//.test(f)).length).toBeGreaterThanOrEqual(4);
    expect(differencesFromTranspile(files, transpileFile)).toEqual([]);
  });
});
