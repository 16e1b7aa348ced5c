/** A failure the user can act on: the CLI prints its message as one line and exits 1. */
export class FatalError extends Error {
  override name = 'FatalError';
}
