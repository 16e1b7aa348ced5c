// The runtime of a generated Bitrix24 client. Everything the generated code and its users need
// is re-exported here; the mock server (node:http) is imported from './mock-server.js' directly.
export { createCore } from './core.js';
export type { ApiVersion, B24Core, CallOptions, ClientOptions, MethodCallOptions } from './core.js';
export { createCaller } from './caller.js';
export type { CallerOptions } from './caller.js';
export type { B24Caller } from './engine.js';
export {
  B24Error,
  ClientErrorCode,
  EXPIRED_TOKEN,
  isB24Error,
  matchError,
  OPERATION_TIME_LIMIT,
  QUERY_LIMIT_EXCEEDED,
} from './errors.js';
export type { B24ErrorInit, ErrorDescriptor } from './errors.js';
export type { B24Response, B24Time } from './response.js';
export type { Transport, TransportRequest, TransportResponse } from './transport.js';
export { createFetchTransport, ResponseTooLargeError } from './http-transport.js';
export type { FetchTransportOptions } from './http-transport.js';
export { DEFAULT_TOKEN_ENDPOINT } from './oauth.js';
export type { OAuthOptions, OAuthTokens } from './oauth.js';
export { DEFAULT_RATE_LIMIT, ENTERPRISE_RATE_LIMIT } from './rate-limiter.js';
export type { RateLimitOptions } from './rate-limiter.js';
export type { RetryOptions } from './retry.js';
export type { OperatingBudgetOptions } from './operating-budget.js';
export { createManualClock, systemClock } from './clock.js';
export type { Clock, ManualClock } from './clock.js';
export { encodeBatchCommand, MAX_BATCH_COMMANDS } from './batch.js';
export type { BatchCommands, BatchOptions, BatchResult } from './batch.js';
export { LIST_PAGE_SIZE, listItems } from './iterate.js';
export type { FastWalkOptions, IterateOptions } from './iterate.js';
export { encodePhpQuery, decodePhpQuery } from './php-query.js';
export { parseWebhookUrl, isLoopbackHost } from './webhook-url.js';
export type { WebhookUrl } from './webhook-url.js';
export { safeJsonParse } from './safe-json.js';
export { paramsByPosition } from './params-by-position.js';
export { bindMethodTree, wireNameOf } from './method-tree.js';
export type { MethodTree, TreeClient } from './method-tree.js';
export { createMockTransport, mockClientOptions } from './mock-transport.js';
export type { MockClientOptions, MockTransportOptions } from './mock-transport.js';
export { mockReply } from './mock-responder.js';
export type { MethodFixture, MockFailure, MockHandler, MockReply } from './mock-responder.js';
export { createB24JssdkTransport } from './b24jssdk-transport.js';
export type { B24JssdkLike, B24JssdkResultLike } from './b24jssdk-transport.js';
export { createOperatingBudget } from './operating-budget.js';
export { createRateLimiter } from './rate-limiter.js';
