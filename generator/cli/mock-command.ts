import { InvalidArgumentError } from 'commander';
import type { Command } from 'commander';
import type { MockServerOptions } from '../runtime/mock-server.js';
import { globalOptions } from './shared-options.js';
import { addFilterOptions, commandSettings, DEFAULT_DOCS } from './command-settings.js';

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new InvalidArgumentError('a port is an integer from 0 to 65535 (0 picks a free one)');
  return port;
}

function parseSecret(value: string): string {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(value)) throw new InvalidArgumentError('letters, digits, - and _ only');
  return value;
}

export function registerMockCommand(program: Command): void {
  const command = program
    .command('mock')
    .description('serve the documented examples as a fake Bitrix24 portal on 127.0.0.1')
    .option('--docs <root>', 'docs root', DEFAULT_DOCS)
    .option('--port <port>', 'port to listen on (0 picks a free one)', parsePort, 0)
    .option('--secret <secret>', 'the webhook secret in the URL (random by default)', parseSecret);
  addFilterOptions(command)
    .addHelpText(
      'after',
      '\nPrints the webhook URL on stdout; every documented method answers with its documented\n' +
        'example, unknown methods with ERROR_METHOD_NOT_FOUND. Ctrl-C stops the server.\n' +
        '\nExamples:\n' +
        '  b24gen mock\n' +
        '  b24gen mock --docs ../b24restdocs --port 8024 --secret dev\n' +
        '  curl -s "$(b24gen mock --quiet | head -1)tasks.api.scrum.backlog.get.json?id=1"',
    )
    .action(async (options: { port: number; secret?: string }, cmd: Command) => {
      const globals = globalOptions(cmd);
      const settings = await commandSettings(cmd, ['docs', 'include', 'exclude']);
      const [{ loadDocs }, { fixturesFromIr }, { startMockServer }] = await Promise.all([import('./load-docs.js'), import('./mock-fixtures.js'), import('../runtime/mock-server.js')]);
      const { ir, progress } = await loadDocs(settings, globals);
      progress.finish();
      const fixtures = fixturesFromIr(ir);
      const serverOptions: MockServerOptions = { fixtures, port: options.port };
      if (options.secret !== undefined) serverOptions.webhook = { secret: options.secret };
      const server = await startMockServer(serverOptions);
      process.stdout.write(`${server.webhookUrl}\n`);
      if (!globals.quiet) process.stderr.write(`b24gen: serving ${Object.keys(fixtures).length} methods from ${settings.docs}; Ctrl-C stops\n`);
      await new Promise<void>((resolve) => {
        const stop = (): void => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          void server.close().then(resolve);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
      if (!globals.quiet) process.stderr.write('b24gen: mock server stopped\n');
    });
}
