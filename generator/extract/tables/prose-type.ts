/**
 * A type a section describes in prose and an example instead of a table: `textWithTranslation`
 * ("pass a string; for several interface languages, an object of texts keyed by language code",
 * with `{"de": "Speichern", "en": "Save"}` under it) is `string | lang_map`. Only these two
 * readings are made, each from an unambiguous signal; anything else stays unresolved.
 */
import type { Nodes, RootContent } from 'mdast';
import type { TypeRef } from '../../ir/types.js';
import { flatText } from '../mdast-text.js';
import { parseJsonSafe } from '../safe-json.js';
import { parseTypeText } from './type-text.js';

/** "pass a string", "a plain string", "just a string". */
const SAYS_STRING = /\b(?:pass|plain|just|simple)\b[^.]{0,40}\bstring\b/i;
const LANGUAGE_CODE = /^[a-z]{2}$/;

function isLanguageMap(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return entries.length > 0 && entries.every(([k, v]) => LANGUAGE_CODE.test(k) && typeof v === 'string');
}

/** The nodes of a section up to the next heading, looking into notes and tabs. */
function proseAndCode(nodes: readonly RootContent[]): { prose: string[]; code: string[] } {
  const prose: string[] = [];
  const code: string[] = [];
  const walk = (list: readonly Nodes[]): void => {
    for (const n of list) {
      if (n.type === 'paragraph') prose.push(flatText(n));
      else if (n.type === 'code' && (n.lang === 'json' || n.lang === null || n.lang === undefined)) code.push(n.value);
      else if (n.type === 'yfmNote' || n.type === 'yfmTabs' || n.type === 'yfmTab' || n.type === 'yfmCut') walk(n.children as Nodes[]);
    }
  };
  walk(nodes as Nodes[]);
  return { prose, code };
}

export function proseSectionType(section: readonly RootContent[]): TypeRef | undefined {
  const { prose, code } = proseAndCode(section);
  const saysString = prose.some((p) => SAYS_STRING.test(p));
  const showsLanguageMap = code.some((text) => {
    const parsed = parseJsonSafe(text);
    return parsed.ok && isLanguageMap(parsed.value);
  });
  // One reading alone is not enough: prose that merely mentions a string, or a stray example.
  // The tokens are the vocabulary's, read like a type cell.
  return saysString && showsLanguageMap ? parseTypeText('string | lang_map') : undefined;
}
