/**
 * Page metadata of a method: scope(s) from `> Scope: [`x`](…)`, access from "Who can …",
 * the intro description (Markdown), title, docs URL and section.
 */
import type { Blockquote, Nodes, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { flatText, markdownOf, plainText } from './mdast-text.js';

const SCOPE_LABEL = /^\s*(scope|скоуп|область( видимости)?)\s*:/i;
const ACCESS_LINE = /(?:who can (?:execute|perform|call|use|work with)[^:]*|кто может (?:выполнять|вызывать|выполнить)[^:]*):\s*([\s\S]*)$/i;
/** A link to the scopes page marks the scope line in any language. */
const SCOPES_PAGE = /(^|\/)scopes\/permissions\.(md|html)(#.*)?$/;
/** "<label>: <text>" on one line of the scope quote: the structure of the "Who can …" line. */
const LABELLED_LINE = /^([^:\n]{2,80}):[ \t]*(.*)$/;

function isScopesLink(node: PhrasingContent): boolean {
  return node.type === 'link' && SCOPES_PAGE.test(node.url);
}

/** The text before the first link ends in a colon: "Scope: [`x`](…)", "Область доступа: [`x`](…)". */
function labelledScopeLink(para: Paragraph, at: number): boolean {
  const before = para.children.slice(0, at);
  const text = before.map((c) => (c.type === 'text' ? c.value : c.type === 'break' ? '\n' : '')).join('');
  const line = text.split('\n').pop() ?? '';
  return /:\s*$/.test(line) && before.every((c) => c.type === 'text' || c.type === 'break');
}

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
        // A translated label: the line is still "<label>: [scope](…/scopes/permissions.md)".
        else if (isScopesLink(child) && labelledScopeLink(para, para.children.indexOf(child))) inScope = true;
        if (!inScope || child.type !== 'link') continue;
      }
      // The Scope line ends at a line break; the next line may be "Who can …".
      if (child.type === 'break' || (child.type === 'text' && child.value.includes('\n'))) {
        if (child.type === 'text' && /who can|кто может/i.test(child.value)) break;
        if (child.type === 'text' && LABELLED_LINE.test((child.value.split('\n').pop() ?? '').trim())) break;
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
  const quotes = intro.filter((n): n is Blockquote => n.type === 'blockquote');
  for (const quote of quotes) {
    const found = accessIn(quote, (line) => ACCESS_LINE.exec(line)?.[1]);
    if (found !== undefined) return found;
  }
  // A label we do not know: the other "<label>: <text>" line of the quote that holds the scope.
  const scopeQuote = quotes.find((q) => extractScopes([q]).length > 0);
  if (!scopeQuote) return undefined;
  return accessIn(scopeQuote, (line, para) => (isScopeParagraph(para) && line === firstLine(para) ? undefined : LABELLED_LINE.exec(line)?.[2]));
}

function firstLine(para: Paragraph): string {
  return (plainText(para).split('\n')[0] ?? '').trim();
}

function isScopeParagraph(para: Paragraph): boolean {
  return SCOPE_LABEL.test(plainText(para)) || para.children.some(isScopesLink);
}

/** The first line `answer` accepts; an empty answer takes the list under the line. */
function accessIn(quote: Blockquote, answer: (line: string, para: Paragraph) => string | undefined): string | undefined {
  const children = quote.children;
  for (let i = 0; i < children.length; i++) {
    const para = children[i]!;
    if (para.type !== 'paragraph') continue;
    for (const line of plainText(para).split('\n')) {
      const raw = answer(line.trim(), para);
      if (raw === undefined) continue;
      const access = raw.replace(/\s+/g, ' ').trim();
      if (access !== '') return access;
      const next = children[i + 1];
      if (next?.type === 'list') {
        const items = next.children.map((item) => flatText(item)).filter((t) => t !== '');
        if (items.length > 0) return items.join(' ');
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
    } else if (node.type === 'blockquote' && extractScopes([node]).length === 0 && !quoteParagraphs([node]).some((p) => SCOPE_LABEL.test(plainText(p)) || ACCESS_LINE.test(plainText(p)))) {
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

/** The reverse of `docsUrlOf`: an online page's docs path with its anchor (`api-reference/x.md#a`); undefined off the site. */
export function docsSourceOf(url: string): string | undefined {
  if (!url.startsWith(DOCS_SITE)) return undefined;
  const [page = '', anchor] = url.slice(DOCS_SITE.length).split('#', 2);
  if (!page.endsWith('.html')) return undefined;
  const file = `${page.slice(0, -'.html'.length)}.md`;
  return anchor === undefined || anchor === '' ? file : `${file}#${anchor}`;
}

/** The first folder under api-reference/, or "" for a page at its root. */
export function sectionOf(source: string): string {
  const parts = source.split('/');
  return parts[0] === 'api-reference' && parts.length > 2 ? parts[1]! : '';
}
