import { existsSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { FatalError } from '../fatal-error.js';
import { importModule } from '../import-module.js';
import { validateConfig } from './config-schema.js';
import type { B24genConfig } from './config-schema.js';
import { findConfigFile } from './find-config.js';

export interface LoadedConfig {
  /** Absolute path of the config file. */
  file: string;
  /** Its folder: relative paths in the config are relative to it. */
  dir: string;
  config: B24genConfig;
}

export interface LoadConfigOptions {
  /** Where the upward search starts (the working directory). */
  cwd: string;
  /** `--config <file>`: this file and no search. */
  file?: string;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function importDefault(file: string, label: string): Promise<unknown> {
  let module: { default?: unknown };
  try {
    module = await importModule<{ default?: unknown }>(pathToFileURL(file).href);
  } catch (error) {
    throw new FatalError(`${label}: could not load: ${errorText(error).split('\n')[0] ?? ''}`);
  }
  if (!('default' in module) || module.default === undefined) throw new FatalError(`${label}: no default export (write \`export default { … }\`)`);
  return module.default;
}

/** Node ≥ 22.18 / 23.6 strips TypeScript types itself; `process.features.typescript` says so. */
function nodeStripsTypes(): boolean {
  const features = process.features as { typescript?: unknown };
  return features.typescript === 'strip' || features.typescript === 'transform';
}

type Transform = (code: string, options: { loader: 'ts'; format: 'esm'; sourcefile: string }) => Promise<{ code: string }>;

async function loadEsbuildTransform(): Promise<Transform | undefined> {
  try {
    const esbuild = await importModule<{ transform: Transform }>('esbuild');
    return esbuild.transform;
  } catch {
    return undefined;
  }
}

/**
 * A `.ts` config: native import where Node strips types; otherwise compiled with esbuild (when
 * installed) to a temporary `.mjs` beside the config, so that its relative imports still resolve.
 */
async function importTypeScript(file: string, label: string): Promise<unknown> {
  if (nodeStripsTypes()) return importDefault(file, label);
  const transform = await loadEsbuildTransform();
  if (transform === undefined) {
    throw new FatalError(
      `${label}: a .ts config needs Node ≥ 22.18 (or 22.6 with --experimental-strip-types) or esbuild installed; or rename it to b24gen.config.mjs`,
    );
  }
  let code: string;
  try {
    code = (await transform(readFileSync(file, 'utf8'), { loader: 'ts', format: 'esm', sourcefile: file })).code;
  } catch (error) {
    throw new FatalError(`${label}: could not compile: ${errorText(error).split('\n')[0] ?? ''}`);
  }
  const temp = path.join(path.dirname(file), `.b24gen.config.${process.pid}.mjs`);
  writeFileSync(temp, code);
  try {
    return await importDefault(temp, label);
  } finally {
    unlinkSync(temp);
  }
}

function readJson(file: string, label: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch (error) {
    throw new FatalError(`${label}: invalid JSON: ${errorText(error)}`);
  }
}

/** How a config file is named in messages: relative to the working directory when below it. */
export function configLabel(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

/** Reads and validates one config file. */
export async function readConfigFile(file: string, cwd: string): Promise<B24genConfig> {
  const label = configLabel(file, cwd);
  if (!existsSync(file)) throw new FatalError(`config file not found: ${label}`);
  const ext = path.extname(file);
  let raw: unknown;
  if (ext === '.json') raw = readJson(file, label);
  else if (ext === '.ts' || ext === '.mts') raw = await importTypeScript(file, label);
  else if (ext === '.mjs' || ext === '.js') raw = await importDefault(file, label);
  else throw new FatalError(`${label}: unsupported config file type (use .json, .ts, .mjs or .js)`);
  return validateConfig(raw, label);
}

/** The config for a run: `--config`'s file, or the nearest one above the working directory, or none. */
export async function loadConfig(options: LoadConfigOptions): Promise<LoadedConfig | undefined> {
  const file = options.file === undefined ? findConfigFile(options.cwd) : path.resolve(options.cwd, options.file);
  if (file === undefined) return undefined;
  return { file, dir: path.dirname(file), config: await readConfigFile(file, options.cwd) };
}
