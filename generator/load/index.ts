/** The `load` stage: reading the docs tree safely. */
export { createDocsReader, normaliseText } from './docs-reader.js';
export type { DocsReader, ReadResult } from './docs-reader.js';
export { listDocsPages } from './list-docs-pages.js';
