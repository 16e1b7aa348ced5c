import type { Command } from 'commander';
import { configLabel, loadConfig, resolveSettings } from '../config/index.js';
import type { SettingFlags, Settings } from '../config/index.js';
import { globalOptions } from './shared-options.js';
import { FatalError } from '../fatal-error.js';
import { packageIdentityProblem } from '../emit/package-identity.js';

/**
 * The same as the pipeline's DEFAULT_PACKAGE (a test keeps them equal): importing that module
 * here would load emit and ts-morph for every `--help`.
 */
export const DEFAULT_PACKAGE: { packageName: string; packageVersion: string } = { packageName: '@b24gen/client', packageVersion: '0.1.0' };

export const DEFAULT_DOCS = 'docs';
export const DEFAULT_OUT = 'generated';

const SETTING_OPTIONS = ['docs', 'out', 'packageName', 'packageVersion', 'include', 'exclude', 'zod', 'msw'] as const;

/** The option values the user typed (not commander's defaults), so that the config file can fill the rest. */
function explicitFlags(command: Command, keys: readonly string[]): SettingFlags {
  const values = command.opts<Record<string, unknown>>();
  const flags: Record<string, unknown> = {};
  for (const key of SETTING_OPTIONS) {
    if (!keys.includes(key)) continue;
    const source = command.getOptionValueSource(key);
    if (source === 'cli' || source === 'env') flags[key] = values[key];
  }
  return flags as SettingFlags;
}

/**
 * A command's settings: its flags, then the config file (`--config`, or the nearest
 * b24gen.config.* above the working directory), then the defaults. `keys` are the settings the
 * command takes from flags; the config's other keys still apply (a command ignores what it does not use).
 */
export async function commandSettings(command: Command, keys: readonly string[]): Promise<Settings> {
  const cwd = process.cwd();
  const globals = globalOptions(command);
  const loaded = await loadConfig(globals.config === undefined ? { cwd } : { cwd, file: globals.config });
  if (loaded !== undefined && globals.verbose === true) process.stderr.write(`b24gen: using ${configLabel(loaded.file, cwd)}\n`);
  const input = { cwd, flags: explicitFlags(command, keys), defaults: { docs: DEFAULT_DOCS, out: DEFAULT_OUT, ...DEFAULT_PACKAGE } };
  return resolveSettings(loaded === undefined ? input : { ...input, loaded });
}

/** `--include` / `--exclude`, repeatable. */
export function addFilterOptions(command: Command): Command {
  const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];
  return command
    .option('--include <glob>', 'keep only methods whose name or docs path matches (repeatable; replaces the config\'s list)', collect)
    .option('--exclude <glob>', 'leave out methods whose name or docs path matches (repeatable)', collect);
}

/** What decides the package besides the docs: `generate` and `check` must take the same options. */
export const PACKAGE_SETTING_KEYS: readonly string[] = ['docs', 'out', 'packageName', 'packageVersion', 'include', 'exclude', 'zod', 'msw'];

/** `--package-name`, `--package-version`, `--zod`, `--msw`: shared by `generate` and `check`. */
export function addPackageOptions(command: Command): Command {
  return command
    .option('--package-name <name>', 'name of the generated npm package', DEFAULT_PACKAGE.packageName)
    .option('--package-version <version>', 'version of the generated npm package (default: the version the package already has, else 0.1.0)')
    .option('--zod', 'also emit zod schemas of the params, under the entry "<package>/zod"')
    .option('--msw', 'also emit MSW request handlers serving the documented examples, under "<package>/msw"');
}

/** A bad package name or version is the user's error: say so before the (slow) docs run. */
export function assertPackageSettings(settings: Pick<Settings, 'packageName' | 'packageVersion'>): void {
  const problem = packageIdentityProblem(settings);
  if (problem !== undefined) throw new FatalError(problem);
}
