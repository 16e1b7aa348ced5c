import path from 'node:path';
import type { Command } from 'commander';
import { writePackage } from '../write/index.js';
import { globalOptions } from './shared-options.js';
import { reportIr } from './report.js';
import { addFilterOptions, commandSettings, DEFAULT_DOCS, DEFAULT_OUT, DEFAULT_PACKAGE } from './command-settings.js';
import { assertPackageSettings, emitFiles, loadDocs } from './load-docs.js';

export function registerGenerateCommand(program: Command): void {
  const command = program
    .command('generate')
    .description('read a docs tree and write the typed client package')
    .option('--docs <root>', 'docs root (a folder holding api-reference/ and _includes/)', DEFAULT_DOCS)
    .option('--out <dir>', 'output folder for the package', DEFAULT_OUT)
    .option('--package-name <name>', 'name of the generated npm package', DEFAULT_PACKAGE.packageName)
    .option('--package-version <version>', 'version of the generated npm package', DEFAULT_PACKAGE.packageVersion)
    .option('--force', 'write even into a folder that b24gen did not create');
  addFilterOptions(command)
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  b24gen generate\n' +
        '  b24gen generate --docs ../b24restdocs --out ./bitrix24-client\n' +
        '  b24gen generate --docs ../b24restdocs --include "crm.deal.*" --include "tasks.*" --package-name @acme/b24\n' +
        '  b24gen generate --exclude "api-reference/**/deprecated/**"',
    )
    .action(async (options: { force?: boolean }, cmd: Command) => {
      const globals = globalOptions(cmd);
      const settings = await commandSettings(cmd, ['docs', 'out', 'packageName', 'packageVersion', 'include', 'exclude']);
      assertPackageSettings(settings);
      const { ir, filteredOut, progress } = await loadDocs(settings, globals);
      let emitted: Awaited<ReturnType<typeof emitFiles>>;
      try {
        progress.stage('emitting the package');
        emitted = await emitFiles(ir, settings);
      } finally {
        progress.finish();
      }
      reportIr(ir, globals, undefined, { diagnostics: emitted.diagnostics, filteredOut });
      await writePackage(path.resolve(settings.out), emitted.files, { force: options.force === true });
      if (!globals.quiet) process.stderr.write(`b24gen: wrote ${emitted.files.size} files to ${settings.out}\n`);
    });
}
