import type { MethodFixture } from './runtime/index.js';
export type B24Boolean = boolean | 'Y' | 'N' | 0 | 1;
export type B24Date = string;
export type B24DateTime = string;
export type B24File = string | readonly [fileName: string, base64Content: string] | {
    readonly [key: string]: unknown;
};
export type B24NumericString = `${number}`;
/** A fixture whose documented `result` type-checks against the method's result type. */
export interface TypedMethodFixture<R> extends MethodFixture {
    readonly response?: {
        readonly result: R;
        readonly [key: string]: unknown;
    };
}
