import type { MethodFixture, MockClientOptions } from './runtime/index.js';
import type { B24Client } from './client.js';
/** Every fixture of the package, keyed by method. */
export declare const fixtures: Readonly<Record<string, MethodFixture>>;
export type { MockClientOptions } from './runtime/index.js';
/** A client answered by the documented fixtures, without a network. */
export declare function createMockClient(options?: MockClientOptions): B24Client;
export * from './fixtures/sonet-group.js';
