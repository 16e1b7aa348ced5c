/**
 * The `parse` stage: YFM (Diplodoc Markdown) → mdast with the nodes of `yfm-nodes.ts`.
 *
 * ```ts
 * const reader = createDocsReader(root);
 * const cache = createIncludeCache();
 * const { tree, diagnostics } = parsePage(text, file, { readInclude: reader.read, cache });
 * visitParents(tree, 'yfmTable', (table, ancestors) => fileOf(ancestors, file));
 * ```
 */
export { parsePage, createIncludeCache, MAX_INCLUDE_DEPTH } from './parse-page.js';
export type { ParseOptions, ParseResult, ReadInclude, IncludeCache } from './parse-page.js';
export { nodeText, fileOf } from './node-helpers.js';
export { resolveIncludePath } from './include-path.js';
export { splitYfmTable } from './split-yfm-table.js';
export type { SplitTable, RawRow, RawCell, FilePoint } from './split-yfm-table.js';
export type { SrcLine } from './src-lines.js';
export type * from './yfm-nodes.js';
