/**
 * Filter params whose description lists the operators a key may start with (`>=` — greater or
 * equal, `@` — IN …) and whose filterable fields are documented: the list becomes
 * `Field.keyPrefixes`, so that `{ ">=ID": 5 }` is typed over the documented names. Every
 * documented key also takes a list of values (IN). A filter without its field list is left as it is.
 */
import type { Field, KeyPrefix } from '../../ir/types.js';
import { oneValueOrList } from '../../ir/key-prefixes.js';

/** A top-level list item `` - `>=` — meaning ``; nested items (value examples) are indented. */
const ITEM = /^[-*]\s+`([=!<>%@?]{1,4})`\s*(?:[—–:]|-{1,2})\s*(.*)$/;
/** Operators whose value is a list of values rather than one (`IN` in capitals: "in the value" is not it). */
const LIST_MEANING = /\bIN\b|\b(?:[Aa]rray|[Bb]etween|[Rr]ange)\b/;
/** Operators that take one value or a list ("equals (works with arrays as well)"). */
const ONE_OR_LIST_MEANING = /\barrays as well\b|\bworks with arrays\b|\bor an? (?:array|list)\b/i;

export function parseKeyPrefixes(description: string): KeyPrefix[] {
  const out: KeyPrefix[] = [];
  for (const line of description.split('\n')) {
    const m = ITEM.exec(line);
    if (m === null) continue;
    const prefix = m[1] as string;
    if (out.some((p) => p.prefix === prefix)) continue;
    const meaning = (m[2] ?? '').trim();
    const shape = ONE_OR_LIST_MEANING.test(meaning) ? { oneOrList: true } : LIST_MEANING.test(meaning) ? { list: true } : {};
    out.push({ prefix, ...shape, description: meaning });
  }
  // `=` is the default operator and always listed among the others; one lone item is no operator list.
  return out.length >= 2 ? out : [];
}

/**
 * Sets `keyPrefixes` on the documented `filter` params, and lets each key take a list, in place.
 * A filter declared `string` whose description lists key operators (`FILTER` on user.get) is an
 * object: only an object has keys for an operator to prefix, and the examples send one.
 */
export function liftFilterPrefixes(params: Field[]): void {
  for (const param of params) {
    if (!/^filter$/i.test(param.name)) continue;
    if (param.type.kind === 'scalar' && param.type.name === 'string' && parseKeyPrefixes(param.description).length > 0) {
      param.type = { ...param.type, kind: 'object', name: 'object' };
    }
    if (param.fields === undefined || param.fields.length === 0) continue;
    const prefixes = parseKeyPrefixes(param.description);
    if (prefixes.length > 0) param.keyPrefixes = prefixes;
    for (const key of param.fields) key.type = oneValueOrList(key.type);
  }
}
