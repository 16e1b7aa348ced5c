/**
 * The method name of a page (corpus-map §1.3): the H1's last token, else a dotted token in
 * the middle of the H1, cross-checked against the method the cURL example calls. Also the
 * API version: REST 3.0 methods are called under `/rest/api/`.
 */
import type { Code, Nodes, Root, RootContent } from 'mdast';
import type { ApiVersion } from '../ir/types.js';
import { flatText } from './mdast-text.js';

export const METHOD_NAME = /^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)+$/;
const WIRE_NAME = /^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)*$/;

/** A whitespace token of a title with backticks and `:,.()` trimmed from its ends. */
export function cleanToken(token: string): string {
  return token.replace(/`/g, '').replace(/^[:,.()[\]"'«»]+|[:,.()[\]"'«»?!]+$/g, '');
}

export interface H1Name {
  name: string;
  /** Where in the H1 the name was found. */
  where: 'tail' | 'middle';
}

export function nameFromH1(h1: string): H1Name | undefined {
  const tokens = h1.split(/\s+/).map(cleanToken).filter((t) => t !== '');
  const last = tokens[tokens.length - 1];
  if (last !== undefined && METHOD_NAME.test(last)) return { name: last, where: 'tail' };
  for (let i = tokens.length - 2; i >= 0; i--) {
    const t = tokens[i]!;
    if (METHOD_NAME.test(t)) return { name: t, where: 'middle' };
  }
  return undefined;
}

export interface CurlCall {
  name: string;
  apiVersion: ApiVersion;
}

/** The method an example URL calls: the last path segment after `/rest/[api/]`. */
export function methodOfUrl(text: string): CurlCall | undefined {
  const m = /\/rest\/([^\s'"`?#\\]*)/.exec(text);
  if (!m) return undefined;
  const path = m[1]!;
  const segments = path.split('/').filter((s) => s !== '');
  // `method.json` / `method.xml` pick the response format; the method is the rest.
  const last = segments[segments.length - 1]?.replace(/\.(json|xml)$/i, '');
  if (last === undefined || !WIRE_NAME.test(last) || path.endsWith('/')) return undefined;
  return { name: last, apiVersion: path.startsWith('api/') ? 'v3' : 'v2' };
}

function codeNodes(nodes: readonly Nodes[], out: Array<{ code: Code; tab?: string }>, tab?: string): void {
  for (const n of nodes) {
    if (n.type === 'code') out.push(tab === undefined ? { code: n } : { code: n, tab });
    else if (n.type === 'yfmTab') codeNodes(n.children as Nodes[], out, n.label);
    else if (n.type !== 'yfmTable' && 'children' in n) codeNodes(n.children as Nodes[], out, tab);
  }
}

/**
 * The calls made by the page's cURL examples, webhook tabs first. A fence counts when it
 * sits in a tab labelled cURL/HTTP or contains the word curl.
 */
export function curlCalls(nodes: readonly RootContent[]): CurlCall[] {
  const fences: Array<{ code: Code; tab?: string }> = [];
  codeNodes(nodes as Nodes[], fences);
  const ranked = fences
    .filter(({ code, tab }) => (tab !== undefined ? /curl|http/i.test(tab) : /\bcurl\b/.test(code.value)))
    .map(({ code, tab }, index) => ({ code, rank: tab !== undefined && /webhook/i.test(tab) ? 0 : 1, index }))
    .sort((x, y) => x.rank - y.rank || x.index - y.index);
  const calls: CurlCall[] = [];
  for (const { code } of ranked) {
    const call = methodOfUrl(code.value);
    if (call) calls.push(call);
  }
  return calls;
}

/** The first inline-code method name in a sentence that mentions a method ("The method `x.y` …"). */
export function nameFromProse(nodes: readonly RootContent[]): string | undefined {
  for (const n of nodes) {
    if (n.type !== 'paragraph' || !/\bmethods?\b|метод/i.test(flatText(n))) continue;
    for (const c of n.children) if (c.type === 'inlineCode' && METHOD_NAME.test(c.value)) return c.value;
  }
  return undefined;
}

export interface MethodIdentity {
  name?: string;
  /** How the name was chosen, for diagnostics. */
  from?: 'h1' | 'h1-middle' | 'curl' | 'prose';
  /** Set when the sources disagree. */
  mismatch?: string;
}

/** A name or file stem without separators or case: `sale-status-get-fields` ~ `sale.status.getFields`. */
function squash(text: string): string {
  return text.replace(/[-._]/g, '').toLowerCase();
}

/** Levenshtein distance, bounded: enough to tell a typo from a different method. */
function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

/**
 * Picks the name. The H1 tail is right on ~98% of pages; where the cURL call differs by a
 * typo's distance the URL is the wire truth. A name in the middle of the H1 can be a
 * prefix of the real one ("… at the Top of the im.recent List" documents im.recent.pin), so
 * there the cURL call wins.
 */
export function identifyMethod(h1: string, curl: string | undefined, prose: string | undefined, source?: string): MethodIdentity {
  const fromH1 = nameFromH1(h1);
  if (fromH1?.where === 'tail') {
    const name = fromH1.name;
    // Method names are case-insensitive on the wire: a case difference is no disagreement.
    if (curl === undefined || curl.toLowerCase() === name.toLowerCase()) return { name, from: 'h1' };
    const sameShape = curl.split('.').length === name.split('.').length;
    // The file name is a weak signal (it matches on ~2/3 of pages) but breaks a tie well.
    const stem = source === undefined ? undefined : squash(source.split('/').pop()!.replace(/\.md$/, ''));
    const byFile = stem !== undefined && squash(curl) === stem && squash(name) !== stem;
    if (byFile || (sameShape && distance(curl.toLowerCase(), name.toLowerCase()) <= 2)) {
      return { name: curl, from: 'curl', mismatch: `the H1 names ${name} but the cURL example calls ${curl}; using ${curl}` };
    }
    return { name, from: 'h1', mismatch: `the H1 names ${name} but the cURL example calls ${curl}; using ${name}` };
  }
  if (fromH1?.where === 'middle') {
    const mid = fromH1.name;
    const other = curl ?? prose;
    if (other === undefined || other === mid) return { name: mid, from: 'h1-middle' };
    const result: MethodIdentity = { name: other, from: curl !== undefined ? 'curl' : 'prose' };
    if (!other.startsWith(`${mid}.`)) result.mismatch = `the H1 mentions ${mid} but the example calls ${other}; using ${other}`;
    return result;
  }
  if (curl !== undefined) return { name: curl, from: 'curl' };
  if (prose !== undefined) return { name: prose, from: 'prose' };
  return {};
}

/** All code nodes' calls over a whole tree: for version detection. */
export function treeCurlCalls(tree: Root): CurlCall[] {
  return curlCalls(tree.children);
}
