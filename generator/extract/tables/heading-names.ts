/**
 * What a nested section's heading says about its parent: "Parameter fields",
 * "FIELDS Parameter", "Object PROPERTY", "Fields of the User Object", "section_element.options",
 * "Параметр filter", "Объект user". Candidates come most specific first; each is a path
 * (`a.b` → ["a", "b"]).
 */

const FRAME_WORDS = new Set([
  'parameter', 'parameters', 'param', 'object', 'objects', 'field', 'fields', 'of', 'the', 'a', 'an', 'type', 'types',
  'structure', 'element', 'elements', 'array', 'item', 'items', 'description', 'response', 'in', 'for', 'and', 'values',
  'value', 'list', 'format', 'properties', 'property', 'settings', 'available', 'returned',
  'параметр', 'параметры', 'параметра', 'объект', 'объекта', 'поля', 'поле', 'тип', 'элемент', 'массив', 'структура',
  'описание', 'массива', 'элемента', 'значения',
]);

function tokens(text: string): string[] {
  return text
    .replace(/\{#[^}]*\}/g, ' ')
    .replace(/[`"'«»:()]/g, ' ')
    .split(/\s+/)
    .map((w) => w.replace(/[.,;]+$/, ''))
    .filter((w) => w !== '');
}

function toPath(word: string): string[] {
  return word
    .split('.')
    .map((p) => p.replace(/\[\]$/, ''))
    .filter((p) => p !== '');
}

const PATTERNS: readonly RegExp[] = [
  /^(?:parameter|param|object|type|element|response element|параметр|объект|тип|элемент)\s+(\S+)(?:\s+(?:parameter|parameters|object|параметр))?$/i,
  /^(\S+)\s+(?:parameter|parameters|object|objects|field|fields|type|array|element|structure|параметр|объект)$/i,
  /^(?:fields?|structure|description|keys)\s+of\s+(?:the\s+|an?\s+)?(\S+)(?:\s+(?:object|array|parameter|element|type|field|objects))?$/i,
  /^(?:поля|структура|описание)\s+(?:объекта\s+|параметра\s+|массива\s+|элемента\s+)?(\S+)$/i,
  /^type of (\S+) element$/i,
  /^(\S+)$/,
];

/** Heading words that may name the parent, as paths, most specific first. */
export function headingNameCandidates(text: string): string[][] {
  const out: string[][] = [];
  const add = (w: string | undefined): void => {
    if (w === undefined) return;
    const path = toPath(w.replace(/[`"'«»:()]/g, ''));
    if (path.length > 0 && !out.some((p) => p.join('.') === path.join('.'))) out.push(path);
  };
  const code = /`([^`]+)`/g;
  for (let m = code.exec(text); m; m = code.exec(text)) add(m[1]);
  const plain = tokens(text).join(' ');
  for (const re of PATTERNS) add(re.exec(plain)?.[1]);
  for (const w of tokens(text)) if (!FRAME_WORDS.has(w.toLowerCase())) add(w);
  return out;
}

/** The anchor Diplodoc derives from a heading without `{#id}`: lower case, no punctuation, dashes. */
export function headingSlug(text: string): string {
  return text
    .replace(/\{#[^}]*\}/g, '')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s+/g, '-');
}
