/**
 * Identifier building from wire names and doc text. Only characters [A-Za-z0-9] survive; the
 * result is always a valid, non-reserved TypeScript identifier.
 */
import { compareCodeUnits } from '../compare-code-units.js';

const RESERVED: ReadonlySet<string> = new Set([
  'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do', 'else',
  'enum', 'export', 'extends', 'false', 'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof',
  'new', 'null', 'return', 'super', 'switch', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'void',
  'while', 'with', 'implements', 'interface', 'let', 'package', 'private', 'protected', 'public', 'static',
  'yield', 'await', 'async', 'arguments', 'eval', 'undefined', 'NaN', 'Infinity', 'as', 'any', 'boolean',
  'constructor', 'declare', 'get', 'module', 'namespace', 'never', 'number', 'object', 'require', 'set',
  'string', 'symbol', 'type', 'from', 'of', 'unknown', 'bigint', 'keyof', 'readonly', 'unique', 'infer',
  'is', 'asserts', 'accessor', 'satisfies', 'out', 'global', 'abstract', 'override',
]);

/** Words of a name: split on anything that is not an ASCII letter or digit, and at camelCase humps. */
export function words(text: string): string[] {
  const ascii = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  const out: string[] = [];
  for (const chunk of ascii.split(/[^A-Za-z0-9]+/)) {
    if (chunk === '') continue;
    // getFields → get, Fields; HTTPStatus → HTTP, Status; keep digits attached to the word before them.
    const parts = chunk.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+[a-z]*/g) ?? [];
    for (const part of parts) out.push(part);
  }
  return out;
}

function capitalise(word: string): string {
  const lower = /^[A-Z0-9]+$/.test(word) && word.length > 1 ? word.toLowerCase() : word;
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

function guardStart(id: string): string {
  if (id === '') return '';
  return /^[0-9]/.test(id) ? `_${id}` : id;
}

/** PascalCase identifier text (may be empty when the text holds no ASCII letters or digits). */
export function pascalCase(text: string): string {
  return guardStart(words(text).map(capitalise).join(''));
}

/** camelCase identifier text (may be empty). */
export function camelCase(text: string): string {
  const ws = words(text);
  if (ws.length === 0) return '';
  const [first, ...rest] = ws as [string, ...string[]];
  return guardStart(first.toLowerCase() + rest.map(capitalise).join(''));
}

export function isReserved(id: string): boolean {
  return RESERVED.has(id);
}

/**
 * Hands out unique identifiers in one scope. Callers ask in a stable (sorted) order, so the
 * suffixes are stable too. `reserve` blocks names that fixed code already uses.
 */
export class NameRegistry {
  private readonly used = new Set<string>();

  reserve(...names: string[]): void {
    for (const name of names) this.used.add(name);
  }

  has(name: string): boolean {
    return this.used.has(name);
  }

  /** A unique identifier close to `base`; `fallback` when `base` is empty. */
  claim(base: string, fallback = 'Item'): string {
    const candidate = this.peek(base, fallback);
    this.used.add(candidate);
    return candidate;
  }

  /** What `claim` would hand out if `pending` were claimed too; claims nothing. */
  peek(base: string, fallback = 'Item', pending?: ReadonlySet<string>): string {
    let id = base === '' ? fallback : base;
    if (RESERVED.has(id)) id = `${id}_`;
    let candidate = id;
    for (let n = 2; this.used.has(candidate) || pending?.has(candidate) === true; n++) candidate = `${id}${n}`;
    return candidate;
  }

  /** Every name handed out or reserved, sorted: two registries that list the same hand out the same. */
  list(): string[] {
    return [...this.used].sort(compareCodeUnits);
  }
}

/**
 * Unique file-name stems: two names that differ only in case would overwrite each other on
 * case-insensitive file systems, so uniqueness is decided on the lower-cased stem.
 */
export class FileNameRegistry {
  private readonly used = new Set<string>();

  claim(text: string): string {
    const stem = words(text).map((w) => w.toLowerCase()).join('-') || 'section';
    let candidate = stem;
    for (let n = 2; this.used.has(candidate.toLowerCase()); n++) candidate = `${stem}-${n}`;
    this.used.add(candidate.toLowerCase());
    return candidate;
  }
}
