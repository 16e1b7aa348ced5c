import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import Handlebars from 'handlebars';
import Runtime from 'handlebars/runtime.js';
import { describe, expect, it } from 'vitest';
import { TEMPLATE_NAMES, TEMPLATE_OPTIONS } from './template-names.js';
import { loadTemplates, registerHelpers } from './templates.js';

const view = {
  header: '// header',
  packageName: '@scope/client',
  packageVersion: '1.2.3',
  sections: [{ stem: 'crm' }, { stem: 'tasks' }],
  methodCount: 2,
  example: { wireName: 'crm.deal.get', functionName: 'crmDealGet', paramsName: 'CrmDealGetParams', path: 'crm.deal.get', params: '{ id: 1 }' },
  zod: true,
  msw: false,
};

describe('templates', () => {
  it('render the fixed-shape files from the sources (compiled here when not precompiled)', async () => {
    const templates = await loadTemplates();
    expect(templates.render('package.json', view)).toContain('"name": "@scope/client"');
    expect(templates.render('index.ts', view)).toContain('crm');
    expect(templates.render('README.md', view)).toContain('crmDealGet');
  });

  it('precompiled by the build, render exactly what the compiler renders', async () => {
    const built = new URL('../../dist/templates-compiled.js', import.meta.url);
    // `npm test` builds first; without a build there is nothing to compare.
    expect(existsSync(built), 'dist/templates-compiled.js is missing: run `npm run build`').toBe(true);
    const { precompiled } = (await import(built.href)) as { precompiled: Record<string, { spec: never }> };
    const helpers = (hb: typeof Handlebars): typeof Handlebars => {
      registerHelpers(hb);
      return hb;
    };
    const runtime = helpers(Runtime.create());
    const compiler = helpers(Handlebars.create());
    for (const name of TEMPLATE_NAMES) {
      const source = await readFile(new URL(`../../templates/${name}.hbs`, import.meta.url), 'utf8');
      const fromBuild = runtime.template((precompiled[name] as { spec: never }).spec);
      expect(fromBuild(view)).toBe(compiler.compile(source, TEMPLATE_OPTIONS)(view));
    }
  });
});
