import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { buildIr } from '../pipeline/build-ir.js';
import { globalOptions, resolveDocsRoot } from './shared-options.js';
import { reportIr } from './report.js';

export function registerIrCommand(program: Command): void {
  program
    .command('ir')
    .description('write the intermediate schema (IR) of every method page as JSON')
    .option('--docs <root>', 'docs root', 'docs')
    .option('--out <file>', 'the JSON file to write ("-" for stdout)', '-')
    .addHelpText('after', '\nExamples:\n  b24gen ir --out ir.json\n  b24gen ir --docs ../b24restdocs --out - | jq ".methods | length"')
    .action(async (options: { docs: string; out: string }, command: Command) => {
      const ir = await buildIr(resolveDocsRoot(options.docs));
      reportIr(ir, globalOptions(command));
      const json = `${JSON.stringify(ir, null, 2)}\n`;
      if (options.out === '-') {
        process.stdout.write(json);
        return;
      }
      await mkdir(path.dirname(path.resolve(options.out)), { recursive: true });
      await writeFile(options.out, json);
    });
}
