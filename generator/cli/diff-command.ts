import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Option } from 'commander';
import type { Command } from 'commander';
import type { ApiDiff } from '../diff/index.js';
import type { IrDocument } from '../ir/types.js';
import { createMethodFilter, filterIrMethods } from '../config/index.js';
import type { MethodFilter } from '../config/index.js';
import { addFilterOptions, commandSettings } from './command-settings.js';
import { createProgress } from './progress.js';
import { globalOptions, resolveDocsRoot } from './shared-options.js';
import type { GlobalOptions } from './shared-options.js';

interface DiffOptions {
  from: string;
  to: string;
  json?: boolean;
  out: string;
  failOn?: 'breaking';
}

async function irOf(root: string, label: string, globals: GlobalOptions, keep: MethodFilter): Promise<IrDocument> {
  const progress = createProgress({ stream: process.stderr, quiet: globals.quiet === true, label: `${label} pages parsed` });
  try {
    const { buildIr } = await import('../pipeline/build-ir.js');
    return filterIrMethods(await buildIr(root, { onProgress: (done, total) => progress.update(done, total) }), keep);
  } finally {
    progress.finish();
  }
}

function summaryLine(diff: ApiDiff): string {
  const s = diff.summary;
  return (
    `b24gen: ${s.methodsAdded} methods added, ${s.methodsRemoved} removed, ${s.methodsChanged} changed; ` +
    `${s.breaking} breaking, ${s.addition} additions, ${s.compatible} compatible, ${s.docs} docs changes; suggested bump: ${diff.bump}`
  );
}

export function registerDiffCommand(program: Command): void {
  const command = program
    .command('diff')
    .description('what changed in the API between two docs trees, and which changes break callers')
    .requiredOption('--from <root>', 'the older docs root')
    .requiredOption('--to <root>', 'the newer docs root')
    .option('--json', 'write the diff as JSON for tools instead of Markdown')
    .option('--out <file>', 'the file to write ("-" for stdout)', '-')
    .addOption(new Option('--fail-on <level>', 'exit 1 when changes of this level exist').choices(['breaking']));
  addFilterOptions(command)
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  b24gen diff --from ../b24restdocs-old --to ../b24restdocs\n' +
        '  b24gen diff --from old-docs --to docs --json --out api-diff.json\n' +
        '  b24gen diff --from old-docs --to docs --fail-on breaking   # in CI: exit 1 on breaking changes\n' +
        '\nBreaking: a method removed or renamed, a param removed, newly required or narrowed, a result field\n' +
        'removed or its type changed, an enum value removed from a param. The suggested semver bump is major\n' +
        'when any change breaks, minor for additions and other typed changes, patch for docs text only.\n' +
        'include/exclude (flags, else b24gen.config.*) apply to both trees, so the diff covers the methods the package has.',
    )
    .action(async (options: DiffOptions, command: Command) => {
      const globals = globalOptions(command);
      // both roots checked before the first (slow) build
      const fromRoot = resolveDocsRoot(options.from);
      const toRoot = resolveDocsRoot(options.to);
      const keep = createMethodFilter(await commandSettings(command, ['include', 'exclude']));
      const from = await irOf(fromRoot, 'from:', globals, keep);
      const to = await irOf(toRoot, 'to:', globals, keep);
      const { diffIr, renderDiffJson, renderDiffMarkdown } = await import('../diff/index.js');
      const diff = diffIr(from, to);
      const text = options.json === true ? renderDiffJson(diff) : renderDiffMarkdown(diff);
      if (options.out === '-') {
        process.stdout.write(text);
      } else {
        await mkdir(path.dirname(path.resolve(options.out)), { recursive: true });
        await writeFile(options.out, text);
      }
      if (!globals.quiet) process.stderr.write(`${summaryLine(diff)}\n`);
      if (options.failOn === 'breaking' && diff.summary.breaking > 0) {
        process.stderr.write(`b24gen: ${diff.summary.breaking} breaking changes (--fail-on breaking)\n`);
        process.exitCode = 1;
      }
    });
}
