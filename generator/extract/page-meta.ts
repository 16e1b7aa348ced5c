/**
 * Page metadata of a method: scope(s) from `> Scope: [`x`](…)`, access from "Who can …",
 * the intro description (Markdown), title, docs URL and section.
 */
import type { Blockquote, Nodes, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { flatText, markdownOf, plainText } from './mdast-text.js';

const SCOPE_LABEL = /^\s*(scope|скоуп|область( видимости)?)\s*:/i;
const ACCESS_LINE = /(?:who can (?:execute|perform|call|use|work with)[^:]*|кто может (?:выполнять|вызывать|выполнить)[^:]*):\s*([\s\S]*)$/i;

function quoteParagraphs(intro: readonly RootContent[]): Paragraph[] {
  return intro
    .filter((n): n is Blockquote => n.type === 'blockquote')
    .flatMap((q) => q.children.filter((c): c is Paragraph => c.type === 'paragraph'));
}

/**
 * The scopes named in links on the Scope line: `[`crm`](…)`. Inline code outside links
 * ("module scope from `moduleId`") is not a scope.
 */
export function extractScopes(intro: readonly RootContent[]): string[] {
  const scopes: string[] = [];
  for (const para of quoteParagraphs(intro)) {
    let inScope = false;
    for (const child of para.children) {
      if (!inScope) {
        if (child.type === 'text' && SCOPE_LABEL.test(child.value)) inScope = true;
        continue;
      }
      // The Scope line ends at a line break; the next line may be "Who can …".
      if (child.type === 'break' || (child.type === 'text' && child.value.includes('\n'))) {
        if (child.type === 'text' && /who can|кто может/i.test(child.value)) break;
        if (child.type === 'break') break;
      }
      if (child.type === 'link') {
        const name = scopeNameOf(child.children);
        if (name !== undefined && !scopes.includes(name)) scopes.push(name);
      }
    }
  }
  return scopes;
}

function scopeNameOf(children: PhrasingContent[]): string | undefined {
  const code = children.find((c) => c.type === 'inlineCode');
  const text = code && code.type === 'inlineCode' ? code.value : flatText(children as Nodes[]);
  const t = text.trim();
  return /^[\w.-]+$/.test(t) ? t : undefined;
}

/**
 * "Who can execute the method: any user" → "any user". When the answer is a list under the
 * line ("> Who can execute the method:⏎> - a user with …"), the list items are joined.
 */
export function extractAccess(intro: readonly RootContent[]): string | undefined {
  for (const quote of intro.filter((n): n is Blockquote => n.type === 'blockquote')) {
    const children = quote.children;
    for (let i = 0; i < children.length; i++) {
      const para = children[i]!;
      if (para.type !== 'paragraph') continue;
      for (const line of plainText(para).split('\n')) {
        const m = ACCESS_LINE.exec(line.trim());
        if (!m) continue;
        const access = m[1]!.replace(/\s+/g, ' ').trim();
        if (access !== '') return access;
        const next = children[i + 1];
        if (next?.type === 'list') {
          const items = next.children.map((item) => flatText(item)).filter((t) => t !== '');
          if (items.length > 0) return items.join(' ');
        }
      }
    }
  }
  return undefined;
}

/** The intro's prose as Markdown: paragraphs, lists and code, without notes and the scope quote. */
export function extractDescription(intro: readonly RootContent[], source: string): string {
  const parts: string[] = [];
  for (const node of intro) {
    if (node.type === 'paragraph' || node.type === 'list' || node.type === 'code' || node.type === 'table') {
      const md = markdownOf([node], source);
      if (md !== '') parts.push(md);
    } else if (node.type === 'blockquote' && !quoteParagraphs([node]).some((p) => SCOPE_LABEL.test(plainText(p)) || ACCESS_LINE.test(plainText(p)))) {
      const md = markdownOf([node], source);
      if (md !== '') parts.push(md);
    }
  }
  return parts.join('\n\n').replace(/\s*\{\.b24-info\}\s*$/gm, '');
}

export const DOCS_SITE = 'https://apidocs.bitrix24.com/';

export function docsUrlOf(source: string): string {
  return DOCS_SITE + source.replace(/\.md$/, '.html');
}

/** The first folder under api-reference/, or "" for a page at its root. */
export function sectionOf(source: string): string {
  const parts = source.split('/');
  return parts[0] === 'api-reference' && parts.length > 2 ? parts[1]! : '';
}
