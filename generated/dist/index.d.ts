export * from './client.js';
export * from './errors.js';
export * from './types.js';
export * from './methods/sonet-group.js';
export type { CoreSource } from './core.js';
export { createCaller, createCore } from './runtime/index.js';
export type { ApiVersion, B24Caller, B24Core, CallerOptions, CallOptions, ClientOptions, MethodCallOptions, MethodFixture, Transport, TransportRequest, TransportResponse, } from './runtime/index.js';
