import path from 'node:path';
import type { Command } from 'commander';
import { generatePackageFiles, DEFAULT_PACKAGE } from '../pipeline/run-pipeline.js';
import { writePackage } from '../write/index.js';
import { globalOptions, resolveDocsRoot } from './shared-options.js';
import { reportIr } from './report.js';

export function registerGenerateCommand(program: Command): void {
  program
    .command('generate')
    .description('read a docs tree and write the typed client package')
    .option('--docs <root>', 'docs root (a folder holding api-reference/ and _includes/)', 'docs')
    .option('--out <dir>', 'output folder for the package', 'generated')
    .option('--package-name <name>', 'name of the generated npm package', DEFAULT_PACKAGE.packageName)
    .option('--package-version <version>', 'version of the generated npm package', DEFAULT_PACKAGE.packageVersion)
    .option('--force', 'write even into a folder that b24gen did not create')
    .addHelpText('after', '\nExamples:\n  b24gen generate\n  b24gen generate --docs ../b24restdocs --out ./bitrix24-client')
    .action(async (options: { docs: string; out: string; packageName: string; packageVersion: string; force?: boolean }, command: Command) => {
      const globals = globalOptions(command);
      const docsRoot = resolveDocsRoot(options.docs);
      const { ir, files } = await generatePackageFiles(docsRoot, { packageName: options.packageName, packageVersion: options.packageVersion });
      reportIr(ir, globals);
      const outDir = path.resolve(options.out);
      await writePackage(outDir, files, { force: options.force === true });
      if (!globals.quiet) process.stderr.write(`b24gen: wrote ${files.size} files to ${options.out}\n`);
    });
}
