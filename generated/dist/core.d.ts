import type { B24Caller } from './runtime/index.js';
/**
 * What a standalone method function calls through: the lean `createCaller()`, the full
 * `createCore()`, or a typed client (which carries its core).
 */
export type CoreSource = B24Caller | {
    readonly core: B24Caller;
};
export declare function coreOf(source: CoreSource): B24Caller;
