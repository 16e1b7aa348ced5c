// The runtime of a generated Bitrix24 client. Everything the generated code and its users need
// is re-exported here; the mock server (node:http) is imported from './mock-server.js' directly.
export { createCore } from './core.js';
export { createCaller } from './caller.js';
export { B24Error, ClientErrorCode, EXPIRED_TOKEN, isB24Error, matchError, OPERATION_TIME_LIMIT, QUERY_LIMIT_EXCEEDED, } from './errors.js';
export { createFetchTransport, ResponseTooLargeError } from './http-transport.js';
export { DEFAULT_TOKEN_ENDPOINT } from './oauth.js';
export { DEFAULT_RATE_LIMIT, ENTERPRISE_RATE_LIMIT } from './rate-limiter.js';
export { createManualClock, systemClock } from './clock.js';
export { encodeBatchCommand, MAX_BATCH_COMMANDS } from './batch.js';
export { LIST_PAGE_SIZE, listItems } from './iterate.js';
export { encodePhpQuery, decodePhpQuery } from './php-query.js';
export { parseWebhookUrl, isLoopbackHost } from './webhook-url.js';
export { safeJsonParse } from './safe-json.js';
export { paramsByPosition } from './params-by-position.js';
export { bindMethodTree, wireNameOf } from './method-tree.js';
export { createMockTransport, mockClientOptions } from './mock-transport.js';
export { mockReply } from './mock-responder.js';
export { createB24JssdkTransport } from './b24jssdk-transport.js';
export { createOperatingBudget } from './operating-budget.js';
export { createRateLimiter } from './rate-limiter.js';
