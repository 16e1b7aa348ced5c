/**
 * A small mdast → Markdown printer for description cells. The IR keeps descriptions as
 * Markdown; the cells' source text is not at hand once includes are flattened, so the
 * common node kinds are printed back. YFM blocks print their content only.
 */
import type { Nodes, RootContent } from 'mdast';

export function toMarkdown(nodes: readonly RootContent[]): string {
  return nodes.map((n) => block(n, '')).filter((s) => s !== '').join('\n\n').trim();
}

function block(node: Nodes, indent: string): string {
  switch (node.type) {
    case 'paragraph':
      return inline(node.children as Nodes[]);
    case 'heading':
      return `${'#'.repeat(node.depth)} ${inline(node.children as Nodes[])}`;
    case 'code':
      return '```' + (node.lang ?? '') + '\n' + node.value + '\n```';
    case 'list': {
      let n = node.start ?? 1;
      return node.children
        .map((item) => {
          const marker = node.ordered ? `${n++}. ` : '- ';
          const body = item.children.map((c) => block(c, indent + '  ')).join('\n');
          return marker + body.split('\n').join('\n  ');
        })
        .join('\n');
    }
    case 'blockquote':
      return node.children.map((c) => block(c, indent)).join('\n\n').split('\n').map((l) => `> ${l}`).join('\n');
    case 'thematicBreak':
      return '---';
    case 'html':
      return node.value;
    case 'yfmTable':
      return node.children
        .map((row) => '|| ' + row.children.map((cell) => toMarkdown(cell.children as RootContent[])).join(' | ') + ' ||')
        .join('\n');
    default:
      if ('children' in node) return (node.children as Nodes[]).map((c) => block(c, indent)).filter((s) => s !== '').join('\n\n');
      if ('value' in node && typeof node.value === 'string') return node.value;
      return '';
  }
}

function inline(nodes: readonly Nodes[]): string {
  return nodes
    .map((n): string => {
      switch (n.type) {
        case 'text':
          return n.value;
        case 'inlineCode':
          return n.value.includes('`') ? '``` ' + n.value + ' ```' : '`' + n.value + '`';
        case 'strong':
          return `**${inline(n.children)}**`;
        case 'emphasis':
          return `_${inline(n.children)}_`;
        case 'delete':
          return `~~${inline(n.children)}~~`;
        case 'break':
          return '\n';
        case 'link':
          return `[${inline(n.children)}](${n.url})`;
        case 'image':
          return `![${n.alt ?? ''}](${n.url})`;
        case 'html':
          return n.value;
        default:
          if ('children' in n) return inline(n.children as Nodes[]);
          return 'value' in n && typeof n.value === 'string' ? n.value : '';
      }
    })
    .join('');
}
