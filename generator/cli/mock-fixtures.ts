import type { IrDocument } from '../ir/types.js';
import type { MethodFixture } from '../runtime/mock-responder.js';

/**
 * The mock server's fixtures from the IR's examples: method name → documented 200 body and
 * documented errors. A name documented twice (classic and REST 3.0) keeps the page that has a
 * response example, else the first by key.
 */
export function fixturesFromIr(ir: IrDocument): Record<string, MethodFixture> {
  const fixtures: Record<string, MethodFixture> = Object.create(null) as Record<string, MethodFixture>;
  for (const method of ir.methods) {
    const existing = fixtures[method.name];
    if (existing !== undefined && (existing.response !== undefined || method.examples.response === undefined)) continue;
    const fixture: MethodFixture = {
      errors: method.errors
        .filter((error) => error.code !== '')
        .map((error) => (error.httpStatus === undefined ? { code: error.code, message: error.message } : { code: error.code, message: error.message, status: error.httpStatus })),
    };
    if (method.examples.response !== undefined) fixture.response = method.examples.response;
    fixtures[method.name] = fixture;
  }
  return fixtures;
}
