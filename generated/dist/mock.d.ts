import type { ClientOptions, MethodFixture } from './runtime/index.js';
import type { B24Client } from './client.js';
/** Every fixture of the package, keyed by method. */
export declare const fixtures: Readonly<Record<string, MethodFixture>>;
/** Options of `createMockClient`: those of `createClient` except the transport, plus forced failures by method. */
export interface MockClientOptions extends Omit<ClientOptions, 'transport'> {
    fail?: Record<string, {
        code: string;
        message: string;
        status?: number;
    }>;
}
/** A client answered by the documented fixtures, without a network. */
export declare function createMockClient(options?: MockClientOptions): B24Client;
export * from './fixtures/sonet-group.js';
