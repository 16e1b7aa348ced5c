/** Handlebars for the fixed-shape files: package.json, README, the entry barrel. */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import Handlebars from 'handlebars/runtime.js';
import type FullHandlebars from 'handlebars';
import { importModule } from '../import-module.js';
import { TEMPLATE_NAMES, TEMPLATE_OPTIONS, type TemplateName } from './template-names.js';

export type { TemplateName } from './template-names.js';

const TEMPLATE_DIR = new URL('../../templates/', import.meta.url);
/** Written by `npm run build` (bin/compile-templates.js) beside the compiled generator. */
const PRECOMPILED_URL = new URL('../templates-compiled.js', import.meta.url);

export interface Templates {
  render(name: TemplateName, view: object): string;
}

type Precompiled = Record<string, { sha256: string; spec: TemplateSpecification }>;
type TemplateSpecification = Parameters<typeof Handlebars.template>[0];

/** The helpers every template may use, on a Handlebars instance (runtime or compiler). */
export function registerHelpers(hb: Pick<typeof Handlebars, 'registerHelper'>): void {
  hb.registerHelper('json', (value: unknown) => JSON.stringify(value));
  hb.registerHelper('or', (...args: unknown[]) => args.slice(0, -1).some(Boolean));
  hb.registerHelper('concat', (...args: unknown[]) => args.slice(0, -1).map(String).join(''));
}

async function readPrecompiled(): Promise<Precompiled> {
  try {
    return (await importModule<{ precompiled: Precompiled }>(PRECOMPILED_URL.href)).precompiled;
  } catch {
    // Not built (the tests run the TypeScript sources): every template is compiled here.
    return {};
  }
}

/**
 * The templates, each from its build-time precompilation while its source is the one that was
 * precompiled, else compiled now (the compiler is loaded only then).
 */
export async function loadTemplates(): Promise<Templates> {
  const [precompiled, sources] = await Promise.all([
    readPrecompiled(),
    Promise.all(TEMPLATE_NAMES.map((name) => readFile(new URL(`${name}.hbs`, TEMPLATE_DIR), 'utf8'))),
  ]);
  const runtime = Handlebars.create();
  registerHelpers(runtime);
  let compiler: typeof FullHandlebars | undefined;
  const compiled = new Map<TemplateName, Handlebars.TemplateDelegate>();
  for (const [i, name] of TEMPLATE_NAMES.entries()) {
    const source = sources[i] as string;
    const built = precompiled[name];
    if (built !== undefined && built.sha256 === createHash('sha256').update(source).digest('hex')) {
      compiled.set(name, runtime.template(built.spec));
      continue;
    }
    if (compiler === undefined) {
      compiler = (await import('handlebars')).default.create();
      registerHelpers(compiler);
    }
    compiled.set(name, compiler.compile(source, TEMPLATE_OPTIONS));
  }
  return {
    render(name, view): string {
      const template = compiled.get(name) as Handlebars.TemplateDelegate;
      return template(view);
    },
  };
}
