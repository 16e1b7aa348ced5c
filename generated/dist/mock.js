import { createMockTransport } from './runtime/index.js';
import { createClient } from './client.js';
import { sonetGroupFixtures } from './fixtures/sonet-group.js';
/** Every fixture of the package, keyed by method. */
export const fixtures = {
    ...sonetGroupFixtures,
};
/** A client answered by the documented fixtures, without a network. */
export function createMockClient(options = {}) {
    const { fail, ...rest } = options;
    return createClient({
        webhookUrl: 'https://mock.bitrix24.invalid/rest/1/mock/',
        rateLimit: false,
        ...rest,
        transport: createMockTransport(fixtures, fail === undefined ? undefined : { fail }),
    });
}
export * from './fixtures/sonet-group.js';
