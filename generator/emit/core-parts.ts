/** Printing `src/core.ts`, one part: what the standalone method functions accept as a client. */
import { printFile } from './print.js';

const CORE_CODE = `import type { B24Caller } from './runtime/index.js';

/**
 * What a standalone method function calls through: the lean \`createCaller()\`, the full
 * \`createCore()\`, or a typed client (which carries its core).
 */
export type CoreSource = B24Caller | { readonly core: B24Caller };

export function coreOf(source: CoreSource): B24Caller {
  return 'core' in source ? source.core : source;
}`;

export function coreModuleSource(): string {
  return printFile([CORE_CODE]);
}
