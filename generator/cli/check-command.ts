import path from 'node:path';
import type { Command } from 'commander';
import { generatePackageFiles, DEFAULT_PACKAGE } from '../pipeline/run-pipeline.js';
import { checkPackage } from '../write/index.js';
import { globalOptions, resolveDocsRoot } from './shared-options.js';

export function registerCheckCommand(program: Command): void {
  program
    .command('check')
    .description('exit 1 and name the stale files when the output is not what the docs generate')
    .option('--docs <root>', 'docs root', 'docs')
    .option('--out <dir>', 'the generated package folder', 'generated')
    .option('--package-name <name>', 'name of the generated npm package', DEFAULT_PACKAGE.packageName)
    .option('--package-version <version>', 'version of the generated npm package', DEFAULT_PACKAGE.packageVersion)
    .addHelpText('after', '\nExamples:\n  b24gen check            # in CI, after the docs or the generator changed')
    .action(async (options: { docs: string; out: string; packageName: string; packageVersion: string }, command: Command) => {
      const globals = globalOptions(command);
      const { files } = await generatePackageFiles(resolveDocsRoot(options.docs), {
        packageName: options.packageName,
        packageVersion: options.packageVersion,
      });
      const result = await checkPackage(path.resolve(options.out), files);
      if (result.fresh) {
        if (!globals.quiet) process.stderr.write(`b24gen: ${options.out} is up to date\n`);
        return;
      }
      for (const file of result.stale) process.stdout.write(`stale: ${path.join(options.out, file)}\n`);
      process.stderr.write(`b24gen: ${result.stale.length} stale file(s) in ${options.out}; run b24gen generate\n`);
      process.exitCode = 1;
    });
}
