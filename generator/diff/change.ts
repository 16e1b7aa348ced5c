/**
 * What `b24gen diff` reports: one {@link ApiChange} per difference between two IRs, each
 * classified by its {@link ChangeImpact} on code that calls the API through the generated package.
 *
 * ## Classification
 *
 * Params are what callers send, result fields what they read, so type changes are judged by
 * variance: a param may accept more (widened) but not less; a result field may yield less
 * (narrowed) but not more. Shared named types (`ir.types`) can be used on either side, so a
 * change there is breaking when it would break either side.
 *
 * | change | impact | why |
 * | --- | --- | --- |
 * | method added | addition | |
 * | method removed | **breaking** | calls fail |
 * | method renamed (key differs only in letter case) | **breaking** | the wire accepts both, but the generated name and function change |
 * | method deprecated / undeprecated | compatible | still callable; `@deprecated` appears |
 * | method scope changed | compatible | the generated client does not check scopes; usually a docs fix |
 * | method title/description/access/section text | docs | |
 * | result type widened / changed | **breaking** | callers may read values they do not expect |
 * | result type narrowed | compatible | |
 * | param added, optional | addition | |
 * | param added, required | **breaking** | existing calls lack it |
 * | param removed | **breaking** | callers still send it; the typed params reject it |
 * | param made required | **breaking** | |
 * | param made optional | compatible | |
 * | param type widened (`integer` → `integer \| string`, X → `any`) | compatible | |
 * | param type narrowed or changed | **breaking** | |
 * | param enum value added | addition | |
 * | param enum value removed | **breaking** | |
 * | param deprecated / undeprecated | compatible | |
 * | result field added | addition | |
 * | result field removed | **breaking** | readers get `undefined` / compile errors |
 * | result field type widened or changed | **breaking** | |
 * | result field type narrowed | compatible | |
 * | result field enum value added | addition | enums are open in practice; exhaustive switches are the signal |
 * | result field enum value removed | compatible | |
 * | result field deprecated / undeprecated | compatible | |
 * | error added | addition | a new documented failure, no change to valid calls |
 * | error removed | compatible | the server no longer documents it; handlers become dead code. Error identity is code + message, so a reworded message shows as removed + added |
 * | error description / HTTP status | docs | |
 * | shared type added | addition | |
 * | shared type removed | **breaking** | its exported interface disappears |
 * | shared type field added, optional | addition | |
 * | shared type field added required, removed, made required, any type change, enum value removed | **breaking** | breaks the param side or the result side |
 * | shared type field made optional, deprecated, enum value added | addition / compatible | |
 * | any type resolved (was `kind: 'unknown'`, now decoded) | compatible | our reading of the docs improved; the generated type gets stricter |
 * | param / shared type key family added (`fields[UF_CRM_${string}]`) | addition | callers may send (or read) those keys |
 * | param / shared type key family removed | **breaking** | the typed params reject the keys |
 * | result key family added | addition | |
 * | result key family removed | **breaking** | reads of those keys no longer compile |
 * | key family value type | as a field of its side | |
 * | filter operator added (`filter` accepts `>=ID`, `@ID` over its documented keys) | addition | callers may send those keys |
 * | filter operator removed, or its value changed between one value and a list | **breaking** | the typed params reject the keys or the value |
 * | way to call added (a numbered param table: `IrMethod.paramSets`) | addition | callers may call it so |
 * | way to call removed, or its required params changed (removed + added) | **breaking** | calls made that way no longer type-check |
 * | param / shared type "at least one of" group added | **breaking** | calls that send none of them fail |
 * | … group removed | compatible | |
 * | … group gains members (widened) | compatible | any old choice is still accepted |
 * | … group loses members (narrowed) | **breaking** | a call that sent only the dropped member fails |
 * | any description text, required-mark wording, aliases added | docs | |
 *
 * Result fields' required marks are not compared: the generated result types treat every
 * documented field as present, and the docs use the mark inconsistently there.
 */

export type ChangeImpact =
  /** Code that compiles and works against the old package may fail against the new one. */
  | 'breaking'
  /** Something new callers can use. */
  | 'addition'
  /** Not breaking and not new: loosened constraints, deprecations, errors dropped from the docs. */
  | 'compatible'
  /** Only the documentation text changed. */
  | 'docs';

/** Most severe first: the order of sections in every rendering. */
export const IMPACT_ORDER: readonly ChangeImpact[] = ['breaking', 'addition', 'compatible', 'docs'];

/** The classification table above, as data: one place to change a decision. */
export const CLASSIFICATION = {
  'method-added': 'addition',
  'method-removed': 'breaking',
  'method-deprecated': 'compatible',
  'method-undeprecated': 'compatible',
  'method-renamed': 'breaking',
  'method-scope-changed': 'compatible',
  'method-docs-changed': 'docs',
  'result-type-widened': 'breaking',
  'result-type-narrowed': 'compatible',
  'result-type-resolved': 'compatible',
  'result-type-changed': 'breaking',

  'param-added': 'addition',
  'param-added-required': 'breaking',
  'param-removed': 'breaking',
  'param-made-required': 'breaking',
  'param-made-optional': 'compatible',
  'param-type-widened': 'compatible',
  'param-type-narrowed': 'breaking',
  'param-type-resolved': 'compatible',
  'param-type-changed': 'breaking',
  'param-enum-value-added': 'addition',
  'param-enum-value-removed': 'breaking',
  'param-deprecated': 'compatible',
  'param-undeprecated': 'compatible',
  'param-docs-changed': 'docs',
  'param-key-pattern-added': 'addition',
  'param-key-pattern-removed': 'breaking',
  'param-key-prefix-added': 'addition',
  'param-key-prefix-removed': 'breaking',
  'param-key-prefix-changed': 'breaking',
  'param-required-one-of-added': 'breaking',
  'param-required-one-of-removed': 'compatible',
  'param-required-one-of-widened': 'compatible',
  'param-required-one-of-narrowed': 'breaking',
  'param-call-way-added': 'addition',
  'param-call-way-removed': 'breaking',

  'result-field-added': 'addition',
  'result-field-removed': 'breaking',
  'result-field-type-widened': 'breaking',
  'result-field-type-narrowed': 'compatible',
  'result-field-type-resolved': 'compatible',
  'result-field-type-changed': 'breaking',
  'result-field-enum-value-added': 'addition',
  'result-field-enum-value-removed': 'compatible',
  'result-field-deprecated': 'compatible',
  'result-field-undeprecated': 'compatible',
  'result-field-docs-changed': 'docs',
  'result-field-key-pattern-added': 'addition',
  'result-field-key-pattern-removed': 'breaking',
  'result-field-key-prefix-added': 'addition',
  'result-field-key-prefix-removed': 'breaking',
  'result-field-key-prefix-changed': 'breaking',

  'error-added': 'addition',
  'error-removed': 'compatible',
  'error-docs-changed': 'docs',

  'type-added': 'addition',
  'type-removed': 'breaking',
  'type-docs-changed': 'docs',
  'type-field-added': 'addition',
  'type-field-added-required': 'breaking',
  'type-field-removed': 'breaking',
  'type-field-made-required': 'breaking',
  'type-field-made-optional': 'compatible',
  'type-field-type-widened': 'breaking',
  'type-field-type-narrowed': 'breaking',
  'type-field-type-resolved': 'compatible',
  'type-field-type-changed': 'breaking',
  'type-field-enum-value-added': 'addition',
  'type-field-enum-value-removed': 'breaking',
  'type-field-deprecated': 'compatible',
  'type-field-undeprecated': 'compatible',
  'type-field-docs-changed': 'docs',
  'type-field-key-pattern-added': 'addition',
  'type-field-key-pattern-removed': 'breaking',
  'type-field-key-prefix-added': 'addition',
  'type-field-key-prefix-removed': 'breaking',
  'type-field-key-prefix-changed': 'breaking',
  'type-field-required-one-of-added': 'breaking',
  'type-field-required-one-of-removed': 'compatible',
  'type-field-required-one-of-widened': 'compatible',
  'type-field-required-one-of-narrowed': 'breaking',
} as const satisfies Record<string, ChangeImpact>;

export type ChangeKind = keyof typeof CLASSIFICATION;

/** Where in a method (or shared type) the change sits. */
export type ChangeLocation = 'method' | 'params' | 'result' | 'response' | 'errors' | 'type' | 'fields';

/** Which piece of text changed, for `*-docs-changed` kinds. */
export type DocsDetail =
  | 'title'
  | 'description'
  | 'access'
  | 'section'
  | 'deprecation-note'
  | 'required-mark'
  | 'aliases'
  | 'http-status'
  | 'name';

export interface ApiChange {
  /** The docs section of the method ("sonet-group"); `(types)` for shared types, `(system)` for system errors. */
  section: string;
  /** The method key, the shared type id, or `(system errors)`. */
  subject: string;
  kind: ChangeKind;
  impact: ChangeImpact;
  location: ChangeLocation;
  /** Dotted path of a param or field below its list: `fields.groupId`. */
  path?: string;
  /** For errors: the wire code and message that identify the error. */
  errorCode?: string;
  errorMessage?: string;
  /** Short labels of the old and new state: type text, `optional`/`required`, an enum value, a scope list. */
  from?: string;
  to?: string;
  detail?: DocsDetail;
}

export type SemverBump = 'major' | 'minor' | 'patch' | 'none';

export interface DiffSummary {
  methodsFrom: number;
  methodsTo: number;
  methodsAdded: number;
  methodsRemoved: number;
  /** Methods whose key changed only in letter case; also counted in `methodsChanged`. */
  methodsRenamed: number;
  /** Methods in both trees with at least one change that is not docs-only. */
  methodsChanged: number;
  /** Methods in both trees whose only changes are docs text. */
  methodsDocsOnly: number;
  typesAdded: number;
  typesRemoved: number;
  typesChanged: number;
  breaking: number;
  addition: number;
  compatible: number;
  docs: number;
  total: number;
}

/**
 * The result of `diffIr`. As JSON (`b24gen diff --json`) the keys appear in this order, the
 * changes sorted by section, subject, impact (breaking first), location, path, kind, error,
 * values: the same two trees always give the same bytes.
 */
export interface ApiDiff {
  diffVersion: 1;
  bump: SemverBump;
  summary: DiffSummary;
  changes: ApiChange[];
}

/** Section and subject names used for things that are not methods. */
export const TYPES_SECTION = '(types)';
export const SYSTEM_SECTION = '(system)';
export const SYSTEM_SUBJECT = '(system errors)';

/** A change before it is placed: the differ of a list knows what changed, its caller knows where. */
export type ChangeDraft = Omit<ApiChange, 'section' | 'subject' | 'impact'>;

/** Places a draft under its section and subject and classifies it; keys in the documented JSON order. */
export function placeChange(section: string, subject: string, draft: ChangeDraft): ApiChange {
  const change: ApiChange = { section, subject, kind: draft.kind, impact: CLASSIFICATION[draft.kind], location: draft.location };
  if (draft.path !== undefined) change.path = draft.path;
  if (draft.errorCode !== undefined) change.errorCode = draft.errorCode;
  if (draft.errorMessage !== undefined) change.errorMessage = draft.errorMessage;
  if (draft.from !== undefined) change.from = draft.from;
  if (draft.to !== undefined) change.to = draft.to;
  if (draft.detail !== undefined) change.detail = draft.detail;
  return change;
}
