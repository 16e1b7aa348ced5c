import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Node } from 'unist';

/**
 * The plain text of a node (as `mdast-util-to-string`), except that the blocks of a YFM
 * table, tab or note are joined with a newline or a tab rather than run together, and
 * that code keeps its value. Handy for matching cell and heading text.
 */
export function nodeText(node: Node): string {
  switch (node.type) {
    case 'yfmTable':
      return childTexts(node).join('\n');
    case 'yfmTableRow':
      return childTexts(node).join('\t');
    case 'yfmTableCell':
    case 'yfmTab':
    case 'yfmNote':
    case 'yfmCut':
    case 'yfmTabs':
    case 'yfmInclude':
    case 'root':
    case 'listItem':
    case 'list':
    case 'blockquote':
      return childTexts(node).join('\n');
    default:
      return toString(node as Nodes);
  }
}

function childTexts(node: Node): string[] {
  const children = (node as { children?: Node[] }).children ?? [];
  return children.map(nodeText);
}

/**
 * The docs-relative file a node comes from, given its ancestors (as `visitParents` passes
 * them, root first): the `file` of the nearest enclosing `yfmInclude`, else `pageFile`.
 */
export function fileOf(ancestors: readonly Node[], pageFile: string): string {
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const a = ancestors[i] as Node & { file?: unknown };
    if (a.type === 'yfmInclude' && typeof a.file === 'string') return a.file;
  }
  return pageFile;
}
