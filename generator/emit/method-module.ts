/** `src/methods/<stem>.ts`: types, error catalogs and standalone functions of one docs section, or of one folder of a large one. */
import { relativeImport } from './module-path.js';
import { joinModule, type ModuleViews } from './module-views.js';
import type { PartPrinter } from './parts.js';
import type { SectionPlan } from './plan.js';

/** `src/methods/<stem>.ts`, where `stem` may sit in a section's folder (`crm/deals`). */
export function methodModuleFile(stem: string): string {
  return `src/methods/${stem}.ts`;
}

/** What a section's module head depends on. */
export interface MethodsHead {
  stem: string;
  hasMethods: boolean;
  byPosition: boolean;
  sharedImports: string[];
}

/** `src/methods/<stem>.ts` in its three forms, each part printed (or taken from a memo) by `parts`. */
export function emitMethodModuleViews(section: SectionPlan, parts: PartPrinter): ModuleViews {
  const file = methodModuleFile(section.stem);
  const head = parts('methods-head', { stem: section.stem, hasMethods: section.methods.length > 0, byPosition: section.methods.some((m) => m.paramOrder !== undefined), sharedImports: section.sharedImports });
  const body = section.methods.map((plan) => parts('methods', plan));
  // A split section's module is its entry point: it re-exports every sub-module.
  if (section.subModules.length > 0) body.push(parts('statements', { statements: section.subModules.map((sub) => `export * from '${relativeImport(file, methodModuleFile(sub.stem))}';`) }));
  if (section.methods.length === 0 && section.subModules.length === 0 && section.sharedImports.length === 0) body.push(parts('statements', { statements: ['export {};'] }));
  return joinModule(head, body);
}
