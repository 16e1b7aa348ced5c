import { spawnSync } from 'node:child_process';
import { binPath, projectRoot } from './paths.js';

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real bin in a child process, as a user would. */
export function runCli(args: readonly string[], cwd: string = projectRoot): CliResult {
  const result = spawnSync(process.execPath, [binPath, ...args], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
