/** JSON values from the docs as TypeScript literals (every string escaped, keys quoted when needed). */
import { propertyKey, stringLiteral } from './escape.js';

export function literalKey(key: string): string {
  // A `__proto__` key in an object literal would set the prototype instead of a property.
  return key === '__proto__' ? `['__proto__']` : propertyKey(key);
}

/**
 * A JSON value as a TypeScript literal, one entry a line, nested entries indented two spaces
 * more than `indent` (the indentation of the line the literal starts on). Built as text: the
 * fixtures are megabytes of these, and a CodeBlockWriter inspects every character it is given.
 */
export function literalText(value: unknown, indent = ''): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return stringLiteral(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    let text = '[\n';
    for (const item of value) text += `${inner}${literalText(item, inner)},\n`;
    return `${text}${indent}]`;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return '{}';
    let text = '{\n';
    for (const [key, item] of entries) text += `${inner}${literalKey(key)}: ${literalText(item, inner)},\n`;
    return `${text}${indent}}`;
  }
  return 'null';
}
