/**
 * Many list methods do not list their filter keys: the filter's description says the keys are
 * the fields of a structure and links it ("the fields of the [catalog_product](…#catalog_product)
 * object"). When such a link leads to a shared structure the docs describe by a table, the
 * filter takes that structure's fields, all optional, and the operator prefixes its description
 * lists, so that `{ ">=price": 10 }` is typed like the rest. Runs on the whole IR, after the
 * shared structures are known.
 */
import type { Field, IrMethod, IrNamedType } from '../../ir/types.js';
import { docsSourceOf } from '../page-meta.js';
import { oneValueOrList } from '../../ir/key-prefixes.js';
import { typeOpenFilters } from './open-filters.js';

/** Shared structures by id (a map, or one that records what is looked up). */
export type StructureLookup = Pick<ReadonlyMap<string, IrNamedType>, 'get'>;

const LINK = /\[([^\]\n]*)\]\(([^)\s]+)\)/g;

/** A link the filter's description makes: the docs path it leads to (with its anchor) and its text. */
export interface DescriptionLink {
  target: string;
  text: string;
}

/** Links to pages of the docs site in a description, as docs paths (`api-reference/x.md#anchor`). */
export function docsLinksOf(description: string): DescriptionLink[] {
  const out: DescriptionLink[] = [];
  for (const m of description.matchAll(LINK)) {
    // Extract has made description links absolute (doc-links.ts): back to docs paths.
    const target = docsSourceOf(m[2] as string);
    if (target !== undefined) out.push({ target, text: (m[1] as string).replace(/`/g, '').trim() });
  }
  return out;
}

/**
 * The shared structure a filter's description names: the first link whose target is a known
 * structure, or, when the link has no anchor (`sale/data-types.md`), whose text names one on that page.
 */
export function linkedStructure(description: string, types: StructureLookup): IrNamedType | undefined {
  for (const link of docsLinksOf(description)) {
    const exact = types.get(link.target);
    const byText = link.target.includes('#') ? undefined : types.get(`${link.target}#${link.text}`);
    const type = exact ?? byText;
    // A value table (language ids, enumerations) lists values, not keys.
    if (type !== undefined && type.fields.length > 0) return type;
  }
  return undefined;
}

/**
 * A structure's field as a filter key: optional, and taking one value or a list of values (the
 * portal's list filters read a list under a plain key as IN, as the catalog examples send `vatId: [1, 2]`).
 */
function asFilterKey(field: Field): Field {
  const { aliases: _aliases, aliasSource: _source, requiredOneOf: _oneOf, ...rest } = field;
  return { ...rest, type: oneValueOrList(field.type), required: false, requiredMark: 'optional' };
}

/**
 * The methods, with undocumented `filter` params given the keys (and key families) of the
 * structure they link. `onRead` hears of each structure a method's filters look up, found or not.
 */
export function typeFiltersByLinkedStructure(
  methods: readonly IrMethod[],
  types: ReadonlyMap<string, IrNamedType>,
  onRead?: (method: IrMethod, typeId: string) => void,
): IrMethod[] {
  return typeOpenFilters(methods, (filter, method) => {
    const read = onRead === undefined ? types : readsOf(types, (id) => onRead(method, id));
    const structure = linkedStructure(filter.description, read);
    if (structure === undefined) return undefined;
    return { fields: structure.fields.map(asFilterKey), ...(structure.keyPatterns === undefined ? {} : { keyPatterns: structure.keyPatterns }) };
  });
}

/** `types`, telling `onRead` of every id looked up. */
function readsOf(types: StructureLookup, onRead: (id: string) => void): StructureLookup {
  return {
    get: (id) => {
      onRead(id);
      return types.get(id);
    },
  };
}
