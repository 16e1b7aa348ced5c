/**
 * Every kind of part and the ts-morph printer that makes it (see `parts.ts`). Loaded only where
 * printing happens: by a run with something to print on this thread, or by the print worker.
 */
import { clientModuleViews } from './client-parts.js';
import { coreModuleSource } from './core-parts.js';
import { errorsModuleSource } from './errors-parts.js';
import { fixturesHeadViews, fixturesTailViews, fixtureViews, mockModuleSource } from './fixtures-parts.js';
import { methodsHeadViews, methodViews } from './method-parts.js';
import type { ModuleViews } from './module-views.js';
import type { PartInputs, PartKind, PartPrinter, PartRequest } from './parts.js';
import { sameInEveryView } from './print-views.js';
import { typesModuleViews } from './types-parts.js';

/** A module that goes through TypeScript for its other forms: its source only. */
function sourceOnly(ts: string): ModuleViews {
  return { ts, js: '', dts: '' };
}

const PRINTERS: { [K in PartKind]: (input: PartInputs[K]) => ModuleViews } = {
  methods: methodViews,
  'methods-head': methodsHeadViews,
  fixtures: fixtureViews,
  'fixtures-head': fixturesHeadViews,
  'fixtures-tail': fixturesTailViews,
  statements: (input) => sameInEveryView(input.statements),
  client: clientModuleViews,
  types: typesModuleViews,
  errors: (input) => sourceOnly(errorsModuleSource(input)),
  core: () => sourceOnly(coreModuleSource()),
  mock: (input) => sourceOnly(mockModuleSource(input)),
};

/** Prints one part on this thread. */
export const printPart: PartPrinter = (kind, input) => (PRINTERS[kind] as (input: PartInputs[typeof kind]) => ModuleViews)(input);

/** Prints parts on this thread. */
export function printParts(requests: readonly PartRequest[]): ModuleViews[] {
  return requests.map((request) => printPart(request.kind, request.input));
}
