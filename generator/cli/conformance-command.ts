import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { globalOptions } from './shared-options.js';
import { addFilterOptions, commandSettings, DEFAULT_DOCS } from './command-settings.js';

/** The generated package only lives in a temp folder for the check; its name does not matter. */
const SCRATCH_PACKAGE = '@b24gen/conformance-check';

export function registerConformanceCommand(program: Command): void {
  const command = program
    .command('conformance')
    .description('type-check the documented request and response examples against the generated types')
    .option('--docs <root>', 'docs root', DEFAULT_DOCS)
    .option('--json', 'JSON instead of text')
    .option('--out <file>', 'write the report to a file instead of stdout');
  addFilterOptions(command)
    .addHelpText(
      'after',
      '\nGenerates the package into a temporary folder, compiles every documented example against\n' +
        'ParamsOf / ResultOf, prints the conforming rates and lists each mismatch as\n' +
        'path:line:column, grouped by a guessed cause: "docs" (the example or table is off) or\n' +
        '"ours" (the generator models the docs wrongly). Causes are heuristics (generator/conformance/failure-cause.ts).\n' +
        '\nExamples:\n' +
        '  b24gen conformance --docs ../b24restdocs\n' +
        '  b24gen conformance --docs ../b24restdocs --json --out conformance.json\n' +
        '  b24gen conformance --include "api-reference/crm/**"',
    )
    .action(async (options: { json?: boolean; out?: string }, cmd: Command) => {
      const globals = globalOptions(cmd);
      const settings = await commandSettings(cmd, ['docs', 'include', 'exclude']);
      const { loadDocs } = await import('./load-docs.js');
      const { ir, progress } = await loadDocs(settings, globals);
      progress.finish();
      // The compiler and ts-morph load only when this command runs, not on every start of the CLI.
      const [{ buildCauseReport, formatCauseReport, formatCauseReportJson }, { checkConformance }, { emitPackage }, { installPackage }, { runtimeSourceDir }] =
        await Promise.all([
          import('../conformance/cause-report.js'),
          import('../conformance/check-conformance.js'),
          import('../emit/index.js'),
          import('../emit/typecheck-package.js'),
          import('../pipeline/run-pipeline.js'),
        ]);
      const files = await emitPackage(ir, { packageName: SCRATCH_PACKAGE, packageVersion: '0.0.0', runtimeDir: runtimeSourceDir(), diagnostics: [] });
      const pkg = await installPackage(files, SCRATCH_PACKAGE);
      let text: string;
      let summary: string;
      try {
        const report = buildCauseReport(await checkConformance({ packageDir: pkg.packageDir, ir }), ir);
        text = options.json === true ? formatCauseReportJson(report) : formatCauseReport(report);
        const failing = report.groups.reduce((n, g) => n + g.count, 0);
        summary = `${failing} mismatching examples: ${report.groups.map((g) => `${g.side}:${g.cause} ${g.count}`).join(', ')}`;
      } finally {
        await pkg.dispose();
      }
      if (options.out === undefined) process.stdout.write(text);
      else {
        await mkdir(path.dirname(path.resolve(options.out)), { recursive: true });
        await writeFile(options.out, text);
      }
      if (!globals.quiet) process.stderr.write(`b24gen: ${summary}\n`);
    });
}
