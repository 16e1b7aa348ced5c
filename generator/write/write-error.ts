import { FatalError } from '../fatal-error.js';

export type WriteErrorCode =
  /** a file path from emit would land outside the output folder or is not portable */
  | 'unsafe-path'
  /** the output folder holds files that b24gen did not write */
  | 'foreign-folder'
  /** the output path exists but is not a plain directory (a file, a symlink, …) */
  | 'not-a-directory'
  /** the output path is a filesystem root or contains the working directory */
  | 'dangerous-target'
  /** both the swap and the rollback failed; the message says where the previous package is */
  | 'swap-failed'
  /** a file the run meant to keep from the previous package was gone or changed by then */
  | 'output-changed';

/**
 * A refusal the user can act on. It extends the CLI's FatalError so that `b24gen generate`
 * prints it as a one-line reason instead of an "internal error".
 */
export class WriteError extends FatalError {
  override name = 'WriteError';
  readonly code: WriteErrorCode;

  constructor(code: WriteErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}
