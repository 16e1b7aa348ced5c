/**
 * The parts of the package's modules that ts-morph prints, by kind, with the plain data each is
 * printed from. Modules are put together from parts named by kind and input only; printing
 * happens in `part-printers.ts`, on this thread or in the print worker, and the memo keeps
 * what earlier runs printed from equal input. So a run whose parts all come from the memo
 * never loads ts-morph on this thread.
 */
import type { ClientModuleInput } from './client-module.js';
import type { FixturesFrame, MockModuleInput } from './fixtures-module.js';
import type { MethodsHead } from './method-module.js';
import type { ModuleViews } from './module-views.js';
import type { DeclarationPlan, MethodPlan, SystemErrorPlan } from './plan.js';

/** Each kind of part and what it is printed from. */
export interface PartInputs {
  /** A method's types, error catalog and function in its section module. */
  methods: MethodPlan;
  'methods-head': MethodsHead;
  /** A method's fixture in its section's fixtures module. */
  fixtures: MethodPlan;
  'fixtures-head': FixturesFrame;
  'fixtures-tail': FixturesFrame;
  /** Lines that read the same in every form (`export * from …`). */
  statements: { statements: string[] };
  /** The whole of `src/client.ts`. */
  client: ClientModuleInput;
  /** The whole of `src/types.ts`. */
  types: { shared: DeclarationPlan[] };
  /** The source of `src/errors.ts` (in `ts`; it goes through TypeScript for the other forms). */
  errors: { systemErrors: SystemErrorPlan[] };
  /** The source of `src/core.ts`. */
  core: Record<string, never>;
  /** The source of `src/mock.ts`. */
  mock: MockModuleInput;
}

export type PartKind = keyof PartInputs;

export interface PartRequest<K extends PartKind = PartKind> {
  kind: K;
  input: PartInputs[K];
}

/** Turns one part's input into its three forms (printing it, or taking it from a memo). */
export type PartPrinter = <K extends PartKind>(kind: K, input: PartInputs[K]) => ModuleViews;

/** Prints parts, in the order asked, wherever that happens (this thread or a worker). */
export type PrintParts = (requests: readonly PartRequest[]) => Promise<ModuleViews[]>;

/** A part of no text: what the first pass of an incremental run puts in place while it collects what to print. */
export const NO_VIEWS: ModuleViews = Object.freeze({ ts: '', js: '', dts: '' });
