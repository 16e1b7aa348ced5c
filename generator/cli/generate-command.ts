import type { Command } from 'commander';
import { globalOptions } from './shared-options.js';
import { addFilterOptions, addPackageOptions, assertPackageSettings, commandSettings, DEFAULT_DOCS, DEFAULT_OUT, PACKAGE_SETTING_KEYS } from './command-settings.js';
import type { GenerateFlags } from './generate-once.js';

export function registerGenerateCommand(program: Command): void {
  const command = program
    .command('generate')
    .description('read a docs tree and write the typed client package')
    .option('--docs <root>', 'docs root (a folder holding api-reference/ and _includes/)', DEFAULT_DOCS)
    .option('--out <dir>', 'output folder for the package', DEFAULT_OUT)
    .option('--bump', 'move the package version by what changed in the API since the last run (semver), and add a CHANGELOG.md entry')
    .option('--force', 'write even into a folder that b24gen did not create')
    .option('--no-cache', 'parse every page and transpile every module again, without reading or updating the cache')
    .option('--cache-dir <dir>', 'root of the incremental cache (default: node_modules/.cache/b24gen above the output, else the temp folder)')
    .option('--watch', 'generate, then generate again whenever a docs file changes (Ctrl-C stops)')
    .option('--debounce <ms>', 'with --watch: how long the docs must be quiet before a run', '200')
    .option('--workers <n>', 'threads that parse pages (default: 2 when two cores are idle, else 1); 1 also keeps the printing on the main thread (no print worker); the output is the same');
  addFilterOptions(addPackageOptions(command))
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  b24gen generate\n' +
        '  b24gen generate --docs ../b24restdocs --out ./bitrix24-client\n' +
        '  b24gen generate --docs ../b24restdocs --include "crm.deal.*" --include "tasks.*" --package-name @acme/b24\n' +
        '  b24gen generate --exclude "api-reference/**/deprecated/**"\n' +
        '  b24gen generate --docs ../b24restdocs --bump   # after pulling new docs: version and CHANGELOG.md follow the API diff',
    )
    .action(async (options: GenerateFlags, cmd: Command) => {
      const globals = globalOptions(cmd);
      const settings = await commandSettings(cmd, PACKAGE_SETTING_KEYS);
      assertPackageSettings(settings);
      const { generateOnce, generateWatching } = await import('./generate-once.js');
      if (options.watch === true) await generateWatching(settings, globals, options);
      else await generateOnce(settings, globals, options);
    });
}
