import { afterEach, describe, expect, it } from 'vitest';
import { importModule, useModuleImporter } from './import-module.js';

afterEach(() => useModuleImporter((specifier) => import(specifier)));

describe('importModule', () => {
  it('imports by itself until an importer is handed in, then through that importer', async () => {
    const own = await importModule<{ importModule: unknown }>(new URL('./import-module.ts', import.meta.url).href);
    expect(own.importModule).toBe(importModule);
    const asked: string[] = [];
    useModuleImporter(async (specifier) => {
      asked.push(specifier);
      return { default: 'from the launcher' };
    });
    expect(await importModule<{ default: string }>('file:///somewhere/b24gen.config.mjs')).toEqual({ default: 'from the launcher' });
    expect(asked).toEqual(['file:///somewhere/b24gen.config.mjs']);
  });
});
