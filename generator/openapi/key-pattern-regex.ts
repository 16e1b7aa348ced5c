/**
 * A key family's template-literal body (`UF_CRM_${string}`, `property${number}`) as the
 * anchored regular expression of a `patternProperties` key. JSON Schema patterns are
 * ECMA-262 and unanchored, so both ends are pinned: `UF_CRM_${string}` must not match `XUF_CRM_`.
 */
const PLACEHOLDER = /\$\{(string|number)\}/g;

/** `${number}` in TypeScript takes decimals and a sign too; ids are what the docs mean, but keep the two in step. */
const NUMBER_PATTERN = '-?[0-9]+(?:\\.[0-9]+)?';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

export function keyPatternRegex(pattern: string): string {
  let out = '^';
  let last = 0;
  for (const match of pattern.matchAll(PLACEHOLDER)) {
    out += escapeRegExp(pattern.slice(last, match.index));
    out += match[1] === 'number' ? NUMBER_PATTERN : '.*';
    last = match.index + match[0].length;
  }
  return `${out}${escapeRegExp(pattern.slice(last))}$`;
}
