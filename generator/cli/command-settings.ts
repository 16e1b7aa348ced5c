import type { Command } from 'commander';
import { loadConfig, resolveSettings } from '../config/index.js';
import type { SettingFlags, Settings } from '../config/index.js';
import { DEFAULT_PACKAGE } from '../pipeline/run-pipeline.js';
import { globalOptions } from './shared-options.js';

export const DEFAULT_DOCS = 'docs';
export const DEFAULT_OUT = 'generated';

const SETTING_OPTIONS = ['docs', 'out', 'packageName', 'packageVersion', 'include', 'exclude'] as const;

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
