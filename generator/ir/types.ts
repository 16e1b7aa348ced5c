/**
 * The intermediate schema (IR): the contract between `extract` (mdast → IR) and
 * `emit` (IR → package), and the JSON that `b24gen ir` writes.
 *
 * Everything here is plain JSON data (no class instances, no functions) so that the IR
 * can be cached, diffed and written as-is. Field order in the JSON follows the order of
 * the properties in these interfaces, because extract builds objects in that order.
 */

export const IR_VERSION = 1 as const;

/** A place in a docs file. `file` is relative to the docs root, with `/` separators. */
export interface SourcePosition {
  file: string;
  line: number;
  column: number;
}

export type Severity = 'error' | 'warning' | 'info';

/**
 * One finding about the docs or about our understanding of them.
 * `code` is a stable kebab-case kind (`unknown-type-token`, `unlinked-nested-table`, …)
 * used for grouping and counting; `message` is for humans.
 */
export interface Diagnostic extends SourcePosition {
  severity: Severity;
  code: string;
  message: string;
}

/**
 * The docs' type vocabulary, decoded. `raw` is the text of the type cell as written
 * (without link targets), e.g. "integer", "crm_status", "catalog_product.id",
 * "string | null", "object[]".
 */
export interface TypeRef {
  raw: string;
  kind: TypeKind;
  /** The base token for scalar/ref/named kinds: "integer", "crm_status", "catalog_product". */
  name?: string;
  /** `entity.field` references: the field part ("id", "CURRENCY"). */
  refField?: string;
  /** Element type for `kind: "array"`. */
  items?: TypeRef;
  /** Members for `kind: "union"`. */
  members?: TypeRef[];
  /** Allowed values for `kind: "enum"`, when the page lists them. */
  values?: Array<string | number>;
  /**
   * The link target of the type cell, resolved relative to the docs root
   * ("api-reference/data-types.md#time", "api-reference/catalog/data-types.md#catalog_store"),
   * or an in-page anchor as "#anchor".
   */
  link?: string;
  /** Key into `IrDocument.types` when the type is a shared structure described by a table elsewhere. */
  typeId?: string;
}

export type TypeKind =
  /** integer, string, boolean, double, date, datetime, char, text, file, any, null … */
  | 'scalar'
  /** T[] */
  | 'array'
  /** A | B */
  | 'union'
  /** an object; its keys are the `fields` of the Field that carries this type, if documented */
  | 'object'
  /** a documented enum */
  | 'enum'
  /** a domain reference such as crm_status, user, catalog_product.id */
  | 'ref'
  /** a structure documented elsewhere by a table, see `typeId` */
  | 'named'
  /** no type given, or a token we do not know (a diagnostic says which) */
  | 'unknown';

export type RequiredMark =
  /** `**name***` or `^*^` */
  | 'required'
  /** `**name****`: required under conditions the page describes in prose */
  | 'conditional'
  | 'optional';

/**
 * A family of keys no table can list one by one, because the portal makes them up: custom
 * fields (`UF_CRM_${string}`), smart-process links (`PARENT_ID_${string}`), catalog
 * properties (`property${number}`). Derived from the docs' own family rows (`UF_CRM_...`,
 * `propertyN`, `UF_\*`), never from the keys an example happens to show.
 */
export interface KeyPattern {
  /**
   * The keys as a TypeScript template-literal type body: literal text with `${string}` or
   * `${number}` placeholders, e.g. "UF_CRM_${string}", "property${number}".
   */
  pattern: string;
  /** The type of the values under these keys, as the family row gives it. */
  type: TypeRef;
  /** Keys of the values, when they are objects the docs describe (maps keyed by id). */
  fields?: Field[];
  /** Markdown of the family row's description. */
  description: string;
  /** The row the pattern came from, as written ("UF_CRM_...", "propertyN"). */
  source?: string;
  position?: SourcePosition;
}

/**
 * An operator a filter key may carry before a documented field name (`>=DATE_CREATE`,
 * `!%TITLE`, `@ID`), as the page lists them in the filter's description.
 */
export interface KeyPrefix {
  /** The operator as written: ">=", "!%", "@". */
  prefix: string;
  /** The value is a list of the field's values (IN, NOT IN, between) rather than one value. */
  list?: boolean;
  /** The value is one of the field's values or a list of them ("equals, works with arrays as well"). */
  oneOrList?: boolean;
  /** Markdown of the list item's explanation. */
  description: string;
}

export interface Field {
  /** The wire key, exactly as documented. */
  name: string;
  /** Other accepted spellings (`**REPORT_ID*** \| **ID***`). */
  aliases?: string[];
  required: boolean;
  requiredMark?: RequiredMark;
  type: TypeRef;
  /** Markdown source of the description cell, trimmed. */
  description: string;
  /** Set when the description says the field is deprecated or no longer used. */
  deprecated?: boolean;
  /** Keys of a nested object (or of the objects in an array), when documented. */
  fields?: Field[];
  /** Key families of that nested object beside its `fields` (custom fields and the like). */
  keyPatterns?: KeyPattern[];
  /**
   * Operators each key of `fields` may be prefixed with (a filter object: `{ ">=ID": 5 }`), when
   * the page lists them; the keys are then `${prefix}${name}` over the documented `fields`.
   */
  keyPrefixes?: KeyPrefix[];
  /**
   * Groups among `fields` of which at least one must be sent ("at least one of `IBLOCK_ID` or
   * `IBLOCK_CODE`"); their members are then `required: false, requiredMark: 'conditional'`.
   */
  requiredOneOf?: string[][];
  /**
   * Where the `aliases` came from: `table` (the docs' name cell lists them; also when absent)
   * or `example` (at least one is a request example's spelling, e.g. `ID` for `id`, the last
   * one). Lint compares examples with table spellings only.
   */
  aliasSource?: 'table' | 'example';
  position?: SourcePosition;
}

export interface IrError {
  /** What the wire carries in `error` (or `error.code` for REST 3.0). "" when the docs give none. */
  code: string;
  /** What the wire carries in `error_description` (or `error.message`). "" when unknown. */
  message: string;
  /** The docs' explanation. */
  description: string;
  httpStatus?: number;
  /** REST 3.0 validation tables: the offending field. */
  field?: string;
  position?: SourcePosition;
}

export interface Deprecation {
  /** The note's text, Markdown. */
  message: string;
  /** The replacement method name, from the first link of the note, when it names a method. */
  replacement?: string;
  /** The replacement's docs page, relative to the docs root. */
  replacementSource?: string;
  /** Why we decided the method is deprecated. */
  reason: 'note' | 'folder';
}

export interface Examples {
  /** The JSON body of the cURL (Webhook) example, `auth` removed. */
  request?: unknown;
  /** The 200 response body, whole (`result`, `time`, …). */
  response?: unknown;
  /** The documented error body. */
  error?: unknown;
  requestPosition?: SourcePosition;
  responsePosition?: SourcePosition;
  /** The docs' response JSON was invalid and stood `...` for what it left out: `response` is a repaired copy whose items may be cut short. */
  responseElided?: true;
  /**
   * Request bodies of the page's further examples (a second "cURL (Webhook)" example and on:
   * "call by poll id", "call by poll element"), in page order, each different from `request`.
   */
  moreRequests?: ExampleBody[];
}

export interface ExampleBody {
  value: unknown;
  position: SourcePosition;
  /** The docs' JSON was invalid; this is a repaired copy (an `invalid-example-json` diagnostic says so). */
  repaired?: boolean;
}

export interface SeeAlso {
  title?: string;
  /** Relative to the docs root when it points into the docs; absolute URL otherwise. */
  href: string;
}

export type ApiVersion = 'v2' | 'v3';

export interface IrMethod {
  /** The method name as called on the wire: "tasks.api.scrum.backlog.add". */
  name: string;
  /** REST 3.0 methods are called under `/rest/api/`. */
  apiVersion: ApiVersion;
  /**
   * Unique key of the method in the IR: the name for classic methods, `name@v3` for a
   * REST 3.0 page whose name also exists as a classic method.
   */
  key: string;
  /** The page, relative to the docs root. */
  source: string;
  /** The online page: https://apidocs.bitrix24.com/<source with .html>. */
  docsUrl: string;
  title: string;
  /** The docs' section (first folder under api-reference/): "sonet-group", "crm". */
  section: string;
  scope: string[];
  /** "Who can execute the method". */
  access?: string;
  /** Markdown of the introduction paragraphs. */
  description: string;
  deprecated?: Deprecation;
  params: Field[];
  /** Key families among the top-level params (`UF_${string}` on entity.item.add). */
  keyPatterns?: KeyPattern[];
  /** Groups of top-level params of which at least one must be sent (see `Field.requiredOneOf`). */
  requiredOneOf?: string[][];
  /**
   * Ways to call the method when the page offers several, each with its own numbered param
   * table ("1. By poll ID", "2. By poll element"): the params each way requires. A call sends
   * all of one set; the members are `required: false, requiredMark: 'conditional'` in `params`.
   */
  paramSets?: string[][];
  /**
   * The portal reads the params by position, in the order of `params` (legacy `task.item.*`,
   * `task.elapseditem.*`: the page, or a page of the same family, says the order is mandatory).
   * Callers still pass them by name; the client sends them as a list.
   */
  paramsByPosition?: true;
  /** The documented fields of `result` (for an object result), or of its items (array result). */
  result: Field[];
  /** Key families among the `result` fields (`UF_CRM_${string}` on crm.deal.get). */
  resultKeyPatterns?: KeyPattern[];
  /** The type of `result` itself: object (see `result`), boolean, integer, array of …  */
  resultType: TypeRef;
  /** Other top-level response keys documented beside `result` (total, next). */
  responseExtras?: Field[];
  errors: IrError[];
  examples: Examples;
  seeAlso: SeeAlso[];
  diagnostics: Diagnostic[];
}

/** One row of a value table: a wire value and what it means. */
export interface NamedValue {
  /** Integers when every value of the table is one, else the code as written. */
  value: string | number;
  /** Markdown of the meaning ("Arabic", "call"). */
  description: string;
}

/** One enumeration of a table that lists several (`crm_enum_activitytype` | "`1` — meeting, `2` — call"). */
export interface NamedEnum {
  /** The token type cells use for it: "crm_enum_activitytype". */
  name: string;
  description: string;
  values: NamedValue[];
}

/** A structure described by a table on some page and referenced by type links. */
export interface IrNamedType {
  /** Stable id: "api-reference/catalog/data-types.md#catalog_store". */
  id: string;
  /** The docs' name of the type: "catalog_store". */
  name: string;
  description: string;
  fields: Field[];
  /** Key families of the structure beside its `fields`. */
  keyPatterns?: KeyPattern[];
  /**
   * Set when the anchor points at a value table (code | meaning, e.g. language ids) rather than
   * a field table: the type is the union of these values, and `fields` is empty. A type whose
   * reference token is a map (`lang_map`) is keyed by them.
   */
  values?: NamedValue[];
  /**
   * Set when the anchor points at a table of several enumerations, one a row: a reference
   * picks its own by token name (`TypeRef.name`). `fields` is empty.
   */
  enums?: NamedEnum[];
  /**
   * Set when the section tells the type in prose and an example rather than a table
   * (`textWithTranslation`: a string, or texts keyed by language code): the type itself.
   * `fields` is empty.
   */
  alias?: TypeRef;
  source: string;
}

export type PageKind =
  | 'method'
  | 'event'
  | 'index'
  | 'widget'
  | 'concept'
  | 'fragment'
  | 'other';

export interface PageSummary {
  source: string;
  kind: PageKind;
  /** For method and event pages. */
  name?: string;
}

export interface IrDocument {
  irVersion: typeof IR_VERSION;
  methods: IrMethod[];
  types: IrNamedType[];
  /** From `_includes/system-errors.md`, shared by all methods. */
  systemErrors: IrError[];
  pages: PageSummary[];
  /** Diagnostics not tied to one method (pages we could not classify, broken includes…). */
  diagnostics: Diagnostic[];
}
