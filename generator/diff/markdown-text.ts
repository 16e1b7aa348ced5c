/**
 * Docs-derived text (names, types, messages) placed into Markdown: always inside a code span,
 * on one line, with a fence longer than any backtick run in it, so that it can neither end the
 * span nor start a heading, list, link or HTML.
 */
export function mdCode(text: string): string {
  const line = text.replace(/[\r\n\u2028\u2029]+/g, ' ');
  if (line === '') return '(empty)';
  const longestRun = Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = line.startsWith('`') || line.endsWith('`') || (line.startsWith(' ') && line.endsWith(' ')) ? ' ' : '';
  return `${fence}${pad}${line}${pad}${fence}`;
}
