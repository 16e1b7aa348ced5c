import { Command, CommanderError } from 'commander';
import { registerGenerateCommand } from './generate-command.js';
import { registerIrCommand } from './ir-command.js';
import { registerCheckCommand } from './check-command.js';
import { generatorVersion } from './generator-version.js';
import { FatalError } from '../fatal-error.js';

export function buildProgram(): Command {
  const program = new Command('b24gen')
    .description('Generate a typed TypeScript client for the Bitrix24 REST API from its Markdown documentation')
    .version(generatorVersion())
    .option('-q, --quiet', 'print only errors')
    .option('-v, --verbose', 'print every diagnostic, not only the summary')
    .showHelpAfterError()
    // before the subcommands are added, so that they inherit it
    .exitOverride()
    .addHelpText(
      'after',
      '\nExit codes: 0 success, 1 fatal error or stale output (check), 2 usage error.\n' +
        'Diagnostics go to stderr as path:line:column: severity: message [kind].',
    );
  registerGenerateCommand(program);
  registerIrCommand(program);
  registerCheckCommand(program);
  return program;
}

export async function main(argv: readonly string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync([...argv]);
  } catch (error) {
    if (error instanceof CommanderError) {
      // help and version exit with code 0; usage errors with 2 (commander already printed the message)
      process.exitCode = error.exitCode === 0 ? 0 : 2;
      return;
    }
    // A FatalError is expected (bad input); anything else is our bug, but still one line and exit 1.
    const message = error instanceof FatalError ? error.message : error instanceof Error ? `internal error: ${error.message}` : String(error);
    process.stderr.write(`b24gen: ${message}\n`);
    process.exitCode = 1;
  }
}
