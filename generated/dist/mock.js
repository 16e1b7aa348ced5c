import { mockClientOptions } from './runtime/index.js';
import { createClient } from './client.js';
import { sonetGroupFixtures } from './fixtures/sonet-group.js';
/** Every fixture of the package, keyed by method. */
export const fixtures = {
    ...sonetGroupFixtures,
};
/** A client answered by the documented fixtures, without a network. */
export function createMockClient(options = {}) {
    return createClient(mockClientOptions(fixtures, options));
}
export * from './fixtures/sonet-group.js';
