import type { MethodFixture, MockFailure, MockHandler } from './mock-responder.js';
import type { ClientOptions } from './core.js';
import type { Transport } from './transport.js';
export interface MockTransportOptions {
    /** Answer these methods with an error (message/status default to the fixture's documented error). */
    fail?: Record<string, MockFailure>;
    /** Dynamic answers for some methods. */
    handlers?: Record<string, MockHandler>;
}
/** The method name and REST version a runtime-built URL addresses. */
export declare function methodFromUrl(url: string): {
    method: string;
    apiVersion: 'v2' | 'v3';
};
/** Answers from fixtures without a network: each call gets its documented result or error. */
export declare function createMockTransport(fixtures: Readonly<Record<string, MethodFixture>>, options?: MockTransportOptions): Transport;
/** Options of `createMockClient`: those of `createClient` except the transport, plus forced failures by method. */
export interface MockClientOptions extends Omit<ClientOptions, 'transport'> {
    fail?: Record<string, {
        code: string;
        message: string;
        status?: number;
    }>;
}
/** Client options under which every call is answered from `fixtures`, without a network. */
export declare function mockClientOptions(fixtures: Readonly<Record<string, MethodFixture>>, options?: MockClientOptions): ClientOptions;
