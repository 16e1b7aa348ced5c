/**
 * Method plans kept between runs. Planning a method is a function of its IR, its module, the
 * shared declarations planned before every method, and the names it is handed by the global
 * registry; everything but the names is in the key. The names are replayed: a kept plan is
 * used only when every name it claimed would be handed out the same now (see `replayClaims`),
 * so a page that changes its names re-plans itself, and any page whose names it then takes.
 */
import { contentHash } from '../content-hash.js';
import { methodDigest } from '../ir/method-digest.js';
import type { Diagnostic, IrMethod, IrNamedType } from '../ir/types.js';
import { methodRefTypesText } from '../ir/method-ref-types.js';
import { POSITION_JSON, typesJson } from '../ir/types-json.js';
import type { NameRegistry } from './names.js';
import type { DeclarationPlan, MethodPlan } from './plan.js';
import { referencedNames } from './type-model.js';

/** One name a method's planning claimed: the base asked for, the fallback, and what it got. */
export type NameClaim = [base: string, fallback: string, claimed: string];

/** A method's plan as the memo keeps it, with what replaying it must redo. */
export interface PlannedMethod {
  /** Names claimed while planning, in order. */
  claims: NameClaim[];
  /** As `planMethod` returned it (before the package-level steps add to it). */
  plan: MethodPlan;
  /** Findings reported while planning it. */
  diagnostics: Diagnostic[];
  /** `planIdentity` of its key and claims, kept with it (a warm run takes it instead of hashing again). */
  identity: string;
}

/**
 * What planning the shared declarations (`src/types.ts`, planned before every method) leaves
 * behind: the declarations, the names taken by then, the names given to structures, references
 * and value maps, the context methods are planned in, and the findings. A function of the IR's
 * structures and of every method's references (`sharedPlanKey`).
 */
export interface SharedPlan {
  /** The registry's names after the shared declarations (`NameRegistry.list`). */
  names: string[];
  shared: DeclarationPlan[];
  namedTypeNames: Array<[typeId: string, name: string]>;
  refAliasNames: Array<[candidate: string, name: string]>;
  valueMapNames: Array<[key: string, name: string]>;
  /** The key of the state methods are planned in (`planContextKey`). */
  context: string;
  /** A digest of `shared` (its JSON), which stands for it where the printed parts are keyed. */
  sharedDigest: string;
  diagnostics: Diagnostic[];
  /**
   * With findings: the places of the fields in the pages they name, when they were made
   * (`SharedPlanKey.positionsIn`). Findings name the places of the fields they are about, which
   * the key leaves out; they hold while those pages' fields are where they were.
   */
  positions?: { files: string[]; digest: string };
}

export interface PlanMemo {
  get(key: string): PlannedMethod | undefined;
  /** Keeps a copy made at once (JSON): the planner adds the namespace path to the plan afterwards. */
  keep(key: string, planned: PlannedMethod): void;
  /** The shared plan kept under `key` (`sharedPlanKey`), when the memo keeps them. */
  getShared?(key: string): SharedPlan | undefined;
  keepShared?(key: string, shared: SharedPlan): void;
}

export interface SharedPlanKey {
  key: string;
  /** A digest of the places (file, line, column) of the structures' fields in `files`. */
  positionsIn(files: readonly string[]): string;
}

/**
 * The key of the shared plan: everything it is planned from, the structures and each method's
 * references in the IR's order, less the places of the structures' fields. Those move with every
 * line added above them, and only findings show them (see `SharedPlan.positions`).
 */
export function sharedPlanKey(types: readonly IrNamedType[], methods: readonly IrMethod[]): SharedPlanKey {
  let refs = '';
  for (const method of methods) refs += `${methodRefTypesText(method)}\n`;
  const { json, withoutPositions } = typesJson(types);
  return {
    key: contentHash('plan-shared', withoutPositions, refs),
    positionsIn: (files) => {
      const wanted = new Set(files);
      let places = '';
      for (const match of json.matchAll(POSITION_JSON)) if (wanted.has(JSON.parse(match[1] as string) as string)) places += match[0];
      return contentHash('plan-shared-positions', places);
    },
  };
}

/**
 * The key of everything a method's plan depends on besides its names: the context's key, the
 * module's stem and the method's digest, side by side (hashing them again, for each of some
 * 1,700 methods on every run, made it no better a key).
 */
export function methodPlanKey(context: string, moduleStem: string, method: IrMethod): string {
  return `${context} ${moduleStem} ${methodDigest(method)}`;
}

/** The key of the state every method is planned in: the shared declarations and the names they took. */
export function planContextKey(...parts: unknown[]): string {
  return contentHash('plan-context', ...parts.map((part) => JSON.stringify(part)));
}

/**
 * Claims `claims` in `names` when each would be handed out as recorded (in order, each seeing
 * the ones before it); returns false, claiming nothing, when any would not.
 */
export function replayClaims(names: NameRegistry, claims: readonly NameClaim[]): boolean {
  const pending = new Set<string>();
  for (const [base, fallback, claimed] of claims) {
    if (names.peek(base, fallback, pending) !== claimed) return false;
    pending.add(claimed);
  }
  names.reserve(...pending);
  return true;
}

/** What a plan is, for the printed-part memo: its key with the names it was given. */
export function planIdentity(key: string, claims: readonly NameClaim[]): string {
  return contentHash('plan-identity', key, JSON.stringify(claims.map((c) => c[2])));
}

/**
 * What the planner and the module walk read of every method plan besides its own small fields
 * (see `PLAN_HEAD_FIELDS`): the memo keeps them beside the plan, so that a kept plan's bulk
 * (declarations, fixture, docs) is read only where its method's parts are printed again.
 */
export interface PlanFacts {
  /** The names of the plan's declarations, in order. */
  declarationNames: string[];
  /** The type names its declarations refer to (for the module's imports). */
  referencedNames: string[];
  fixtureName: string;
  fixtureTyped: boolean;
  /** A digest of the head fields the client module prints, less the namespace path (set after planning). */
  clientDigest: string;
}

/** The fields of a method plan that every run reads of every plan (the module walk, the client, the tree). */
export const PLAN_HEAD_FIELDS: ReadonlyArray<keyof MethodPlan> = [
  'key', 'wireName', 'apiVersion', 'paramOrder', 'sectionStem', 'functionName', 'paramsName', 'paramsOptional', 'resultName',
  'itemType', 'errorsName', 'errorName', 'namespacePath', 'shortDocs',
];

/** The head fields the client module prints of a plan; its namespace path is read apart, being set after planning. */
const CLIENT_FACT_FIELDS = PLAN_HEAD_FIELDS.filter((field) => field !== 'namespacePath');

const factsOfPlan = new WeakMap<MethodPlan, PlanFacts>();

export function planFacts(plan: MethodPlan): PlanFacts {
  let facts = factsOfPlan.get(plan);
  if (facts === undefined) {
    const used = new Set<string>();
    for (const decl of plan.declarations) {
      if (decl.kind === 'alias') referencedNames(decl.type, used);
      else {
        for (const member of decl.members) referencedNames(member.type, used);
        for (const index of decl.indexes ?? []) referencedNames(index.type, used);
      }
    }
    facts = {
      declarationNames: plan.declarations.map((d) => d.name),
      referencedNames: [...used],
      fixtureName: plan.fixture.name,
      fixtureTyped: plan.fixture.typed,
      clientDigest: contentHash('client-facts', JSON.stringify(CLIENT_FACT_FIELDS.map((field) => plan[field]))),
    };
    factsOfPlan.set(plan, facts);
  }
  return facts;
}

/** Tells the facts of a plan read back from the memo, recorded when it was kept. */
export function knownPlanFacts(plan: MethodPlan, facts: PlanFacts): void {
  factsOfPlan.set(plan, facts);
}
