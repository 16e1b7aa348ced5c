/** The one call the README shows: a real method of the package with params that type-check. */
import { stringLiteral, propertyKey } from './escape.js';
import type { PackagePlan } from './plan.js';
import { mismatch } from './type-model.js';

export interface ReadmeExample {
  wireName: string;
  functionName: string;
  /** The params type, for the zod schema example (`<paramsName>Schema`). */
  paramsName: string;
  path: string;
  params: string;
}

function inline(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return stringLiteral(value).replace(/`/g, '\\u0060');
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return '{}';
    return `{ ${entries.map(([k, v]) => `${propertyKey(k).replace(/`/g, '\\u0060')}: ${inline(v)}`).join(', ')} }`;
  }
  return 'null';
}

export function readmeExample(plan: PackagePlan): ReadmeExample | undefined {
  let fallback: ReadmeExample | undefined;
  for (const method of plan.methods) {
    if (method.namespacePath === undefined || !/^[A-Za-z0-9_.]+$/.test(method.wireName) || method.key !== method.wireName) continue;
    if (!method.namespacePath.every((s) => /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(s))) continue;
    const base = {
      wireName: method.wireName,
      functionName: method.functionName,
      paramsName: method.paramsName,
      path: method.namespacePath.join('.'),
    };
    const request = method.exampleRequest;
    if (request !== undefined) {
      const text = inline(request);
      if (text.length <= 100 && mismatch(request, { kind: 'reference', name: method.paramsName }, plan.resolve, 'params') === undefined) {
        return { ...base, params: text };
      }
    }
    if (fallback === undefined && method.paramsOptional) fallback = { ...base, params: '{}' };
  }
  return fallback;
}
