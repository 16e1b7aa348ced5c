/**
 * The docs' type notation as a pure string function: `integer`, `crm_contact[]`,
 * `string | null`, `catalog_product.id`, `sale_paysystem.ID`, with an optional resolved
 * link target that disambiguates structures from references.
 */
import type { TypeRef } from '../../ir/types.js';
import { KNOWN_NAMED_TYPES, REF_TYPES, isIdField, isRefToken, isScalarToken } from '../../ir/type-vocabulary.js';

/** Splits on `|` and the word `or` outside brackets. */
function splitUnion(s: string): string[] {
  return s
    .split(/\s*\\?\|\s*|\s+or\s+|\s+или\s+/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

function withLink(t: TypeRef, link: string | undefined): TypeRef {
  return link === undefined ? t : { ...t, link };
}

/** Whether a resolved docs path is one of the data-types dictionaries. */
export function isDataTypesPage(path: string): boolean {
  return /(^|\/)data-types\.md$/.test(path);
}

function anchorId(link: string | undefined): string | undefined {
  if (link === undefined) return undefined;
  const i = link.indexOf('#');
  return i >= 0 && i < link.length - 1 ? link : undefined;
}

/**
 * `link` is the resolved target: docs-root relative, with in-page anchors already
 * turned into "<page>#anchor" (see `typeTarget`).
 */
export function parseTypeText(rawIn: string, link?: string): TypeRef {
  const raw = rawIn.trim().replace(/^`+|`+$/g, '').trim();
  if (raw === '') return { raw: '', kind: 'unknown' };
  const parts = splitUnion(raw);
  if (parts.length > 1) {
    return withLink({ raw, kind: 'union', members: parts.map((p) => parseTypeText(p, link)) }, link);
  }
  if (raw.endsWith('[]')) {
    return withLink({ raw, kind: 'array', items: parseTypeText(raw.slice(0, -2), link) }, link);
  }
  const lower = raw.toLowerCase();
  const anchored = anchorId(link);
  if (lower === 'object') return withLink({ raw, kind: 'object', name: 'object' }, link);
  // A capitalised scalar word linked to an anchor (`[File](#file)`) names a structure.
  if (isScalarToken(lower) && !(anchored && raw !== lower)) {
    return withLink({ raw, kind: 'scalar', name: lower }, link);
  }
  const dotted = /^([A-Za-z][\w]*)\.([A-Za-z_][\w]*)$/.exec(raw);
  if (dotted) {
    const [, entity, field] = dotted as unknown as [string, string, string];
    const codeLike = /^(code|lid|currency|symbol|xml_?id|name)$/i.test(field);
    if (isIdField(field) || codeLike || !anchored) {
      return withLink({ raw, kind: 'ref', name: entity, refField: field }, link);
    }
    return withLink({ raw, kind: 'named', name: raw, typeId: anchored }, link);
  }
  // `Y/N` as a type ("`string` with value `Y/N`"): the values themselves.
  if (/^[A-Z0-9]{1,3}(?:\/[A-Z0-9]{1,3})+$/.test(raw)) return withLink({ raw, kind: 'enum', values: raw.split('/') }, link);
  if (!/^[A-Za-z_][\w-]*$/.test(raw)) return withLink({ raw, kind: 'unknown' }, link);
  const known = Object.prototype.hasOwnProperty.call(REF_TYPES, raw);
  if (anchored) {
    return known
      ? withLink({ raw, kind: 'ref', name: raw, typeId: anchored }, link)
      : withLink({ raw, kind: 'named', name: raw, typeId: anchored }, link);
  }
  const wellKnown = KNOWN_NAMED_TYPES[raw];
  if (wellKnown !== undefined) return withLink({ raw, kind: 'named', name: raw, typeId: wellKnown }, link);
  if (known) return withLink({ raw, kind: 'ref', name: raw }, link);
  if (link !== undefined && isDataTypesPage(link)) {
    // A token a section dictionary (crm/, sale/, catalog/) documents: its structure lives
    // under a heading of the same name there. The root dictionary has only scalars and refs.
    if (link !== 'api-reference/data-types.md' && /^[a-z][a-z0-9_]*$/.test(raw)) {
      return withLink({ raw, kind: 'named', name: raw, typeId: `${link}#${raw}` }, link);
    }
    return withLink({ raw, kind: 'ref', name: raw }, link);
  }
  if (isRefToken(raw)) return withLink({ raw, kind: 'ref', name: raw }, link);
  if (link !== undefined && /\.md$/.test(link)) {
    // A structure documented on another page (entities.md, structure/layout.md).
    return withLink({ raw, kind: 'named', name: raw, typeId: link }, link);
  }
  return withLink({ raw, kind: 'unknown', name: raw }, link);
}

/** The unknown leaves of a TypeRef (for diagnostics). */
export function unknownTokens(t: TypeRef): string[] {
  if (t.kind === 'unknown') return t.raw === '' ? [] : [t.raw];
  if (t.kind === 'array' && t.items) return unknownTokens(t.items);
  if (t.kind === 'union') return (t.members ?? []).flatMap(unknownTokens);
  return [];
}
