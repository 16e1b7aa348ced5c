import path from 'node:path';
import type { B24genConfig } from './config-schema.js';
import type { LoadedConfig } from './load-config.js';

/** The settings a command runs with, after flags, the config file and the defaults. */
export interface Settings {
  /** Paths are as the user would write them from the working directory (relative when below it). */
  docs: string;
  out: string;
  packageName: string;
  packageVersion: string;
  include: string[];
  exclude: string[];
  zod: boolean;
  msw: boolean;
  /** True when neither a flag nor the config named the version: the package keeps the version it has (see release/). */
  versionFromOutput: boolean;
  /** The config file that contributed, if any. */
  configFile?: string;
}

export type SettingFlags = Partial<Pick<Settings, 'docs' | 'out' | 'packageName' | 'packageVersion' | 'include' | 'exclude' | 'zod' | 'msw'>>;

export interface ResolveSettingsInput {
  cwd: string;
  /** Only the flags the user actually gave (not commander's defaults). */
  flags: SettingFlags;
  loaded?: LoadedConfig;
  defaults: Pick<Settings, 'docs' | 'out' | 'packageName' | 'packageVersion'>;
}

/** A config path is relative to the config's folder; re-express it from the working directory. */
function fromConfigDir(value: string, configDir: string, cwd: string): string {
  const absolute = path.resolve(configDir, value);
  const relative = path.relative(cwd, absolute);
  if (relative === '') return '.';
  return path.isAbsolute(relative) ? absolute : relative;
}

/** Flags win over the config file, which wins over the defaults. Lists are replaced, not merged. */
export function resolveSettings(input: ResolveSettingsInput): Settings {
  const config: B24genConfig = input.loaded?.config ?? {};
  const configPath = (value: string | undefined): string | undefined =>
    value === undefined || input.loaded === undefined ? undefined : fromConfigDir(value, input.loaded.dir, input.cwd);
  const settings: Settings = {
    docs: input.flags.docs ?? configPath(config.docs) ?? input.defaults.docs,
    out: input.flags.out ?? configPath(config.out) ?? input.defaults.out,
    packageName: input.flags.packageName ?? config.packageName ?? input.defaults.packageName,
    packageVersion: input.flags.packageVersion ?? config.packageVersion ?? input.defaults.packageVersion,
    include: [...(input.flags.include ?? config.include ?? [])],
    exclude: [...(input.flags.exclude ?? config.exclude ?? [])],
    zod: input.flags.zod ?? config.zod ?? false,
    msw: input.flags.msw ?? config.msw ?? false,
    versionFromOutput: input.flags.packageVersion === undefined && config.packageVersion === undefined,
  };
  if (input.loaded !== undefined) settings.configFile = input.loaded.file;
  return settings;
}
