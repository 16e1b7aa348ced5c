import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Option } from 'commander';
import type { Command } from 'commander';
import type { Diagnostic, IrDocument, Severity } from '../ir/types.js';
import { globalOptions } from './shared-options.js';
import { addFilterOptions, commandSettings, DEFAULT_DOCS } from './command-settings.js';

/** Emit findings about the generator's own limits rather than about the docs. */
const NOT_ABOUT_THE_DOCS = new Set(['namespace-clash']);

/** What emit notices about the docs (examples that do not fit their types); none if planning fails. */
async function planDiagnostics(ir: IrDocument): Promise<Diagnostic[]> {
  try {
    const { planPackage } = await import('../emit/index.js');
    return planPackage(ir).diagnostics.filter((d) => !NOT_ABOUT_THE_DOCS.has(d.code));
  } catch {
    return [];
  }
}

export function registerLintCommand(program: Command): void {
  const command = program
    .command('lint')
    .description('report what the docs get wrong or leave ambiguous, for the docs\' maintainers')
    .option('--docs <root>', 'docs root', DEFAULT_DOCS)
    .option('--json', 'JSON instead of Markdown')
    .option('--out <file>', 'write the report to a file instead of stdout')
    .addOption(new Option('--fail-on <severity>', 'exit 1 when a finding is at least this severe').choices(['error', 'warning']));
  addFilterOptions(command)
    .addHelpText(
      'after',
      '\nThe report groups findings by rule, with counts and a one-line fix per rule; each finding is\n' +
        'path:line:column with the method. Rules: request examples against the parameter tables,\n' +
        'missing and unknown types, in-page type anchors, duplicate rows, error tables, response\n' +
        'examples; plus what the parser and extractor reported while reading the pages.\n' +
        '\nExamples:\n' +
        '  b24gen lint --docs ../b24restdocs --out lint.md\n' +
        '  b24gen lint --docs ../b24restdocs --json | jq ".rules"\n' +
        '  b24gen lint --include "api-reference/crm/**" --fail-on warning   # in the docs\' CI',
    )
    .action(async (options: { json?: boolean; out?: string; failOn?: Severity }, cmd: Command) => {
      const globals = globalOptions(cmd);
      const settings = await commandSettings(cmd, ['docs', 'include', 'exclude']);
      const [{ loadDocs }, { createPageAnchors, failsAt, formatLintJson, formatLintMarkdown, lintIr }] = await Promise.all([import('./load-docs.js'), import('../lint/index.js')]);
      const { docsRoot, ir, progress } = await loadDocs(settings, globals);
      progress.finish();
      const report = lintIr(ir, { extraDiagnostics: await planDiagnostics(ir), anchorsOf: createPageAnchors(docsRoot) });
      const text = options.json === true ? formatLintJson(report) : formatLintMarkdown(report);
      if (options.out === undefined) process.stdout.write(text);
      else {
        await mkdir(path.dirname(path.resolve(options.out)), { recursive: true });
        await writeFile(options.out, text);
      }
      if (!globals.quiet) {
        const kinds = report.rules.map((rule) => `${rule.id} ${rule.count}`).join(', ');
        process.stderr.write(`b24gen: ${report.findings.length} findings in ${report.methods} methods${kinds === '' ? '' : `: ${kinds}`}\n`);
      }
      if (options.failOn !== undefined && failsAt(report, options.failOn)) process.exitCode = 1;
    });
}
