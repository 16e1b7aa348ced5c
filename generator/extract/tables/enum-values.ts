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

/**
 * The sentence that introduces a list must be about values, and not about what the method
 * returns ("a set of fields with values in that language will be returned:" lists fields).
 */
function introducesValues(prev: Nodes): boolean {
  const sentences = textOf(prev).trim().split(/(?<=[.!?])\s+/);
  const last = sentences[sentences.length - 1] ?? '';
  // "with values in the given language will be provided:" speaks of content, not of the values.
  // "Possible prefix values:" lists the key prefixes of a filter, not values of the field.
  return VALUE_WORDS.test(last) && !/\breturn|\bvalues\s+in\b|\bprefix/i.test(last);
}

/**
 * A sentence opening "The `align` parameter …": the values that follow in this paragraph belong
 * to that other parameter ("to request the `x` field" mid-sentence does not count).
 */
function namesOtherParam(kids: Paragraph['children'], before: number): boolean {
  for (let i = 0; i < before; i++) {
    const prev = i === 0 ? undefined : kids[i - 1];
    const next = kids[i + 1];
    const opens = prev === undefined ? false : prev.type === 'text' && /(?:^|[.!?]\s+)The\s+$/.test(prev.value);
    if (opens && kids[i]?.type === 'inlineCode' && next?.type === 'text' && /^\s+(?:parameter|field|key|property)\b/i.test(next.value)) return true;
  }
  return false;
}

const NEGATION = /\b(?:do|does|did)\s+not\b|\b(?:don't|doesn't|cannot|can't)\b|\bnot\s+(?:supported|allowed|accepted|work)|\bне\s+(?:работа|поддерж|допуск)/i;

/** "takes values `Y` or `N`", "`Y`, `N`": the code spans right after a values phrase. */
function inlineValues(p: Paragraph): string[] | undefined {
  const kids = p.children;
  for (let i = 0; i < kids.length; i++) {
    const k = kids[i];
    if (k?.type !== 'text' || !/(values?|значени[яй]?)\s*:?\s*$/i.test(k.value)) continue;
    // "if both values `NAME` and `LAST_NAME` are given" names fields, not values.
    if (/\bboth\s+values\s*$/i.test(k.value) || namesOtherParam(kids, i)) continue;
    const out: string[] = [];
    let j = i + 1;
    while (j < kids.length) {
      const c = kids[j];
      if (c?.type !== 'inlineCode') break;
      out.push(c.value.trim());
      const sep = kids[j + 1];
      if (sep?.type === 'text' && /^\s*(,|or|and|или|и)\s*$/.test(sep.value)) j += 2;
      // "`WORK`, `FAX` for phone, `VK`, `SKYPE` for messenger": one run per kind, all values of the field.
      else if (sep?.type === 'text' && /^\s*for\s+[\p{L} ]+,?\s*$/u.test(sep.value) && kids[j + 2]?.type === 'inlineCode') j += 2;
      else break;
    }
    const after = kids[j + 1];
    // "values `Y` or `N` for …" is fine; "`0` or `1`, as well as `true`" means more values follow.
    if (after?.type === 'text' && /^\s*,?\s*(as well|also|и также|а также)/i.test(after.value)) continue;
    // "Values `Y` and `N` do not work", "does not support values `Y`, `N`": the values the field refuses.
    const sentenceBefore = k.value.split(/[.!?]\s+/).pop() ?? '';
    const sentenceAfter = after?.type === 'text' ? (after.value.split(/[.!?](\s|$)/)[0] ?? '') : '';
    if (NEGATION.test(sentenceBefore) || NEGATION.test(sentenceAfter)) continue;
    if (out.length >= 2) return [...new Set(out)];
  }
  return undefined;
}

/** Values that fit the base type, or undefined (then the description is not an enum of it). */
function asValues(quoted: string[], base: string): Array<string | number> | undefined {
  // A code span that quotes the value (`'P'`, `"1"`, `""`) shows a string literal: the wire value is inside.
  const allQuoted = quoted.every((v) => /^(['"]).*\1$/.test(v) && v.length >= 2);
  // `""` beside unquoted codes (`""` — no access, `X` — full) is the empty string.
  const raw = allQuoted ? quoted.map((v) => v.slice(1, -1)) : quoted.map((v) => (v === '""' || v === "''" ? '' : v));
  if (base === 'integer' || base === 'int') return raw.every((v) => /^-?\d+$/.test(v)) ? raw.map(Number) : undefined;
  // `"1"` / `"0"` quoted: the flag travels as those strings.
  if (base === 'boolean' || base === 'bool') return raw.every((v) => v === 'Y' || v === 'N') || (allQuoted && raw.every((v) => v === '1' || v === '0')) ? raw : undefined;
  // A bare `enum` of unquoted digit codes: the portal sends them as numbers or as numeric strings.
  if (base === 'enum' && !allQuoted && raw.every((v) => /^-?\d+$/.test(v))) return [...raw.map(Number), ...raw];
  return raw.every((v) => v.length <= 64 && !/\s{2}|[{}[\]]/.test(v)) ? raw : undefined;
}

/** Returns an enum TypeRef refining `type` when the description lists its values. */
/** Type words the docs list as if they were values ("- `string` — the name is set, - `null` — not set"). */
const TYPE_WORDS = new Set(['string', 'null', 'integer', 'int', 'number', 'double', 'float', 'boolean', 'bool', 'array', 'object']);

/** The listed values, or for a list of type words the type they spell (`string` + `null` → `string | null`). */
function valuesType(type: TypeRef & { name: string }, vals: string[] | undefined): TypeRef | undefined {
  if (vals === undefined) return undefined;
  if (vals.every((v) => TYPE_WORDS.has(v))) {
    if (!vals.includes('null') || vals.some((v) => v !== 'null' && v !== type.name)) return type;
    return { raw: `${type.raw} | null`, kind: 'union', members: [type, { raw: 'null', kind: 'scalar', name: 'null' }] };
  }
  const values = asValues(vals, type.name);
  return values && { ...type, kind: 'enum', values };
}

export function refineEnum(type: TypeRef, description: readonly RootContent[]): TypeRef {
  if (type.kind !== 'scalar' || type.name === undefined || !ENUM_BASES.has(type.name)) return type;
  const base = type as TypeRef & { name: string };
  for (let i = 0; i < description.length; i++) {
    const n = description[i] as Nodes;
    if (n.type === 'list') {
      const prev = description[i - 1] as Nodes | undefined;
      if (!prev || !introducesValues(prev)) continue;
      const refined = valuesType(base, listValues(n));
      if (refined) return refined;
    } else if (n.type === 'paragraph') {
      const refined = valuesType(base, inlineValues(n));
      if (refined) return refined;
    }
  }
  return type;
}
