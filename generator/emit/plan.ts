/**
 * The planner: every decision about names, files and imports is made here, once, before any
 * code is printed. Module builders only turn the plan into ts-morph structures.
 */
import type { Diagnostic, Field, IrDocument, IrError, IrMethod, KeyPattern, TypeRef } from '../ir/types.js';
import { isIdField, refTsType, SCALAR_TYPES } from '../ir/type-vocabulary.js';
import { withKeyPrefixes } from '../ir/key-prefixes.js';
import { positionalOrder, requestAsNamed } from '../ir/positional-example.js';
import { docText, safeUrl } from './escape.js';
import { camelCase, FileNameRegistry, NameRegistry, pascalCase, words } from './names.js';
import { identifyPart } from './module-memo.js';
import { methodRefTypes, refTypesIn } from '../ir/method-ref-types.js';
import { contentHash } from '../content-hash.js';
import { methodPlanKey, planContextKey, planFacts, planIdentity, replayClaims, sharedPlanKey, type NameClaim, type PlanMemo, type SharedPlanKey } from './plan-memo.js';
import {
  mismatch,
  parseVocabularyType,
  union,
  UNKNOWN,
  isKeyPattern,
  keyPatternRegExp,
  type Declaration,
  type IndexSignature,
  type InterfaceMember,
  type TsType,
  type TypeResolver,
} from './type-model.js';
import { compareCodeUnits } from '../compare-code-units.js';

export interface DocPlan {
  description: string;
  tags: Array<{ tagName: string; text?: string }>;
}

export interface MemberPlan extends InterfaceMember {
  docs?: DocPlan;
}

export interface IndexPlan extends IndexSignature {
  docs?: DocPlan;
}

export type DeclarationPlan =
  | { kind: 'interface'; name: string; docs?: DocPlan; members: MemberPlan[]; indexes?: IndexPlan[] }
  | { kind: 'alias'; name: string; docs?: DocPlan; type: TsType };

export interface ErrorEntryPlan {
  /** Property key in the method's error catalog (an identifier). */
  key: string;
  code: string;
  message: string;
  description: string;
  httpStatus?: number;
}

export interface FixturePlan {
  name: string;
  /** The documented 200 body, when there is one. */
  response?: unknown;
  /** Set when the documented result type-checks against the result type. */
  typed: boolean;
  /** Why the example could not be typed. */
  problem?: string;
}

export interface MethodPlan {
  key: string;
  wireName: string;
  apiVersion: 'v2' | 'v3';
  /** The wire names of the params in the order the portal reads them, for a method that reads them by position. */
  paramOrder?: string[];
  /** The module the method is printed in (`SectionPlan.stem`): `tasks`, `crm/deals`. */
  sectionStem: string;
  functionName: string;
  paramsName: string;
  /** No required params: the params argument may be left out. */
  paramsOptional: boolean;
  resultName: string;
  /** Element type for list methods walked by `iterate`. */
  itemType?: TsType;
  errorsName?: string;
  errorName?: string;
  errors: ErrorEntryPlan[];
  declarations: DeclarationPlan[];
  fixture: FixturePlan;
  /** The documented request body (README example). */
  exampleRequest?: unknown;
  /** Where the method hangs in the client's namespace tree; undefined when it cannot be placed. */
  namespacePath?: string[];
  docs: DocPlan;
  /** One line for namespace members: title and link. */
  shortDocs: DocPlan;
}

/** A sub-module of a split section, as its section module re-exports it. */
export interface SubModulePlan {
  /** Its module path (`crm/deals`). */
  stem: string;
  fixturesName: string;
}

/**
 * One module of methods (`src/methods/<stem>.ts`) and its fixtures (`src/fixtures/<stem>.ts`).
 * A small section is one module (`tasks`); a large one is split by its docs sub-folders into
 * `crm/deals`, `crm/leads`…, and its own module `crm` keeps the methods of small folders and
 * re-exports the sub-modules, so the section's entry point still holds all of it.
 */
export interface SectionPlan {
  section: string;
  /** Module path below `methods/` and `fixtures/`, without extension: `tasks`, `crm/deals`. */
  stem: string;
  /** The section module this one belongs to; absent for a section module (a package entry point). */
  parent?: string;
  /** Sub-modules a section module re-exports, in stem order. */
  subModules: SubModulePlan[];
  methods: MethodPlan[];
  /** Names imported from `src/types.ts` by the section's method module. */
  sharedImports: string[];
  /** The fixtures record of the module; a section module's record holds its sub-modules' too. */
  fixturesName: string;
  /** Result type names the fixtures module imports from the method module. */
  fixtureImports: string[];
  /** Identifier the client uses for `import type * as X from './methods/<stem>.js'` (when the module has methods). */
  namespaceAlias: string;
}

export interface SystemErrorPlan {
  code: string;
  message: string;
  description: string;
  httpStatus?: number;
}

/** A node of the client's namespace tree: child segments, and the method key when the node is callable. */
export interface NamespaceNode {
  method?: string;
  children: Map<string, NamespaceNode>;
}

export interface PackagePlan {
  methods: MethodPlan[];
  sections: SectionPlan[];
  /** Declarations of `src/types.ts`, in print order. */
  shared: DeclarationPlan[];
  /** A digest of `shared` (equal digests, equal declarations), when the planner kept or took them from a memo. */
  sharedDigest?: string;
  /** With a memo: the method plans it did not hold (planned in this run), whose parts are likely to be printed. */
  replanned: ReadonlySet<MethodPlan>;
  systemErrors: SystemErrorPlan[];
  tree: NamespaceNode;
  /** Names declared in `src/types.ts`. */
  sharedNames: ReadonlySet<string>;
  resolve: TypeResolver;
  diagnostics: Diagnostic[];
}

/** How `src/client.ts` imports `src/types.ts` as a namespace. */
export const SHARED_TYPES_ALIAS = 'SharedTypes';

/** Names fixed code in the package already uses; IR-derived names must never take them. */
export const FIXED_NAMES: readonly string[] = [
  'ApiVersion', 'B24Boolean', 'B24Client', 'B24Core', 'B24Date', 'B24DateTime', 'B24Error', 'B24File',
  'BatchCommand', 'BatchOptions', 'BatchResult', 'CallOptions', 'ClientOptions', 'CoreSource', 'ErrorDescriptor',
  'ErrorsOf', 'ItemOf', 'ListMethodMap', 'ListMethodName', 'MethodFixture', 'MethodCallOptions', 'MethodMap',
  'MethodName', 'MockClientOptions', 'ParamsOf', 'ResultOf', 'SystemErrorCode', 'Transport', 'TransportRequest',
  'TransportResponse', 'TypedMethodFixture', 'coreOf', 'createClient', 'createCore', 'createMockClient',
  'createMockTransport', 'fixtures', 'matchError', 'mockClientOptions', 'B24Time',
  // The lean core, the zod and msw entry points.
  'B24Caller', 'CallerOptions', 'createCaller', 'createMockHandlers', 'MockHandlersOptions',
];

/**
 * A section with more methods than this is split by its docs sub-folders: re-printing and
 * re-transpiling a 1 MB module after one page changed was most of a warm run.
 */
export const SPLIT_SECTION_OVER = 60;
/** A sub-folder with fewer methods stays in its section's module (no files of two or three methods). */
export const MIN_SUBMODULE_METHODS = 4;

/** Where each method's module is, and how modules nest. */
interface ModuleLayout {
  moduleOf: Map<IrMethod, string>;
  /** Every module stem: its docs section and, for a sub-module, its section module. */
  modules: Map<string, { section: string; parent?: string }>;
}

/** The docs folder below the section (`deals` for `api-reference/crm/deals/…/x.md`), if the page is in one. */
export function subFolderOf(source: string): string | undefined {
  const parts = source.split('/');
  return parts[0] === 'api-reference' && parts.length > 3 ? parts[2] : undefined;
}

/** Top-level client members; a namespace segment may not shadow them. */
export const CLIENT_MEMBERS: ReadonlySet<string> = new Set(['call', 'batch', 'iterate', 'core']);

function wireNameOf(method: IrMethod): string {
  return method.key.endsWith('@v3') ? method.key.slice(0, -3) : method.name;
}

function isObjectish(type: TypeRef): boolean {
  return type.kind === 'object' || (type.kind === 'scalar' && type.name?.toLowerCase() === 'object');
}

function isArrayish(type: TypeRef): boolean {
  return type.kind === 'array' || (type.kind === 'scalar' && type.name?.toLowerCase() === 'array');
}

/**
 * What an `entity.field` reference reads of the IR's structures: each one's field names and
 * types. Methods are planned against this, not the structures (whose positions and prose move
 * with every edit of their page), so a kept plan stays valid while it is unchanged.
 */
interface StructureFields {
  id: string;
  name: string;
  fields: Array<{ name: string; type: TypeRef; nested: boolean }>;
}

function structureFieldsOf(types: IrDocument['types']): StructureFields[] {
  return types.map((t) => ({ id: t.id, name: t.name, fields: t.fields.map((f) => ({ name: f.name, type: f.type, nested: f.fields !== undefined })) }));
}

/** What the places named by `diagnostics` are now: the fields' places in their pages. */
function positionsOf(key: SharedPlanKey, diagnostics: readonly Diagnostic[]): { files: string[]; digest: string } {
  const files = [...new Set(diagnostics.map((d) => d.file))].sort(compareCodeUnits);
  return { files, digest: key.positionsIn(files) };
}

class Planner {
  private readonly names = new NameRegistry();
  private readonly diagnostics: Diagnostic[] = [];
  /** Declarations by name; a kept plan's are made from it when first asked for. */
  private readonly declarations = new Map<string, Declaration | (() => Declaration)>();
  private readonly namedTypeNames = new Map<string, string>();
  private readonly refAliasNames = new Map<string, string>();
  /** Interfaces keyed by a value table's codes (`LangMap`), by table id and token. */
  private readonly valueMapNames = new Map<string, string>();
  private readonly sharedNames = new Set<string>();
  /** The page being planned, for diagnostics about fields without a position. */
  private currentSource = '';
  /** With a memo: the key of the state methods are planned in (after the shared declarations). */
  private context: string | undefined;
  /** With a memo that keeps shared plans: `SharedPlan.sharedDigest`. */
  private sharedDigest: string | undefined;
  /** While a method is planned for the memo: the names it claims and the declarations it registers. */
  private claimLog: NameClaim[] | undefined;
  private registerLog: string[] | undefined;
  /** Each method plan's identity for the printed-part memo, before the namespace step. */
  private readonly identities = new Map<MethodPlan, string>();
  /** With a memo: the methods it did not hold, planned in this run. */
  private readonly replanned = new Set<MethodPlan>();
  private readonly structures: StructureFields[];
  /** The structures by id, and by name (several may share one): every field reference looks one up. */
  private readonly structureById: Map<string, StructureFields>;
  private readonly structuresByName = new Map<string, StructureFields[]>();
  private readonly typeById: Map<string, IrDocument['types'][number]>;

  constructor(private readonly ir: IrDocument, private readonly memo?: PlanMemo) {
    this.names.reserve(...FIXED_NAMES);
    this.structures = structureFieldsOf(ir.types);
    // The first of an id, as a search from the start would find it.
    this.structureById = new Map([...this.structures].reverse().map((t) => [t.id, t]));
    for (const structure of this.structures) {
      const same = this.structuresByName.get(structure.name);
      if (same === undefined) this.structuresByName.set(structure.name, [structure]);
      else same.push(structure);
    }
    this.typeById = new Map([...ir.types].reverse().map((t) => [t.id, t]));
  }

  private claim(base: string, fallback = 'Item'): string {
    const claimed = this.names.claim(base, fallback);
    this.claimLog?.push([base, fallback, claimed]);
    return claimed;
  }

  plan(): PackagePlan {
    const shared = this.planSharedWithMemo();
    const methods = [...this.ir.methods].sort((a, b) => compareCodeUnits(a.key, b.key));
    const layout = this.planModules(methods);
    const methodPlans: MethodPlan[] = [];
    const seenKeys = new Set<string>();
    // Names are handed out case-insensitively sorted, lower case first, so that `crm.item.list`
    // keeps `crmItemList` and a stray `CRM.Item.List` gets the suffix.
    const lowered = new Map(methods.map((m) => [m, m.key.toLowerCase()]));
    const namingOrder = [...methods].sort(
      (a, b) => compareCodeUnits(lowered.get(a) as string, lowered.get(b) as string) || compareCodeUnits(b.key, a.key),
    );
    for (const method of namingOrder) {
      if (seenKeys.has(method.key)) {
        this.report(method, 'duplicate-method-key', `method key ${method.key} appears twice; the second page is skipped`);
        continue;
      }
      seenKeys.add(method.key);
      methodPlans.push(this.planMethodWithMemo(method, layout.moduleOf.get(method) ?? 'misc'));
    }
    methodPlans.sort((a, b) => compareCodeUnits(a.key, b.key));
    const tree = this.planTree(methodPlans);
    // A method's printed parts follow from its plan, and the tree adds only its namespace path.
    for (const [plan, identity] of this.identities) identifyPart(plan, `${identity} ${JSON.stringify(plan.namespacePath ?? null)}`);
    const sections = this.planSections(methodPlans, layout);
    return {
      methods: methodPlans,
      sections,
      shared,
      ...(this.sharedDigest === undefined ? {} : { sharedDigest: this.sharedDigest }),
      replanned: this.replanned,
      systemErrors: this.planSystemErrors(),
      tree,
      sharedNames: this.sharedNames,
      resolve: (name) => this.declaration(name),
      diagnostics: this.diagnostics,
    };
  }

  // ── shared types ────────────────────────────────────────────────────────────

  /**
   * The shared declarations, from the memo when it keeps them planned from the same input, and
   * the context methods are planned in (with a memo).
   */
  private planSharedWithMemo(): DeclarationPlan[] {
    const memo = this.memo;
    const sharedKey = memo?.getShared === undefined ? undefined : sharedPlanKey(this.ir.types, this.ir.methods);
    const kept = sharedKey === undefined ? undefined : memo?.getShared?.(sharedKey.key);
    if (kept !== undefined && (kept.positions === undefined || kept.positions.digest === sharedKey?.positionsIn(kept.positions.files))) {
      this.names.reserve(...kept.names);
      for (const [id, name] of kept.namedTypeNames) this.namedTypeNames.set(id, name);
      for (const [candidate, name] of kept.refAliasNames) this.refAliasNames.set(candidate, name);
      for (const [mapKey, name] of kept.valueMapNames) this.valueMapNames.set(mapKey, name);
      for (const decl of kept.shared) {
        this.sharedNames.add(decl.name);
        // Made when first asked for, as a kept method's are (the last of a name wins, as registering in order would).
        this.declarations.set(decl.name, () => declarationOf(decl));
      }
      this.diagnostics.push(...kept.diagnostics);
      this.context = kept.context;
      this.sharedDigest = kept.sharedDigest;
      return kept.shared;
    }
    const from = this.diagnostics.length;
    const shared = this.planShared();
    if (memo === undefined) return shared;
    this.context = planContextKey(shared, [...this.namedTypeNames], [...this.refAliasNames], [...this.valueMapNames], this.names.list(), this.structures);
    if (sharedKey !== undefined) {
      const diagnostics = this.diagnostics.slice(from);
      this.sharedDigest = contentHash('shared-declarations', JSON.stringify(shared));
      memo.keepShared?.(sharedKey.key, {
        names: this.names.list(),
        shared,
        namedTypeNames: [...this.namedTypeNames],
        refAliasNames: [...this.refAliasNames],
        valueMapNames: [...this.valueMapNames],
        context: this.context,
        sharedDigest: this.sharedDigest,
        diagnostics,
        ...(diagnostics.length === 0 ? {} : { positions: positionsOf(sharedKey, diagnostics) }),
      });
    }
    return shared;
  }

  private planShared(): DeclarationPlan[] {
    const out: DeclarationPlan[] = [];
    const aliases = new Map<string, string>();
    for (const scalar of Object.values(SCALAR_TYPES)) {
      if (scalar.alias !== undefined) aliases.set(scalar.alias, scalar.definition ?? scalar.ts);
    }
    for (const name of [...aliases.keys()].sort(compareCodeUnits)) {
      this.names.reserve(name);
      const text = aliases.get(name) as string;
      const type = parseVocabularyType(text);
      this.addShared(out, { kind: 'alias', name, type });
    }

    // Claim named-type and reference names before any method so method order cannot rename them.
    const namedTypes = [...this.ir.types].sort((a, b) => compareCodeUnits(a.id, b.id));
    for (const named of namedTypes) {
      if (this.namedTypeNames.has(named.id)) continue;
      this.namedTypeNames.set(named.id, this.claim(pascalCase(named.name), 'NamedType'));
    }
    const refs = new Map<string, TsType[]>();
    const fromValueTable = new Set<string>();
    const useRef = (type: TypeRef): void => {
      if (this.namedRef(type) !== undefined) return;
      const candidate = this.refCandidate(type);
      const list = refs.get(candidate) ?? [];
      const valueType = this.valueTableType(type, out);
      if (valueType !== undefined && !fromValueTable.has(candidate)) {
        // The value table is the precise reading; unlinked uses of the same token mean the same values.
        fromValueTable.add(candidate);
        list.length = 0;
      }
      if (valueType !== undefined) list.push(valueType);
      else if (!fromValueTable.has(candidate)) list.push(this.refFieldType(type) ?? parseVocabularyType(refTsType(type)));
      refs.set(candidate, list);
    };
    // A method's references come from its kept list; then those of the named types, in the same walk order.
    for (const method of this.ir.methods) methodRefTypes(method).forEach(useRef);
    for (const named of this.ir.types) refTypesIn([named.fields], [named.alias]).forEach(useRef);
    for (const candidate of [...refs.keys()].sort(compareCodeUnits)) {
      const name = this.claim(candidate, 'RefId');
      this.refAliasNames.set(candidate, name);
      this.addShared(out, {
        kind: 'alias',
        name,
        type: union(refs.get(candidate) ?? [UNKNOWN]),
        docs: { description: 'The id or code of another entity, as the docs reference it.', tags: [] },
      });
    }

    for (const named of namedTypes) {
      const name = this.namedTypeNames.get(named.id) as string;
      if (this.declarations.has(name)) continue;
      if (named.alias !== undefined) {
        // A type told in prose (`string | lang_map`): the type itself, under the docs' name.
        const docs = docOf(named.description, [], named.source);
        this.addShared(out, { kind: 'alias', name, type: this.typeOf(named.alias, undefined, undefined), ...(docs === undefined ? {} : { docs }) });
        continue;
      }
      const values = named.values ?? (named.enums ?? []).flatMap((e) => e.values);
      if (values.length > 0) {
        // A value table: the union of its codes (of all its enumerations for a table of several).
        const docs = docOf(named.description, [], named.source);
        this.addShared(out, { kind: 'alias', name, type: literalUnion(values), ...(docs === undefined ? {} : { docs }) });
        continue;
      }
      const decls = this.planInterface(name, named.fields, 'named', docOf(named.description, [], named.source), named.keyPatterns);
      for (const decl of decls) this.addShared(out, decl);
    }
    return out;
  }

  /**
   * A reference whose link points at a value table: its enumeration by token name
   * (`crm_enum_activitytype` → `0 | 1 | … | 6`), the table's codes for a string token, or, for
   * a map token (`lang_map`, `Record<string, string>` in the vocabulary), an interface with one
   * optional key per code. Undefined when the link points elsewhere.
   */
  private valueTableType(type: TypeRef, out: DeclarationPlan[]): TsType | undefined {
    const target = type.typeId === undefined ? undefined : this.typeById.get(type.typeId);
    if (target === undefined) return undefined;
    const own = (target.enums ?? []).find((e) => e.name === type.name);
    if (own !== undefined) return own.values.length > 0 ? literalUnion(own.values) : undefined;
    const values = target.values ?? [];
    if (values.length === 0 || type.refField !== undefined) return undefined;
    const vocabulary = parseVocabularyType(refTsType(type));
    if (vocabulary.kind === 'keyword' && vocabulary.name === 'string') return literalUnion(values);
    if (vocabulary.kind !== 'record') return undefined;
    const key = `${target.id}\u0000${type.name ?? ''}`;
    const known = this.valueMapNames.get(key);
    if (known !== undefined) return { kind: 'reference', name: known };
    const name = this.claim(pascalCase(type.name ?? '') || 'ValueMap', 'Map');
    this.valueMapNames.set(key, name);
    const valueType = vocabulary.values ?? UNKNOWN;
    this.addShared(out, {
      kind: 'interface',
      name,
      members: values.map((v) => ({ name: String(v.value), optional: true, type: valueType, docs: { description: docText(v.description), tags: [] } })),
      docs: { description: `Keyed by the codes of ${docText(target.name)}.`, tags: [] },
    });
    return { kind: 'reference', name };
  }

  /** A reference that stands for a named structure of the IR (not an id): the structure's name. */
  private namedRef(type: TypeRef): string | undefined {
    const text = refTsType(type, (typeId) => {
      const name = this.namedTypeNames.get(typeId);
      return name === undefined ? undefined : `\u0000${name}`;
    });
    return text.startsWith('\u0000') ? text.slice(1) : undefined;
  }

  /**
   * `entity.code` where the IR documents `entity` as a structure: the type that structure gives
   * the field (`catalog_measure.code` is an integer), when scalar. Id fields keep the
   * vocabulary's number: several structures type their `id` as string while every example
   * (and the portal) carries integers.
   */
  private refFieldType(type: TypeRef): TsType | undefined {
    if (type.refField === undefined || isIdField(type.refField)) return undefined;
    const byId = type.typeId === undefined ? undefined : this.structureById.get(type.typeId);
    const byName = (type.name === undefined ? undefined : this.structuresByName.get(type.name)) ?? [];
    const named = byId ?? (byName.length === 1 ? byName[0] : undefined);
    if (named === undefined) return undefined;
    const wanted = type.refField;
    const field = named.fields.find((f) => f.name === wanted) ?? named.fields.find((f) => f.name.toLowerCase() === wanted.toLowerCase());
    if (field === undefined || field.nested || !['scalar', 'enum', 'union'].includes(field.type.kind)) return undefined;
    const ts = this.typeOf(field.type, undefined, undefined);
    return ts.kind === 'keyword' && ts.name === 'unknown' ? undefined : ts;
  }

  private refCandidate(type: TypeRef): string {
    const base = pascalCase(type.name ?? '') || 'Ref';
    const field = type.refField === undefined ? 'Id' : pascalCase(type.refField) || 'Id';
    return base.endsWith(field) ? base : `${base}${field}`;
  }

  private addShared(out: DeclarationPlan[], decl: DeclarationPlan): void {
    out.push(decl);
    this.sharedNames.add(decl.name);
    this.register(decl);
  }

  private register(decl: DeclarationPlan): void {
    this.registerLog?.push(decl.name);
    this.declarations.set(decl.name, declarationOf(decl));
  }

  /** Registers a kept plan's declaration by name, made from the plan only when asked for. */
  private registerKept(name: string, plan: MethodPlan): void {
    // The last of that name, as registering them in order would leave it.
    this.declarations.set(name, () => declarationOf([...plan.declarations].reverse().find((d) => d.name === name) as DeclarationPlan));
  }

  private declaration(name: string): Declaration | undefined {
    const found = this.declarations.get(name);
    if (typeof found !== 'function') return found;
    const made = found();
    this.declarations.set(name, made);
    return made;
  }

  // ── types of fields ─────────────────────────────────────────────────────────

  /**
   * The interface `name` for `fields`, followed by the interfaces of nested objects.
   * `mode`: params keep documented optionality; results mark every documented field present.
   */
  private planInterface(
    name: string,
    fields: Field[],
    mode: 'params' | 'result' | 'named',
    docs?: DocPlan,
    patterns?: KeyPattern[],
    oneOf?: string[][],
    sets?: string[][],
  ): DeclarationPlan[] {
    const nested: DeclarationPlan[] = [];
    const members: MemberPlan[] = [];
    const seen = new Set<string>();
    for (const field of fields) {
      if (seen.has(field.name)) {
        this.reportField(field, 'duplicate-field', `field ${field.name} is documented twice in ${name}; the first is kept`);
        continue;
      }
      seen.add(field.name);
      const type = this.fieldType(field, `${name}${pascalCase(field.name) || 'Field'}`, mode, nested);
      // A result field is present unless its docs say it appears only sometimes (extract marks it conditional).
      const optional = mode === 'result' ? field.requiredMark === 'conditional' : !field.required;
      const docs = fieldDocs(field, mode);
      members.push({ name: field.name, optional, type, ...(docs === undefined ? {} : { docs }) });
      for (const alias of field.aliases ?? []) {
        if (seen.has(alias)) continue;
        seen.add(alias);
        members.push({
          name: alias,
          optional: true,
          type,
          docs: { description: `Another accepted spelling of \`${docText(field.name)}\`.`, tags: [] },
        });
      }
    }
    const indexes = this.planIndexes(patterns ?? [], members, name, mode, nested);
    const variants = mode === 'result' ? [] : this.callVariants(sets ?? [], this.oneOfVariants(oneOf ?? [], members), members);
    if (variants.length > 0) return [...this.planOneOf(name, members, indexes, variants, docs), ...nested];
    const decl: DeclarationPlan = {
      kind: 'interface',
      name,
      members,
      ...(indexes.length > 0 ? { indexes } : {}),
      ...(docs === undefined ? {} : { docs }),
    };
    this.register(decl);
    return [decl, ...nested];
  }

  /**
   * The ways to call (`IrMethod.paramSets`), each combined with every pick of the "at least one
   * of" groups; the picks alone when the page offers one way (at most 8 in all).
   */
  private callVariants(sets: string[][], picks: string[][], members: MemberPlan[]): string[][] {
    const names = new Set(members.map((m) => m.name));
    const usable = sets.filter((set) => set.length > 0 && set.every((n) => names.has(n)));
    if (usable.length < 2) return picks;
    const combined = usable.flatMap((set) => (picks.length === 0 ? [set] : picks.map((pick) => [...new Set([...set, ...pick])])));
    return combined.length > 8 ? picks : combined;
  }

  /** Every way to pick one member of each group (at most 8), when all named members exist. */
  private oneOfVariants(groups: string[][], members: MemberPlan[]): string[][] {
    const names = new Set(members.map((m) => m.name));
    let variants: string[][] = [[]];
    for (const group of groups) {
      if (group.length < 2 || !group.every((n) => names.has(n))) continue;
      variants = variants.flatMap((v) => group.map((n) => [...v, n]));
      if (variants.length > 8) return [];
    }
    return variants.length === 1 && variants[0]?.length === 0 ? [] : variants;
  }

  /**
   * "At least one of `IBLOCK_ID` or `IBLOCK_CODE`": a union of interfaces, each requiring one
   * choice, so that sending none is an error and sending either (or both) is fine.
   */
  private planOneOf(name: string, members: MemberPlan[], indexes: IndexPlan[], variants: string[][], docs?: DocPlan): DeclarationPlan[] {
    const decls: DeclarationPlan[] = [];
    for (const chosen of variants) {
      const variant: DeclarationPlan = {
        kind: 'interface',
        name: this.claim(`${name}With${chosen.map((n) => pascalCase(n) || 'Key').join('')}`),
        members: members.map((m) => (chosen.includes(m.name) ? { ...m, optional: false } : m)),
        ...(indexes.length > 0 ? { indexes } : {}),
      };
      this.register(variant);
      decls.push(variant);
    }
    const choices = variants.map((v) => v.map((n) => `\`${docText(n)}\``).join(' and ')).join('; or ');
    const alias: DeclarationPlan = {
      kind: 'alias',
      name,
      type: union(decls.map((d) => ({ kind: 'reference', name: d.name }))),
      docs: { description: [docs?.description ?? '', `Send at least: ${choices}.`].filter((t) => t !== '').join(' '), tags: docs?.tags ?? [] },
    };
    this.register(alias);
    return [alias, ...decls];
  }

  /**
   * Index signatures for key families. The value type also admits the types of documented
   * members whose names fall in the family (`UF_DEPARTMENT` among `UF_${string}`), as the
   * compiler requires of an interface with both.
   */
  private planIndexes(patterns: KeyPattern[], members: MemberPlan[], owner: string, mode: 'params' | 'result' | 'named', out: DeclarationPlan[]): IndexPlan[] {
    const indexes: IndexPlan[] = [];
    for (const k of patterns) {
      if (!isKeyPattern(k.pattern) || indexes.some((i) => i.pattern === k.pattern)) {
        this.diagnostics.push({
          ...(k.position ?? { file: this.currentSource, line: 1, column: 1 }),
          severity: 'warning',
          code: 'invalid-key-pattern',
          message: `key pattern ${JSON.stringify(k.pattern)} is not a plain template of key characters, \${string} and \${number}; left out`,
        });
        continue;
      }
      const re = keyPatternRegExp(k.pattern);
      // A map keyed by id: its values are objects with documented keys (an interface of their own).
      const valueFields = k.fields ?? [];
      let valueName: string | undefined;
      const slot = valueFields.length > 0
        ? (): TsType => {
            if (valueName === undefined) {
              valueName = this.claim(`${owner}${k.pattern === '${number}' ? 'Item' : pascalCase(k.pattern.replace(/\$\{(?:string|number)\}/g, ' ')) || 'Item'}`);
              out.push(...this.planInterface(valueName, valueFields, mode));
            }
            return { kind: 'reference', name: valueName };
          }
        : undefined;
      const own = this.typeOf(k.type, slot, undefined);
      const inFamily = members.filter((m) => re.test(m.name));
      // An optional member reads as `T | undefined` to the index signature check.
      const absent: TsType[] = inFamily.some((m) => m.optional) ? [{ kind: 'keyword', name: 'undefined' }] : [];
      const type = union([own, ...inFamily.map((m) => m.type), ...absent]);
      const text = docText(k.description);
      indexes.push({ pattern: k.pattern, type, ...(text === '' ? {} : { docs: { description: text, tags: [] } }) });
    }
    return indexes;
  }

  /**
   * The params interface. A required param with another accepted spelling (`id` / `ID`) must be
   * sent under one of them: the params become a union of two interfaces, one per spelling, so
   * that leaving both out is still an error.
   */
  private planParams(name: string, params: Field[], docs: DocPlan, patterns?: KeyPattern[], oneOf?: string[][], sets?: string[][]): DeclarationPlan[] {
    const decls = this.planInterface(name, params, 'params', docs, patterns, oneOf, sets);
    const top = decls[0];
    if (top === undefined || top.kind !== 'interface') return decls;
    const memberNames = new Set(top.members.map((m) => m.name));
    const spelled = params.filter((p) => p.required && memberNames.has(p.aliases?.[0] ?? ''));
    if (spelled.length === 0) return decls;
    const primary = new Set(spelled.map((p) => p.name));
    const alternate = new Map(spelled.map((p) => [(p.aliases as string[])[0] as string, p.name]));
    const asDocumented = top.members.filter((m) => !alternate.has(m.name));
    const byName = new Map(top.members.map((m) => [m.name, m]));
    const asAlternate = top.members
      .filter((m) => !primary.has(m.name))
      .map((m) => {
        const of = alternate.get(m.name);
        if (of === undefined) return m;
        const original = byName.get(of) as MemberPlan;
        return { ...m, optional: false, docs: original.docs ?? m.docs };
      });
    const indexes = top.indexes === undefined ? {} : { indexes: top.indexes };
    const first: DeclarationPlan = { kind: 'interface', name: this.claim(`${name}AsDocumented`), members: asDocumented, ...indexes };
    const second: DeclarationPlan = { kind: 'interface', name: this.claim(`${name}Alternate`), members: asAlternate, ...indexes };
    this.register(first);
    this.register(second);
    const union: DeclarationPlan = {
      kind: 'alias',
      name,
      type: { kind: 'union', members: [{ kind: 'reference', name: first.name }, { kind: 'reference', name: second.name }] },
      docs: { description: `${docs.description} Required params go under one spelling: as documented, or as the examples write them.`, tags: docs.tags },
    };
    this.register(union);
    return [union, first, second, ...decls.slice(1)];
  }

  private fieldType(field: Field, nestedBase: string, mode: 'params' | 'result' | 'named', out: DeclarationPlan[]): TsType {
    let nestedName: string | undefined;
    const slot = (field.fields !== undefined && field.fields.length > 0) || (field.keyPatterns !== undefined && field.keyPatterns.length > 0)
      ? (): TsType => {
          if (nestedName === undefined) {
            nestedName = this.claim(nestedBase);
            // A filter's operator prefixes (`>=ID`) become members of their own: each documented name under each operator.
            const nestedFields = withKeyPrefixes(field);
            out.push(...this.planInterface(nestedName, nestedFields, mode, undefined, field.keyPatterns, field.requiredOneOf));
          }
          return { kind: 'reference', name: nestedName };
        }
      : undefined;
    return this.typeOf(field.type, slot, field);
  }

  private typeOf(type: TypeRef, slot: (() => TsType) | undefined, at: Field | undefined): TsType {
    switch (type.kind) {
      case 'scalar': {
        const token = (type.name ?? type.raw).toLowerCase();
        if (slot !== undefined && token === 'object') return slot();
        if (slot !== undefined && token === 'array') return { kind: 'array', items: slot() };
        const scalar = SCALAR_TYPES[token];
        if (scalar === undefined) return UNKNOWN;
        return scalar.alias !== undefined ? { kind: 'reference', name: scalar.alias } : parseVocabularyType(scalar.ts);
      }
      case 'array':
        return { kind: 'array', items: type.items !== undefined ? this.typeOf(type.items, slot, at) : (slot?.() ?? UNKNOWN) };
      case 'union':
        return union((type.members ?? []).map((m) => this.typeOf(m, slot, at)));
      case 'object':
        return slot !== undefined ? slot() : { kind: 'record' };
      case 'enum':
        if (type.values !== undefined && type.values.length > 0) {
          return union(type.values.map((value) => ({ kind: 'literal', value })));
        }
        return union([{ kind: 'keyword', name: 'string' }, { kind: 'keyword', name: 'number' }]);
      case 'ref': {
        const named = this.namedRef(type);
        if (named !== undefined) return { kind: 'reference', name: named };
        const name = this.refAliasNames.get(this.refCandidate(type));
        return name === undefined ? UNKNOWN : { kind: 'reference', name };
      }
      case 'named': {
        const name = type.typeId === undefined ? undefined : this.namedTypeNames.get(type.typeId);
        if (name !== undefined) return { kind: 'reference', name };
        if (slot !== undefined) return slot();
        if (at !== undefined) this.reportField(at, 'unresolved-named-type', `type ${type.raw} of ${at.name} is not among the IR's named types`);
        return { kind: 'record' };
      }
      case 'unknown':
        return slot !== undefined ? slot() : UNKNOWN;
    }
  }

  // ── methods ─────────────────────────────────────────────────────────────────

  /**
   * File names are decided here only. Section stems are claimed first, in section order, so a
   * split never renames a section; sub-module names are unique (case-insensitively) within
   * their section's folder.
   */
  private planModules(methods: IrMethod[]): ModuleLayout {
    const files = new FileNameRegistry();
    const bySection = new Map<string, IrMethod[]>();
    for (const method of methods) {
      const list = bySection.get(method.section) ?? [];
      list.push(method);
      bySection.set(method.section, list);
    }
    const sections = [...bySection.keys()].sort(compareCodeUnits);
    const stems = new Map(sections.map((section) => [section, files.claim(section)]));
    const moduleOf = new Map<IrMethod, string>();
    const modules: ModuleLayout['modules'] = new Map();
    for (const section of sections) {
      const stem = stems.get(section) as string;
      const list = bySection.get(section) as IrMethod[];
      modules.set(stem, { section });
      const folders = new Map<string, IrMethod[]>();
      if (list.length > SPLIT_SECTION_OVER) {
        for (const method of list) {
          const folder = subFolderOf(method.source);
          if (folder === undefined) continue;
          const group = folders.get(folder) ?? [];
          group.push(method);
          folders.set(folder, group);
        }
      }
      const subFiles = new FileNameRegistry();
      for (const folder of [...folders.keys()].sort(compareCodeUnits)) {
        const group = folders.get(folder) as IrMethod[];
        if (group.length < MIN_SUBMODULE_METHODS) continue;
        const child = `${stem}/${subFiles.claim(folder)}`;
        modules.set(child, { section, parent: stem });
        for (const method of group) moduleOf.set(method, child);
      }
      for (const method of list) if (!moduleOf.has(method)) moduleOf.set(method, stem);
    }
    return { moduleOf, modules };
  }

  /**
   * `planMethod`, or with a memo the plan an earlier run made from the same input, when the
   * names it claimed would be handed out the same now (it then claims them, registers its
   * declarations and reports its findings, as planning it would).
   */
  private planMethodWithMemo(method: IrMethod, sectionStem: string): MethodPlan {
    if (this.memo === undefined || this.context === undefined) return this.planMethod(method, sectionStem);
    const key = methodPlanKey(this.context, sectionStem, method);
    const kept = this.memo.get(key);
    if (kept !== undefined && replayClaims(this.names, kept.claims)) {
      for (const name of planFacts(kept.plan).declarationNames) this.registerKept(name, kept.plan);
      this.diagnostics.push(...kept.diagnostics);
      this.identities.set(kept.plan, kept.identity);
      return kept.plan;
    }
    const claims: NameClaim[] = [];
    const registered: string[] = [];
    const from = this.diagnostics.length;
    this.claimLog = claims;
    this.registerLog = registered;
    let plan: MethodPlan;
    try {
      plan = this.planMethod(method, sectionStem);
    } finally {
      this.claimLog = undefined;
      this.registerLog = undefined;
    }
    // Replay registers the plan's own declarations (a name registered twice ends as the one the
    // plan lists): keep only a plan that registered nothing else.
    const own = new Set(plan.declarations.map((d) => d.name));
    const identity = planIdentity(key, claims);
    if (registered.every((name) => own.has(name)) && new Set(registered).size === own.size) {
      this.memo.keep(key, { claims, plan, diagnostics: this.diagnostics.slice(from), identity });
    }
    this.identities.set(plan, identity);
    this.replanned.add(plan);
    return plan;
  }

  private planMethod(method: IrMethod, sectionStem: string): MethodPlan {
    this.currentSource = method.source;
    const wireName = wireNameOf(method);
    const twin = method.key !== wireName;
    const functionName = this.claim(camelCase(twin ? `${wireName} v3` : wireName), 'method');
    const base = functionName.charAt(0).toUpperCase() + functionName.slice(1);
    const declarations: DeclarationPlan[] = [];

    const paramsName = this.claim(`${base}Params`);
    const paramsDocs: DocPlan = { description: `Parameters of \`${docText(wireName)}\`.`, tags: [] };
    if (method.params.length === 0 && (method.keyPatterns ?? []).length === 0) {
      const decl: DeclarationPlan = {
        kind: 'alias',
        name: paramsName,
        type: { kind: 'opaque', text: 'Record<string, never>' },
        docs: paramsDocs,
      };
      this.register(decl);
      declarations.push(decl);
    } else {
      declarations.push(...this.planParams(paramsName, method.params, paramsDocs, method.keyPatterns, method.requiredOneOf, method.paramSets));
    }

    const resultName = this.claim(`${base}Result`);
    const resultDocs: DocPlan = { description: `The \`result\` of \`${docText(wireName)}\`.`, tags: [] };
    let itemType: TsType | undefined;
    const rt = method.resultType;
    const resultPatterns = method.resultKeyPatterns ?? [];
    const hasResultKeys = method.result.length > 0 || resultPatterns.length > 0;
    if (hasResultKeys && isArrayish(rt)) {
      const itemName = this.claim(`${base}ResultItem`);
      declarations.push(...this.planInterface(itemName, method.result, 'result', undefined, resultPatterns));
      itemType = { kind: 'reference', name: itemName };
      const decl: DeclarationPlan = { kind: 'alias', name: resultName, type: { kind: 'array', items: itemType }, docs: resultDocs };
      this.register(decl);
      declarations.push(decl);
    } else if (hasResultKeys && (isObjectish(rt) || rt.kind === 'unknown' || rt.kind === 'named')) {
      declarations.push(...this.planInterface(resultName, method.result, 'result', resultDocs, resultPatterns));
    } else {
      const type = this.typeOf(rt, undefined, undefined);
      if (type.kind === 'array') itemType = type.items;
      const decl: DeclarationPlan = { kind: 'alias', name: resultName, type, docs: resultDocs };
      this.register(decl);
      declarations.push(decl);
    }
    // A list method: it documents `next`/`total` beside `result`, or it is named `….list` and answers an array.
    const pages = (method.responseExtras ?? []).some((f) => f.name === 'next' || f.name === 'total');
    if (pages) itemType ??= UNKNOWN;
    else if (!/\.list$/i.test(wireName)) itemType = undefined;

    const errors = this.planErrors(method.errors);
    let errorsName: string | undefined;
    let errorName: string | undefined;
    if (errors.length > 0) {
      errorsName = this.claim(`${base}Errors`);
      errorName = this.claim(`${base}Error`);
    }

    return {
      key: method.key,
      wireName,
      apiVersion: method.apiVersion,
      ...(method.paramsByPosition === true ? { paramOrder: positionalOrder(method.params) } : {}),
      sectionStem,
      functionName,
      paramsName,
      paramsOptional: !method.params.some((p) => p.required) && (method.requiredOneOf ?? []).length === 0 && (method.paramSets ?? []).length === 0,
      resultName,
      ...(itemType === undefined ? {} : { itemType }),
      ...(errorsName === undefined ? {} : { errorsName }),
      ...(errorName === undefined ? {} : { errorName }),
      errors,
      declarations,
      fixture: this.planFixture(method, `${functionName}Fixture`, resultName),
      ...(method.examples.request === undefined ? {} : { exampleRequest: requestAsNamed(method, method.examples.request) }),
      docs: methodDocs(method, errors),
      shortDocs: shortDocs(method),
    };
  }

  private planErrors(errors: IrError[]): ErrorEntryPlan[] {
    const unique: IrError[] = [];
    const seen = new Set<string>();
    for (const error of errors) {
      const id = `${error.code}\u0000${error.message}`;
      if (seen.has(id)) continue;
      seen.add(id);
      unique.push(error);
    }
    const codeCounts = new Map<string, number>();
    for (const error of unique) codeCounts.set(error.code, (codeCounts.get(error.code) ?? 0) + 1);
    const keys = new NameRegistry();
    return unique.map((error) => {
      const codeIsName = /^[A-Za-z][A-Za-z0-9_]*$/.test(error.code) && codeCounts.get(error.code) === 1;
      const fromMessage = pascalCase(words(error.message).slice(0, 8).join(' '));
      let base = codeIsName ? pascalCase(error.code) : fromMessage;
      if (base === '') base = pascalCase(error.code) || fromMessage;
      if (base === '' || base.startsWith('_')) base = `Error${base.replace(/^_/, '')}`;
      return {
        key: keys.claim(base, 'Error'),
        code: error.code,
        message: error.message,
        description: error.description,
        ...(error.httpStatus === undefined ? {} : { httpStatus: error.httpStatus }),
      };
    });
  }

  private planFixture(method: IrMethod, name: string, resultName: string): FixturePlan {
    const response = method.examples.response;
    if (response === undefined) return { name, typed: false };
    if (typeof response !== 'object' || response === null || Array.isArray(response) || !('result' in response)) {
      return { name, response, typed: false, problem: 'the documented response has no `result`' };
    }
    const problem = mismatch((response as { result: unknown }).result, { kind: 'reference', name: resultName }, (n) => this.declaration(n));
    if (problem === undefined) return { name, response, typed: true };
    const where = method.examples.responsePosition ?? { file: method.source, line: 1, column: 1 };
    this.diagnostics.push({
      ...where,
      severity: 'info',
      code: 'example-result-mismatch',
      message: `the documented response of ${method.key} does not match its result type (${problem}); its fixture is left untyped`,
    });
    return { name, response, typed: false, problem };
  }

  // ── package-level structure ────────────────────────────────────────────────

  private planTree(methods: MethodPlan[]): NamespaceNode {
    const root: NamespaceNode = { children: new Map() };
    // The first method of each key, as the plans were made for (a second one is skipped).
    const byKey = new Map<string, IrMethod>();
    for (const m of this.ir.methods) if (!byKey.has(m.key)) byKey.set(m.key, m);
    for (const plan of methods) {
      const segments = plan.wireName.split('.').filter((s) => s !== '');
      const path = plan.key !== plan.wireName ? ['v3', ...segments] : segments;
      const method = byKey.get(plan.key) as IrMethod;
      // A callable `then` would make its namespace a thenable: awaiting or returning it would call the API.
      if (path.length === 0 || CLIENT_MEMBERS.has(path[0] as string) || path.some((s) => s === '__proto__') || path[path.length - 1] === 'then') {
        this.report(method, 'namespace-clash', `${plan.key} cannot be placed in the client's namespaces; use client.call`);
        continue;
      }
      let node = root;
      for (const segment of path) {
        let child = node.children.get(segment);
        if (child === undefined) {
          child = { children: new Map() };
          node.children.set(segment, child);
        }
        node = child;
      }
      if (node.method !== undefined) {
        this.report(method, 'namespace-clash', `${plan.key} takes the same namespace path as ${node.method}; use client.call`);
        continue;
      }
      node.method = plan.key;
      plan.namespacePath = path;
    }
    return root;
  }

  private planSections(methods: MethodPlan[], layout: ModuleLayout): SectionPlan[] {
    const aliases = new NameRegistry();
    aliases.reserve(...FIXED_NAMES, SHARED_TYPES_ALIAS);
    const byModule = new Map<string, MethodPlan[]>();
    for (const plan of methods) {
      const list = byModule.get(plan.sectionStem) ?? [];
      list.push(plan);
      byModule.set(plan.sectionStem, list);
    }
    const stems = [...layout.modules.keys()].sort(compareCodeUnits);
    // Section modules first: their (public) names must not depend on how sections are split.
    const order = [...stems.filter((s) => layout.modules.get(s)?.parent === undefined), ...stems.filter((s) => layout.modules.get(s)?.parent !== undefined)];
    const fixturesNames = new Map<string, string>();
    const namespaceAliases = new Map<string, string>();
    for (const stem of order) {
      fixturesNames.set(stem, this.claim(`${camelCase(stem) || 'section'}Fixtures`));
      if ((byModule.get(stem) ?? []).length > 0) namespaceAliases.set(stem, aliases.claim(pascalCase(stem) || 'Section'));
    }
    const out: SectionPlan[] = [];
    for (const stem of stems) {
      const info = layout.modules.get(stem) as { section: string; parent?: string };
      const moduleMethods = byModule.get(stem) ?? [];
      const used = new Set<string>();
      for (const plan of moduleMethods) for (const name of planFacts(plan).referencedNames) used.add(name);
      const subModules = stems
        .filter((s) => layout.modules.get(s)?.parent === stem)
        .map((s) => ({ stem: s, fixturesName: fixturesNames.get(s) as string }));
      out.push({
        section: info.section,
        stem,
        ...(info.parent === undefined ? {} : { parent: info.parent }),
        subModules,
        methods: moduleMethods,
        sharedImports: [...used].filter((n) => this.sharedNames.has(n)).sort(compareCodeUnits),
        fixturesName: fixturesNames.get(stem) as string,
        fixtureImports: moduleMethods.filter((m) => planFacts(m).fixtureTyped).map((m) => m.resultName).sort(compareCodeUnits),
        namespaceAlias: namespaceAliases.get(stem) ?? '',
      });
    }
    return out;
  }

  private planSystemErrors(): SystemErrorPlan[] {
    const seen = new Set<string>();
    const out: SystemErrorPlan[] = [];
    for (const error of this.ir.systemErrors) {
      if (error.code === '' || seen.has(error.code)) continue;
      seen.add(error.code);
      out.push({
        code: error.code,
        message: error.message,
        description: error.description,
        ...(error.httpStatus === undefined ? {} : { httpStatus: error.httpStatus }),
      });
    }
    return out.sort((a, b) => compareCodeUnits(a.code, b.code));
  }

  private report(method: IrMethod, code: string, message: string): void {
    this.diagnostics.push({ file: method.source, line: 1, column: 1, severity: 'warning', code, message });
  }

  private reportField(field: Field, code: string, message: string): void {
    const at = field.position ?? { file: this.currentSource, line: 1, column: 1 };
    this.diagnostics.push({ ...at, severity: 'warning', code, message });
  }
}

/** `'ar' | 'br'`, `0 | 1 | 2`: the codes of a value table. */
function literalUnion(values: ReadonlyArray<{ value: string | number }>): TsType {
  return union(values.map((v) => ({ kind: 'literal', value: v.value })));
}

function docOf(description: string, tags: DocPlan['tags'], source?: string): DocPlan | undefined {
  const text = docText(description);
  if (text === '' && tags.length === 0) return source === undefined ? undefined : { description: `Documented in ${docText(source)}.`, tags };
  return { description: text, tags };
}

function fieldDocs(field: Field, mode: 'params' | 'result' | 'named'): DocPlan | undefined {
  const lines: string[] = [];
  const text = docText(field.description);
  if (text !== '') lines.push(text);
  if (mode !== 'result') {
    if (field.required) lines.push('Required.');
    else if (field.requiredMark === 'conditional') lines.push('Required under the conditions described in the docs.');
  }
  const tags: DocPlan['tags'] = field.deprecated === true ? [{ tagName: 'deprecated' }] : [];
  if (lines.length === 0 && tags.length === 0) return undefined;
  return { description: lines.join('\n\n'), tags };
}

function methodDocs(method: IrMethod, errors: ErrorEntryPlan[]): DocPlan {
  const parts: string[] = [];
  const title = docText(method.title);
  if (title !== '') parts.push(title);
  const description = docText(method.description);
  if (description !== '') parts.push(description);
  if (method.scope.length > 0) parts.push(`Scope: ${method.scope.map((s) => `\`${docText(s)}\``).join(', ')}.`);
  const access = method.access === undefined ? '' : docText(method.access);
  if (access !== '') parts.push(`Access: ${access}`);
  if (method.apiVersion === 'v3') parts.push('REST 3.0 method.');
  const tags: DocPlan['tags'] = [];
  const see = safeUrl(method.docsUrl);
  if (see !== undefined) tags.push({ tagName: 'see', text: `{@link ${see}}` });
  if (method.deprecated !== undefined) {
    const replacement = method.deprecated.replacement;
    const use = replacement !== undefined && /^[A-Za-z0-9_.]+$/.test(replacement) ? `Use \`${replacement}\`. ` : '';
    tags.push({ tagName: 'deprecated', text: `${use}${docText(method.deprecated.message)}`.trim() });
  }
  if (errors.length > 0) {
    const list = errors.map((e) => `- \`${docText(e.code) || '?'}\` ${docText(e.message).replace(/\s*\n\s*/g, ' ')}`.trimEnd()).join('\n');
    tags.push({ tagName: 'throws', text: `{B24Error} a documented error of this method:\n${list}` });
  } else {
    tags.push({ tagName: 'throws', text: '{B24Error} when the call fails.' });
  }
  return { description: parts.join('\n\n'), tags };
}

function shortDocs(method: IrMethod): DocPlan {
  const title = docText(method.title);
  const tags: DocPlan['tags'] = [];
  const see = safeUrl(method.docsUrl);
  if (see !== undefined) tags.push({ tagName: 'see', text: `{@link ${see}}` });
  if (method.deprecated !== undefined) tags.push({ tagName: 'deprecated' });
  return { description: title === '' ? docText(method.key) : title, tags };
}

/** The section modules: the package's entry points, each holding (or re-exporting) its whole section. */
export function sectionEntries(plan: PackagePlan): SectionPlan[] {
  return plan.sections.filter((s) => s.parent === undefined);
}

/** The package's plan; with `memo`, methods planned by an earlier run from the same input are taken from it. */
export function planPackage(ir: IrDocument, memo?: PlanMemo): PackagePlan {
  return new Planner(ir, memo).plan();
}


/** What a declaration plan declares, as the type checks of examples resolve names. */
function declarationOf(decl: DeclarationPlan): Declaration {
  return decl.kind === 'alias'
    ? { kind: 'alias', type: decl.type }
    : { kind: 'interface', members: decl.members, ...(decl.indexes === undefined ? {} : { indexes: decl.indexes }) };
}
