// ../../tmp/emitplay/run.ts
import { readFileSync, mkdirSync, writeFileSync, rmSync } from "node:fs";
import path2 from "node:path";

// generator/emit/client-module.ts
import { StructureKind as StructureKind2, VariableDeclarationKind } from "ts-morph";

// generator/emit/escape.ts
var IDENTIFIER_NAME = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
function stringLiteral(text) {
  let out2 = "'";
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    switch (ch) {
      case 39:
        out2 += "\\'";
        break;
      case 92:
        out2 += "\\\\";
        break;
      case 10:
        out2 += "\\n";
        break;
      case 13:
        out2 += "\\r";
        break;
      case 9:
        out2 += "\\t";
        break;
      default:
        if (ch < 32 || ch === 127 || ch === 8232 || ch === 8233 || ch >= 55296 && ch <= 57343) {
          out2 += "\\u" + ch.toString(16).padStart(4, "0");
        } else {
          out2 += text[i];
        }
    }
  }
  return out2 + "'";
}
function propertyKey(name) {
  return IDENTIFIER_NAME.test(name) ? name : stringLiteral(name);
}
function docText(markdown) {
  return markdown.replace(/\r\n?|[\u2028\u2029\u0085]/g, "\n").replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "").replace(/\*\//g, "*\\/").replace(/(^|\s)@(?=[A-Za-z])/g, "$1\\@").replace(/[ \t]+$/gm, "").trim();
}
function safeUrl(url) {
  if (!/^https?:\/\/[^\s]+$/.test(url)) return void 0;
  return docText(url);
}

// generator/ir/type-vocabulary.ts
var SCALAR_TYPES = {
  integer: { ts: "number" },
  int: { ts: "number" },
  number: { ts: "number" },
  double: { ts: "number" },
  float: { ts: "number" },
  timestamp: { ts: "number" },
  string: { ts: "string" },
  text: { ts: "string" },
  char: { ts: "string" },
  date: { ts: "string", alias: "B24Date" },
  datetime: { ts: "string", alias: "B24DateTime" },
  boolean: { ts: "boolean | 'Y' | 'N'", alias: "B24Boolean" },
  bool: { ts: "boolean | 'Y' | 'N'", alias: "B24Boolean" },
  // Files go up as a [name, base64] pair (or inside `{ fileData }`) and come back as objects with URLs.
  file: {
    ts: "B24File",
    alias: "B24File",
    definition: "string | readonly [fileName: string, base64Content: string] | { readonly [key: string]: unknown }"
  },
  any: { ts: "unknown" },
  mixed: { ts: "unknown" },
  null: { ts: "null" },
  object: { ts: "Record<string, unknown>" },
  array: { ts: "unknown[]" },
  /** `enum` without listed values: one of a set the page does not spell out. */
  enum: { ts: "string | number" },
  function: { ts: "(...args: unknown[]) => unknown" },
  callable: { ts: "(...args: unknown[]) => unknown" },
  /** Refinement from an example, see the header comment. */
  "numeric-string": { ts: "`${number}`", alias: "B24NumericString" },
  /** Refinement from an example, see the header comment. */
  "json-boolean": { ts: "boolean" }
};
var REF_TYPES = {
  user: { ts: "number" },
  crm: { ts: "string" },
  crm_status: { ts: "string" },
  crm_lead: { ts: "number" },
  crm_deal: { ts: "number" },
  crm_contact: { ts: "number" },
  crm_company: { ts: "number" },
  crm_quote: { ts: "number" },
  crm_category: { ts: "number" },
  crm_entity: { ts: "number" },
  crm_currency: { ts: "string" },
  crm_userfield: { ts: "unknown" },
  crm_enum_activitytype: { ts: "number" },
  crm_enum_activitystatus: { ts: "number" },
  crm_enum_activitypriority: { ts: "number" },
  crm_enum_activitynotifytype: { ts: "number" },
  crm_enum_activitydirection: { ts: "number" },
  crm_enum_contenttype: { ts: "number" },
  crm_enum_ownertype: { ts: "number" },
  userFieldEntityId: { ts: "string" },
  location: { ts: "number" },
  lang_map: { ts: "Record<string, string>" },
  recurring_params: { ts: "Record<string, unknown>" },
  product_file: { ts: "Record<string, unknown>" },
  crm_activity_communication: { ts: "Record<string, unknown>" }
};
var STRING_REF_FIELDS = /* @__PURE__ */ new Set(["code", "lid", "currency", "symbol", "xmlid", "xml_id", "name", "type", "entity_id"]);
function isIdField(field) {
  return /^id$/i.test(field) || /(Id|_ID|_id)$/.test(field);
}
function refTsType(ref, namedTs = () => void 0) {
  if (ref.refField !== void 0) {
    if (isIdField(ref.refField)) return "number";
    if (STRING_REF_FIELDS.has(ref.refField.toLowerCase())) return "string";
    return "string | number";
  }
  const known = ref.name !== void 0 ? REF_TYPES[ref.name] : void 0;
  if (known) return known.ts;
  if (ref.typeId !== void 0) {
    const named = namedTs(ref.typeId);
    if (named !== void 0) return named;
  }
  return "number";
}

// generator/emit/names.ts
var RESERVED = /* @__PURE__ */ new Set([
  "break",
  "case",
  "catch",
  "class",
  "const",
  "continue",
  "debugger",
  "default",
  "delete",
  "do",
  "else",
  "enum",
  "export",
  "extends",
  "false",
  "finally",
  "for",
  "function",
  "if",
  "import",
  "in",
  "instanceof",
  "new",
  "null",
  "return",
  "super",
  "switch",
  "this",
  "throw",
  "true",
  "try",
  "typeof",
  "var",
  "void",
  "while",
  "with",
  "implements",
  "interface",
  "let",
  "package",
  "private",
  "protected",
  "public",
  "static",
  "yield",
  "await",
  "async",
  "arguments",
  "eval",
  "undefined",
  "NaN",
  "Infinity",
  "as",
  "any",
  "boolean",
  "constructor",
  "declare",
  "get",
  "module",
  "namespace",
  "never",
  "number",
  "object",
  "require",
  "set",
  "string",
  "symbol",
  "type",
  "from",
  "of",
  "unknown",
  "bigint",
  "keyof",
  "readonly",
  "unique",
  "infer",
  "is",
  "asserts",
  "accessor",
  "satisfies",
  "out",
  "global",
  "abstract",
  "override"
]);
function words(text) {
  const ascii = text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  const out2 = [];
  for (const chunk of ascii.split(/[^A-Za-z0-9]+/)) {
    if (chunk === "") continue;
    const parts = chunk.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+[a-z]*/g) ?? [];
    for (const part of parts) out2.push(part);
  }
  return out2;
}
function capitalise(word) {
  const lower = /^[A-Z0-9]+$/.test(word) && word.length > 1 ? word.toLowerCase() : word;
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}
function guardStart(id) {
  if (id === "") return "";
  return /^[0-9]/.test(id) ? `_${id}` : id;
}
function pascalCase(text) {
  return guardStart(words(text).map(capitalise).join(""));
}
function camelCase(text) {
  const ws = words(text);
  if (ws.length === 0) return "";
  const [first, ...rest] = ws;
  return guardStart(first.toLowerCase() + rest.map(capitalise).join(""));
}
var NameRegistry = class {
  used = /* @__PURE__ */ new Set();
  reserve(...names) {
    for (const name of names) this.used.add(name);
  }
  has(name) {
    return this.used.has(name);
  }
  /** A unique identifier close to `base`; `fallback` when `base` is empty. */
  claim(base, fallback = "Item") {
    let id = base === "" ? fallback : base;
    if (RESERVED.has(id)) id = `${id}_`;
    let candidate = id;
    for (let n = 2; this.used.has(candidate); n++) candidate = `${id}${n}`;
    this.used.add(candidate);
    return candidate;
  }
};
var FileNameRegistry = class {
  used = /* @__PURE__ */ new Set();
  claim(text) {
    const stem = words(text).map((w) => w.toLowerCase()).join("-") || "section";
    let candidate = stem;
    for (let n = 2; this.used.has(candidate.toLowerCase()); n++) candidate = `${stem}-${n}`;
    this.used.add(candidate.toLowerCase());
    return candidate;
  }
};

// generator/emit/type-model.ts
var UNKNOWN = { kind: "keyword", name: "unknown" };
function union(members) {
  const flat = [];
  const seen = /* @__PURE__ */ new Set();
  for (const member of members) {
    for (const m of member.kind === "union" ? member.members : [member]) {
      const text = printType(m);
      if (seen.has(text)) continue;
      seen.add(text);
      flat.push(m);
    }
  }
  if (flat.some((m) => m.kind === "keyword" && m.name === "unknown")) return UNKNOWN;
  if (flat.length === 1) return flat[0];
  return { kind: "union", members: flat };
}
function printType(type, nameOf = (n) => n) {
  switch (type.kind) {
    case "keyword":
      return type.name;
    case "literal":
      return typeof type.value === "string" ? stringLiteral(type.value) : String(type.value);
    case "array": {
      const inner = printType(type.items, nameOf);
      return type.items.kind === "union" || type.items.kind === "opaque" && needsParens(inner) ? `(${inner})[]` : `${inner}[]`;
    }
    case "union":
      return type.members.map((m) => {
        const text = printType(m, nameOf);
        return m.kind === "opaque" && needsParens(text) ? `(${text})` : text;
      }).join(" | ");
    case "record":
      return `Record<string, ${type.values === void 0 ? "unknown" : printType(type.values, nameOf)}>`;
    case "numeric-string":
      return "`${number}`";
    case "reference":
      return nameOf(type.name);
    case "opaque":
      return type.text;
  }
}
function needsParens(text) {
  return /=>|[|&]/.test(text);
}
function parseVocabularyType(text) {
  const parts = text.split("|").map((p) => p.trim());
  const members = [];
  for (const part of parts) {
    if (part === "number" || part === "string" || part === "boolean" || part === "null" || part === "unknown") {
      members.push({ kind: "keyword", name: part });
    } else if (/^'[A-Za-z0-9_ ]*'$/.test(part)) {
      members.push({ kind: "literal", value: part.slice(1, -1) });
    } else if (part === "unknown[]") {
      members.push({ kind: "array", items: UNKNOWN });
    } else if (part === "Record<string, unknown>") {
      members.push({ kind: "record" });
    } else if (part === "Record<string, string>") {
      members.push({ kind: "record", values: { kind: "keyword", name: "string" } });
    } else if (part === "`${number}`") {
      members.push({ kind: "numeric-string" });
    } else {
      return { kind: "opaque", text };
    }
  }
  return union(members);
}
function referencedNames(type, into) {
  switch (type.kind) {
    case "reference":
      into.add(type.name);
      break;
    case "array":
      referencedNames(type.items, into);
      break;
    case "record":
      if (type.values !== void 0) referencedNames(type.values, into);
      break;
    case "union":
      for (const m of type.members) referencedNames(m, into);
      break;
    default:
      break;
  }
}
function isPlainObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function mismatch(value, type, resolve, path3 = "result", depth = 0) {
  if (depth > 64) return `${path3}: nested too deeply`;
  switch (type.kind) {
    case "opaque":
      return `${path3}: cannot check a value against ${type.text}`;
    case "numeric-string":
      return typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value) ? void 0 : `${path3}: expected a numeric string, got ${describe(value)}`;
    case "keyword":
      if (type.name === "unknown") return void 0;
      if (type.name === "null") return value === null ? void 0 : `${path3}: expected null`;
      return typeof value === type.name ? void 0 : `${path3}: expected ${type.name}, got ${describe(value)}`;
    case "literal":
      return value === type.value ? void 0 : `${path3}: expected ${printType(type)}, got ${describe(value)}`;
    case "record": {
      if (!isPlainObject(value)) return `${path3}: expected an object, got ${describe(value)}`;
      if (type.values === void 0) return void 0;
      for (const [key, item] of Object.entries(value)) {
        const problem = mismatch(item, type.values, resolve, `${path3}.${key}`, depth + 1);
        if (problem !== void 0) return problem;
      }
      return void 0;
    }
    case "array": {
      if (!Array.isArray(value)) return `${path3}: expected an array, got ${describe(value)}`;
      for (let i = 0; i < value.length; i++) {
        const problem = mismatch(value[i], type.items, resolve, `${path3}[${i}]`, depth + 1);
        if (problem !== void 0) return problem;
      }
      return void 0;
    }
    case "union": {
      const problems = [];
      for (const member of type.members) {
        const problem = mismatch(value, member, resolve, path3, depth + 1);
        if (problem === void 0) return void 0;
        problems.push(problem);
      }
      return problems[0] ?? `${path3}: no member of the union matches`;
    }
    case "reference": {
      const decl = resolve(type.name);
      if (decl === void 0) return `${path3}: unknown type ${type.name}`;
      if (decl.kind === "alias") return mismatch(value, decl.type, resolve, path3, depth + 1);
      if (!isPlainObject(value)) return `${path3}: expected an object, got ${describe(value)}`;
      const members = new Map(decl.members.map((m) => [m.name, m]));
      for (const key of Object.keys(value)) {
        if (!members.has(key)) return `${path3}: undocumented key ${JSON.stringify(key)}`;
      }
      for (const member of decl.members) {
        if (!Object.prototype.hasOwnProperty.call(value, member.name)) {
          if (member.optional) continue;
          return `${path3}: missing ${JSON.stringify(member.name)}`;
        }
        const problem = mismatch(value[member.name], member.type, resolve, `${path3}.${member.name}`, depth + 1);
        if (problem !== void 0) return problem;
      }
      return void 0;
    }
  }
}
function describe(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value;
}

// generator/emit/plan.ts
var SHARED_TYPES_ALIAS = "SharedTypes";
var FIXED_NAMES = [
  "ApiVersion",
  "B24Boolean",
  "B24Client",
  "B24Core",
  "B24Date",
  "B24DateTime",
  "B24Error",
  "B24File",
  "BatchCommand",
  "BatchOptions",
  "BatchResult",
  "CallOptions",
  "ClientOptions",
  "CoreSource",
  "ErrorDescriptor",
  "ErrorsOf",
  "ItemOf",
  "ListMethodMap",
  "ListMethodName",
  "MethodFixture",
  "MethodCallOptions",
  "MethodMap",
  "MethodName",
  "MockClientOptions",
  "ParamsOf",
  "ResultOf",
  "SystemErrorCode",
  "Transport",
  "TransportRequest",
  "TransportResponse",
  "TypedMethodFixture",
  "coreOf",
  "createClient",
  "createCore",
  "createMockClient",
  "createMockTransport",
  "fixtures",
  "matchError",
  "B24Time"
];
var CLIENT_MEMBERS = /* @__PURE__ */ new Set(["call", "batch", "iterate", "core"]);
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function wireNameOf(method) {
  return method.key.endsWith("@v3") ? method.key.slice(0, -3) : method.name;
}
function isObjectish(type) {
  return type.kind === "object" || type.kind === "scalar" && type.name?.toLowerCase() === "object";
}
function isArrayish(type) {
  return type.kind === "array" || type.kind === "scalar" && type.name?.toLowerCase() === "array";
}
var Planner = class {
  constructor(ir2) {
    this.ir = ir2;
    this.names.reserve(...FIXED_NAMES);
  }
  ir;
  names = new NameRegistry();
  diagnostics = [];
  declarations = /* @__PURE__ */ new Map();
  namedTypeNames = /* @__PURE__ */ new Map();
  refAliasNames = /* @__PURE__ */ new Map();
  sharedNames = /* @__PURE__ */ new Set();
  plan() {
    const shared = this.planShared();
    const methods = [...this.ir.methods].sort((a, b) => compare(a.key, b.key));
    const stems = this.planSectionStems(methods);
    const methodPlans = [];
    const seenKeys = /* @__PURE__ */ new Set();
    for (const method of methods) {
      if (seenKeys.has(method.key)) {
        this.report(method, "duplicate-method-key", `method key ${method.key} appears twice; the second page is skipped`);
        continue;
      }
      seenKeys.add(method.key);
      methodPlans.push(this.planMethod(method, stems.get(method.section) ?? "misc"));
    }
    const tree = this.planTree(methodPlans);
    const sections = this.planSections(methodPlans, stems);
    return {
      methods: methodPlans,
      sections,
      shared,
      systemErrors: this.planSystemErrors(),
      tree,
      sharedNames: this.sharedNames,
      resolve: (name) => this.declarations.get(name),
      diagnostics: this.diagnostics
    };
  }
  // ── shared types ────────────────────────────────────────────────────────────
  planShared() {
    const out2 = [];
    const aliases = /* @__PURE__ */ new Map();
    for (const scalar of Object.values(SCALAR_TYPES)) {
      if (scalar.alias !== void 0) aliases.set(scalar.alias, scalar.definition ?? scalar.ts);
    }
    for (const name of [...aliases.keys()].sort(compare)) {
      this.names.reserve(name);
      const text = aliases.get(name);
      const type = parseVocabularyType(text);
      this.addShared(out2, { kind: "alias", name, type });
    }
    const namedTypes = [...this.ir.types].sort((a, b) => compare(a.id, b.id));
    for (const named of namedTypes) {
      if (this.namedTypeNames.has(named.id)) continue;
      this.namedTypeNames.set(named.id, this.names.claim(pascalCase(named.name), "NamedType"));
    }
    const refs = /* @__PURE__ */ new Map();
    const visit = (type) => {
      if (type === void 0) return;
      if (type.kind === "ref" && this.namedRef(type) === void 0) {
        const candidate = this.refCandidate(type);
        const list = refs.get(candidate) ?? [];
        list.push(parseVocabularyType(refTsType(type)));
        refs.set(candidate, list);
      }
      visit(type.items);
      for (const member of type.members ?? []) visit(member);
    };
    const visitFields = (fields) => {
      for (const field of fields ?? []) {
        visit(field.type);
        visitFields(field.fields);
      }
    };
    for (const method of this.ir.methods) {
      visitFields(method.params);
      visitFields(method.result);
      visit(method.resultType);
    }
    for (const named of this.ir.types) visitFields(named.fields);
    for (const candidate of [...refs.keys()].sort(compare)) {
      const name = this.names.claim(candidate, "RefId");
      this.refAliasNames.set(candidate, name);
      this.addShared(out2, {
        kind: "alias",
        name,
        type: union(refs.get(candidate) ?? [UNKNOWN]),
        docs: { description: "The id or code of another entity, as the docs reference it.", tags: [] }
      });
    }
    for (const named of namedTypes) {
      const name = this.namedTypeNames.get(named.id);
      if (this.declarations.has(name)) continue;
      const decls = this.planInterface(name, named.fields, "named", docOf(named.description, [], named.source));
      for (const decl of decls) this.addShared(out2, decl);
    }
    return out2;
  }
  /** A reference that stands for a named structure of the IR (not an id): the structure's name. */
  namedRef(type) {
    const text = refTsType(type, (typeId) => {
      const name = this.namedTypeNames.get(typeId);
      return name === void 0 ? void 0 : `\0${name}`;
    });
    return text.startsWith("\0") ? text.slice(1) : void 0;
  }
  refCandidate(type) {
    const base = pascalCase(type.name ?? "") || "Ref";
    const field = type.refField === void 0 ? "Id" : pascalCase(type.refField) || "Id";
    return base.endsWith(field) ? base : `${base}${field}`;
  }
  addShared(out2, decl) {
    out2.push(decl);
    this.sharedNames.add(decl.name);
    this.register(decl);
  }
  register(decl) {
    this.declarations.set(
      decl.name,
      decl.kind === "alias" ? { kind: "alias", type: decl.type } : { kind: "interface", members: decl.members }
    );
  }
  // ── types of fields ─────────────────────────────────────────────────────────
  /**
   * The interface `name` for `fields`, followed by the interfaces of nested objects.
   * `mode`: params keep documented optionality; results mark every documented field present.
   */
  planInterface(name, fields, mode, docs) {
    const nested = [];
    const members = [];
    const seen = /* @__PURE__ */ new Set();
    for (const field of fields) {
      if (seen.has(field.name)) {
        this.reportField(field, "duplicate-field", `field ${field.name} is documented twice in ${name}; the first is kept`);
        continue;
      }
      seen.add(field.name);
      const type = this.fieldType(field, `${name}${pascalCase(field.name) || "Field"}`, mode, nested);
      const optional = mode === "result" ? false : !field.required;
      members.push({ name: field.name, optional, type, docs: fieldDocs(field, mode) });
      for (const alias of field.aliases ?? []) {
        if (seen.has(alias)) continue;
        seen.add(alias);
        members.push({
          name: alias,
          optional: true,
          type,
          docs: { description: `Another accepted spelling of \`${docText(field.name)}\`.`, tags: [] }
        });
      }
    }
    const decl = { kind: "interface", name, members, ...docs === void 0 ? {} : { docs } };
    this.register(decl);
    return [decl, ...nested];
  }
  fieldType(field, nestedBase, mode, out2) {
    let nestedName;
    const slot = field.fields !== void 0 && field.fields.length > 0 ? () => {
      if (nestedName === void 0) {
        nestedName = this.names.claim(nestedBase);
        const nestedFields = field.fields;
        out2.push(...this.planInterface(nestedName, nestedFields, mode));
      }
      return { kind: "reference", name: nestedName };
    } : void 0;
    return this.typeOf(field.type, slot, field);
  }
  typeOf(type, slot, at) {
    switch (type.kind) {
      case "scalar": {
        const token = (type.name ?? type.raw).toLowerCase();
        if (slot !== void 0 && token === "object") return slot();
        if (slot !== void 0 && token === "array") return { kind: "array", items: slot() };
        const scalar = SCALAR_TYPES[token];
        if (scalar === void 0) return UNKNOWN;
        return scalar.alias !== void 0 ? { kind: "reference", name: scalar.alias } : parseVocabularyType(scalar.ts);
      }
      case "array":
        return { kind: "array", items: type.items !== void 0 ? this.typeOf(type.items, slot, at) : slot?.() ?? UNKNOWN };
      case "union":
        return union((type.members ?? []).map((m) => this.typeOf(m, slot, at)));
      case "object":
        return slot !== void 0 ? slot() : { kind: "record" };
      case "enum":
        if (type.values !== void 0 && type.values.length > 0) {
          return union(type.values.map((value) => ({ kind: "literal", value })));
        }
        return union([{ kind: "keyword", name: "string" }, { kind: "keyword", name: "number" }]);
      case "ref": {
        const named = this.namedRef(type);
        if (named !== void 0) return { kind: "reference", name: named };
        const name = this.refAliasNames.get(this.refCandidate(type));
        return name === void 0 ? UNKNOWN : { kind: "reference", name };
      }
      case "named": {
        const name = type.typeId === void 0 ? void 0 : this.namedTypeNames.get(type.typeId);
        if (name !== void 0) return { kind: "reference", name };
        if (slot !== void 0) return slot();
        if (at !== void 0) this.reportField(at, "unresolved-named-type", `type ${type.raw} of ${at.name} is not among the IR's named types`);
        return { kind: "record" };
      }
      case "unknown":
        return slot !== void 0 ? slot() : UNKNOWN;
    }
  }
  // ── methods ─────────────────────────────────────────────────────────────────
  planSectionStems(methods) {
    const files2 = new FileNameRegistry();
    const stems = /* @__PURE__ */ new Map();
    for (const section of [...new Set(methods.map((m) => m.section))].sort(compare)) {
      stems.set(section, files2.claim(section));
    }
    return stems;
  }
  planMethod(method, sectionStem) {
    const wireName = wireNameOf(method);
    const twin = method.key !== wireName;
    const functionName = this.names.claim(camelCase(twin ? `${wireName} v3` : wireName), "method");
    const base = functionName.charAt(0).toUpperCase() + functionName.slice(1);
    const declarations = [];
    const paramsName = this.names.claim(`${base}Params`);
    const paramsDocs = { description: `Parameters of \`${docText(wireName)}\`.`, tags: [] };
    if (method.params.length === 0) {
      const decl = {
        kind: "alias",
        name: paramsName,
        type: { kind: "opaque", text: "Record<string, never>" },
        docs: paramsDocs
      };
      this.register(decl);
      declarations.push(decl);
    } else {
      declarations.push(...this.planInterface(paramsName, method.params, "params", paramsDocs));
    }
    const resultName = this.names.claim(`${base}Result`);
    const resultDocs = { description: `The \`result\` of \`${docText(wireName)}\`.`, tags: [] };
    let itemType;
    const rt = method.resultType;
    if (method.result.length > 0 && isArrayish(rt)) {
      const itemName = this.names.claim(`${base}ResultItem`);
      declarations.push(...this.planInterface(itemName, method.result, "result"));
      itemType = { kind: "reference", name: itemName };
      const decl = { kind: "alias", name: resultName, type: { kind: "array", items: itemType }, docs: resultDocs };
      this.register(decl);
      declarations.push(decl);
    } else if (method.result.length > 0 && (isObjectish(rt) || rt.kind === "unknown" || rt.kind === "named")) {
      declarations.push(...this.planInterface(resultName, method.result, "result", resultDocs));
    } else {
      const type = this.typeOf(rt, void 0, void 0);
      if (type.kind === "array") itemType = type.items;
      const decl = { kind: "alias", name: resultName, type, docs: resultDocs };
      this.register(decl);
      declarations.push(decl);
    }
    const isList = (method.responseExtras ?? []).some((f) => f.name === "next" || f.name === "total") || /\.list$/i.test(wireName);
    if (!isList) itemType = void 0;
    else itemType ??= UNKNOWN;
    const errors = this.planErrors(method.errors);
    let errorsName;
    let errorName;
    if (errors.length > 0) {
      errorsName = this.names.claim(`${base}Errors`);
      errorName = this.names.claim(`${base}Error`);
    }
    return {
      key: method.key,
      wireName,
      apiVersion: method.apiVersion,
      sectionStem,
      functionName,
      paramsName,
      paramsOptional: !method.params.some((p) => p.required),
      resultName,
      ...itemType === void 0 ? {} : { itemType },
      ...errorsName === void 0 ? {} : { errorsName },
      ...errorName === void 0 ? {} : { errorName },
      errors,
      declarations,
      fixture: this.planFixture(method, `${functionName}Fixture`, resultName),
      ...method.examples.request === void 0 ? {} : { exampleRequest: method.examples.request },
      docs: methodDocs(method, errors),
      shortDocs: shortDocs(method)
    };
  }
  planErrors(errors) {
    const unique = [];
    const seen = /* @__PURE__ */ new Set();
    for (const error of errors) {
      const id = `${error.code}\0${error.message}`;
      if (seen.has(id)) continue;
      seen.add(id);
      unique.push(error);
    }
    const codeCounts = /* @__PURE__ */ new Map();
    for (const error of unique) codeCounts.set(error.code, (codeCounts.get(error.code) ?? 0) + 1);
    const keys = new NameRegistry();
    return unique.map((error) => {
      const codeIsName = /^[A-Za-z][A-Za-z0-9_]*$/.test(error.code) && codeCounts.get(error.code) === 1;
      const fromMessage = pascalCase(words(error.message).slice(0, 8).join(" "));
      let base = codeIsName ? pascalCase(error.code) : fromMessage;
      if (base === "") base = pascalCase(error.code) || fromMessage;
      if (base === "" || base.startsWith("_")) base = `Error${base}`;
      return {
        key: keys.claim(base, "Error"),
        code: error.code,
        message: error.message,
        description: error.description,
        ...error.httpStatus === void 0 ? {} : { httpStatus: error.httpStatus }
      };
    });
  }
  planFixture(method, name, resultName) {
    const response = method.examples.response;
    if (response === void 0) return { name, typed: false };
    if (typeof response !== "object" || response === null || Array.isArray(response) || !("result" in response)) {
      return { name, response, typed: false, problem: "the documented response has no `result`" };
    }
    const problem = mismatch(
      response.result,
      { kind: "reference", name: resultName },
      (n) => this.declarations.get(n)
    );
    if (problem === void 0) return { name, response, typed: true };
    const where = method.examples.responsePosition ?? { file: method.source, line: 1, column: 1 };
    this.diagnostics.push({
      ...where,
      severity: "info",
      code: "example-result-mismatch",
      message: `the documented response of ${method.key} does not match its result type (${problem}); its fixture is left untyped`
    });
    return { name, response, typed: false, problem };
  }
  // ── package-level structure ────────────────────────────────────────────────
  planTree(methods) {
    const root = { children: /* @__PURE__ */ new Map() };
    for (const plan of methods) {
      const segments = plan.wireName.split(".").filter((s) => s !== "");
      const path3 = plan.key !== plan.wireName ? ["v3", ...segments] : segments;
      const method = this.ir.methods.find((m) => m.key === plan.key);
      if (path3.length === 0 || CLIENT_MEMBERS.has(path3[0]) || path3.some((s) => s === "__proto__")) {
        this.report(method, "namespace-clash", `${plan.key} cannot be placed in the client's namespaces; use client.call`);
        continue;
      }
      let node = root;
      for (const segment of path3) {
        let child = node.children.get(segment);
        if (child === void 0) {
          child = { children: /* @__PURE__ */ new Map() };
          node.children.set(segment, child);
        }
        node = child;
      }
      if (node.method !== void 0) {
        this.report(method, "namespace-clash", `${plan.key} takes the same namespace path as ${node.method}; use client.call`);
        continue;
      }
      node.method = plan.key;
      plan.namespacePath = path3;
    }
    return root;
  }
  planSections(methods, stems) {
    const aliases = new NameRegistry();
    aliases.reserve(...FIXED_NAMES, SHARED_TYPES_ALIAS);
    const bySection = /* @__PURE__ */ new Map();
    const sectionOf = /* @__PURE__ */ new Map();
    for (const [section, stem] of stems) sectionOf.set(stem, section);
    for (const plan of methods) {
      const list = bySection.get(plan.sectionStem) ?? [];
      list.push(plan);
      bySection.set(plan.sectionStem, list);
    }
    const out2 = [];
    for (const stem of [...bySection.keys()].sort(compare)) {
      const sectionMethods = bySection.get(stem);
      const used = /* @__PURE__ */ new Set();
      for (const plan of sectionMethods) {
        for (const decl of plan.declarations) {
          if (decl.kind === "alias") referencedNames(decl.type, used);
          else for (const member of decl.members) referencedNames(member.type, used);
        }
      }
      out2.push({
        section: sectionOf.get(stem) ?? stem,
        stem,
        methods: sectionMethods,
        sharedImports: [...used].filter((n) => this.sharedNames.has(n)).sort(compare),
        fixturesName: this.names.claim(`${camelCase(stem) || "section"}Fixtures`),
        fixtureImports: sectionMethods.filter((m) => m.fixture.typed).map((m) => m.resultName).sort(compare),
        namespaceAlias: aliases.claim(pascalCase(stem) || "Section")
      });
    }
    return out2;
  }
  planSystemErrors() {
    const seen = /* @__PURE__ */ new Set();
    const out2 = [];
    for (const error of this.ir.systemErrors) {
      if (error.code === "" || seen.has(error.code)) continue;
      seen.add(error.code);
      out2.push({
        code: error.code,
        message: error.message,
        description: error.description,
        ...error.httpStatus === void 0 ? {} : { httpStatus: error.httpStatus }
      });
    }
    return out2.sort((a, b) => compare(a.code, b.code));
  }
  report(method, code, message) {
    this.diagnostics.push({ file: method.source, line: 1, column: 1, severity: "warning", code, message });
  }
  reportField(field, code, message) {
    const at = field.position ?? { file: "", line: 1, column: 1 };
    this.diagnostics.push({ ...at, severity: "warning", code, message });
  }
};
function docOf(description, tags, source) {
  const text = docText(description);
  if (text === "" && tags.length === 0) return source === void 0 ? void 0 : { description: `Documented in ${docText(source)}.`, tags };
  return { description: text, tags };
}
function fieldDocs(field, mode) {
  const lines = [];
  const text = docText(field.description);
  if (text !== "") lines.push(text);
  if (mode !== "result") {
    if (field.required) lines.push("Required.");
    else if (field.requiredMark === "conditional") lines.push("Required under the conditions described in the docs.");
  }
  const tags = field.deprecated === true ? [{ tagName: "deprecated" }] : [];
  if (lines.length === 0 && tags.length === 0) return void 0;
  return { description: lines.join("\n\n"), tags };
}
function methodDocs(method, errors) {
  const parts = [];
  const title = docText(method.title);
  if (title !== "") parts.push(title);
  const description = docText(method.description);
  if (description !== "") parts.push(description);
  if (method.scope.length > 0) parts.push(`Scope: ${method.scope.map((s) => `\`${docText(s)}\``).join(", ")}.`);
  const access = method.access === void 0 ? "" : docText(method.access);
  if (access !== "") parts.push(`Access: ${access}`);
  if (method.apiVersion === "v3") parts.push("REST 3.0 method.");
  const tags = [];
  const see = safeUrl(method.docsUrl);
  if (see !== void 0) tags.push({ tagName: "see", text: `{@link ${see}}` });
  if (method.deprecated !== void 0) {
    const replacement = method.deprecated.replacement;
    const use = replacement !== void 0 && /^[A-Za-z0-9_.]+$/.test(replacement) ? `Use \`${replacement}\`. ` : "";
    tags.push({ tagName: "deprecated", text: `${use}${docText(method.deprecated.message)}`.trim() });
  }
  if (errors.length > 0) {
    const list = errors.map((e) => `- \`${docText(e.code) || "?"}\` ${docText(e.message)}`.trimEnd()).join("\n");
    tags.push({ tagName: "throws", text: `{B24Error} a documented error of this method:
${list}` });
  } else {
    tags.push({ tagName: "throws", text: "{B24Error} when the call fails." });
  }
  return { description: parts.join("\n\n"), tags };
}
function shortDocs(method) {
  const title = docText(method.title);
  const tags = [];
  const see = safeUrl(method.docsUrl);
  if (see !== void 0) tags.push({ tagName: "see", text: `{@link ${see}}` });
  if (method.deprecated !== void 0) tags.push({ tagName: "deprecated" });
  return { description: title === "" ? docText(method.key) : title, tags };
}
function planPackage(ir2) {
  return new Planner(ir2).plan();
}

// generator/emit/print.ts
import {
  printStructure,
  StructureKind
} from "ts-morph";
var HEADER = "// Generated by b24gen from the Bitrix24 REST API docs. Do not edit.";
function jsDocs(doc) {
  if (doc === void 0) return [];
  return [{ description: doc.description, tags: doc.tags.map((t) => t.text === void 0 ? { tagName: t.tagName } : t) }];
}
function declarationStructure(decl) {
  if (decl.kind === "alias") {
    return { kind: StructureKind.TypeAlias, name: decl.name, isExported: true, type: printType(decl.type), docs: jsDocs(decl.docs) };
  }
  return {
    kind: StructureKind.Interface,
    name: decl.name,
    isExported: true,
    docs: jsDocs(decl.docs),
    properties: decl.members.map((member) => ({
      name: propertyKey(member.name),
      hasQuestionToken: member.optional,
      type: printType(member.type),
      docs: jsDocs(member.docs)
    }))
  };
}
function typeImport(moduleSpecifier, names) {
  return { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier, namedImports: [...names] };
}
function valueImport(moduleSpecifier, names) {
  return { kind: StructureKind.ImportDeclaration, moduleSpecifier, namedImports: [...names] };
}
function printFile(statements) {
  const structure = { kind: StructureKind.SourceFile, statements: [HEADER, ...statements] };
  const text = printStructure(structure, { indentNumberOfSpaces: 2, useSingleQuote: true, newLine: "\n" });
  return text.endsWith("\n") ? text : `${text}
`;
}

// generator/emit/client-module.ts
function compare2(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function writeDoc(writer, doc) {
  const lines = doc.description.split("\n");
  for (const tag of doc.tags) lines.push(...`@${tag.tagName}${tag.text === void 0 ? "" : ` ${tag.text}`}`.split("\n"));
  if (lines.length === 1) {
    writer.write(`/** ${lines[0]} */`).newLine();
    return;
  }
  writer.write("/**").newLine();
  for (const line of lines) writer.write(line === "" ? " *" : ` * ${line}`).newLine();
  writer.write(" */").newLine();
}
function qualify(plan, aliasOf) {
  const ns = aliasOf.get(plan.sectionStem);
  return {
    params: `${ns}.${plan.paramsName}`,
    result: `${ns}.${plan.resultName}`,
    errors: plan.errorName === void 0 ? "never" : `${ns}.${plan.errorName}`
  };
}
function signature(plan, q) {
  return `(params${plan.paramsOptional ? "?" : ""}: ${q.params}, options?: CallOptions)`;
}
function methodEntry(plan, q) {
  return (writer) => {
    writer.write("{").newLine();
    writer.indent(() => {
      writer.write(`params: ${q.params};`).newLine();
      writer.write(`result: ${q.result};`).newLine();
      writer.write(`errors: ${q.errors};`).newLine();
      writer.write(`args: [params${plan.paramsOptional ? "?" : ""}: ${q.params}, options?: CallOptions];`).newLine();
    });
    writer.write("}");
  };
}
function namespaceType(node, byKey, aliasOf) {
  return (writer) => {
    const method = node.method === void 0 ? void 0 : byKey.get(node.method);
    if (node.children.size === 0 && method !== void 0) {
      const q = qualify(method, aliasOf);
      writer.write(`${signature(method, q)} => Promise<${q.result}>`);
      return;
    }
    writer.write("{").newLine();
    writer.indent(() => {
      if (method !== void 0) {
        const q = qualify(method, aliasOf);
        writer.write(`${signature(method, q)}: Promise<${q.result}>;`).newLine();
      }
      for (const segment of [...node.children.keys()].sort(compare2)) {
        const child = node.children.get(segment);
        const childMethod = child.method === void 0 ? void 0 : byKey.get(child.method);
        if (childMethod !== void 0) writeDoc(writer, childMethod.shortDocs);
        writer.write(`${propertyKey(segment)}: `);
        namespaceType(child, byKey, aliasOf)(writer);
        writer.write(";").newLine();
      }
    });
    writer.write("}");
  };
}
function writeTreeLiteral(writer, node) {
  writer.write("{").newLine();
  writer.indent(() => {
    if (node.method !== void 0) writer.write(`'': ${stringLiteral(node.method)},`).newLine();
    for (const segment of [...node.children.keys()].sort(compare2)) {
      const child = node.children.get(segment);
      if (child.children.size === 0 && child.method !== void 0) {
        writer.write(`${propertyKey(segment)}: ${stringLiteral(child.method)},`).newLine();
      } else {
        writer.write(`${propertyKey(segment)}: `);
        writeTreeLiteral(writer, child);
        writer.write(",").newLine();
      }
    }
  });
  writer.write("}");
}
function stringSet(values) {
  return (writer) => {
    if (values.length === 0) {
      writer.write("new Set<string>()");
      return;
    }
    writer.write("new Set<string>([").newLine();
    writer.indent(() => {
      for (const value of values) writer.write(`${stringLiteral(value)},`).newLine();
    });
    writer.write("])");
  };
}
var RUNTIME_CODE = `type MethodTree = { readonly [segment: string]: string | MethodTree };
type Invoke = (key: string, params: unknown, options?: CallOptions) => Promise<unknown>;

function wireNameOf(key: string): string {
  return key.endsWith('@v3') ? key.slice(0, -3) : key;
}

function versionedOptions(key: string, options: CallOptions | undefined): MethodCallOptions | undefined {
  return V3_KEYS.has(key) ? { ...options, apiVersion: 'v3' } : options;
}

function bindTree(tree: MethodTree, invoke: Invoke): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [segment, value] of Object.entries(tree)) {
    if (segment === '') continue;
    let member: unknown;
    if (typeof value === 'string') {
      member = (params?: unknown, options?: CallOptions): Promise<unknown> => invoke(value, params, options);
    } else {
      const children = bindTree(value, invoke);
      const self = value[''];
      member = typeof self === 'string'
        ? Object.assign((params?: unknown, options?: CallOptions): Promise<unknown> => invoke(self, params, options), children)
        : children;
    }
    Object.defineProperty(out, segment, { value: member, enumerable: true });
  }
  return out;
}

/** A typed client over the runtime core: \`call\`, \`batch\`, \`iterate\` and one namespace per method name. */
export function createClient(options: ClientOptions): B24Client {
  const core = createCore(options.v3Methods === undefined ? { ...options, v3Methods: V3_METHODS } : options);
  const invoke: Invoke = (key, params, callOptions) => core.call(wireNameOf(key), params ?? {}, versionedOptions(key, callOptions));
  const client: Record<string, unknown> = {
    ...bindTree(METHOD_TREE, invoke),
    core,
    call: (method: string, params?: unknown, callOptions?: CallOptions): Promise<unknown> => invoke(method, params, callOptions),
    batch: (commands: Readonly<Record<string, readonly [string, unknown]>>, batchOptions?: BatchOptions): Promise<unknown> => {
      const wire: Record<string, readonly [string, unknown]> = {};
      for (const [name, [method, params]] of Object.entries(commands)) wire[name] = [wireNameOf(method), params ?? {}];
      return core.batch(wire, batchOptions);
    },
    iterate: (method: string, params?: unknown, callOptions?: CallOptions): AsyncIterable<unknown> =>
      core.iterate(wireNameOf(method), params ?? {}, versionedOptions(method, callOptions)),
  };
  return client as unknown as B24Client;
}`;
function emitClientModule(plan) {
  const aliasOf = new Map(plan.sections.map((s) => [s.stem, s.namespaceAlias]));
  const byKey = new Map(plan.methods.map((m) => [m.key, m]));
  const lists = plan.methods.filter((m) => m.itemType !== void 0);
  const statements = [
    typeImport("./runtime/index.js", ["B24Core", "B24Error", "CallOptions", "ClientOptions", "MethodCallOptions"]),
    valueImport("./runtime/index.js", ["createCore"]),
    `import type * as ${SHARED_TYPES_ALIAS} from './types.js';`,
    ...plan.sections.map((s) => `import type * as ${s.namespaceAlias} from './methods/${s.stem}.js';`),
    {
      kind: StructureKind2.Interface,
      name: "MethodMap",
      isExported: true,
      docs: [{ description: "Every method by its key: params, result, documented error keys and call arguments." }],
      properties: plan.methods.map((m) => ({ name: stringLiteral(m.key), type: methodEntry(m, qualify(m, aliasOf)) }))
    },
    { kind: StructureKind2.TypeAlias, isExported: true, name: "MethodName", type: "keyof MethodMap" },
    { kind: StructureKind2.TypeAlias, isExported: true, name: "ParamsOf", typeParameters: [{ name: "M", constraint: "MethodName" }], type: "MethodMap[M]['params']" },
    { kind: StructureKind2.TypeAlias, isExported: true, name: "ResultOf", typeParameters: [{ name: "M", constraint: "MethodName" }], type: "MethodMap[M]['result']" },
    { kind: StructureKind2.TypeAlias, isExported: true, name: "ErrorsOf", typeParameters: [{ name: "M", constraint: "MethodName" }], type: "MethodMap[M]['errors']" },
    {
      kind: StructureKind2.Interface,
      name: "ListMethodMap",
      isExported: true,
      docs: [{ description: "List methods that `iterate` can walk, with the type of one item." }],
      properties: lists.map((m) => ({ name: stringLiteral(m.key), type: `{ item: ${printQualifiedItem(m, aliasOf, plan.sharedNames)} }` }))
    },
    { kind: StructureKind2.TypeAlias, isExported: true, name: "ListMethodName", type: "keyof ListMethodMap" },
    { kind: StructureKind2.TypeAlias, isExported: true, name: "ItemOf", typeParameters: [{ name: "M", constraint: "ListMethodName" }], type: "ListMethodMap[M]['item']" },
    {
      kind: StructureKind2.TypeAlias,
      isExported: true,
      name: "BatchCommand",
      docs: [{ description: "One command of a batch: `[method, params]`." }],
      type: "{ [M in MethodName]: readonly [method: M, params: ParamsOf<M>] }[MethodName]"
    },
    {
      kind: StructureKind2.Interface,
      name: "BatchOptions",
      isExported: true,
      properties: [
        { name: "halt", hasQuestionToken: true, type: "boolean" },
        { name: "signal", hasQuestionToken: true, type: "AbortSignal" }
      ]
    },
    {
      kind: StructureKind2.Interface,
      name: "BatchResult",
      isExported: true,
      typeParameters: [{ name: "C", constraint: "Readonly<Record<string, BatchCommand>>" }],
      properties: [
        { name: "result", type: "{ [K in keyof C]?: ResultOf<C[K][0]> }" },
        { name: "errors", type: "{ [K in keyof C]?: B24Error }" }
      ]
    },
    {
      kind: StructureKind2.Interface,
      name: "ClientNamespaces",
      isExported: true,
      docs: [{ description: "The methods as nested namespaces: `client.tasks.api.scrum.backlog.add(params)`." }],
      properties: [...plan.tree.children.keys()].sort(compare2).map((segment) => {
        const child = plan.tree.children.get(segment);
        const method = child.method === void 0 ? void 0 : byKey.get(child.method);
        return {
          name: propertyKey(segment),
          type: namespaceType(child, byKey, aliasOf),
          docs: method === void 0 ? [] : jsDocs(method.shortDocs)
        };
      })
    },
    {
      kind: StructureKind2.Interface,
      name: "B24Client",
      isExported: true,
      extends: ["ClientNamespaces"],
      properties: [{ name: "core", isReadonly: true, type: "B24Core", docs: ["The untyped core, for the standalone method functions."] }],
      methods: [
        {
          name: "call",
          typeParameters: [{ name: "M", constraint: "MethodName" }],
          parameters: [{ name: "method", type: "M" }, { name: "args", isRestParameter: true, type: "MethodMap[M]['args']" }],
          returnType: "Promise<ResultOf<M>>",
          docs: ["One call, typed by the method name."]
        },
        {
          name: "batch",
          typeParameters: [{ name: "const C", constraint: "Readonly<Record<string, BatchCommand>>" }],
          parameters: [{ name: "commands", type: "C" }, { name: "options", type: "BatchOptions", hasQuestionToken: true }],
          returnType: "Promise<BatchResult<C>>",
          docs: ["Several calls in one request (the runtime splits more than 50 commands)."]
        },
        {
          name: "iterate",
          typeParameters: [{ name: "M", constraint: "ListMethodName" }],
          parameters: [
            { name: "method", type: "M" },
            { name: "params", type: "ParamsOf<M>", hasQuestionToken: true },
            { name: "options", type: "CallOptions", hasQuestionToken: true }
          ],
          returnType: "AsyncIterable<ItemOf<M>>",
          docs: ["Every item of a list method, page after page."]
        }
      ]
    },
    constStatement("V3_KEYS", "ReadonlySet<string>", stringSet(plan.methods.filter((m) => m.apiVersion === "v3").map((m) => m.key))),
    constStatement(
      "V3_METHODS",
      "ReadonlySet<string>",
      stringSet(plan.methods.filter((m) => m.apiVersion === "v3" && m.key === m.wireName).map((m) => m.wireName))
    ),
    constStatement("METHOD_TREE", "MethodTree", (writer) => writeTreeLiteral(writer, plan.tree)),
    RUNTIME_CODE
  ];
  return printFile(statements);
}
function printQualifiedItem(plan, aliasOf, shared) {
  const ns = aliasOf.get(plan.sectionStem);
  if (plan.itemType === void 0) return "unknown";
  return printType(plan.itemType, (name) => shared.has(name) ? `${SHARED_TYPES_ALIAS}.${name}` : `${ns}.${name}`);
}
function constStatement(name, type, initializer) {
  return {
    kind: StructureKind2.VariableStatement,
    declarationKind: VariableDeclarationKind.Const,
    declarations: [{ name, type, initializer }]
  };
}

// generator/emit/core-module.ts
var CORE_CODE = `import type { B24Core } from './runtime/index.js';

/** The runtime core, or a typed client (which carries its core). */
export type CoreSource = B24Core | { readonly core: B24Core };

export function coreOf(source: CoreSource): B24Core {
  return 'core' in source ? source.core : source;
}`;
function emitCoreModule() {
  return printFile([CORE_CODE]);
}

// generator/emit/errors-module.ts
import { StructureKind as StructureKind3, VariableDeclarationKind as VariableDeclarationKind2 } from "ts-morph";
function catalog(plan) {
  return (writer) => {
    if (plan.systemErrors.length === 0) {
      writer.write("{} as const");
      return;
    }
    writer.write("{").newLine();
    writer.indent(() => {
      for (const error of plan.systemErrors) {
        const description = docText(error.description);
        if (description !== "") writer.write(`/** ${description.replace(/\n+/g, " ")} */`).newLine();
        const status = error.httpStatus === void 0 ? "" : `, status: ${error.httpStatus}`;
        writer.write(`${propertyKey(error.code)}: { code: ${stringLiteral(error.code)}${status}, message: ${stringLiteral(error.message)} },`).newLine();
      }
    });
    writer.write("} as const");
  };
}
function emitErrorsModule(plan) {
  const statements = [
    {
      kind: StructureKind3.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind2.Const,
      docs: [{ description: "Errors any method may answer with, keyed by the wire code, with their HTTP status." }],
      declarations: [{ name: "SystemErrorCode", initializer: catalog(plan) }]
    },
    { kind: StructureKind3.TypeAlias, isExported: true, name: "SystemErrorCode", type: "keyof typeof SystemErrorCode" },
    "export { B24Error, matchError } from './runtime/index.js';",
    "export type { ErrorDescriptor } from './runtime/index.js';"
  ];
  return printFile(statements);
}

// generator/emit/fixtures-module.ts
import { StructureKind as StructureKind4, VariableDeclarationKind as VariableDeclarationKind3 } from "ts-morph";

// generator/emit/literal.ts
function literalKey(key) {
  return key === "__proto__" ? `['__proto__']` : propertyKey(key);
}
function writeLiteral(writer, value) {
  if (value === null || value === void 0) {
    writer.write("null");
  } else if (typeof value === "string") {
    writer.write(stringLiteral(value));
  } else if (typeof value === "number") {
    writer.write(Number.isFinite(value) ? String(value) : "null");
  } else if (typeof value === "boolean") {
    writer.write(value ? "true" : "false");
  } else if (Array.isArray(value)) {
    if (value.length === 0) {
      writer.write("[]");
      return;
    }
    writer.write("[").newLine();
    writer.indent(() => {
      for (const item of value) {
        writeLiteral(writer, item);
        writer.write(",").newLine();
      }
    });
    writer.write("]");
  } else if (typeof value === "object") {
    const entries = Object.entries(value);
    if (entries.length === 0) {
      writer.write("{}");
      return;
    }
    writer.write("{").newLine();
    writer.indent(() => {
      for (const [key, item] of entries) {
        writer.write(`${literalKey(key)}: `);
        writeLiteral(writer, item);
        writer.write(",").newLine();
      }
    });
    writer.write("}");
  } else {
    writer.write("null");
  }
}

// generator/emit/fixtures-module.ts
var DEFAULT_ERROR_STATUS = 400;
function fixtureValue(plan) {
  return (writer) => {
    writer.write("{").newLine();
    writer.indent(() => {
      if (plan.fixture.response !== void 0) {
        writer.write("response: ");
        writeLiteral(writer, plan.fixture.response);
        writer.write(",").newLine();
      }
      writer.write("errors: [");
      if (plan.errors.length > 0) {
        writer.newLine();
        writer.indent(() => {
          for (const error of plan.errors) {
            const status = error.httpStatus ?? DEFAULT_ERROR_STATUS;
            writer.write(`{ code: ${stringLiteral(error.code)}, message: ${stringLiteral(error.message)}, status: ${status} },`).newLine();
          }
        });
      }
      writer.write("],").newLine();
    });
    writer.write("}");
  };
}
function emitFixturesModule(section) {
  const statements = [typeImport("../runtime/index.js", ["MethodFixture"])];
  if (section.fixtureImports.length > 0) {
    statements.push(typeImport("../types.js", ["TypedMethodFixture"]));
    statements.push(typeImport(`../methods/${section.stem}.js`, section.fixtureImports));
  }
  for (const plan of section.methods) {
    const note = plan.fixture.problem === void 0 ? `The documented answer and errors of \`${plan.wireName}\`.` : `The documented answer and errors of \`${plan.wireName}\`. Left untyped: ${docText(plan.fixture.problem)}.`;
    statements.push({
      kind: StructureKind4.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind3.Const,
      docs: [{ description: note }],
      declarations: [
        {
          name: plan.fixture.name,
          type: plan.fixture.typed ? `TypedMethodFixture<${plan.resultName}>` : "MethodFixture",
          initializer: fixtureValue(plan)
        }
      ]
    });
  }
  statements.push({
    kind: StructureKind4.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind3.Const,
    docs: [{ description: `Fixtures of the section, keyed by method.` }],
    declarations: [
      {
        name: section.fixturesName,
        type: "Readonly<Record<string, MethodFixture>>",
        initializer: (writer) => {
          writer.write("{").newLine();
          writer.indent(() => {
            for (const plan of section.methods) writer.write(`${stringLiteral(plan.key)}: ${plan.fixture.name},`).newLine();
          });
          writer.write("}");
        }
      }
    ]
  });
  return printFile(statements);
}
var MOCK_CODE = `/** Options of \`createMockClient\`: those of \`createClient\` except the transport, plus forced failures by method. */
export interface MockClientOptions extends Omit<ClientOptions, 'transport'> {
  fail?: Record<string, { code: string; message: string; status?: number }>;
}

/** A client answered by the documented fixtures, without a network. */
export function createMockClient(options: MockClientOptions = {}): B24Client {
  const { fail, ...rest } = options;
  return createClient({
    webhookUrl: 'https://mock.bitrix24.invalid/rest/1/mock/',
    rateLimit: false,
    ...rest,
    transport: createMockTransport(fixtures, fail === undefined ? undefined : { fail }),
  });
}`;
function emitMockModule(plan) {
  const statements = [
    typeImport("./runtime/index.js", ["ClientOptions", "MethodFixture"]),
    valueImport("./runtime/index.js", ["createMockTransport"]),
    typeImport("./client.js", ["B24Client"]),
    valueImport("./client.js", ["createClient"]),
    ...plan.sections.map((s) => valueImport(`./fixtures/${s.stem}.js`, [s.fixturesName])),
    {
      kind: StructureKind4.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind3.Const,
      docs: [{ description: "Every fixture of the package, keyed by method." }],
      declarations: [
        {
          name: "fixtures",
          type: "Readonly<Record<string, MethodFixture>>",
          initializer: (writer) => {
            writer.write("{").newLine();
            writer.indent(() => {
              for (const section of plan.sections) writer.write(`...${section.fixturesName},`).newLine();
            });
            writer.write("}");
          }
        }
      ]
    },
    MOCK_CODE,
    ...plan.sections.map((s) => `export * from './fixtures/${s.stem}.js';`)
  ];
  return printFile(statements);
}

// generator/emit/method-module.ts
import { StructureKind as StructureKind5, VariableDeclarationKind as VariableDeclarationKind4 } from "ts-morph";
function errorCatalog(plan) {
  return (writer) => {
    writer.write("{").newLine();
    writer.indent(() => {
      for (const error of plan.errors) {
        const message = error.message === "" ? "" : `, message: ${stringLiteral(error.message)}`;
        writer.write(`${propertyKey(error.key)}: { code: ${stringLiteral(error.code)}${message} },`).newLine();
      }
    });
    writer.write("} as const");
  };
}
function methodStatements(plan) {
  const out2 = plan.declarations.map(declarationStructure);
  if (plan.errorsName !== void 0 && plan.errorName !== void 0) {
    out2.push({
      kind: StructureKind5.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind4.Const,
      docs: [{ description: `Documented errors of \`${plan.wireName}\`, for \`matchError\`.` }],
      declarations: [{ name: plan.errorsName, initializer: errorCatalog(plan) }]
    });
    out2.push({
      kind: StructureKind5.TypeAlias,
      isExported: true,
      name: plan.errorName,
      type: `keyof typeof ${plan.errorsName}`
    });
  }
  const options = plan.apiVersion === "v3" ? "{ ...options, apiVersion: 'v3' }" : "options";
  const params = plan.paramsOptional ? "params ?? {}" : "params";
  out2.push({
    kind: StructureKind5.Function,
    isExported: true,
    name: plan.functionName,
    docs: jsDocs(plan.docs),
    parameters: [
      { name: "client", type: "CoreSource" },
      { name: "params", type: plan.paramsName, hasQuestionToken: plan.paramsOptional },
      { name: "options", type: "CallOptions", hasQuestionToken: true }
    ],
    returnType: `Promise<${plan.resultName}>`,
    statements: [
      `return coreOf(client).call(${stringLiteral(plan.wireName)}, ${params}, ${options}) as Promise<${plan.resultName}>;`
    ]
  });
  return out2;
}
function emitMethodModule(section) {
  const statements = [
    typeImport("../runtime/index.js", ["CallOptions"]),
    typeImport("../core.js", ["CoreSource"]),
    valueImport("../core.js", ["coreOf"])
  ];
  if (section.sharedImports.length > 0) statements.push(typeImport("../types.js", section.sharedImports));
  for (const plan of section.methods) statements.push(...methodStatements(plan));
  return printFile(statements);
}

// generator/emit/readme-example.ts
function inline(value) {
  if (value === null) return "null";
  if (typeof value === "string") return stringLiteral(value).replace(/`/g, "\\u0060");
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return `[${value.map(inline).join(", ")}]`;
  if (typeof value === "object") {
    const entries = Object.entries(value);
    if (entries.length === 0) return "{}";
    return `{ ${entries.map(([k, v]) => `${propertyKey(k).replace(/`/g, "\\u0060")}: ${inline(v)}`).join(", ")} }`;
  }
  return "null";
}
function readmeExample(plan) {
  let fallback;
  for (const method of plan.methods) {
    if (method.namespacePath === void 0 || !/^[A-Za-z0-9_.]+$/.test(method.wireName) || method.key !== method.wireName) continue;
    if (!method.namespacePath.every((s) => /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(s))) continue;
    const base = { wireName: method.wireName, functionName: method.functionName, path: method.namespacePath.join(".") };
    const request = method.exampleRequest;
    if (request !== void 0) {
      const text = inline(request);
      if (text.length <= 100 && mismatch(request, { kind: "reference", name: method.paramsName }, plan.resolve, "params") === void 0) {
        return { ...base, params: text };
      }
    }
    if (fallback === void 0 && method.paramsOptional) fallback = { ...base, params: "{}" };
  }
  return fallback;
}

// generator/emit/runtime-files.ts
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
function isRuntimeSource(name) {
  return name.endsWith(".ts") && !name.endsWith(".d.ts") && !/\.test(-d)?\.ts$/.test(name);
}
async function readRuntimeFiles(dir) {
  const out2 = /* @__PURE__ */ new Map();
  const walk = async (relative) => {
    const entries = await readdir(path.join(dir, relative), { withFileTypes: true });
    for (const entry of entries) {
      const rel = relative === "" ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) {
        if (entry.name !== "node_modules" && entry.name !== "__fixtures__") await walk(rel);
      } else if (entry.isFile() && isRuntimeSource(entry.name)) {
        out2.set(rel, (await readFile(path.join(dir, rel), "utf8")).replace(/\r\n?/g, "\n"));
      }
    }
  };
  await walk("");
  if (!out2.has("index.ts")) throw new Error(`the runtime directory ${dir} has no index.ts`);
  return out2;
}

// generator/emit/templates.ts
import { readFile as readFile2 } from "node:fs/promises";
import Handlebars from "handlebars";
var TEMPLATE_DIR = new URL("../../templates/", import.meta.url);
async function loadTemplates() {
  const hb = Handlebars.create();
  hb.registerHelper("json", (value) => JSON.stringify(value));
  hb.registerHelper("concat", (...args) => args.slice(0, -1).map(String).join(""));
  const names = ["package.json", "README.md", "index.ts"];
  const compiled = /* @__PURE__ */ new Map();
  for (const name of names) {
    const source = await readFile2(new URL(`${name}.hbs`, TEMPLATE_DIR), "utf8");
    compiled.set(name, hb.compile(source, { strict: true }));
  }
  return {
    render(name, view) {
      const template = compiled.get(name);
      return template(view);
    }
  };
}

// generator/emit/transpile.ts
import { ts } from "ts-morph";
var JS_OPTIONS = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  verbatimModuleSyntax: true,
  strict: true,
  newLine: ts.NewLineKind.LineFeed,
  removeComments: false
};
var DTS_OPTIONS = { ...JS_OPTIONS, declaration: true, isolatedDeclarations: true };
var TranspileError = class extends Error {
  constructor(fileName, messages) {
    super(`cannot transpile ${fileName}: ${messages.join("; ")}`);
    this.fileName = fileName;
    this.messages = messages;
  }
  fileName;
  messages;
};
function messagesOf(diagnostics) {
  return (diagnostics ?? []).map((d) => {
    const text = ts.flattenDiagnosticMessageText(d.messageText, "\n");
    if (d.file === void 0 || d.start === void 0) return text;
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
    return `${line + 1}:${character + 1} ${text}`;
  });
}
function transpileFile(fileName, source) {
  const js = ts.transpileModule(source, { compilerOptions: JS_OPTIONS, fileName, reportDiagnostics: true });
  const dts = ts.transpileDeclaration(source, { compilerOptions: DTS_OPTIONS, fileName, reportDiagnostics: true });
  const problems = [...messagesOf(js.diagnostics), ...messagesOf(dts.diagnostics)];
  if (problems.length > 0) throw new TranspileError(fileName, problems);
  return { js: js.outputText, dts: dts.outputText };
}

// generator/emit/types-module.ts
import { StructureKind as StructureKind6 } from "ts-morph";
function emitTypesModule(plan) {
  const statements = [typeImport("./runtime/index.js", ["MethodFixture"])];
  statements.push(...plan.shared.map(declarationStructure));
  statements.push({
    kind: StructureKind6.Interface,
    name: "TypedMethodFixture",
    isExported: true,
    typeParameters: ["R"],
    extends: ["MethodFixture"],
    docs: [{ description: "A fixture whose documented `result` type-checks against the method's result type." }],
    properties: [{ name: "response", hasQuestionToken: true, isReadonly: true, type: "{ readonly result: R; readonly [key: string]: unknown }" }]
  });
  return printFile(statements);
}

// generator/emit/index.ts
var PACKAGE_NAME = /^(@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/;
function compare3(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
async function emitSources(plan, options) {
  const templates = await loadTemplates();
  const files2 = /* @__PURE__ */ new Map();
  const view = {
    header: HEADER,
    packageName: options.packageName,
    packageVersion: options.packageVersion,
    sections: plan.sections.map((s) => ({ stem: s.stem })),
    methodCount: plan.methods.length,
    example: readmeExample(plan)
  };
  files2.set("src/index.ts", templates.render("index.ts", view));
  files2.set("src/client.ts", emitClientModule(plan));
  files2.set("src/core.ts", emitCoreModule());
  files2.set("src/errors.ts", emitErrorsModule(plan));
  files2.set("src/types.ts", emitTypesModule(plan));
  files2.set("src/mock.ts", emitMockModule(plan));
  for (const section of plan.sections) {
    files2.set(`src/methods/${section.stem}.ts`, emitMethodModule(section));
    files2.set(`src/fixtures/${section.stem}.ts`, emitFixturesModule(section));
  }
  for (const [name, text] of await readRuntimeFiles(options.runtimeDir)) files2.set(`src/runtime/${name}`, text);
  files2.set("package.json", templates.render("package.json", view));
  files2.set("README.md", templates.render("README.md", view));
  return files2;
}
async function emitPackage(ir2, options) {
  if (!PACKAGE_NAME.test(options.packageName)) throw new Error(`invalid package name: ${JSON.stringify(options.packageName)}`);
  if (!/^[0-9A-Za-z.+-]+$/.test(options.packageVersion)) throw new Error(`invalid package version: ${JSON.stringify(options.packageVersion)}`);
  const plan = planPackage(ir2);
  options.diagnostics?.push(...plan.diagnostics);
  const sources = await emitSources(plan, options);
  const out2 = /* @__PURE__ */ new Map();
  for (const [file, text] of sources) {
    out2.set(file, text);
    if (file.startsWith("src/") && file.endsWith(".ts")) {
      const { js, dts } = transpileFile(file, text);
      const stem = `dist/${file.slice("src/".length, -".ts".length)}`;
      out2.set(`${stem}.js`, js);
      out2.set(`${stem}.d.ts`, dts);
    }
  }
  return new Map([...out2.entries()].sort(([a], [b]) => compare3(a, b)));
}

// ../../tmp/emitplay/run.ts
var ir = JSON.parse(readFileSync("/work/main/test/fixtures/ir/backlog.json", "utf8"));
var diags = [];
var files = await emitPackage(ir, { packageName: "@b24gen/client", packageVersion: "0.1.0", runtimeDir: "/work/main/test/fixtures/runtime-stub", diagnostics: diags });
var out = "/tmp/emitplay/out";
rmSync(out, { recursive: true, force: true });
for (const [f, t] of files) {
  mkdirSync(path2.dirname(path2.join(out, f)), { recursive: true });
  writeFileSync(path2.join(out, f), t);
}
console.log([...files.keys()].join("\n"));
console.log(diags);
