/**
 * A small model of the TypeScript types the package prints. One model serves two uses: printing
 * type text, and deciding whether a documented example value would type-check against it (so
 * fixtures can be typed without running the compiler during generation).
 */
import { stringLiteral } from './escape.js';

export type TsType =
  /** `undefined` only in index signatures beside optional members of the family. */
  | { kind: 'keyword'; name: 'number' | 'string' | 'boolean' | 'null' | 'unknown' | 'undefined' }
  | { kind: 'literal'; value: string | number | boolean }
  | { kind: 'array'; items: TsType }
  | { kind: 'union'; members: TsType[] }
  /** `Record<string, V>` (V defaults to unknown): any non-null, non-array object. */
  | { kind: 'record'; values?: TsType }
  /** `` `${number}` ``: a number written as a string. */
  | { kind: 'numeric-string' }
  /** A named declaration of the package (interface or alias), resolved through `TypeResolver`. */
  | { kind: 'reference'; name: string }
  /** Text taken as-is from the vocabulary; values are not checked against it. */
  | { kind: 'opaque'; text: string };

export interface InterfaceMember {
  /** The wire key. */
  name: string;
  optional: boolean;
  type: TsType;
}

/**
 * An index signature over a key family: `[key: `UF_CRM_${string}`]: T`. `pattern` is the body of
 * the template literal, only literal key characters and `${string}` / `${number}`.
 */
export interface IndexSignature {
  pattern: string;
  type: TsType;
}

// `@` and `#` appear in keys the docs write as families (`${string}@${number}`, `#block${number}`).
const PATTERN = /^(?:[A-Za-z0-9_@#]|\$\{(?:string|number)\})+$/;

/** Whether `pattern` is safe to print inside a template literal type (and has a placeholder). */
export function isKeyPattern(pattern: string): boolean {
  return PATTERN.test(pattern) && pattern.includes('${');
}

/** The keys a pattern admits, as the compiler reads `${string}` and `${number}`. */
export function keyPatternRegExp(pattern: string): RegExp {
  const body = pattern
    .split(/(\$\{(?:string|number)\})/)
    .map((part) => (part === '${string}' ? '[\\s\\S]*' : part === '${number}' ? '-?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${body}$`);
}

export type Declaration =
  | { kind: 'interface'; members: InterfaceMember[]; indexes?: IndexSignature[] }
  | { kind: 'alias'; type: TsType };

export type TypeResolver = (name: string) => Declaration | undefined;

export const UNKNOWN: TsType = { kind: 'keyword', name: 'unknown' };

export function union(members: TsType[]): TsType {
  const flat: TsType[] = [];
  const seen = new Set<string>();
  for (const member of members) {
    for (const m of member.kind === 'union' ? member.members : [member]) {
      const text = printType(m);
      if (seen.has(text)) continue;
      seen.add(text);
      flat.push(m);
    }
  }
  if (flat.some((m) => m.kind === 'keyword' && m.name === 'unknown')) return UNKNOWN;
  if (flat.length === 1) return flat[0] as TsType;
  return { kind: 'union', members: flat };
}

/** Type text; `nameOf` qualifies references (`Shared.X`) when printed outside their module. */
export function printType(type: TsType, nameOf: (name: string) => string = (n) => n): string {
  switch (type.kind) {
    case 'keyword': return type.name;
    case 'literal': return typeof type.value === 'string' ? stringLiteral(type.value) : String(type.value);
    case 'array': {
      const inner = printType(type.items, nameOf);
      return type.items.kind === 'union' || (type.items.kind === 'opaque' && needsParens(inner)) ? `(${inner})[]` : `${inner}[]`;
    }
    case 'union':
      return type.members
        .map((m) => {
          const text = printType(m, nameOf);
          return m.kind === 'opaque' && needsParens(text) ? `(${text})` : text;
        })
        .join(' | ');
    case 'record': return `Record<string, ${type.values === undefined ? 'unknown' : printType(type.values, nameOf)}>`;
    case 'numeric-string': return '`${number}`';
    case 'reference': return nameOf(type.name);
    case 'opaque': return type.text;
  }
}

function needsParens(text: string): boolean {
  return /=>|[|&]/.test(text);
}

/**
 * Parses the vocabulary's simple type texts (`number`, `boolean | 'Y' | 'N' | 0 | 1`, `unknown[]`,
 * `Record<string, unknown>`) into the model; anything else stays opaque.
 */
export function parseVocabularyType(text: string): TsType {
  const parts = text.split('|').map((p) => p.trim());
  const members: TsType[] = [];
  for (const part of parts) {
    if (part === 'number' || part === 'string' || part === 'boolean' || part === 'null' || part === 'unknown') {
      members.push({ kind: 'keyword', name: part });
    } else if (/^'[A-Za-z0-9_ ]*'$/.test(part)) {
      members.push({ kind: 'literal', value: part.slice(1, -1) });
    } else if (/^-?\d+$/.test(part)) {
      members.push({ kind: 'literal', value: Number(part) });
    } else if (part === 'false' || part === 'true') {
      members.push({ kind: 'literal', value: part === 'true' });
    } else if (part === 'unknown[]') {
      members.push({ kind: 'array', items: UNKNOWN });
    } else if (part === 'Record<string, unknown>') {
      members.push({ kind: 'record' });
    } else if (part === 'Record<string, string>') {
      members.push({ kind: 'record', values: { kind: 'keyword', name: 'string' } });
    } else if (part === '`${number}`') {
      members.push({ kind: 'numeric-string' });
    } else {
      return { kind: 'opaque', text };
    }
  }
  return union(members);
}

/** Names of the package declarations a type refers to. */
export function referencedNames(type: TsType, into: Set<string>): void {
  switch (type.kind) {
    case 'reference': into.add(type.name); break;
    case 'array': referencedNames(type.items, into); break;
    case 'record': if (type.values !== undefined) referencedNames(type.values, into); break;
    case 'union': for (const m of type.members) referencedNames(m, into); break;
    default: break;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Why `value`, written as a fresh object literal, would not type-check against `type`
 * (undefined when it would). Stricter than the compiler for unions of objects, never looser.
 */
export function mismatch(value: unknown, type: TsType, resolve: TypeResolver, path = 'result', depth = 0): string | undefined {
  if (depth > 64) return `${path}: nested too deeply`;
  switch (type.kind) {
    case 'opaque':
      if (type.text === '[]') return Array.isArray(value) && value.length === 0 ? undefined : `${path}: expected an empty array, got ${describe(value)}`;
      // Unknown to the checker: never claim a value fits it.
      return `${path}: cannot check a value against ${type.text}`;
    case 'numeric-string':
      return typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value) ? undefined : `${path}: expected a numeric string, got ${describe(value)}`;
    case 'keyword':
      if (type.name === 'unknown') return undefined;
      if (type.name === 'null') return value === null ? undefined : `${path}: expected null`;
      return typeof value === type.name ? undefined : `${path}: expected ${type.name}, got ${describe(value)}`;
    case 'literal':
      return value === type.value ? undefined : `${path}: expected ${printType(type)}, got ${describe(value)}`;
    case 'record': {
      if (!isPlainObject(value)) return `${path}: expected an object, got ${describe(value)}`;
      if (type.values === undefined) return undefined;
      for (const [key, item] of Object.entries(value)) {
        const problem = mismatch(item, type.values, resolve, `${path}.${key}`, depth + 1);
        if (problem !== undefined) return problem;
      }
      return undefined;
    }
    case 'array': {
      if (!Array.isArray(value)) return `${path}: expected an array, got ${describe(value)}`;
      for (let i = 0; i < value.length; i++) {
        const problem = mismatch(value[i], type.items, resolve, `${path}[${i}]`, depth + 1);
        if (problem !== undefined) return problem;
      }
      return undefined;
    }
    case 'union': {
      const problems: string[] = [];
      for (const member of type.members) {
        const problem = mismatch(value, member, resolve, path, depth + 1);
        if (problem === undefined) return undefined;
        problems.push(problem);
      }
      return problems[0] ?? `${path}: no member of the union matches`;
    }
    case 'reference': {
      const decl = resolve(type.name);
      if (decl === undefined) return `${path}: unknown type ${type.name}`;
      if (decl.kind === 'alias') return mismatch(value, decl.type, resolve, path, depth + 1);
      if (!isPlainObject(value)) return `${path}: expected an object, got ${describe(value)}`;
      const members = new Map(decl.members.map((m) => [m.name, m]));
      const families = (decl.indexes ?? []).map((i) => ({ re: keyPatternRegExp(i.pattern), type: i.type }));
      for (const key of Object.keys(value)) {
        if (members.has(key)) continue;
        const family = families.find((f) => f.re.test(key));
        if (family === undefined) return `${path}: undocumented key ${JSON.stringify(key)}`;
        const problem = mismatch(value[key], family.type, resolve, `${path}.${key}`, depth + 1);
        if (problem !== undefined) return problem;
      }
      for (const member of decl.members) {
        if (!Object.prototype.hasOwnProperty.call(value, member.name)) {
          if (member.optional) continue;
          return `${path}: missing ${JSON.stringify(member.name)}`;
        }
        const problem = mismatch(value[member.name], member.type, resolve, `${path}.${member.name}`, depth + 1);
        if (problem !== undefined) return problem;
      }
      return undefined;
    }
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}
