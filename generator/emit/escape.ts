/**
 * Doc text is untrusted: these helpers are the only way text from the IR enters generated code.
 * String literals escape quotes, backslashes, control characters, line separators and surrogates;
 * comments neutralise the sequences that would end or confuse a block comment.
 */

const IDENTIFIER_NAME = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Bidirectional formatting characters (the "Trojan Source" set, plus the marks). */
function isBidiControl(ch: number): boolean {
  return ch === 0x061c || ch === 0x200e || ch === 0x200f || (ch >= 0x202a && ch <= 0x202e) || (ch >= 0x2066 && ch <= 0x2069);
}

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
        // Bidi controls too: raw, they make a reviewer read the code in another order than it runs.
        if (ch < 0x20 || ch === 0x7f || ch === 0x2028 || ch === 0x2029 || (ch >= 0xd800 && ch <= 0xdfff) || isBidiControl(ch)) {
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
 * Text safe inside a JSDoc block: `*\/` cannot close the comment nor `/*` open one, `@` at a word start or after `{`
 * cannot open a tag or an inline link, every line terminator (including U+2028/U+2029) becomes `\n`, and other
 * control characters and bidi controls are dropped.
 */
export function docText(markdown: string): string {
  return markdown
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\*\//g, '*\\/')
    // The printer tracks comment state by scanning for `/*`, so an opener inside the text must go too.
    .replace(/\/\*/g, '/\\*')
    // `{@link …}` would render as a link in editors' hovers, so an `@` after `{` is escaped too.
    .replace(/(^|[\s{])@(?=[A-Za-z])/g, '$1\\@')
    .replace(/[ \t]+$/gm, '')
    .trim();
}

/** A URL for `@see`: only http(s) URLs without whitespace, else nothing. */
export function safeUrl(url: string): string | undefined {
  if (!/^https?:\/\/[^\s]+$/.test(url)) return undefined;
  return docText(url);
}
