export { CONFIG_KEYS, validateConfig } from './config-schema.js';
export type { B24genConfig } from './config-schema.js';
export { CONFIG_FILE_NAMES, findConfigFile } from './find-config.js';
export { configLabel, loadConfig, readConfigFile } from './load-config.js';
export type { LoadConfigOptions, LoadedConfig } from './load-config.js';
export { createMethodFilter, filterIrMethods } from './method-filter.js';
export type { MethodFilter, MethodFilterOptions, MethodIdentity } from './method-filter.js';
export { resolveSettings } from './resolve-settings.js';
export type { ResolveSettingsInput, SettingFlags, Settings } from './resolve-settings.js';
