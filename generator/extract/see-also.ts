/** Links of the "Continue Learning" section (and its variants). */
import type { Link, Nodes, RootContent } from 'mdast';
import type { SeeAlso } from '../ir/types.js';
import { flatText } from './mdast-text.js';
import { resolveLink } from './resolve-link.js';

export function extractSeeAlso(nodes: readonly RootContent[], source: string): SeeAlso[] {
  const out: SeeAlso[] = [];
  const seen = new Set<string>();
  const walk = (list: readonly Nodes[]): void => {
    for (const n of list) {
      if (n.type === 'link') add(n);
      else if ('children' in n && n.type !== 'yfmTable') walk(n.children as Nodes[]);
    }
  };
  const add = (link: Link): void => {
    const href = resolveLink(link.url, source);
    if (href === '' || seen.has(href)) return;
    seen.add(href);
    const title = flatText(link);
    // `{#T}` asks the site to use the target's H1; the pipeline fills it in.
    out.push(title === '' || title === '{#T}' ? { href } : { title, href });
  };
  walk(nodes as Nodes[]);
  return out;
}
