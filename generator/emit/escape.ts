/**
 * Doc text is untrusted: these helpers are the only way text from the IR enters generated code.
 * String literals escape quotes, backslashes, control characters, line separators and surrogates;
 * comments neutralise the sequences that would end or confuse a block comment.
 */

const IDENTIFIER_NAME = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A single-quoted TypeScript string literal holding exactly `text`. */
export function stringLiteral(text: string): string {
  let out = "'";
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    switch (ch) {
      case 0x27: out += "\\'"; break;
      case 0x5c: out += '\\\\'; break;
      case 0x0a: out += '\\n'; break;
      case 0x0d: out += '\\r'; break;
      case 0x09: out += '\\t'; break;
      default:
        // Control characters, line/paragraph separators and surrogates (emoji, lone halves) are
        // written as escapes so no tool that splits lines or re-encodes text can break the literal.
        if (ch < 0x20 || ch === 0x7f || ch === 0x2028 || ch === 0x2029 || (ch >= 0xd800 && ch <= 0xdfff)) {
          out += '\\u' + ch.toString(16).padStart(4, '0');
        } else {
          out += text[i];
        }
    }
  }
  return out + "'";
}

/** A property key: bare when it is an identifier name (reserved words are fine as keys), else quoted. */
export function propertyKey(name: string): string {
  return IDENTIFIER_NAME.test(name) ? name : stringLiteral(name);
}

export function isIdentifierName(name: string): boolean {
  return IDENTIFIER_NAME.test(name);
}

/**
 * Text safe inside a JSDoc block: `*\/` cannot close the comment nor `/*` open one, `@` at a word start cannot open a
 * tag, every line terminator (including U+2028/U+2029) becomes `\n`, and other control
 * characters are dropped.
 */
export function docText(markdown: string): string {
  return markdown
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/\*\//g, '*\\/')
    // The printer tracks comment state by scanning for `/*`, so an opener inside the text must go too.
    .replace(/\/\*/g, '/\\*')
    .replace(/(^|\s)@(?=[A-Za-z])/g, '$1\\@')
    .replace(/[ \t]+$/gm, '')
    .trim();
}

/** A URL for `@see`: only http(s) URLs without whitespace, else nothing. */
export function safeUrl(url: string): string | undefined {
  if (!/^https?:\/\/[^\s]+$/.test(url)) return undefined;
  return docText(url);
}
