/** Handlebars for the fixed-shape files: package.json, README, the entry barrel. */
import { readFile } from 'node:fs/promises';
import Handlebars from 'handlebars';

const TEMPLATE_DIR = new URL('../../templates/', import.meta.url);

export type TemplateName = 'package.json' | 'README.md' | 'index.ts';

export interface Templates {
  render(name: TemplateName, view: object): string;
}

export async function loadTemplates(): Promise<Templates> {
  const hb = Handlebars.create();
  hb.registerHelper('json', (value: unknown) => JSON.stringify(value));
  hb.registerHelper('or', (...args: unknown[]) => args.slice(0, -1).some(Boolean));
  hb.registerHelper('concat', (...args: unknown[]) => args.slice(0, -1).map(String).join(''));
  const names: TemplateName[] = ['package.json', 'README.md', 'index.ts'];
  const compiled = new Map<TemplateName, Handlebars.TemplateDelegate>();
  for (const name of names) {
    const source = await readFile(new URL(`${name}.hbs`, TEMPLATE_DIR), 'utf8');
    compiled.set(name, hb.compile(source, { strict: true }));
  }
  return {
    render(name, view): string {
      const template = compiled.get(name) as Handlebars.TemplateDelegate;
      return template(view);
    },
  };
}
