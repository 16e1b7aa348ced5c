/**
 * Doc text links to other pages relatively (`](../status/crm-status-list.md)`), which means
 * nothing inside an OpenAPI document. Rewrites Markdown link targets to the online pages so
 * that a reader of the spec (Swagger UI, Redoc) can follow them.
 */
import path from 'node:path';
import { docsUrlOf } from '../extract/page-meta.js';

const LINK = /\]\(([^()\s]+)((?:\s+"[^"]*")?)\)/g;

function absoluteTarget(target: string, source: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return undefined;
  if (target.startsWith('#')) return `${docsUrlOf(source)}${target}`;
  const hash = target.indexOf('#');
  const file = hash === -1 ? target : target.slice(0, hash);
  const anchor = hash === -1 ? '' : target.slice(hash);
  const resolved = file.startsWith('/') ? file.slice(1) : path.posix.normalize(path.posix.join(path.posix.dirname(source), file));
  if (resolved.startsWith('..') || resolved === '' || resolved === '.') return undefined;
  return `${docsUrlOf(resolved)}${anchor}`;
}

/** `source`: the docs file the text comes from, relative to the docs root. */
export function absolutizeDocLinks(markdown: string, source: string | undefined): string {
  if (source === undefined || !markdown.includes('](')) return markdown;
  return markdown.replace(LINK, (whole, target: string, title: string) => {
    const absolute = absoluteTarget(target, source);
    return absolute === undefined ? whole : `](${absolute}${title})`;
  });
}
