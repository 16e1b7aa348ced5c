/** JSON values from the docs as TypeScript literals (every string escaped, keys quoted when needed). */
import type { CodeBlockWriter, WriterFunction } from 'ts-morph';
import { propertyKey, stringLiteral } from './escape.js';

export function literalKey(key: string): string {
  // A `__proto__` key in an object literal would set the prototype instead of a property.
  return key === '__proto__' ? `['__proto__']` : propertyKey(key);
}

export function writeLiteral(writer: CodeBlockWriter, value: unknown): void {
  if (value === null || value === undefined) {
    writer.write('null');
  } else if (typeof value === 'string') {
    writer.write(stringLiteral(value));
  } else if (typeof value === 'number') {
    writer.write(Number.isFinite(value) ? String(value) : 'null');
  } else if (typeof value === 'boolean') {
    writer.write(value ? 'true' : 'false');
  } else if (Array.isArray(value)) {
    if (value.length === 0) {
      writer.write('[]');
      return;
    }
    writer.write('[').newLine();
    writer.indent(() => {
      for (const item of value) {
        writeLiteral(writer, item);
        writer.write(',').newLine();
      }
    });
    writer.write(']');
  } else if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) {
      writer.write('{}');
      return;
    }
    writer.write('{').newLine();
    writer.indent(() => {
      for (const [key, item] of entries) {
        writer.write(`${literalKey(key)}: `);
        writeLiteral(writer, item);
        writer.write(',').newLine();
      }
    });
    writer.write('}');
  } else {
    writer.write('null');
  }
}

export function literal(value: unknown): WriterFunction {
  return (writer) => writeLiteral(writer, value);
}
