/**
 * Keys an object param's description lists instead of a table (two ways):
 * - the keys of a `{"field_1": "value_1", …}` object, listed under a line ending "`field`:"
 *   (`- ID`, `` - `quantity` ``): those are all its keys (a filter takes no others), each
 *   optional, typed by the row of the same name where a linked table gives one;
 * - a list of bold keys with descriptions ("Available keys:" then
 *   `- **button_caption** — text of the button`, userconsent.agreement.text's `replace`): each
 *   becomes an optional child of the param, with the item's text as its description. The list
 *   must follow a sentence ending in a colon and every item must open with one bold key and a
 *   dash or colon; keys already documented (by a linked table) are left as they are. The docs
 *   give no type for such keys, so none is made up: they stay `unknown`.
 */
import type { Field } from '../../ir/types.js';
import { isBareObject } from '../../ir/type-vocabulary.js';

const ITEM = /^[ \t]*[-*+][ \t]+\*\*([A-Za-z_][A-Za-z0-9_]*)\*\*[ \t]*(?:—|–|-|:)[ \t]*(.*)$/;
const LIST_ITEM = /^[ \t]*[-*+][ \t]+/;

/** The keys of the first bullet list, in `description`, that a colon introduces and whose every item is a bold key. */
export function listedKeys(description: string): Array<{ name: string; description: string }> {
  const lines = description.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!LIST_ITEM.test(lines[i] as string)) continue;
    const intro = lines.slice(0, i).reverse().find((l) => l.trim() !== '') ?? '';
    const items: string[] = [];
    let j = i;
    for (; j < lines.length && LIST_ITEM.test(lines[j] as string); j++) items.push(lines[j] as string);
    const keys = items.map((l) => ITEM.exec(l));
    if (/:\s*$/.test(intro) && keys.length >= 2 && keys.every((k) => k !== null)) {
      return keys.map((k) => ({ name: (k as RegExpExecArray)[1] as string, description: ((k as RegExpExecArray)[2] as string).trim() }));
    }
    i = j;
  }
  return [];
}

const FIELD_LIST_INTRO = /`field`\s*:\s*$/;
const BARE_NAME_ITEM = /^[ \t]*[-*+][ \t]+`?([A-Za-z_][A-Za-z0-9_]*)`?[ \t]*;?[ \t]*$/;

/** The names listed under a line ending "`field`:", when every item of that list is a bare name. */
export function fieldListKeys(description: string): string[] {
  const lines = description.split('\n');
  const intro = lines.findIndex((l) => FIELD_LIST_INTRO.test(l));
  if (intro < 0) return [];
  const names: string[] = [];
  for (let j = intro + 1; j < lines.length; j++) {
    const line = lines[j] as string;
    if (line.trim() === '' && names.length === 0) continue;
    if (!/^[ \t]*[-*+][ \t]/.test(line)) break;
    const m = BARE_NAME_ITEM.exec(line);
    if (m === null) return [];
    names.push(m[1] as string);
  }
  return [...new Set(names)];
}

/** Adds, in place and recursively, the keys object params list in their descriptions. */
export function addListedKeys(fields: readonly Field[]): void {
  for (const f of fields) {
    if (f.fields) addListedKeys(f.fields);
    if (!isBareObject(f.type) || f.keyPatterns !== undefined) continue;
    const fieldList = fieldListKeys(f.description);
    if (fieldList.length > 0) {
      const rows = f.fields ?? [];
      f.fields = fieldList.map((name) => {
        const row = rows.find((r) => r.name === name);
        return row === undefined
          ? { name, required: false, requiredMark: 'optional', type: { raw: '', kind: 'unknown' }, description: '' }
          : { ...row, required: false, requiredMark: 'optional' };
      });
      continue;
    }
    const listed = listedKeys(f.description);
    if (listed.length === 0) continue;
    const children = f.fields ?? [];
    for (const key of listed) {
      if (children.some((c) => c.name === key.name || (c.aliases ?? []).includes(key.name))) continue;
      children.push({ name: key.name, required: false, requiredMark: 'optional', type: { raw: '', kind: 'unknown' }, description: key.description });
    }
    f.fields = children;
  }
}
