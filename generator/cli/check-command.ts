import path from 'node:path';
import type { Command } from 'commander';
import { globalOptions } from './shared-options.js';
import { addFilterOptions, addPackageOptions, assertPackageSettings, commandSettings, DEFAULT_DOCS, DEFAULT_OUT, PACKAGE_SETTING_KEYS } from './command-settings.js';

export function registerCheckCommand(program: Command): void {
  const command = program
    .command('check')
    .description('exit 1 and name the stale files when the output is not what the docs generate')
    .option('--docs <root>', 'docs root', DEFAULT_DOCS)
    .option('--out <dir>', 'the generated package folder', DEFAULT_OUT);
  addFilterOptions(addPackageOptions(command))
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  b24gen check                                   # in CI, after the docs or the generator changed\n' +
        '  b24gen check --docs ../b24restdocs --out ./bitrix24-client',
    )
    .action(async (_options: unknown, cmd: Command) => {
      const globals = globalOptions(cmd);
      const settings = await commandSettings(cmd, PACKAGE_SETTING_KEYS);
      const [{ emitFiles, loadDocs, releaseInput }, { planRelease }, { checkPackage }] = await Promise.all([
        import('./load-docs.js'),
        import('../release/index.js'),
        import('../write/index.js'),
      ]);
      assertPackageSettings(settings);
      const { ir, progress } = await loadDocs(settings, globals);
      let result: Awaited<ReturnType<typeof checkPackage>>;
      try {
        progress.stage('comparing with the package');
        const { files } = await emitFiles(ir, settings, await planRelease({ ...releaseInput(settings, ir), bump: false }));
        result = await checkPackage(path.resolve(settings.out), files);
      } finally {
        progress.finish();
      }
      if (result.fresh) {
        if (!globals.quiet) process.stderr.write(`b24gen: ${settings.out} is up to date\n`);
        return;
      }
      for (const file of result.stale) process.stdout.write(`stale: ${path.join(settings.out, file)}\n`);
      process.stderr.write(`b24gen: ${result.stale.length} stale file(s) in ${settings.out}; run b24gen generate\n`);
      process.exitCode = 1;
    });
}
