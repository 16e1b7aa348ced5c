/** `src/fixtures/<stem>.ts` and `src/mock.ts`: documented answers served without a network. */
import { joinModule, type ModuleViews } from './module-views.js';
import type { PartPrinter } from './parts.js';
import { sectionEntries, type PackagePlan, type SectionPlan } from './plan.js';
import { planFacts } from './plan-memo.js';

/** `src/fixtures/<stem>.ts`, beside `src/methods/<stem>.ts`. */
export function fixturesModuleFile(stem: string): string {
  return `src/fixtures/${stem}.ts`;
}

/** What a fixtures module's head and tail (the section map, the re-exports) depend on. */
export interface FixturesFrame {
  stem: string;
  fixturesName: string;
  fixtureImports: string[];
  subModules: Array<{ stem: string; fixturesName: string }>;
  /** Method key and fixture name of each of the section's own methods. */
  entries: Array<[key: string, fixture: string]>;
}

/** `src/fixtures/<stem>.ts` in its three forms, each part printed (or taken from a memo) by `parts`. */
export function emitFixturesModuleViews(section: SectionPlan, parts: PartPrinter): ModuleViews {
  const frame: FixturesFrame = {
    stem: section.stem,
    fixturesName: section.fixturesName,
    fixtureImports: section.fixtureImports,
    subModules: section.subModules.map((sub) => ({ stem: sub.stem, fixturesName: sub.fixturesName })),
    entries: section.methods.map((plan) => [plan.key, planFacts(plan).fixtureName]),
  };
  const body = section.methods.map((plan) => parts('fixtures', plan));
  body.push(parts('fixtures-tail', frame));
  return joinModule(parts('fixtures-head', frame), body);
}

/** What `src/mock.ts` depends on: the section modules' fixtures records. */
export interface MockModuleInput {
  sections: Array<{ stem: string; fixturesName: string }>;
}

/** The source of `src/mock.ts`, printed (or taken from a memo) by `parts`. */
export function emitMockModule(plan: PackagePlan, parts: PartPrinter): string {
  return parts('mock', { sections: sectionEntries(plan).map((s) => ({ stem: s.stem, fixturesName: s.fixturesName })) }).ts;
}
