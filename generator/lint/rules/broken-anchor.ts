import type { LintFinding, LintRule } from '../lint-types.js';
import { findingOf } from '../lint-types.js';
import { methodFields, typeParts } from '../walk-fields.js';

/** `[text](target)` in Markdown source. */
const LINK = /\]\(([^()\s]+)\)/g;

/**
 * The anchors of in-page links: `](#anchor)`, and `](<docsUrl>#anchor)` since extract makes
 * description links absolute (the page's own online URL plus the anchor).
 */
export function anchorLinks(markdown: string, docsUrl: string): string[] {
  const out: string[] = [];
  for (const m of markdown.matchAll(LINK)) {
    const target = m[1] as string;
    if (target.startsWith('#')) out.push(target.slice(1));
    else if (docsUrl !== '' && target.startsWith(`${docsUrl}#`)) out.push(target.slice(docsUrl.length + 1));
  }
  return out.filter((a) => a !== '');
}

/**
 * In-page links that lead nowhere. With the page at hand (the CLI), type links and links in
 * descriptions are checked against the page's anchors. From the IR alone, a type link to the
 * own page is broken when it brought in no fields and names no shared type: its anchor names
 * no table.
 */
export const brokenAnchor: LintRule = {
  id: 'broken-anchor',
  severity: 'warning',
  title: 'an in-page link points to an anchor the page does not define, or a type link leads to no table',
  fixHint: 'give the target heading the linked {#anchor}, or fix the link\'s anchor',
  check(method, ir, context) {
    const anchors = context.anchorsOf?.(method.source);
    const typeIds = new Set(ir.types.map((type) => type.id));
    const own = `${method.source}#`;
    const out: LintFinding[] = [];
    for (const { field, path } of methodFields(method)) {
      for (const part of typeParts(field.type)) {
        if (part.link === undefined || !part.link.startsWith(own)) continue;
        const anchor = part.link.slice(own.length);
        if (anchors !== undefined) {
          if (!anchors.has(anchor)) out.push(findingOf(this, method, field.position, `type of "${path}" links to #${anchor}, which the page does not define`));
        } else if ((field.fields === undefined || field.fields.length === 0) && part.typeId === undefined && !typeIds.has(part.link)) {
          out.push(findingOf(this, method, field.position, `type of "${path}" links to #${anchor}, which names no table on the page`));
        }
      }
      if (anchors === undefined) continue;
      for (const anchor of anchorLinks(field.description, method.docsUrl)) {
        if (!anchors.has(anchor)) out.push(findingOf(this, method, field.position, `description of "${path}" links to #${anchor}, which the page does not define`));
      }
    }
    if (anchors !== undefined) {
      for (const anchor of anchorLinks(method.description, method.docsUrl)) {
        if (!anchors.has(anchor)) out.push(findingOf(this, method, undefined, `the introduction links to #${anchor}, which the page does not define`));
      }
    }
    return out;
  },
};
