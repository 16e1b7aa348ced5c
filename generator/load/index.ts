/** The `load` stage: reading the docs tree safely. */
export { createDocsReader, normaliseText } from './docs-reader.js';
export type { DocsReader, ReadResult } from './docs-reader.js';
export { listDocsPages, compareCodeUnits } from './list-docs-pages.js';
