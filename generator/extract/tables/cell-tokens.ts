/**
 * Flattens a table cell's mdast into a short token list (bold names, code spans, links,
 * plain text), the shape in which the name/type cell grammar of the docs is easiest to read.
 * Remark splits `**N***` into a strong node and a text `*`; tokens keep that split visible.
 */
import type { Nodes, RootContent } from 'mdast';

export type CellToken =
  | { t: 'strong'; text: string }
  | { t: 'code'; text: string; href?: string }
  | { t: 'text'; text: string; href?: string };

/** Tokens of a cell's blocks; paragraphs and other blocks are separated by a text "\n". */
export function cellTokens(blocks: readonly RootContent[]): CellToken[] {
  const out: CellToken[] = [];
  blocks.forEach((block, i) => {
    if (i > 0) out.push({ t: 'text', text: '\n' });
    walk(block, out, undefined);
  });
  return mergeText(out);
}

function walk(node: Nodes, out: CellToken[], href: string | undefined): void {
  switch (node.type) {
    case 'text':
      out.push(href === undefined ? { t: 'text', text: node.value } : { t: 'text', text: node.value, href });
      return;
    case 'inlineCode':
      out.push(href === undefined ? { t: 'code', text: node.value } : { t: 'code', text: node.value, href });
      return;
    case 'break':
      out.push({ t: 'text', text: '\n' });
      return;
    case 'strong':
      out.push({ t: 'strong', text: plainText(node) });
      return;
    case 'link':
      for (const c of node.children) walk(c, out, node.url);
      return;
    case 'html':
      // `<br>` separates lines like a newline does; other inline HTML carries no grammar.
      out.push({ t: 'text', text: /^<br\s*\/?>$/i.test(node.value.trim()) ? '\n' : node.value });
      return;
    default:
      if ('children' in node) {
        for (const c of node.children as Nodes[]) walk(c, out, href);
      } else if ('value' in node && typeof node.value === 'string') {
        out.push({ t: 'text', text: node.value });
      }
  }
}

/** The plain text of a node (code spans keep their content, no backticks). */
export function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  return '';
}

function mergeText(tokens: CellToken[]): CellToken[] {
  const out: CellToken[] = [];
  for (const tok of tokens) {
    const prev = out[out.length - 1];
    if (tok.t === 'text' && prev?.t === 'text' && prev.href === tok.href) {
      prev.text += tok.text;
    } else {
      out.push({ ...tok });
    }
  }
  return out;
}

/** Every `#anchor` link target inside the given nodes, in document order. */
export function anchorLinks(nodes: readonly Nodes[]): string[] {
  const out: string[] = [];
  const visit = (n: Nodes): void => {
    if (n.type === 'link' && n.url.startsWith('#') && n.url.length > 1) out.push(n.url.slice(1));
    if ('children' in n) for (const c of n.children as Nodes[]) visit(c);
  };
  for (const n of nodes) visit(n);
  return out;
}
