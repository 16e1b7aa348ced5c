import { readFileSync } from 'node:fs';

let cached: string | undefined;

/** The generator's own version, from its package.json (two levels above this module in dist/ and in generator/). */
export function generatorVersion(): string {
  cached ??= (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  return cached;
}
