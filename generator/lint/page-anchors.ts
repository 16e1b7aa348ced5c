import type { Heading, Nodes } from 'mdast';
import { visit } from 'unist-util-visit';
import { headingAnchors } from '../extract/tables/nesting.js';
import { createDocsReader } from '../load/index.js';
import { createIncludeCache, parsePage } from '../parse/index.js';

/** The anchors of a docs page, or undefined when the page cannot be read. */
export type PageAnchors = (source: string) => ReadonlySet<string> | undefined;

/** `{#id}` written anywhere in text (Diplodoc also anchors list items and paragraphs). */
const INLINE_ANCHOR = /\{#([^{}\s]+)\}/g;

/** Every anchor a parsed page defines: heading ids and slugs (included fragments count), and inline `{#id}`s. */
export function anchorsOfTree(tree: Nodes): Set<string> {
  const anchors = new Set<string>();
  visit(tree, (node) => {
    if (node.type === 'heading') for (const anchor of headingAnchors(node as Heading)) anchors.add(anchor);
    if (node.type === 'text' || node.type === 'html') for (const m of node.value.matchAll(INLINE_ANCHOR)) anchors.add(m[1] as string);
  });
  return anchors;
}

/** Reads pages of a docs tree on demand (each once) for their anchors. */
export function createPageAnchors(docsRoot: string): PageAnchors {
  const reader = createDocsReader(docsRoot);
  const cache = createIncludeCache();
  const known = new Map<string, Set<string> | undefined>();
  return (source) => {
    if (!known.has(source)) {
      const read = reader.read(source);
      let anchors: Set<string> | undefined;
      if (read.ok) {
        try {
          anchors = anchorsOfTree(parsePage(read.text, source, { readInclude: (f) => reader.read(f), cache }).tree);
        } catch {
          anchors = undefined;
        }
      }
      known.set(source, anchors);
    }
    return known.get(source);
  };
}
