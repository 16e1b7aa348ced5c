import type { Command } from 'commander';
import { globalOptions } from './shared-options.js';
import { addFilterOptions, commandSettings, DEFAULT_DOCS, DEFAULT_OUT, DEFAULT_PACKAGE } from './command-settings.js';
import { assertPackageSettings } from './load-docs.js';
import { generateOnce, generateWatching } from './generate-once.js';
import type { GenerateFlags } from './generate-once.js';

export function registerGenerateCommand(program: Command): void {
  const command = program
    .command('generate')
    .description('read a docs tree and write the typed client package')
    .option('--docs <root>', 'docs root (a folder holding api-reference/ and _includes/)', DEFAULT_DOCS)
    .option('--out <dir>', 'output folder for the package', DEFAULT_OUT)
    .option('--package-name <name>', 'name of the generated npm package', DEFAULT_PACKAGE.packageName)
    .option('--package-version <version>', 'version of the generated npm package', DEFAULT_PACKAGE.packageVersion)
    .option('--force', 'write even into a folder that b24gen did not create')
    .option('--no-cache', 'parse every page and transpile every module again, without reading or updating the cache')
    .option('--cache-dir <dir>', 'root of the incremental cache (default: node_modules/.cache/b24gen above the output, else the temp folder)')
    .option('--watch', 'generate, then generate again whenever a docs file changes (Ctrl-C stops)')
    .option('--debounce <ms>', 'with --watch: how long the docs must be quiet before a run', '200')
    .option('--workers <n>', 'threads that parse pages and transpile modules (default: 2 when two cores are idle, else 1); the output is the same');
  addFilterOptions(command)
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  b24gen generate\n' +
        '  b24gen generate --docs ../b24restdocs --out ./bitrix24-client\n' +
        '  b24gen generate --docs ../b24restdocs --include "crm.deal.*" --include "tasks.*" --package-name @acme/b24\n' +
        '  b24gen generate --exclude "api-reference/**/deprecated/**"',
    )
    .action(async (options: GenerateFlags, cmd: Command) => {
      const globals = globalOptions(cmd);
      const settings = await commandSettings(cmd, ['docs', 'out', 'packageName', 'packageVersion', 'include', 'exclude']);
      assertPackageSettings(settings);
      if (options.watch === true) await generateWatching(settings, globals, options);
      else await generateOnce(settings, globals, options);
    });
}
