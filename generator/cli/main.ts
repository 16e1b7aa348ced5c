import { Command, CommanderError, Option } from 'commander';
import { registerGenerateCommand } from './generate-command.js';
import { registerIrCommand } from './ir-command.js';
import { registerCheckCommand } from './check-command.js';
import { registerDiffCommand } from './diff-command.js';
import { registerLintCommand } from './lint-command.js';
import { registerOpenapiCommand } from './openapi-command.js';
import { registerMockCommand } from './mock-command.js';
import { registerConformanceCommand } from './conformance-command.js';
import { generatorVersion } from './generator-version.js';
import { runKind } from './run-kind.js';
import { FatalError } from '../fatal-error.js';

const TOP_LEVEL_HELP = `
Examples:
  b24gen generate                                        # docs/ → generated/
  b24gen generate --docs ../b24restdocs --out ./client   # the whole API
  b24gen check                                           # in CI: exit 1 when generated/ is stale
  b24gen lint --docs ../b24restdocs --out lint.md        # what the docs get wrong
  b24gen diff --from ../docs-old --to ../b24restdocs     # what changed, what breaks
  b24gen mock                                            # a fake portal serving the documented examples

Configuration: b24gen.config.json (or .ts, .mjs, .js), found in the working directory or
above it, sets docs, out, packageName, packageVersion, include and exclude; flags win.

Output: diagnostics go to stderr as path:line:column: severity: message [kind], then a summary
grouped by kind. Default: warnings and errors; --verbose: also info; --quiet: errors only.
Colours only on a terminal, never with NO_COLOR set.

Exit codes:
  0  success (also when some pages only produced diagnostics)
  1  fatal error (one line on stderr), stale output (check), findings at --fail-on (lint),
     breaking changes with --fail-on breaking (diff)
  2  usage error (unknown command or option, bad option value)`;

export function buildProgram(): Command {
  const program = new Command('b24gen')
    .description('Generate a typed TypeScript client for the Bitrix24 REST API from its Markdown documentation')
    .version(generatorVersion())
    .addOption(new Option('-q, --quiet', 'print only errors').conflicts('verbose'))
    .addOption(new Option('-v, --verbose', 'print every diagnostic, info included'))
    .option('-c, --config <file>', 'use this config file instead of searching for b24gen.config.*')
    .showHelpAfterError()
    // before the subcommands are added, so that they inherit it
    .exitOverride()
    .addHelpText('after', TOP_LEVEL_HELP);
  registerGenerateCommand(program);
  registerIrCommand(program);
  registerCheckCommand(program);
  registerDiffCommand(program);
  registerLintCommand(program);
  registerOpenapiCommand(program);
  registerMockCommand(program);
  registerConformanceCommand(program);
  return program;
}

/** `b24gen ir | head`: a reader that stops early is not an error; stop quietly like other tools. */
function exitQuietlyOnClosedPipe(error: NodeJS.ErrnoException): void {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
}

/** For the launcher of the bundle: see import-module.ts. */
export { useModuleImporter } from '../import-module.js';

/** Runs the CLI; resolves to what the run did (`runKind`), for the code cache of the CLI's bundle. */
export async function main(argv: readonly string[]): Promise<string> {
  process.stdout.on('error', exitQuietlyOnClosedPipe);
  const program = buildProgram();
  try {
    await program.parseAsync([...argv]);
  } catch (error) {
    if (error instanceof CommanderError) {
      // help and version exit with code 0; usage errors with 2 (commander already printed the message)
      process.exitCode = error.exitCode === 0 ? 0 : 2;
      return runKind();
    }
    // A FatalError is expected (bad input); anything else is our bug, but still one line and exit 1.
    const message = error instanceof FatalError ? error.message : error instanceof Error ? `internal error: ${error.message}` : String(error);
    process.stderr.write(`b24gen: ${message}\n`);
    process.exitCode = 1;
  }
  return runKind();
}
