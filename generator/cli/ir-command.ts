import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { globalOptions } from './shared-options.js';
import { addFilterOptions, commandSettings, DEFAULT_DOCS } from './command-settings.js';

export function registerIrCommand(program: Command): void {
  const command = program
    .command('ir')
    .description('write the intermediate schema (IR) of every method page as JSON')
    .option('--docs <root>', 'docs root', DEFAULT_DOCS)
    .option('--out <file>', 'the JSON file to write ("-" for stdout)', '-');
  addFilterOptions(command)
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  b24gen ir --out ir.json\n' +
        '  b24gen ir --docs ../b24restdocs --out - | jq ".methods | length"\n' +
        '  b24gen ir --docs ../b24restdocs --include "api-reference/crm/**" --out crm-ir.json',
    )
    .action(async (options: { out: string }, cmd: Command) => {
      const globals = globalOptions(cmd);
      // the config's `out` is the package folder, not this JSON file
      const settings = await commandSettings(cmd, ['docs', 'include', 'exclude']);
      const [{ loadDocs }, { reportIr }] = await Promise.all([import('./load-docs.js'), import('./report.js')]);
      const { ir, filteredOut, progress } = await loadDocs(settings, globals);
      progress.finish();
      reportIr(ir, globals, undefined, { filteredOut });
      const json = `${JSON.stringify(ir, null, 2)}\n`;
      if (options.out === '-') {
        process.stdout.write(json);
        return;
      }
      await mkdir(path.dirname(path.resolve(options.out)), { recursive: true });
      await writeFile(options.out, json);
    });
}
