/**
 * Allowed values a description lists, conservatively: a bullet list whose every item
 * starts with a code span and a dash/colon, introduced by a sentence about values; or an
 * inline run "values `Y` or `N`". Only for plain scalar types.
 */
import type { List, Nodes, Paragraph, RootContent } from 'mdast';
import type { TypeRef } from '../../ir/types.js';

const VALUE_WORDS = /values?|значени|one of/i;
const ENUM_BASES = new Set(['string', 'char', 'integer', 'int', 'boolean', 'bool', 'enum', 'text']);

function leadCode(p: Nodes | undefined): string | undefined {
  if (!p || p.type !== 'paragraph') return undefined;
  const [first, second] = p.children;
  if (first?.type !== 'inlineCode') return undefined;
  if (second === undefined) return undefined;
  if (second.type !== 'text' || !/^\s*(—|–|-|:|=)\s*/.test(second.value)) return undefined;
  return first.value.trim();
}

function textOf(n: Nodes): string {
  if ('value' in n && typeof n.value === 'string') return n.value;
  if ('children' in n) return (n.children as Nodes[]).map(textOf).join('');
  return '';
}

function listValues(list: List): string[] | undefined {
  const out: string[] = [];
  for (const item of list.children) {
    const v = leadCode(item.children[0]);
    if (v === undefined || v === '') return undefined;
    out.push(v);
  }
  return out.length >= 2 ? out : undefined;
}

/** "takes values `Y` or `N`", "`Y`, `N`": the code spans right after a values phrase. */
function inlineValues(p: Paragraph): string[] | undefined {
  const kids = p.children;
  for (let i = 0; i < kids.length; i++) {
    const k = kids[i];
    if (k?.type !== 'text' || !/(values?|значени[яй]?)\s*:?\s*$/i.test(k.value)) continue;
    const out: string[] = [];
    let j = i + 1;
    while (j < kids.length) {
      const c = kids[j];
      if (c?.type !== 'inlineCode') break;
      out.push(c.value.trim());
      const sep = kids[j + 1];
      if (sep?.type === 'text' && /^\s*(,|or|and|или|и)\s*$/.test(sep.value)) j += 2;
      else break;
    }
    const after = kids[j + 1];
    // "values `Y` or `N` for …" is fine; "`0` or `1`, as well as `true`" means more values follow.
    if (out.length >= 2 && !(after?.type === 'text' && /^\s*,?\s*(as well|also|и также|а также)/i.test(after.value))) return out;
  }
  return undefined;
}

/** Values that fit the base type, or undefined (then the description is not an enum of it). */
function asValues(quoted: string[], base: string): Array<string | number> | undefined {
  // A code span that quotes the value (`'P'`, `"1"`, `""`) shows a string literal: the wire value is inside.
  const raw = quoted.every((v) => /^(['"]).*\1$/.test(v) && v.length >= 2) ? quoted.map((v) => v.slice(1, -1)) : quoted;
  if (base === 'integer' || base === 'int') return raw.every((v) => /^-?\d+$/.test(v)) ? raw.map(Number) : undefined;
  if (base === 'boolean' || base === 'bool') return raw.every((v) => v === 'Y' || v === 'N') ? raw : undefined;
  // A bare `enum` of unquoted digit codes: the portal sends them as numbers or as numeric strings.
  if (base === 'enum' && raw === quoted && raw.every((v) => /^-?\d+$/.test(v))) return [...raw.map(Number), ...raw];
  return raw.every((v) => v.length <= 64 && !/\s{2}|[{}[\]]/.test(v)) ? raw : undefined;
}

/** Returns an enum TypeRef refining `type` when the description lists its values. */
export function refineEnum(type: TypeRef, description: readonly RootContent[]): TypeRef {
  if (type.kind !== 'scalar' || type.name === undefined || !ENUM_BASES.has(type.name)) return type;
  for (let i = 0; i < description.length; i++) {
    const n = description[i] as Nodes;
    if (n.type === 'list') {
      const prev = description[i - 1] as Nodes | undefined;
      if (!prev || !VALUE_WORDS.test(textOf(prev))) continue;
      const vals = listValues(n);
      const values = vals && asValues(vals, type.name);
      if (values) return { ...type, kind: 'enum', values };
    } else if (n.type === 'paragraph') {
      const vals = inlineValues(n);
      const values = vals && asValues(vals, type.name);
      if (values) return { ...type, kind: 'enum', values };
    }
  }
  return type;
}
