/** Where the types of fields link: the docs pages to read shared structures from. */
import type { Field, IrMethod, TypeRef } from '../ir/types.js';
import { linkPath } from '../extract/resolve-link.js';

/** Every docs page that a field type links to (`…/data-types.md#x`, `…/page.md#object`). */
export function typeLinkedPages(fieldLists: ReadonlyArray<readonly Field[] | undefined>, types: ReadonlyArray<TypeRef | undefined> = []): Set<string> {
  const pages = new Set<string>();
  const visitType = (t: TypeRef | undefined): void => {
    if (!t) return;
    if (t.link && !t.link.startsWith('#') && t.link.includes('#')) pages.add(linkPath(t.link));
    if (t.typeId !== undefined) pages.add(linkPath(t.typeId));
    visitType(t.items);
    t.members?.forEach(visitType);
  };
  const visitFields = (fields: readonly Field[] | undefined): void => {
    for (const f of fields ?? []) {
      visitType(f.type);
      visitFields(f.fields);
      // A map's values (`Record<string, MenuItemDto>`) link their structure's page too.
      for (const k of f.keyPatterns ?? []) {
        visitType(k.type);
        visitFields(k.fields);
      }
    }
  };
  fieldLists.forEach(visitFields);
  types.forEach(visitType);
  return pages;
}

export function methodTypeLinkedPages(methods: readonly IrMethod[]): Set<string> {
  return typeLinkedPages(
    methods.flatMap((m) => [m.params, m.result, m.responseExtras]),
    methods.map((m) => m.resultType),
  );
}
