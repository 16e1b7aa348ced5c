import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { FatalError } from '../fatal-error.js';

export interface GlobalOptions {
  quiet?: boolean;
  verbose?: boolean;
  /** `--config <file>`: use this config file instead of searching for one. */
  config?: string;
}

export function globalOptions(command: Command): GlobalOptions {
  return command.optsWithGlobals<GlobalOptions>();
}

/** A docs root must hold api-reference/ (the upstream layout); say so in one line otherwise. */
export function resolveDocsRoot(docs: string): string {
  const root = path.resolve(docs);
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new FatalError(`docs root not found: ${docs}`);
  if (!existsSync(path.join(root, 'api-reference'))) throw new FatalError(`not a docs tree (no api-reference/ folder): ${docs}`);
  return root;
}
