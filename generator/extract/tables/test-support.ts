/** Test helpers: parse a Markdown snippet into mdast with the project's parser. */
import type { RootContent } from 'mdast';
import type { Diagnostic } from '../../ir/types.js';
import { parsePage } from '../../parse/index.js';
import type { TableContext } from './context.js';

export const PAGE = 'api-reference/crm/deals/crm-deal-add.md';

export function nodesOf(md: string, file = PAGE): RootContent[] {
  return parsePage(md, file).tree.children;
}

/** Resolves relative links against the page folder, the way the assembler will. */
export function resolveLink(href: string, fromFile: string): string {
  if (href.startsWith('#')) return href;
  const [path, anchor] = href.split('#') as [string, string | undefined];
  const parts = fromFile.split('/').slice(0, -1);
  for (const seg of path.replace(/^\//, '').split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  const base = href.startsWith('/') ? path.replace(/^\//, '').replace(/\.html$/, '.md') : parts.join('/');
  return anchor === undefined ? base : `${base}#${anchor}`;
}

export function makeCtx(file = PAGE): TableContext & { diagnostics: Diagnostic[] } {
  return { file, resolveLink, diagnostics: [] };
}

export function codes(ctx: TableContext): string[] {
  return ctx.diagnostics.map((d) => d.code);
}
