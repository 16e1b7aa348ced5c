/** `src/core.ts`: what the standalone method functions accept as a client. */
import { printFile } from './print.js';

const CORE_CODE = `import type { B24Core } from './runtime/index.js';

/** The runtime core, or a typed client (which carries its core). */
export type CoreSource = B24Core | { readonly core: B24Core };

export function coreOf(source: CoreSource): B24Core {
  return 'core' in source ? source.core : source;
}`;

export function emitCoreModule(): string {
  return printFile([CORE_CODE]);
}
