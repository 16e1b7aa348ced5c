/**
 * Deprecation of a method (corpus-map §1.5): a note whose title says so (DEPRECATED,
 * "Deprecated method", "… development has been halted/discontinued", RU equivalents), or a
 * page in an `outdated`/`deprecated` folder. The replacement is the first link in the note.
 */
import type { Link, Nodes, RootContent } from 'mdast';
import type { Deprecation } from '../ir/types.js';
import type { YfmNote } from '../parse/yfm-nodes.js';
import { foldHomoglyphs } from './homoglyphs.js';
import { flatText, markdownOf } from './mdast-text.js';
import { METHOD_NAME } from './method-identity.js';
import { resolveLink, linkPath } from './resolve-link.js';

const DEPRECATED_TITLE = /deprecated|outdated|(has been|have been|was|is) (halted|discontinued|stopped)|no longer (supported|developed)|устарел|устаревш|прекращен|остановлен|не развивается|больше не поддерживается/i;

export function isDeprecationNote(node: RootContent): node is YfmNote {
  return node.type === 'yfmNote' && node.title !== null && DEPRECATED_TITLE.test(foldHomoglyphs(node.title));
}

function firstLink(nodes: readonly Nodes[]): Link | undefined {
  for (const n of nodes) {
    if (n.type === 'link') return n;
    if ('children' in n) {
      const hit = firstLink(n.children as Nodes[]);
      if (hit) return hit;
    }
  }
  return undefined;
}

export function isDeprecatedFolder(source: string): boolean {
  return source.split('/').slice(0, -1).some((p) => p === 'outdated' || p === 'deprecated');
}

/**
 * The page's deprecation, if any. Looks at the notes of the intro. The replacement name comes
 * from the link text when it is a method name; otherwise only `replacementSource` is set and
 * the pipeline names it from the target page.
 */
export function extractDeprecation(intro: readonly RootContent[], source: string, text: string): Deprecation | undefined {
  const note = intro.find(isDeprecationNote);
  if (note) {
    const deprecation: Deprecation = { message: markdownOf(note.children as RootContent[], text), reason: 'note' };
    const link = firstLink(note.children as Nodes[]);
    if (link) {
      const label = flatText(link).replace(/[()]/g, '').trim();
      if (METHOD_NAME.test(label)) deprecation.replacement = label;
      const target = linkPath(resolveLink(link.url, source));
      if (target.endsWith('.md') && !/^[a-z][a-z0-9+.-]*:/i.test(target)) deprecation.replacementSource = target;
    }
    return deprecation;
  }
  if (isDeprecatedFolder(source)) return { message: '', reason: 'folder' };
  return undefined;
}
