import { FatalError } from '../fatal-error.js';
import { didYouMean } from './did-you-mean.js';

/** What a `b24gen.config.*` file may set. Paths are relative to the config file's folder. */
export interface B24genConfig {
  /** The docs root (a folder holding api-reference/). */
  docs?: string;
  /** The folder of the generated package. */
  out?: string;
  packageName?: string;
  packageVersion?: string;
  /** Globs over method names (`crm.deal.*`) and docs paths (`api-reference/crm/**`); a method is kept when one matches. */
  include?: string[];
  /** Globs like `include`; a method that matches one is dropped, even when included. */
  exclude?: string[];
  /** Also emit zod schemas of the params (entry `<package>/zod`). */
  zod?: boolean;
  /** Also emit MSW request handlers serving the fixtures (entry `<package>/msw`). */
  msw?: boolean;
}

type Kind = 'string' | 'string[]' | 'boolean';

const KEYS: Readonly<Record<keyof B24genConfig, Kind>> = {
  docs: 'string',
  out: 'string',
  packageName: 'string',
  packageVersion: 'string',
  include: 'string[]',
  exclude: 'string[]',
  zod: 'boolean',
  msw: 'boolean',
};

/** Keys a config may hold besides the settings: `$schema` lets editors validate a JSON config. */
const IGNORED_KEYS = new Set(['$schema']);

export const CONFIG_KEYS: readonly string[] = Object.keys(KEYS);

function isKey(key: string): key is keyof B24genConfig {
  return Object.prototype.hasOwnProperty.call(KEYS, key);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * Checks a loaded config and returns its settings. Every problem is a FatalError whose
 * message starts with the file's name and names the key, so the user can fix it in one go.
 */
export function validateConfig(raw: unknown, fileLabel: string): B24genConfig {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new FatalError(`${fileLabel}: the config must be an object, got ${describe(raw)}`);
  }
  const problems: string[] = [];
  const config: B24genConfig = {};
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (IGNORED_KEYS.has(key)) continue;
    if (!isKey(key)) {
      const hint = didYouMean(key, CONFIG_KEYS);
      problems.push(`unknown key "${key}"${hint === undefined ? ` (known keys: ${CONFIG_KEYS.join(', ')})` : `; did you mean "${hint}"?`}`);
      continue;
    }
    if (value === undefined) continue;
    if (KEYS[key] === 'boolean') {
      if (typeof value !== 'boolean') {
        problems.push(`"${key}" must be true or false, got ${describe(value)}`);
        continue;
      }
      (config as Record<string, boolean>)[key] = value;
    } else if (KEYS[key] === 'string') {
      if (typeof value !== 'string' || value.trim() === '') {
        problems.push(`"${key}" must be a non-empty string, got ${describe(value)}`);
        continue;
      }
      (config as Record<string, string>)[key] = value;
    } else {
      if (!Array.isArray(value) || !value.every((item): item is string => typeof item === 'string')) {
        problems.push(`"${key}" must be an array of strings`);
        continue;
      }
      if (value.some((item) => item.trim() === '')) {
        problems.push(`"${key}" must not contain empty patterns`);
        continue;
      }
      (config as Record<string, string[]>)[key] = [...value];
    }
  }
  if (problems.length === 1) throw new FatalError(`${fileLabel}: ${problems[0]}`);
  if (problems.length > 1) throw new FatalError(`${fileLabel}: ${problems.length} problems: ${problems.join('; ')}`);
  return config;
}
