import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { buildIr } from '../pipeline/build-ir.js';
import { irToOpenApi } from '../openapi/index.js';
import { formatDiagnostic } from './diagnostics-output.js';
import { generatorVersion } from './generator-version.js';
import { globalOptions, resolveDocsRoot } from './shared-options.js';
import { reportIr } from './report.js';
import { FatalError } from '../fatal-error.js';

interface OpenapiOptions {
  docs: string;
  out: string;
  title: string;
  apiVersion?: string;
  serverUrl?: string;
}

export function registerOpenapiCommand(program: Command): void {
  program
    .command('openapi')
    .description('write the API as an OpenAPI 3.1 document (JSON)')
    .option('--docs <root>', 'docs root', 'docs')
    .option('--out <file>', 'the JSON file to write ("-" for stdout)', '-')
    .option('--title <text>', 'info.title of the document', 'Bitrix24 REST API')
    .option('--api-version <version>', 'info.version of the document (default: the generator version)')
    .option('--server-url <url>', 'a concrete base URL listed first, e.g. https://example.bitrix24.com/rest/1/secret')
    .addHelpText('after', '\nExamples:\n  b24gen openapi --out openapi.json\n  b24gen openapi --docs ../b24restdocs --out - | jq ".paths | length"')
    .action(async (options: OpenapiOptions, command: Command) => {
      const global = globalOptions(command);
      if (options.serverUrl !== undefined && !/^https?:\/\/[^/\s]+/.test(options.serverUrl)) {
        throw new FatalError(`--server-url must be an http(s) URL: ${options.serverUrl}`);
      }
      const ir = await buildIr(resolveDocsRoot(options.docs));
      reportIr(ir, global);
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
