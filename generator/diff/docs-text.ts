/** Docs prose compared modulo whitespace, so that re-wrapping a paragraph is no change. */
export function sameDocsText(from: string | undefined, to: string | undefined): boolean {
  return normalize(from) === normalize(to);
}

function normalize(text: string | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}
