/**
 * The JSON body of a cURL example (corpus-map §5.2). The `-d` argument is read as a shell
 * word: adjacent '…' and "…" segments are concatenated and `$(…)` command substitutions
 * become a placeholder. When an apostrophe inside the JSON breaks the shell quoting
 * ("Children's Toys"), the raw text between `-d '` and the `' \` before the URL is tried.
 */
import { parseJsonSafe } from './safe-json.js';

/** What a `$(date …)` substitution becomes: a fixed, valid date-time, so the example stays typed. */
export const DATE_PLACEHOLDER = '2026-01-01T00:00:00+00:00';
/** What any other substitution becomes. */
export const SUBSTITUTION_PLACEHOLDER = '**shell_substitution**';

export interface ShellWord {
  text: string;
  /** Offset in the command where the word starts. */
  offset: number;
}

function substitution(command: string): string {
  return /^\s*date\b/.test(command) ? DATE_PLACEHOLDER : SUBSTITUTION_PLACEHOLDER;
}

/** Reads `$(…)` starting at `i` (at the `$`); returns the inner text and the index after `)`. */
function readSubstitution(s: string, i: number): { inner: string; end: number } {
  let depth = 0;
  let j = i + 1;
  for (; j < s.length; j++) {
    const ch = s[j];
    if (ch === '(') depth++;
    else if (ch === ')') {
      depth--;
      if (depth === 0) return { inner: s.slice(i + 2, j), end: j + 1 };
    }
  }
  return { inner: s.slice(i + 2), end: s.length };
}

/** Splits a shell command line into words, the way a POSIX shell would (no globbing, no variables). */
export function shellWords(command: string): ShellWord[] {
  const words: ShellWord[] = [];
  let current = '';
  let start = -1;
  let i = 0;
  const begin = (): void => {
    if (start < 0) start = i;
  };
  const end = (): void => {
    if (start >= 0) words.push({ text: current, offset: start });
    current = '';
    start = -1;
  };
  while (i < command.length) {
    const ch = command[i]!;
    if (ch === '\\') {
      if (command[i + 1] === '\n') {
        i += 2;
        continue;
      }
      begin();
      current += command[i + 1] ?? '';
      i += 2;
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
      end();
      i++;
      continue;
    }
    if (ch === "'") {
      begin();
      const close = command.indexOf("'", i + 1);
      const stop = close < 0 ? command.length : close;
      current += command.slice(i + 1, stop);
      i = stop + 1;
      continue;
    }
    if (ch === '"') {
      begin();
      i++;
      while (i < command.length && command[i] !== '"') {
        const c = command[i]!;
        if (c === '\\' && i + 1 < command.length && '$`"\\\n'.includes(command[i + 1]!)) {
          if (command[i + 1] !== '\n') current += command[i + 1];
          i += 2;
          continue;
        }
        if (c === '$' && command[i + 1] === '(') {
          const sub = readSubstitution(command, i);
          current += substitution(sub.inner);
          i = sub.end;
          continue;
        }
        current += c;
        i++;
      }
      i++;
      continue;
    }
    if (ch === '$' && command[i + 1] === '(') {
      begin();
      const sub = readSubstitution(command, i);
      current += substitution(sub.inner);
      i = sub.end;
      continue;
    }
    begin();
    current += ch;
    i++;
  }
  end();
  return words;
}

const DATA_FLAGS = new Set(['-d', '--data', '--data-raw', '--data-binary', '--data-ascii', '--json']);

/** The `-d` arguments of a command, in order. */
export function dataArguments(command: string): ShellWord[] {
  const words = shellWords(command);
  const out: ShellWord[] = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (DATA_FLAGS.has(w.text) && words[k + 1]) out.push(words[++k]!);
    else if (/^-d./.test(w.text) && !w.text.startsWith('--')) out.push({ text: w.text.slice(2), offset: w.offset });
    else if (/^--data(-raw|-binary)?=/.test(w.text)) out.push({ text: w.text.slice(w.text.indexOf('=') + 1), offset: w.offset });
  }
  return out;
}

/** The text between `-d '` and the last `'` before the URL line: for apostrophes that break quoting. */
export function rawSingleQuotedData(command: string): string | undefined {
  const m = /(?:^|\s)(?:-d|--data(?:-raw|-binary)?)\s+'([\s\S]*)'[ \t]*\\?[ \t]*\r?\n/.exec(command);
  return m?.[1];
}

export type CurlPayloadResult =
  | { kind: 'none' }
  | { kind: 'json'; value: unknown; via: 'shell' | 'raw' }
  | { kind: 'invalid'; text: string; message: string; line: number; column: number };

/**
 * The parsed JSON body of a cURL command. `line`/`column` of an invalid body are relative
 * to the command text (1-based), for the caller to shift to the file.
 */
export function extractCurlPayload(command: string): CurlPayloadResult {
  const args = dataArguments(command);
  const arg = args.find((a) => /^\s*[{[]/.test(a.text)) ?? args[0];
  if (!arg) return { kind: 'none' };
  const parsed = parseJsonSafe(arg.text);
  if (parsed.ok) return { kind: 'json', value: parsed.value, via: 'shell' };
  const raw = rawSingleQuotedData(command);
  if (raw !== undefined && raw !== arg.text) {
    const again = parseJsonSafe(raw);
    if (again.ok) return { kind: 'json', value: again.value, via: 'raw' };
  }
  // Shift the error to the command: the word starts after its opening quote.
  const before = command.slice(0, arg.offset);
  const wordLine = before.split('\n').length;
  const wordColumn = arg.offset - before.lastIndexOf('\n');
  return {
    kind: 'invalid',
    text: arg.text,
    message: parsed.message,
    line: wordLine + parsed.line - 1,
    column: parsed.line === 1 ? wordColumn + parsed.column : parsed.column,
  };
}

/** A copy of a request body without the OAuth `auth` key. */
export function withoutAuth(body: unknown): unknown {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return body;
  const out: Record<string, unknown> = {};
  // Defined, not assigned: a body key `__proto__` (an own key, as JSON.parse makes it) stays a key.
  for (const [k, v] of Object.entries(body as Record<string, unknown>)) {
    if (k !== 'auth') Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  }
  return out;
}
