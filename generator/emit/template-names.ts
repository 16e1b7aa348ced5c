/** The fixed-shape files rendered from templates/*.hbs, and how every template is compiled (build time or run time alike). */
export const TEMPLATE_NAMES = ['package.json', 'README.md', 'index.ts'] as const;

export type TemplateName = (typeof TEMPLATE_NAMES)[number];

export const TEMPLATE_OPTIONS = { strict: true } as const;
