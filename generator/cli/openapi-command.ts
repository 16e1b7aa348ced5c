import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { formatDiagnostic } from './diagnostics-output.js';
import { generatorVersion } from './generator-version.js';
import { globalOptions } from './shared-options.js';
import { FatalError } from '../fatal-error.js';
import { addFilterOptions, commandSettings, DEFAULT_DOCS } from './command-settings.js';

interface OpenapiOptions {
  out: string;
  title: string;
  apiVersion?: string;
  serverUrl?: string;
}

export function registerOpenapiCommand(program: Command): void {
  const command = program
    .command('openapi')
    .description('write the API as an OpenAPI 3.1 document (JSON)')
    .option('--docs <root>', 'docs root', DEFAULT_DOCS)
    .option('--out <file>', 'the JSON file to write ("-" for stdout)', '-')
    .option('--title <text>', 'info.title of the document', 'Bitrix24 REST API')
    .option('--api-version <version>', 'info.version of the document (default: the generator version)')
    .option('--server-url <url>', 'a concrete base URL listed first, e.g. https://example.bitrix24.com/rest/1/secret');
  addFilterOptions(command)
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  b24gen openapi --out openapi.json\n' +
        '  b24gen openapi --docs ../b24restdocs --out - | jq ".paths | length"\n' +
        '  b24gen openapi --include "api-reference/crm/**" --out crm.json\n' +
        '\nThe docs root and include/exclude come from b24gen.config.* when not given here.',
    )
    .action(async (options: OpenapiOptions, command: Command) => {
      const global = globalOptions(command);
      if (options.serverUrl !== undefined && !/^https?:\/\/[^/\s]+/.test(options.serverUrl)) {
        throw new FatalError(`--server-url must be an http(s) URL: ${options.serverUrl}`);
      }
      // the config's `out` is the package folder, not this JSON file
      const settings = await commandSettings(command, ['docs', 'include', 'exclude']);
      const [{ loadDocs }, { reportIr }, { irToOpenApi }] = await Promise.all([import('./load-docs.js'), import('./report.js'), import('../openapi/index.js')]);
      const { ir, filteredOut, progress } = await loadDocs(settings, global);
      progress.finish();
      reportIr(ir, global, undefined, { filteredOut });
      const spec = irToOpenApi(ir, {
        title: options.title,
        version: options.apiVersion ?? generatorVersion(),
        ...(options.serverUrl !== undefined ? { serverUrl: options.serverUrl } : {}),
        onDiagnostic: (diagnostic) => {
          if (!global.quiet) process.stderr.write(`${formatDiagnostic(diagnostic)}\n`);
        },
      });
      const json = `${JSON.stringify(spec, null, 2)}\n`;
      if (options.out === '-') {
        process.stdout.write(json);
        return;
      }
      await mkdir(path.dirname(path.resolve(options.out)), { recursive: true });
      await writeFile(options.out, json);
    });
}
