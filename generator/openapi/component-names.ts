/**
 * Names in `components/*` and operation ids. Component keys must match
 * `^[a-zA-Z0-9._-]+$`; we use the same PascalCase names as the TypeScript package so that a
 * reader can move between the two.
 */
import { camelCase, pascalCase } from '../emit/names.js';

export { pascalCase };

/** Hands out unique names; callers ask in a sorted order so the suffixes are stable. */
export class NameRegistry {
  private readonly taken = new Set<string>();

  /** `separator` goes between a taken name and its number: `Name2`, or `0_2` for example keys. */
  constructor(private readonly separator = '') {}

  reserve(...names: string[]): void {
    for (const name of names) this.taken.add(name);
  }

  claim(base: string): string {
    const safe = base.replace(/[^A-Za-z0-9._-]/g, '_') || 'Unnamed';
    let name = safe;
    for (let n = 2; this.taken.has(name); n++) name = `${safe}${this.separator}${n}`;
    this.taken.add(name);
    return name;
  }
}

/**
 * The operationId of a method: the name of its standalone function in the TypeScript
 * package (`tasks.api.scrum.backlog.add` → `tasksApiScrumBacklogAdd`, the REST 3.0 twin
 * `tasks.task.get@v3` → `tasksTaskGetV3`). Callers dedupe with a NameRegistry.
 */
export function operationIdBase(methodKey: string): string {
  const twin = methodKey.endsWith('@v3');
  const name = twin ? `${methodKey.slice(0, -3)} v3` : methodKey;
  return camelCase(name) || 'method';
}
