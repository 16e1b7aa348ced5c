/**
 * Best-effort repair of hand-written example JSON: `//` and block comments, `...`/`…`
 * ellipses standing for omitted items, trailing commas, and bare placeholders
 * (`**put_attach_id**`, `$catalogId`), which become strings. Strings are left untouched.
 * Used only after strict parsing failed; the caller still reports the original error.
 */
export function repairJson(text: string): string {
  return repairJsonReport(text).text;
}

/** `repairJson`, and whether it dropped an ellipsis: the example left something out on purpose. */
export function repairJsonReport(text: string): { text: string; elided: boolean } {
  let out = '';
  let elided = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"' && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      continue;
    }
    if (ch === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      i = close < 0 ? text.length : close + 2;
      continue;
    }
    // Bare placeholders (`**put_id_here**`, `$catalogId`) stand for values: keep them as strings.
    const placeholder = /^(\*\*[A-Za-z0-9_.-]+\*\*|\$[A-Za-z_][A-Za-z0-9_]*)/.exec(text.slice(i, i + 80));
    if (placeholder) {
      out += JSON.stringify(placeholder[1]);
      i += placeholder[1]!.length;
      continue;
    }
    if (text.startsWith('...', i)) {
      elided = true;
      i += 3;
      continue;
    }
    if (ch === '…') {
      elided = true;
      i++;
      continue;
    }
    out += ch;
    i++;
  }
  // Commas left dangling by removed items: before a closer, or doubled.
  let prev;
  do {
    prev = out;
    out = out.replace(/,(\s*[}\]])/g, '$1').replace(/([[{,]\s*),/g, '$1');
  } while (out !== prev);
  return { text: out, elided };
}
