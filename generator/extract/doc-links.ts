/**
 * Markdown link targets in descriptions → absolute links to the online docs
 * (https://apidocs.bitrix24.com/<path>.html#anchor), so that TSDoc links work in editors and
 * in every output. Only link targets change; the rest of the Markdown stays as written.
 */
import type { Field, KeyPattern } from '../ir/types.js';
import { docsUrlOf } from './page-meta.js';
import { resolveLink } from './resolve-link.js';

/** The online URL of a link found in `fromFile`; undefined when it is already absolute or leaves the docs. */
export function docsLinkUrl(href: string, fromFile: string): string | undefined {
  const link = href.trim();
  if (link === '' || /^[a-z][a-z0-9+.-]*:/i.test(link) || link.startsWith('//')) return undefined;
  const resolved = link.startsWith('#') ? `${fromFile}${link}` : resolveLink(link, fromFile);
  const hashAt = resolved.indexOf('#');
  const file = hashAt >= 0 ? resolved.slice(0, hashAt) : resolved;
  const hash = hashAt >= 0 ? resolved.slice(hashAt) : '';
  if (file === '' || file.startsWith('..') || !file.endsWith('.md')) return undefined;
  // Anchors and paths end up inside a Markdown link target: no spaces or parentheses there.
  if (/[\s()<>]/.test(file + hash)) return undefined;
  return docsUrlOf(file) + hash;
}

const LINK_TARGET = /(\]\()([^)\s]+)((?:\s+"[^"\n]*")?\))/g;

/** Rewrites every relative or in-page link target of `markdown` written in `fromFile`. */
export function absoluteDocLinks(markdown: string, fromFile: string): string {
  if (!markdown.includes('](')) return markdown;
  return markdown.replace(LINK_TARGET, (all: string, open: string, target: string, close: string) => {
    const url = docsLinkUrl(target, fromFile);
    return url === undefined ? all : `${open}${url}${close}`;
  });
}

/** Applies `absoluteDocLinks` to the descriptions of fields, recursively; each field from its own file. */
export function absoluteFieldLinks(fields: readonly Field[], fromFile: string): void {
  for (const f of fields) {
    f.description = absoluteDocLinks(f.description, f.position?.file ?? fromFile);
    if (f.fields) absoluteFieldLinks(f.fields, fromFile);
    if (f.keyPatterns) absolutePatternLinks(f.keyPatterns, fromFile);
  }
}

/** The same for key patterns. */
export function absolutePatternLinks(patterns: readonly KeyPattern[], fromFile: string): void {
  for (const k of patterns) {
    k.description = absoluteDocLinks(k.description, k.position?.file ?? fromFile);
    if (k.fields) absoluteFieldLinks(k.fields, fromFile);
  }
}
