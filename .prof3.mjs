// prof3.ts
import { mkdirSync, writeFileSync, mkdtempSync } from "node:fs";
import path4 from "node:path";
import os from "node:os";

// ../../work/main/generator/ir/types.ts
var IR_VERSION = 1;

// ../../work/main/generator/extract/flatten-includes.ts
var BOILERPLATE = {
  "required.md": "required",
  "examples.md": "examples",
  "error-info.md": "error-info",
  "error-info-v3.md": "error-info-v3",
  "system-errors.md": "system-errors"
};
function boilerplateKind(file2) {
  const parts = file2.split("/");
  const base = parts[parts.length - 1] ?? "";
  const inIncludes = parts.slice(0, -1).some((p) => p === "_includes" || p === "_include");
  return inIncludes ? BOILERPLATE[base] : void 0;
}
function sourceFileOf(node, pageFile) {
  return node.data?.sourceFile ?? pageFile;
}
function flattenIncludes(nodes) {
  const out = { nodes: [], boilerplate: [], broken: [] };
  const walk2 = (list, fromFile) => {
    for (const node of list) {
      if (node.type !== "yfmInclude") {
        if (fromFile !== void 0) {
          const data = node.data ??= {};
          data.sourceFile ??= fromFile;
        }
        out.nodes.push(node);
        continue;
      }
      const kind = boilerplateKind(node.file);
      if (kind) {
        if (!out.boilerplate.includes(kind)) out.boilerplate.push(kind);
        continue;
      }
      if (node.error !== void 0) out.broken.push(node);
      walk2(node.children, node.file);
    }
  };
  walk2(nodes, void 0);
  return out;
}

// ../../work/main/generator/extract/homoglyphs.ts
var LATIN_TO_CYRILLIC = {
  A: "\u0410",
  a: "\u0430",
  B: "\u0412",
  C: "\u0421",
  c: "\u0441",
  E: "\u0415",
  e: "\u0435",
  H: "\u041D",
  K: "\u041A",
  k: "\u043A",
  M: "\u041C",
  O: "\u041E",
  o: "\u043E",
  P: "\u0420",
  p: "\u0440",
  T: "\u0422",
  X: "\u0425",
  x: "\u0445",
  y: "\u0443",
  Y: "\u0423"
};
var CYRILLIC = /[\u0400-\u04ff]/;
function foldHomoglyphs(text) {
  return text.replace(/[\p{L}\p{M}]+/gu, (word) => CYRILLIC.test(word) ? word.replace(/[ABCEHKMOPTXYacekopxy]/g, (ch) => LATIN_TO_CYRILLIC[ch] ?? ch) : word);
}

// ../../work/main/generator/extract/mdast-text.ts
function plainText(node) {
  if (Array.isArray(node)) return node.map((n) => plainText(n)).join("");
  switch (node.type) {
    case "html":
      return /^<br\s*\/?>$/i.test(node.value.trim()) ? "\n" : "";
    case "break":
      return "\n";
    case "text":
    case "inlineCode":
    case "code":
      return node.value;
    case "image":
      return node.alt ?? "";
    default:
      break;
  }
  if ("children" in node) {
    const blockish = node.type === "root" || node.type === "listItem" || node.type === "list" || node.type === "blockquote" || node.type === "yfmTableCell" || node.type === "yfmNote" || node.type === "yfmTab" || node.type === "yfmCut" || node.type === "yfmInclude";
    const parts = node.children.map((c) => plainText(c));
    return blockish ? parts.join("\n") : parts.join("");
  }
  return "";
}
function flatText(node) {
  return plainText(node).replace(/\s+/g, " ").trim();
}
function markdownOf(nodes, source) {
  if (nodes.length === 0) return "";
  const first = nodes[0];
  const last = nodes[nodes.length - 1];
  const start = first.position?.start;
  const end = last.position?.end;
  if (start && end) {
    const slice = sliceByPosition(source, start.line, start.column, end.line, end.column);
    if (slice !== void 0 && looksLike(slice, plainText(nodes))) return slice.trim();
  }
  return nodes.map((n) => plainText(n).trim()).filter((t) => t !== "").join("\n\n");
}
function sliceByPosition(source, l1, c1, l2, c2) {
  const lineStarts = lineStartOffsets(source);
  const a = lineStarts[l1 - 1];
  const b = lineStarts[l2 - 1];
  if (a === void 0 || b === void 0) return void 0;
  const from = a + c1 - 1;
  const to = b + c2 - 1;
  if (from < 0 || to > source.length || to < from) return void 0;
  return source.slice(from, to);
}
var lineStartByString = /* @__PURE__ */ new Map();
function lineStartOffsets(source) {
  const cached = lineStartByString.get(source);
  if (cached) return cached;
  const starts = [0];
  for (let i = 0; i < source.length; i++) if (source.charCodeAt(i) === 10) starts.push(i + 1);
  if (lineStartByString.size > 4) lineStartByString.clear();
  lineStartByString.set(source, starts);
  return starts;
}
function looksLike(slice, text) {
  const probe = text.replace(/[^\p{L}\p{N}]+/gu, "").slice(0, 12);
  if (probe === "") return true;
  return slice.replace(/[^\p{L}\p{N}]+/gu, "").includes(probe);
}

// ../../work/main/generator/extract/method-identity.ts
var METHOD_NAME = /^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)+$/;
var WIRE_NAME = /^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)*$/;
function cleanToken(token) {
  return token.replace(/`/g, "").replace(/^[:,.()[\]"'«»]+|[:,.()[\]"'«»?!]+$/g, "");
}
function nameFromH1(h1) {
  const tokens2 = h1.split(/\s+/).map(cleanToken).filter((t) => t !== "");
  const last = tokens2[tokens2.length - 1];
  if (last !== void 0 && METHOD_NAME.test(last)) return { name: last, where: "tail" };
  for (let i = tokens2.length - 2; i >= 0; i--) {
    const t = tokens2[i];
    if (METHOD_NAME.test(t)) return { name: t, where: "middle" };
  }
  return void 0;
}
function methodOfUrl(text) {
  const m = /\/rest\/([^\s'"`?#\\]*)/.exec(text);
  if (!m) return void 0;
  const path5 = m[1];
  const segments = path5.split("/").filter((s) => s !== "");
  const last = segments[segments.length - 1]?.replace(/\.(json|xml)$/i, "");
  if (last === void 0 || !WIRE_NAME.test(last) || path5.endsWith("/")) return void 0;
  return { name: last, apiVersion: path5.startsWith("api/") ? "v3" : "v2" };
}
function codeNodes(nodes, out, tab) {
  for (const n of nodes) {
    if (n.type === "code") out.push(tab === void 0 ? { code: n } : { code: n, tab });
    else if (n.type === "yfmTab") codeNodes(n.children, out, n.label);
    else if (n.type !== "yfmTable" && "children" in n) codeNodes(n.children, out, tab);
  }
}
function curlCalls(nodes) {
  const fences2 = [];
  codeNodes(nodes, fences2);
  const ranked = fences2.filter(({ code, tab }) => tab !== void 0 ? /curl|http/i.test(tab) : /\bcurl\b/.test(code.value)).map(({ code, tab }, index) => ({ code, rank: tab !== void 0 && /webhook/i.test(tab) ? 0 : 1, index })).sort((x, y) => x.rank - y.rank || x.index - y.index);
  const calls = [];
  for (const { code } of ranked) {
    const call = methodOfUrl(code.value);
    if (call) calls.push(call);
  }
  return calls;
}
function nameFromProse(nodes) {
  for (const n of nodes) {
    if (n.type !== "paragraph" || !/\bmethods?\b|метод/i.test(flatText(n))) continue;
    for (const c of n.children) if (c.type === "inlineCode" && METHOD_NAME.test(c.value)) return c.value;
  }
  return void 0;
}
function squash(text) {
  return text.replace(/[-._]/g, "").toLowerCase();
}
function distance(a, b) {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up2 = prev[j];
      prev[j] = Math.min(up2 + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up2;
    }
  }
  return prev[b.length];
}
function identifyMethod(h1, curl, prose, source) {
  const fromH1 = nameFromH1(h1);
  if (fromH1?.where === "tail") {
    const name = fromH1.name;
    if (curl === void 0 || curl.toLowerCase() === name.toLowerCase()) return { name, from: "h1" };
    const sameShape = curl.split(".").length === name.split(".").length;
    const stem = source === void 0 ? void 0 : squash(source.split("/").pop().replace(/\.md$/, ""));
    const byFile = stem !== void 0 && squash(curl) === stem && squash(name) !== stem;
    if (byFile || sameShape && distance(curl.toLowerCase(), name.toLowerCase()) <= 2) {
      return { name: curl, from: "curl", mismatch: `the H1 names ${name} but the cURL example calls ${curl}; using ${curl}` };
    }
    return { name, from: "h1", mismatch: `the H1 names ${name} but the cURL example calls ${curl}; using ${name}` };
  }
  if (fromH1?.where === "middle") {
    const mid = fromH1.name;
    const other = curl ?? prose;
    if (other === void 0 || other === mid) return { name: mid, from: "h1-middle" };
    const result = { name: other, from: curl !== void 0 ? "curl" : "prose" };
    if (!other.startsWith(`${mid}.`)) result.mismatch = `the H1 mentions ${mid} but the example calls ${other}; using ${other}`;
    return result;
  }
  if (curl !== void 0) return { name: curl, from: "curl" };
  if (prose !== void 0) return { name: prose, from: "prose" };
  return {};
}

// ../../work/main/generator/extract/error-tables.ts
var HEADER_ROLES = [
  [/^(status|http status|статус)$/, "status"],
  [/^(code|error code|error|код|код ошибки|ошибка)$/, "code"],
  [/^(code|код)\s+(error message|сообщение об ошибке)$/, "codeMessage"],
  [/^(error message|error text|error description|message|сообщение об ошибке|текст ошибки|описание ошибки|сообщение)$/, "message"],
  [/^(description|описание)$/, "description"],
  [/^(value|when it occurs|additional information|how to fix|значение|когда возникает|дополнительная информация|как исправить)$/, "explanation"],
  [/^(field|поле)$/, "field"]
];
function normaliseLabel(text) {
  return foldHomoglyphs(text).replace(/\*/g, "").replace(/\s+/g, " ").trim().toLowerCase();
}
function roleOfLabel(text) {
  const label2 = normaliseLabel(text);
  return HEADER_ROLES.find(([re]) => re.test(label2))?.[1];
}
function strongTexts(node) {
  if (node.type === "strong") return [plainText(node)];
  return "children" in node ? node.children.flatMap(strongTexts) : [];
}
function headerRole(cell) {
  const labels = strongTexts(cell).map((t) => t.trim()).filter((t) => t !== "");
  if (labels.length === 2 && roleOfLabel(labels[0]) === "code" && roleOfLabel(labels[1]) === "message") return "codeMessage";
  return roleOfLabel(plainText(cell));
}
function errorTableColumns(table2) {
  const header = table2.children[0];
  if (!header || header.children.length < 2) return void 0;
  const roles = [];
  for (const c of header.children) {
    const role = headerRole(c);
    if (!role) return void 0;
    for (let i = 0; i < (c.colspan ?? 1); i++) roles.push(role);
  }
  const has = (r) => roles.includes(r);
  if (has("field") && !has("explanation") && !has("message")) return void 0;
  if (!has("code") && !has("codeMessage") && !has("field") && !has("status")) {
    if (roles[0] !== "description" && roles[0] !== "message") return void 0;
    if (!has("message") && !(has("description") && has("explanation"))) return void 0;
  }
  return roles;
}
function isErrorTable(table2) {
  return errorTableColumns(table2) !== void 0;
}
var EMPTY_CODES = /* @__PURE__ */ new Set(["empty value", "empty string", "-", "\u2014", "\u2013", "\u043F\u0443\u0441\u0442\u043E\u0435 \u0437\u043D\u0430\u0447\u0435\u043D\u0438\u0435", "\u043F\u0443\u0441\u0442\u0430\u044F \u0441\u0442\u0440\u043E\u043A\u0430", "none", ""]);
function normaliseCode(text) {
  const t = text.replace(/`/g, "").replace(/\s+/g, " ").trim();
  return EMPTY_CODES.has(t.toLowerCase()) ? "" : t;
}
function gridOf(table2) {
  const grid = [];
  const carried = [];
  for (const row of table2.children) {
    const out = [];
    let col = 0;
    const takeCarried = () => {
      while (carried[col] && carried[col].rows > 0) {
        out[col] = carried[col].cell;
        carried[col].rows--;
        col++;
      }
    };
    takeCarried();
    for (const c of row.children) {
      const ct = { plain: plainText(c).trim(), node: c };
      const span2 = Math.max(1, c.colspan ?? 1);
      for (let i = 0; i < span2; i++) {
        out[col] = ct;
        if ((c.rowspan ?? 1) > 1) carried[col] = { cell: ct, rows: (c.rowspan ?? 1) - 1 };
        col++;
      }
      takeCarried();
    }
    grid.push(out);
  }
  return grid;
}
function extractErrorTable(table2, options) {
  const roles = errorTableColumns(table2);
  if (!roles) return [];
  const col = (role) => roles.indexOf(role);
  const statusCol = col("status");
  const codeCol = col("code");
  const codeMessageCol = col("codeMessage");
  const fieldCol = col("field");
  const descriptionCol = col("description");
  const explanationCol = col("explanation");
  let messageCol = col("message");
  let explainCol = explanationCol;
  if (messageCol < 0) {
    messageCol = descriptionCol;
    if (explainCol < 0) explainCol = descriptionCol;
  } else if (explainCol < 0) {
    explainCol = descriptionCol >= 0 ? descriptionCol : messageCol;
  }
  const errors = [];
  const grid = gridOf(table2).slice(1);
  table2.children.slice(1).forEach((row, index) => {
    const cells = grid[index] ?? [];
    const text = (i) => i >= 0 ? cells[i]?.plain ?? "" : "";
    if (cells.every((c) => !c || c.plain === "")) return;
    let code = "";
    let message = text(messageCol);
    if (codeMessageCol >= 0) {
      const split = splitCodeAndMessage(cells[codeMessageCol]?.node);
      code = split.code;
      if (messageCol < 0 || messageCol === descriptionCol) message = split.message;
    } else if (codeCol >= 0) {
      code = normaliseCode(text(codeCol));
    } else if (options.v3Code !== void 0) {
      code = options.v3Code;
    }
    const error = {
      code,
      message: oneLine(message),
      description: explainCol >= 0 ? text(explainCol).replace(/[ \t]+\n/g, "\n") : ""
    };
    if (statusCol >= 0) {
      const status = Number.parseInt(text(statusCol).replace(/`/g, ""), 10);
      if (Number.isInteger(status) && status >= 100 && status <= 599) error.httpStatus = status;
    }
    if (fieldCol >= 0) {
      const field = normaliseCode(text(fieldCol));
      if (field !== "") error.field = field;
    }
    const position = row.position?.start ?? table2.position?.start;
    if (position) error.position = { file: options.file, line: position.line, column: position.column };
    errors.push(error);
  });
  return errors;
}
function oneLine(text) {
  return text.replace(/`/g, "").replace(/\s+/g, " ").trim();
}
function splitCodeAndMessage(node) {
  if (!node) return { code: "", message: "" };
  const text = plainText(node).trim();
  const firstCode = findFirst(node, "inlineCode");
  if (firstCode && "value" in firstCode) {
    const code = normaliseCode(String(firstCode.value));
    const at = text.indexOf(String(firstCode.value));
    const rest2 = at >= 0 ? text.slice(at + String(firstCode.value).length) : text;
    return { code, message: oneLine(rest2) };
  }
  const [first = "", ...rest] = text.split("\n");
  return { code: normaliseCode(first), message: oneLine(rest.join(" ")) };
}
function findFirst(node, type) {
  if (node.type === type) return node;
  if ("children" in node) {
    for (const c of node.children) {
      const hit = findFirst(c, type);
      if (hit) return hit;
    }
  }
  return void 0;
}
var V3_CODE_LINE = /^(?:error code|код ошибки)\s*:?\s*`?([A-Za-z0-9_.-]+)`?/i;
function v3ErrorCodeOf(node) {
  if (node.type !== "paragraph") return void 0;
  const m = V3_CODE_LINE.exec(flatText(node));
  return m?.[1];
}
function extractErrors(nodes, file2, diagnostics) {
  const errors = [];
  let v3Code;
  const walk2 = (list) => {
    for (const node of list) {
      if (node.type === "heading") {
        v3Code = void 0;
        continue;
      }
      const code = v3ErrorCodeOf(node);
      if (code !== void 0) {
        v3Code = code;
        continue;
      }
      if (node.type === "yfmTable") {
        const options = { file: file2, diagnostics };
        if (v3Code !== void 0) options.v3Code = v3Code;
        const fileOfTable = node.data?.sourceFile;
        if (fileOfTable) options.file = fileOfTable;
        const found = extractErrorTable(node, options);
        if (found.length > 0 && errorTableColumns(node)?.includes("field") && v3Code === void 0) {
          const p = node.position?.start;
          diagnostics.push({
            file: file2,
            line: p?.line ?? 1,
            column: p?.column ?? 1,
            severity: "warning",
            code: "v3-error-code-missing",
            message: 'REST 3.0 error table without an "Error Code:" paragraph above it'
          });
        }
        errors.push(...found);
        continue;
      }
      if (node.type === "yfmNote" || node.type === "yfmCut" || node.type === "yfmTab" || node.type === "yfmInclude") {
        walk2(node.children);
      } else if (node.type === "yfmTabs") {
        walk2(node.children);
      }
    }
  };
  walk2(nodes);
  return errors;
}

// ../../work/main/generator/extract/tables/heading-names.ts
var FRAME_WORDS = /* @__PURE__ */ new Set([
  "parameter",
  "parameters",
  "param",
  "object",
  "objects",
  "field",
  "fields",
  "of",
  "the",
  "a",
  "an",
  "type",
  "types",
  "structure",
  "element",
  "elements",
  "array",
  "item",
  "items",
  "description",
  "response",
  "in",
  "for",
  "and",
  "values",
  "value",
  "list",
  "format",
  "properties",
  "property",
  "settings",
  "available",
  "returned",
  "\u043F\u0430\u0440\u0430\u043C\u0435\u0442\u0440",
  "\u043F\u0430\u0440\u0430\u043C\u0435\u0442\u0440\u044B",
  "\u043F\u0430\u0440\u0430\u043C\u0435\u0442\u0440\u0430",
  "\u043E\u0431\u044A\u0435\u043A\u0442",
  "\u043E\u0431\u044A\u0435\u043A\u0442\u0430",
  "\u043F\u043E\u043B\u044F",
  "\u043F\u043E\u043B\u0435",
  "\u0442\u0438\u043F",
  "\u044D\u043B\u0435\u043C\u0435\u043D\u0442",
  "\u043C\u0430\u0441\u0441\u0438\u0432",
  "\u0441\u0442\u0440\u0443\u043A\u0442\u0443\u0440\u0430",
  "\u043E\u043F\u0438\u0441\u0430\u043D\u0438\u0435",
  "\u043C\u0430\u0441\u0441\u0438\u0432\u0430",
  "\u044D\u043B\u0435\u043C\u0435\u043D\u0442\u0430",
  "\u0437\u043D\u0430\u0447\u0435\u043D\u0438\u044F"
]);
function tokens(text) {
  return text.replace(/\{#[^}]*\}/g, " ").replace(/[`"'«»:()]/g, " ").split(/\s+/).map((w) => w.replace(/[.,;]+$/, "")).filter((w) => w !== "");
}
function toPath(word) {
  return word.split(".").map((p) => p.replace(/\[\]$/, "")).filter((p) => p !== "");
}
var PATTERNS = [
  /^(?:parameter|param|object|type|element|response element|параметр|объект|тип|элемент)\s+(\S+)(?:\s+(?:parameter|parameters|object|параметр))?$/i,
  /^(\S+)\s+(?:parameter|parameters|object|objects|field|fields|type|array|element|structure|параметр|объект)$/i,
  /^(?:fields?|structure|description|keys)\s+of\s+(?:the\s+|an?\s+)?(\S+)(?:\s+(?:object|array|parameter|element|type|field|objects))?$/i,
  /^(?:поля|структура|описание)\s+(?:объекта\s+|параметра\s+|массива\s+|элемента\s+)?(\S+)$/i,
  /^type of (\S+) element$/i,
  /^(\S+)$/
];
function headingNameCandidates(text) {
  const out = [];
  const add = (w) => {
    if (w === void 0) return;
    const path5 = toPath(w.replace(/[`"'«»:()]/g, ""));
    if (path5.length > 0 && !out.some((p) => p.join(".") === path5.join("."))) out.push(path5);
  };
  const code = /`([^`]+)`/g;
  for (let m = code.exec(text); m; m = code.exec(text)) add(m[1]);
  const plain = tokens(text).join(" ");
  for (const re of PATTERNS) add(re.exec(plain)?.[1]);
  for (const w of tokens(text)) if (!FRAME_WORDS.has(w.toLowerCase())) add(w);
  return out;
}
function headingSlug(text) {
  return text.replace(/\{#[^}]*\}/g, "").trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, "").trim().replace(/\s+/g, "-");
}

// ../../work/main/generator/extract/page-sections.ts
var VOCABULARY = [
  [/^(continue\b|see also|read also|смотрите также|см\. также|продолжите изучение|продолжите)/, "seeAlso"],
  [/^(error handling|possible error|possible errors|errors?$|обработка ошибок|возможные коды ошибок|возможные ошибки|ошибки)/, "errors"],
  [/^(response handling|response on success|successful response|returned data|returned fields|returned values|fields returned|result\b|response\b|обработка ответа|возвращаемые данные|ответ в случае успеха|успешный ответ|результат)/, "response"],
  [/^(code examples?|examples?$|some practical examples|specific examples|примеры? кода|примеры?$)/, "examples"],
  [/^(method parameters|parameters?\b|fields? parameters?|\S+ parameters?$|параметры метода|параметры|параметр(\s|$))/, "params"]
];
function roleFromHeading(title) {
  const t = foldHomoglyphs(title).toLowerCase().replace(/[`:]/g, "").replace(/\s+/g, " ").trim();
  return VOCABULARY.find(([re]) => re.test(t))?.[1];
}
var PARAM_HEADER = /^(name|field|parameter|key|value|title|название|поле|параметр|ключ|значение)(?![\p{L}\p{N}])/iu;
function isParamTable(table2) {
  const header = table2.children[0];
  if (!header || header.children.length < 2 || isErrorTable(table2)) return false;
  const first = foldHomoglyphs(flatText(header.children[0]));
  const rest = header.children.slice(1).map((c) => foldHomoglyphs(flatText(c)).toLowerCase());
  return PARAM_HEADER.test(first) && rest.some((r) => /description|описание/.test(r));
}
function hasCurl(nodes) {
  return someNode(nodes, (n) => n.type === "yfmTab" && /curl/i.test(n.label) || n.type === "code" && /\bcurl\b/.test(n.value) && /\/rest\//.test(n.value));
}
function isJsonFence(n) {
  return n.type === "code" && (/^json/i.test(n.lang ?? "") || (n.lang ?? "") === "" && /^\s*[{[]/.test(n.value));
}
function hasResultJson(nodes) {
  return nodes.some((n) => isJsonFence(n) && /"result"\s*:/.test(n.value));
}
function hasErrorEvidence(nodes) {
  return someNode(nodes, (n) => n.type === "yfmTable" && isErrorTable(n)) || nodes.some((n) => isJsonFence(n) && /"error"\s*:/.test(n.value) && !/"result"\s*:/.test(n.value));
}
function startsWithParamTable(nodes) {
  for (const n of nodes) {
    if (n.type === "yfmTable") return isParamTable(n);
    if (n.type === "heading" || n.type === "code" || n.type === "yfmTabs") return false;
  }
  return false;
}
function isLinkList(nodes) {
  const lists = nodes.filter((n) => n.type === "list");
  if (lists.length === 0 || lists.length !== nodes.length) return false;
  return lists.every((l) => l.type === "list" && l.children.length > 0 && l.children.every((item) => {
    const blocks = item.children;
    if (blocks.length !== 1 || blocks[0].type !== "paragraph") return false;
    const inline2 = blocks[0].children.filter((c) => !(c.type === "text" && c.value.trim() === ""));
    return inline2.length === 1 && inline2[0].type === "link" && !inline2[0].url.startsWith("#");
  }));
}
function someNode(nodes, test) {
  for (const n of nodes) {
    if (test(n)) return true;
    if (n.type !== "yfmTable" && "children" in n && someNode(n.children, test)) return true;
  }
  return false;
}
function linkedAnchors(nodes, into) {
  for (const n of nodes) {
    if (n.type === "link" && n.url.startsWith("#") && n.url.length > 1) into.add(n.url.slice(1));
    if ("children" in n) linkedAnchors(n.children, into);
  }
}
function anchorsOf(heading, title) {
  const out = [];
  if (heading?.data?.id) out.push(heading.data.id);
  const slug = headingSlug(title);
  if (slug !== "") out.push(slug);
  return out;
}
var BOILERPLATE_ROLE = {
  required: "params",
  examples: "examples",
  "error-info": "errors",
  "error-info-v3": "errors",
  "system-errors": "errors"
};
function structuralRoles(title, nodes, ctx, strength = "strong") {
  const roles = /* @__PURE__ */ new Set();
  if (strength === "weak") {
    if (ctx.boilerplate?.includes("required")) roles.add("params");
    else if (isLinkList(nodes)) roles.add("seeAlso");
    return roles;
  }
  for (const b of ctx.boilerplate ?? []) if (b !== "required") roles.add(BOILERPLATE_ROLE[b]);
  if (hasCurl(nodes)) roles.add("examples");
  if (hasResultJson(nodes)) roles.add("response");
  if (hasErrorEvidence(nodes)) roles.add("errors");
  if (startsWithParamTable(nodes)) {
    const seen = ctx.seen;
    if (anchorsOf(ctx.heading, title).some((a) => ctx.paramAnchors?.has(a))) roles.add("params");
    else if (seen.has("examples") || seen.has("response")) roles.add("response");
    else if (seen.has("params")) roles.add("response").add("params");
    else roles.add("params");
  }
  return roles;
}
var PRECEDENCE = ["examples", "response", "errors", "params", "seeAlso"];
function sectionRole(title, nodes, seen, context = {}) {
  const evidence = structuralRoles(title, nodes, { ...context, seen });
  if (evidence.size === 1) return [...evidence][0];
  const byWords = roleFromHeading(title);
  if (byWords !== void 0) return byWords;
  if (evidence.size === 0) {
    const weak = structuralRoles(title, nodes, { ...context, seen }, "weak");
    return weak.size === 1 ? [...weak][0] : "other";
  }
  return PRECEDENCE.find((r) => evidence.has(r)) ?? "other";
}
function splitPage(tree) {
  const layout = { intro: [], sections: [], boilerplate: [] };
  let current;
  const raw = [];
  for (const top of tree.children) {
    const flat = flattenIncludes([top]);
    for (const kind of flat.boilerplate) {
      if (!layout.boilerplate.includes(kind)) layout.boilerplate.push(kind);
      if (current && !current.boilerplate.includes(kind)) current.boilerplate.push(kind);
    }
    for (const node of flat.nodes) {
      if (node.type === "heading" && node.depth === 1 && !layout.h1) {
        layout.h1 = node;
        continue;
      }
      if (node.type === "heading" && node.depth === 2) {
        current = { heading: node, nodes: [], boilerplate: [] };
        raw.push(current);
        continue;
      }
      if (current) current.nodes.push(node);
      else layout.intro.push(node);
    }
  }
  const seen = /* @__PURE__ */ new Set();
  const paramAnchors = /* @__PURE__ */ new Set();
  for (const s of raw) {
    const title = flatText(s.heading);
    const role = sectionRole(title, s.nodes, seen, { heading: s.heading, boilerplate: s.boilerplate, paramAnchors });
    seen.add(role);
    if (role === "params") linkedAnchors(s.nodes, paramAnchors);
    layout.sections.push({ heading: s.heading, title, role, nodes: s.nodes });
  }
  return layout;
}
function sectionNodes(layout, role) {
  const out = [];
  let first = true;
  for (const s of layout.sections) {
    if (s.role !== role) continue;
    if (!first) out.push(s.heading);
    out.push(...s.nodes);
    first = false;
  }
  return out;
}
function h2Titles(tree) {
  return tree.children.filter((n) => n.type === "heading" && n.depth === 2).map((n) => flatText(n));
}

// ../../work/main/generator/extract/classify.ts
function pageFacts(tree) {
  const h1Node = tree.children.find((n) => n.type === "heading" && n.depth === 1);
  const quotes = tree.children.filter((n) => n.type === "blockquote").map((q) => flatText(q));
  const facts = {
    h2: h2Titles(tree).map(foldHomoglyphs),
    curlNames: curlCalls(tree.children).map((c) => c.name),
    whoCanExecute: quotes.some((q) => /who can (execute|perform|call|use)|кто может (выполнять|вызывать)/i.test(q)),
    whoCanSubscribe: quotes.some((q) => /who can subscribe|кто может подписаться/i.test(q)),
    boilerplate: flattenIncludes(tree.children).boilerplate
  };
  if (h1Node) facts.h1 = flatText(h1Node);
  return facts;
}
var EVENT_TAIL = /^(on[A-Z0-9]\w*|On[A-Z0-9]\w*|ON[A-Z0-9_]+)$/;
var DOTTED_EVENT_TAIL = /^[A-Z0-9_]+(\.[A-Z0-9_]+)*\.ON\.[A-Z0-9_.]+$/;
var METHOD_H2 = /^(method parameters|code examples|response handling|returned data|error handling|parameters|параметры метода|примеры кода|обработка ответа|возвращаемые данные|обработка ошибок)$/i;
var HANDLER_H2 = /what (the handler receives|comes to the handler)|что (получает|приходит (в|на)) обработчик/i;
function h1Tail(h1) {
  const tokens2 = (h1 ?? "").split(/\s+/).map(cleanToken).filter((t) => t !== "");
  return tokens2[tokens2.length - 1] ?? "";
}
function eventNameOf(h1) {
  const tail = h1Tail(h1);
  return EVENT_TAIL.test(tail) || DOTTED_EVENT_TAIL.test(tail) ? tail : void 0;
}
function isEventPage(source, facts) {
  const tail = h1Tail(facts.h1);
  if (EVENT_TAIL.test(tail) || DOTTED_EVENT_TAIL.test(tail)) return true;
  if (facts.h2.some((t) => HANDLER_H2.test(t))) return true;
  if (facts.whoCanSubscribe && !facts.whoCanExecute) return true;
  const parts = source.split("/");
  const base = parts[parts.length - 1] ?? "";
  return /^on-.*\.md$/.test(base) && parts.includes("events");
}
function widgetKindOf(source, facts) {
  if (!source.startsWith("api-reference/widgets/")) return void 0;
  const tail = h1Tail(facts.h1);
  if (/^BX24\./.test(tail)) return "js-sdk";
  if (/^\w+::\w+$/.test(tail)) return "js-event";
  if (facts.h2.some((t) => /^command parameters$|^параметры команды$/i.test(t))) return "js-command";
  if (/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/.test(tail) || facts.h2.some((t) => /where the widget is embedded|где встраивается/i.test(t))) {
    return "placement";
  }
  return void 0;
}
function isFragmentPath(source) {
  const parts = source.split("/");
  return parts.slice(0, -1).some((p) => p === "_include" || p === "_includes");
}
function classifyPage(source, facts) {
  if (isFragmentPath(source)) return { kind: "fragment" };
  if (!source.startsWith("api-reference/")) return { kind: "other" };
  if (source.endsWith("/index.md") || source === "api-reference/index.md") return { kind: "index" };
  if (source.startsWith("api-reference/widgets/")) {
    const widgetKind = widgetKindOf(source, facts) ?? (isEventPage(source, facts) ? "js-event" : void 0);
    if (widgetKind) return { kind: "widget", widgetKind };
    const methodShaped = facts.curlNames.length > 0 || facts.h2.some((t) => METHOD_H2.test(t));
    if (nameFromH1(facts.h1 ?? "") === void 0 && methodShaped) return { kind: "widget", widgetKind: "js-command" };
  } else if (isEventPage(source, facts)) {
    return { kind: "event" };
  }
  const methodH2 = facts.h2.some((t) => METHOD_H2.test(t)) || (facts.boilerplate ?? []).some((b) => b === "error-info" || b === "error-info-v3" || b === "system-errors");
  if (nameFromH1(facts.h1 ?? "") !== void 0 && (methodH2 || facts.whoCanExecute)) return { kind: "method" };
  if (facts.curlNames.length > 0 && methodH2) return { kind: "method" };
  return { kind: "concept" };
}

// ../../work/main/generator/extract/page-meta.ts
var SCOPE_LABEL = /^\s*(scope|скоуп|область( видимости)?)\s*:/i;
var ACCESS_LINE = /(?:who can (?:execute|perform|call|use|work with)[^:]*|кто может (?:выполнять|вызывать|выполнить)[^:]*):\s*([\s\S]*)$/i;
var SCOPES_PAGE = /(^|\/)scopes\/permissions\.(md|html)(#.*)?$/;
var LABELLED_LINE = /^([^:\n]{2,80}):[ \t]*(.*)$/;
function isScopesLink(node) {
  return node.type === "link" && SCOPES_PAGE.test(node.url);
}
function labelledScopeLink(para, at) {
  const before = para.children.slice(0, at);
  const text = before.map((c) => c.type === "text" ? c.value : c.type === "break" ? "\n" : "").join("");
  const line = text.split("\n").pop() ?? "";
  return /:\s*$/.test(line) && before.every((c) => c.type === "text" || c.type === "break");
}
function quoteParagraphs(intro) {
  return intro.filter((n) => n.type === "blockquote").flatMap((q) => q.children.filter((c) => c.type === "paragraph"));
}
function extractScopes(intro) {
  const scopes = [];
  for (const para of quoteParagraphs(intro)) {
    let inScope = false;
    for (const child of para.children) {
      if (!inScope) {
        if (child.type === "text" && SCOPE_LABEL.test(child.value)) inScope = true;
        else if (isScopesLink(child) && labelledScopeLink(para, para.children.indexOf(child))) inScope = true;
        if (!inScope || child.type !== "link") continue;
      }
      if (child.type === "break" || child.type === "text" && child.value.includes("\n")) {
        if (child.type === "text" && /who can|кто может/i.test(child.value)) break;
        if (child.type === "text" && LABELLED_LINE.test((child.value.split("\n").pop() ?? "").trim())) break;
        if (child.type === "break") break;
      }
      if (child.type === "link") {
        const name = scopeNameOf(child.children);
        if (name !== void 0 && !scopes.includes(name)) scopes.push(name);
      }
    }
  }
  return scopes;
}
function scopeNameOf(children) {
  const code = children.find((c) => c.type === "inlineCode");
  const text = code && code.type === "inlineCode" ? code.value : flatText(children);
  const t = text.trim();
  return /^[\w.-]+$/.test(t) ? t : void 0;
}
function extractAccess(intro) {
  const quotes = intro.filter((n) => n.type === "blockquote");
  for (const quote of quotes) {
    const found = accessIn(quote, (line) => ACCESS_LINE.exec(line)?.[1]);
    if (found !== void 0) return found;
  }
  const scopeQuote = quotes.find((q) => extractScopes([q]).length > 0);
  if (!scopeQuote) return void 0;
  return accessIn(scopeQuote, (line, para) => isScopeParagraph(para) && line === firstLine(para) ? void 0 : LABELLED_LINE.exec(line)?.[2]);
}
function firstLine(para) {
  return (plainText(para).split("\n")[0] ?? "").trim();
}
function isScopeParagraph(para) {
  return SCOPE_LABEL.test(plainText(para)) || para.children.some(isScopesLink);
}
function accessIn(quote, answer) {
  const children = quote.children;
  for (let i = 0; i < children.length; i++) {
    const para = children[i];
    if (para.type !== "paragraph") continue;
    for (const line of plainText(para).split("\n")) {
      const raw = answer(line.trim(), para);
      if (raw === void 0) continue;
      const access = raw.replace(/\s+/g, " ").trim();
      if (access !== "") return access;
      const next = children[i + 1];
      if (next?.type === "list") {
        const items = next.children.map((item) => flatText(item)).filter((t) => t !== "");
        if (items.length > 0) return items.join(" ");
      }
    }
  }
  return void 0;
}
function extractDescription(intro, source) {
  const parts = [];
  for (const node of intro) {
    if (node.type === "paragraph" || node.type === "list" || node.type === "code" || node.type === "table") {
      const md = markdownOf([node], source);
      if (md !== "") parts.push(md);
    } else if (node.type === "blockquote" && extractScopes([node]).length === 0 && !quoteParagraphs([node]).some((p) => SCOPE_LABEL.test(plainText(p)) || ACCESS_LINE.test(plainText(p)))) {
      const md = markdownOf([node], source);
      if (md !== "") parts.push(md);
    }
  }
  return parts.join("\n\n").replace(/\s*\{\.b24-info\}\s*$/gm, "");
}
var DOCS_SITE = "https://apidocs.bitrix24.com/";
function docsUrlOf(source) {
  return DOCS_SITE + source.replace(/\.md$/, ".html");
}
function sectionOf(source) {
  const parts = source.split("/");
  return parts[0] === "api-reference" && parts.length > 2 ? parts[1] : "";
}

// ../../work/main/generator/extract/resolve-link.ts
function resolveLink(href, fromFile) {
  const link = href.trim();
  if (link === "" || link.startsWith("#")) return link;
  if (/^[a-z][a-z0-9+.-]*:/i.test(link) || link.startsWith("//")) return link;
  const hashAt = link.indexOf("#");
  const beforeHash = hashAt >= 0 ? link.slice(0, hashAt) : link;
  const hash = hashAt >= 0 ? link.slice(hashAt) : "";
  const queryAt = beforeHash.indexOf("?");
  let path5 = queryAt >= 0 ? beforeHash.slice(0, queryAt) : beforeHash;
  if (path5 === "") return hash;
  const base = path5.startsWith("/") ? [] : dirSegments(fromFile);
  if (path5.endsWith("/")) path5 += "index.md";
  const segments = [...base];
  for (const segment of path5.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") {
      if (segments.length > 0 && segments[segments.length - 1] !== "..") segments.pop();
      else segments.push("..");
      continue;
    }
    segments.push(segment);
  }
  let resolved = segments.join("/");
  if (resolved.endsWith(".html")) resolved = `${resolved.slice(0, -".html".length)}.md`;
  return resolved + hash;
}
function dirSegments(file2) {
  const parts = file2.split("/").filter((p) => p !== "" && p !== ".");
  parts.pop();
  return parts;
}
function linkPath(resolved) {
  const at = resolved.indexOf("#");
  return at >= 0 ? resolved.slice(0, at) : resolved;
}

// ../../work/main/generator/extract/doc-links.ts
function docsLinkUrl(href, fromFile) {
  const link = href.trim();
  if (link === "" || /^[a-z][a-z0-9+.-]*:/i.test(link) || link.startsWith("//")) return void 0;
  const resolved = link.startsWith("#") ? `${fromFile}${link}` : resolveLink(link, fromFile);
  const hashAt = resolved.indexOf("#");
  const file2 = hashAt >= 0 ? resolved.slice(0, hashAt) : resolved;
  const hash = hashAt >= 0 ? resolved.slice(hashAt) : "";
  if (file2 === "" || file2.startsWith("..") || !file2.endsWith(".md")) return void 0;
  if (/[\s()<>]/.test(file2 + hash)) return void 0;
  return docsUrlOf(file2) + hash;
}
var LINK_TARGET = /(\]\()([^)\s]+)((?:\s+"[^"\n]*")?\))/g;
function absoluteDocLinks(markdown, fromFile) {
  if (!markdown.includes("](")) return markdown;
  return markdown.replace(LINK_TARGET, (all, open, target, close) => {
    const url = docsLinkUrl(target, fromFile);
    return url === void 0 ? all : `${open}${url}${close}`;
  });
}
function absoluteFieldLinks(fields, fromFile) {
  for (const f of fields) {
    f.description = absoluteDocLinks(f.description, f.position?.file ?? fromFile);
    if (f.fields) absoluteFieldLinks(f.fields, fromFile);
    if (f.keyPatterns) absolutePatternLinks(f.keyPatterns, fromFile);
  }
}
function absolutePatternLinks(patterns, fromFile) {
  for (const k of patterns) {
    k.description = absoluteDocLinks(k.description, k.position?.file ?? fromFile);
    if (k.fields) absoluteFieldLinks(k.fields, fromFile);
  }
}

// ../../work/main/generator/extract/safe-json.ts
function parseJsonSafe(text) {
  try {
    const value = JSON.parse(text, (key, v) => key === "__proto__" ? void 0 : v);
    return { ok: true, value };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const { line, column } = errorPlace(text, message);
    return { ok: false, message, line, column };
  }
}
function errorPlace(text, message) {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /at position (\d+)/.exec(message);
  const offset = pos ? Number(pos[1]) : text.length;
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

// ../../work/main/generator/extract/curl-payload.ts
var DATE_PLACEHOLDER = "2026-01-01T00:00:00+00:00";
var SUBSTITUTION_PLACEHOLDER = "**shell_substitution**";
function substitution(command) {
  return /^\s*date\b/.test(command) ? DATE_PLACEHOLDER : SUBSTITUTION_PLACEHOLDER;
}
function readSubstitution(s, i) {
  let depth = 0;
  let j = i + 1;
  for (; j < s.length; j++) {
    const ch = s[j];
    if (ch === "(") depth++;
    else if (ch === ")") {
      depth--;
      if (depth === 0) return { inner: s.slice(i + 2, j), end: j + 1 };
    }
  }
  return { inner: s.slice(i + 2), end: s.length };
}
function shellWords(command) {
  const words = [];
  let current = "";
  let start = -1;
  let i = 0;
  const begin = () => {
    if (start < 0) start = i;
  };
  const end = () => {
    if (start >= 0) words.push({ text: current, offset: start });
    current = "";
    start = -1;
  };
  while (i < command.length) {
    const ch = command[i];
    if (ch === "\\") {
      if (command[i + 1] === "\n") {
        i += 2;
        continue;
      }
      begin();
      current += command[i + 1] ?? "";
      i += 2;
      continue;
    }
    if (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
      end();
      i++;
      continue;
    }
    if (ch === "'") {
      begin();
      const close = command.indexOf("'", i + 1);
      const stop = close < 0 ? command.length : close;
      current += command.slice(i + 1, stop);
      i = stop + 1;
      continue;
    }
    if (ch === '"') {
      begin();
      i++;
      while (i < command.length && command[i] !== '"') {
        const c = command[i];
        if (c === "\\" && i + 1 < command.length && '$`"\\\n'.includes(command[i + 1])) {
          if (command[i + 1] !== "\n") current += command[i + 1];
          i += 2;
          continue;
        }
        if (c === "$" && command[i + 1] === "(") {
          const sub = readSubstitution(command, i);
          current += substitution(sub.inner);
          i = sub.end;
          continue;
        }
        current += c;
        i++;
      }
      i++;
      continue;
    }
    if (ch === "$" && command[i + 1] === "(") {
      begin();
      const sub = readSubstitution(command, i);
      current += substitution(sub.inner);
      i = sub.end;
      continue;
    }
    begin();
    current += ch;
    i++;
  }
  end();
  return words;
}
var DATA_FLAGS = /* @__PURE__ */ new Set(["-d", "--data", "--data-raw", "--data-binary", "--data-ascii", "--json"]);
function dataArguments(command) {
  const words = shellWords(command);
  const out = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    if (DATA_FLAGS.has(w.text) && words[k + 1]) out.push(words[++k]);
    else if (/^-d./.test(w.text) && !w.text.startsWith("--")) out.push({ text: w.text.slice(2), offset: w.offset });
    else if (/^--data(-raw|-binary)?=/.test(w.text)) out.push({ text: w.text.slice(w.text.indexOf("=") + 1), offset: w.offset });
  }
  return out;
}
function rawSingleQuotedData(command) {
  const m = /(?:^|\s)(?:-d|--data(?:-raw|-binary)?)\s+'([\s\S]*)'[ \t]*\\?[ \t]*\r?\n/.exec(command);
  return m?.[1];
}
function extractCurlPayload(command) {
  const args = dataArguments(command);
  const arg = args.find((a) => /^\s*[{[]/.test(a.text)) ?? args[0];
  if (!arg) return { kind: "none" };
  const parsed = parseJsonSafe(arg.text);
  if (parsed.ok) return { kind: "json", value: parsed.value, via: "shell" };
  const raw = rawSingleQuotedData(command);
  if (raw !== void 0 && raw !== arg.text) {
    const again = parseJsonSafe(raw);
    if (again.ok) return { kind: "json", value: again.value, via: "raw" };
  }
  const before = command.slice(0, arg.offset);
  const wordLine = before.split("\n").length;
  const wordColumn = arg.offset - before.lastIndexOf("\n");
  return {
    kind: "invalid",
    text: arg.text,
    message: parsed.message,
    line: wordLine + parsed.line - 1,
    column: parsed.line === 1 ? wordColumn + parsed.column : parsed.column
  };
}
function withoutAuth(body) {
  if (body === null || typeof body !== "object" || Array.isArray(body)) return body;
  const out = {};
  for (const [k, v] of Object.entries(body)) if (k !== "auth") out[k] = v;
  return out;
}

// ../../work/main/generator/extract/json-repair.ts
function repairJson(text) {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"' && text[j] !== "\n") j += text[j] === "\\" ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === "/" && text[i + 1] === "/") {
      while (i < text.length && text[i] !== "\n") i++;
      continue;
    }
    if (ch === "/" && text[i + 1] === "*") {
      const close = text.indexOf("*/", i + 2);
      i = close < 0 ? text.length : close + 2;
      continue;
    }
    const placeholder = /^(\*\*[A-Za-z0-9_.-]+\*\*|\$[A-Za-z_][A-Za-z0-9_]*)/.exec(text.slice(i, i + 80));
    if (placeholder) {
      out += JSON.stringify(placeholder[1]);
      i += placeholder[1].length;
      continue;
    }
    if (text.startsWith("...", i)) {
      i += 3;
      continue;
    }
    if (ch === "\u2026") {
      i++;
      continue;
    }
    out += ch;
    i++;
  }
  let prev;
  do {
    prev = out;
    out = out.replace(/,(\s*[}\]])/g, "$1").replace(/([[{,]\s*),/g, "$1");
  } while (out !== prev);
  return out;
}

// ../../work/main/generator/extract/examples.ts
function fences(nodes, pageFile) {
  const out = [];
  const walk2 = (list, file2, tab) => {
    for (const n of list) {
      if (n.type === "code") out.push(tab === void 0 ? { code: n, file: file2 } : { code: n, tab, file: file2 });
      else if (n.type === "yfmTab") walk2(n.children, file2, n.label);
      else if (n.type !== "yfmTable" && "children" in n) walk2(n.children, file2, tab);
    }
  };
  for (const n of nodes) walk2([n], sourceFileOf(n, pageFile), void 0);
  return out;
}
function fenceStart(f) {
  const p = f.code.position?.start;
  return { file: f.file, line: p?.line ?? 1, column: p?.column ?? 1 };
}
function isJson(code) {
  const lang = (code.lang ?? "").toLowerCase();
  return lang.startsWith("json") || lang === "" && /^\s*[{[]/.test(code.value);
}
function isCurl(f) {
  return f.tab !== void 0 ? /curl|http/i.test(f.tab) : /\bcurl\b/.test(f.code.value);
}
function requestFence(all) {
  const curl = all.filter(isCurl);
  const webhook = curl.find((f) => f.tab !== void 0 && /webhook/i.test(f.tab) && /\/rest\//.test(f.code.value));
  if (webhook) return { fence: webhook, oauth: false };
  const oauth = curl.find((f) => f.tab !== void 0 && /oauth/i.test(f.tab));
  if (oauth) return { fence: oauth, oauth: true };
  const any = curl.find((f) => /\/rest\//.test(f.code.value));
  return any ? { fence: any, oauth: /"auth"\s*:/.test(any.code.value) } : void 0;
}
function invalidJson(f, what, message, line, column, repaired) {
  const start = fenceStart(f);
  return {
    file: start.file,
    line: start.line + line,
    column: column + start.column - 1,
    severity: "warning",
    code: "invalid-example-json",
    // One line: diagnostics are printed one a line and the engine quotes the doc text.
    message: `${what} example is not valid JSON (${message.replace(/\s+/g, " ").slice(0, 160)})${repaired ? "; used a repaired copy" : ""}`
  };
}
function parseFence(f, what, diagnostics) {
  const parsed = parseJsonSafe(f.code.value);
  if (parsed.ok) return { value: parsed.value };
  const repaired = parseJsonSafe(repairJson(f.code.value));
  const lenient = /^json(c|5)$/i.test(f.code.lang ?? "");
  if (!(lenient && repaired.ok)) diagnostics.push(invalidJson(f, what, parsed.message, parsed.line, parsed.column, repaired.ok));
  return repaired.ok ? { value: repaired.value } : void 0;
}
function queryParams(command) {
  const out = {};
  const m = /\/rest\/[^\s'"?]*\?([^\s'"#]+)/.exec(command);
  if (!m) return out;
  for (const pair of m[1].split("&")) {
    if (pair === "") continue;
    const at = pair.indexOf("=");
    const decode = (t) => {
      try {
        return decodeURIComponent(t.replace(/\+/g, " "));
      } catch {
        return t;
      }
    };
    const key = decode(at < 0 ? pair : pair.slice(0, at));
    if (key === "__proto__" || key === "") continue;
    out[key] = decode(at < 0 ? "" : pair.slice(at + 1));
  }
  return out;
}
function extractExamples(layout, file2, diagnostics) {
  const examples = {};
  let exampleNodes = sectionNodes(layout, "examples");
  if (exampleNodes.length === 0) exampleNodes = layout.sections.filter((s) => s.role === "other").flatMap((s) => s.nodes);
  const request = requestFence(fences(exampleNodes, file2));
  if (request) {
    const payload = extractCurlPayload(request.fence.code.value);
    if (payload.kind === "json") {
      examples.request = withoutAuth(payload.value);
      examples.requestPosition = fenceStart(request.fence);
    } else if (payload.kind === "none") {
      examples.request = queryParams(request.fence.code.value);
      examples.requestPosition = fenceStart(request.fence);
    } else if (payload.kind === "invalid") {
      const repaired = parseJsonSafe(repairJson(payload.text));
      diagnostics.push(invalidJson(request.fence, "request", payload.message, payload.line, payload.column, repaired.ok));
      if (repaired.ok) {
        examples.request = withoutAuth(repaired.value);
        examples.requestPosition = fenceStart(request.fence);
      }
    }
  }
  const response = fences(sectionNodes(layout, "response"), file2).find((f) => isJson(f.code));
  if (response) {
    const parsed = parseFence(response, "response", diagnostics);
    if (parsed) {
      examples.response = parsed.value;
      examples.responsePosition = fenceStart(response);
    }
  }
  const error = fences(sectionNodes(layout, "errors"), file2).find((f) => isJson(f.code));
  if (error) {
    const parsed = parseFence(error, "error", diagnostics);
    if (parsed) examples.error = parsed.value;
  }
  return examples;
}

// ../../work/main/generator/extract/deprecation.ts
var DEPRECATED_TITLE = /deprecated|outdated|(has been|have been|was|is) (halted|discontinued|stopped)|no longer (supported|developed)|устарел|устаревш|прекращен|остановлен|не развивается|больше не поддерживается/i;
function isDeprecationNote(node) {
  return node.type === "yfmNote" && node.title !== null && DEPRECATED_TITLE.test(foldHomoglyphs(node.title));
}
function firstLink(nodes) {
  for (const n of nodes) {
    if (n.type === "link") return n;
    if ("children" in n) {
      const hit = firstLink(n.children);
      if (hit) return hit;
    }
  }
  return void 0;
}
function isDeprecatedFolder(source) {
  return source.split("/").slice(0, -1).some((p) => p === "outdated" || p === "deprecated");
}
function extractDeprecation(intro, source, text) {
  const note = intro.find(isDeprecationNote);
  if (note) {
    const deprecation = { message: markdownOf(note.children, text), reason: "note" };
    const link = firstLink(note.children);
    if (link) {
      const label2 = flatText(link).replace(/[()]/g, "").trim();
      if (METHOD_NAME.test(label2)) deprecation.replacement = label2;
      const target = linkPath(resolveLink(link.url, source));
      if (target.endsWith(".md") && !/^[a-z][a-z0-9+.-]*:/i.test(target)) deprecation.replacementSource = target;
    }
    return deprecation;
  }
  if (isDeprecatedFolder(source)) return { message: "", reason: "folder" };
  return void 0;
}

// ../../work/main/generator/extract/see-also.ts
function extractSeeAlso(nodes, source) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const walk2 = (list) => {
    for (const n of list) {
      if (n.type === "link") add(n);
      else if ("children" in n && n.type !== "yfmTable") walk2(n.children);
    }
  };
  const add = (link) => {
    const href = resolveLink(link.url, source);
    if (href === "" || seen.has(href)) return;
    seen.add(href);
    const title = flatText(link);
    out.push(title === "" || title === "{#T}" ? { href } : { title, href });
  };
  walk2(nodes);
  return out;
}

// ../../work/main/generator/extract/tables/field-order.ts
function normalizeField(f) {
  const out = { name: f.name };
  if (f.aliases && f.aliases.length > 0) out.aliases = f.aliases;
  out.required = f.required;
  if (f.requiredMark !== void 0) out.requiredMark = f.requiredMark;
  out.type = f.type;
  out.description = f.description;
  if (f.deprecated !== void 0) out.deprecated = f.deprecated;
  if (f.fields && f.fields.length > 0) out.fields = f.fields.map(normalizeField);
  if (f.keyPatterns && f.keyPatterns.length > 0) out.keyPatterns = f.keyPatterns;
  if (f.requiredOneOf && f.requiredOneOf.length > 0) out.requiredOneOf = f.requiredOneOf;
  if (f.aliasSource !== void 0 && out.aliases !== void 0) out.aliasSource = f.aliasSource;
  if (f.position !== void 0) out.position = f.position;
  return out;
}
function nestDottedNames(fields) {
  const out = [];
  for (const f of fields) {
    const parts = f.name.split(".").map((p) => p.replace(/\[\]$/, ""));
    if (parts.length < 2 || parts.some((p) => p === "")) {
      out.push(f);
      continue;
    }
    let level = out;
    let parent;
    for (const part of parts.slice(0, -1)) {
      parent = level.find((x) => x.name === part || x.name === `${part}[]`);
      if (!parent) break;
      parent.fields = parent.fields ?? [];
      level = parent.fields;
    }
    if (!parent) {
      out.push(f);
      continue;
    }
    level.push({ ...f, name: parts[parts.length - 1] });
  }
  return out;
}
function isBareArrayType(t) {
  if (t.kind === "array") return t.items === void 0 || t.items.kind === "unknown";
  return t.kind === "scalar" && (t.name ?? t.raw).toLowerCase() === "array";
}
function mergeElementRows(fields) {
  const out = [];
  for (const f of fields) {
    if (f.fields) f.fields = mergeElementRows(f.fields);
    if (!/^[^.[\]]+\[\]$/.test(f.name)) {
      out.push(f);
      continue;
    }
    const base = f.name.slice(0, -2);
    const sibling = fields.find((x) => x.name === base);
    if (sibling === void 0) {
      out.push({ ...f, name: base, type: { raw: `${f.type.raw}[]`, kind: "array", items: f.type } });
      continue;
    }
    if (isBareArrayType(sibling.type)) sibling.type = { raw: sibling.type.raw, kind: "array", items: f.type };
    const children = sibling.fields ?? [];
    for (const c of f.fields ?? []) if (!children.some((x) => x.name === c.name)) children.push(c);
    if (children.length > 0) sibling.fields = children;
  }
  return out;
}

// ../../work/main/generator/extract/tables/cell-tokens.ts
function cellTokens(blocks) {
  const out = [];
  blocks.forEach((block2, i) => {
    if (i > 0) out.push({ t: "text", text: "\n" });
    walk(block2, out, void 0);
  });
  return mergeText(out);
}
function walk(node, out, href) {
  switch (node.type) {
    case "text":
      out.push(href === void 0 ? { t: "text", text: node.value } : { t: "text", text: node.value, href });
      return;
    case "inlineCode":
      out.push(href === void 0 ? { t: "code", text: node.value } : { t: "code", text: node.value, href });
      return;
    case "break":
      out.push({ t: "text", text: "\n" });
      return;
    case "strong":
      out.push({ t: "strong", text: plainText2(node) });
      return;
    case "link":
      for (const c of node.children) walk(c, out, node.url);
      return;
    case "html":
      out.push({ t: "text", text: /^<br\s*\/?>$/i.test(node.value.trim()) ? "\n" : node.value });
      return;
    default:
      if ("children" in node) {
        for (const c of node.children) walk(c, out, href);
      } else if ("value" in node && typeof node.value === "string") {
        out.push({ t: "text", text: node.value });
      }
  }
}
function plainText2(node) {
  if ("value" in node && typeof node.value === "string") return node.value;
  if ("children" in node) return node.children.map(plainText2).join("");
  return "";
}
function mergeText(tokens2) {
  const out = [];
  for (const tok of tokens2) {
    const prev = out[out.length - 1];
    if (tok.t === "text" && prev?.t === "text" && prev.href === tok.href) {
      prev.text += tok.text;
    } else {
      out.push({ ...tok });
    }
  }
  return out;
}
function anchorLinks(nodes) {
  const out = [];
  const visit = (n) => {
    if (n.type === "link" && n.url.startsWith("#") && n.url.length > 1) out.push(n.url.slice(1));
    if ("children" in n) for (const c of n.children) visit(c);
  };
  for (const n of nodes) visit(n);
  return out;
}

// ../../work/main/generator/extract/tables/context.ts
function positionOf(node, ctx) {
  const file2 = node && ctx.fileOf ? ctx.fileOf(node) : ctx.file;
  return { file: file2, line: node?.position?.start.line ?? 1, column: node?.position?.start.column ?? 1 };
}
function report(ctx, node, code, message, severity = "warning") {
  ctx.diagnostics.push({ ...positionOf(node, ctx), severity, code, message });
}
function typeTarget(href, ctx, node) {
  const from = node && ctx.fileOf ? ctx.fileOf(node) : ctx.file;
  const resolved = ctx.resolveLink(href, from);
  return resolved.startsWith("#") ? `${ctx.file}${resolved}` : resolved;
}

// ../../work/main/generator/extract/tables/enum-values.ts
var VALUE_WORDS = /values?|значени|one of/i;
var ENUM_BASES = /* @__PURE__ */ new Set(["string", "char", "integer", "int", "boolean", "bool", "enum", "text"]);
function leadCode(p) {
  if (!p || p.type !== "paragraph") return void 0;
  const [first, second] = p.children;
  if (first?.type !== "inlineCode") return void 0;
  if (second === void 0) return void 0;
  if (second.type !== "text" || !/^\s*(—|–|-|:|=)\s*/.test(second.value)) return void 0;
  return first.value.trim();
}
function textOf(n) {
  if ("value" in n && typeof n.value === "string") return n.value;
  if ("children" in n) return n.children.map(textOf).join("");
  return "";
}
function listValues(list) {
  const out = [];
  for (const item of list.children) {
    const v = leadCode(item.children[0]);
    if (v === void 0 || v === "") return void 0;
    out.push(v);
  }
  return out.length >= 2 ? out : void 0;
}
function inlineValues(p) {
  const kids = p.children;
  for (let i = 0; i < kids.length; i++) {
    const k = kids[i];
    if (k?.type !== "text" || !/(values?|значени[яй]?)\s*:?\s*$/i.test(k.value)) continue;
    const out = [];
    let j = i + 1;
    while (j < kids.length) {
      const c = kids[j];
      if (c?.type !== "inlineCode") break;
      out.push(c.value.trim());
      const sep = kids[j + 1];
      if (sep?.type === "text" && /^\s*(,|or|and|или|и)\s*$/.test(sep.value)) j += 2;
      else break;
    }
    const after = kids[j + 1];
    if (out.length >= 2 && !(after?.type === "text" && /^\s*,?\s*(as well|also|и также|а также)/i.test(after.value))) return out;
  }
  return void 0;
}
function asValues(quoted, base) {
  const raw = quoted.every((v) => /^(['"]).*\1$/.test(v) && v.length >= 2) ? quoted.map((v) => v.slice(1, -1)) : quoted;
  if (base === "integer" || base === "int") return raw.every((v) => /^-?\d+$/.test(v)) ? raw.map(Number) : void 0;
  if (base === "boolean" || base === "bool") return raw.every((v) => v === "Y" || v === "N") ? raw : void 0;
  if (base === "enum" && raw === quoted && raw.every((v) => /^-?\d+$/.test(v))) return [...raw.map(Number), ...raw];
  return raw.every((v) => v.length <= 64 && !/\s{2}|[{}[\]]/.test(v)) ? raw : void 0;
}
function refineEnum(type, description) {
  if (type.kind !== "scalar" || type.name === void 0 || !ENUM_BASES.has(type.name)) return type;
  for (let i = 0; i < description.length; i++) {
    const n = description[i];
    if (n.type === "list") {
      const prev = description[i - 1];
      if (!prev || !VALUE_WORDS.test(textOf(prev))) continue;
      const vals = listValues(n);
      const values = vals && asValues(vals, type.name);
      if (values) return { ...type, kind: "enum", values };
    } else if (n.type === "paragraph") {
      const vals = inlineValues(n);
      const values = vals && asValues(vals, type.name);
      if (values) return { ...type, kind: "enum", values };
    }
  }
  return type;
}

// ../../work/main/generator/extract/tables/markdown.ts
function toMarkdown(nodes) {
  return nodes.map((n) => block(n, "")).filter((s) => s !== "").join("\n\n").trim();
}
function block(node, indent) {
  switch (node.type) {
    case "paragraph":
      return inline(node.children);
    case "heading":
      return `${"#".repeat(node.depth)} ${inline(node.children)}`;
    case "code":
      return "```" + (node.lang ?? "") + "\n" + node.value + "\n```";
    case "list": {
      let n = node.start ?? 1;
      return node.children.map((item) => {
        const marker = node.ordered ? `${n++}. ` : "- ";
        const body = item.children.map((c) => block(c, indent + "  ")).join("\n");
        return marker + body.split("\n").join("\n  ");
      }).join("\n");
    }
    case "blockquote":
      return node.children.map((c) => block(c, indent)).join("\n\n").split("\n").map((l) => `> ${l}`).join("\n");
    case "thematicBreak":
      return "---";
    case "html":
      return node.value;
    case "yfmTable":
      return node.children.map((row) => "|| " + row.children.map((cell) => toMarkdown(cell.children)).join(" | ") + " ||").join("\n");
    default:
      if ("children" in node) return node.children.map((c) => block(c, indent)).filter((s) => s !== "").join("\n\n");
      if ("value" in node && typeof node.value === "string") return node.value;
      return "";
  }
}
function inline(nodes) {
  return nodes.map((n) => {
    switch (n.type) {
      case "text":
        return n.value;
      case "inlineCode":
        return n.value.includes("`") ? "``` " + n.value + " ```" : "`" + n.value + "`";
      case "strong":
        return `**${inline(n.children)}**`;
      case "emphasis":
        return `_${inline(n.children)}_`;
      case "delete":
        return `~~${inline(n.children)}~~`;
      case "break":
        return "\n";
      case "link":
        return `[${inline(n.children)}](${n.url})`;
      case "image":
        return `![${n.alt ?? ""}](${n.url})`;
      case "html":
        return n.value;
      default:
        if ("children" in n) return inline(n.children);
        return "value" in n && typeof n.value === "string" ? n.value : "";
    }
  }).join("");
}

// ../../work/main/generator/extract/tables/name-cell.ts
function isTypeToken(tok) {
  return tok.t === "code" || tok.t === "text" && tok.href !== void 0;
}
function markOf(text) {
  const t = text.replace(/^[ \t]+/, "");
  if (t.startsWith("^*^")) return "required";
  const stars = /^\*+/.exec(t)?.[0].length ?? 0;
  if (stars === 1) return "required";
  if (stars >= 2) return "conditional";
  return void 0;
}
function stronger(a, b) {
  if (b === void 0) return a;
  if (a === "required" || b === "required") return "required";
  if (a === "conditional" || b === "conditional") return "conditional";
  return "optional";
}
function parseNameCell(tokens2) {
  const firstType = tokens2.findIndex(isTypeToken);
  const head = firstType < 0 ? tokens2 : tokens2.slice(0, firstType);
  const typeTokens = firstType < 0 ? [] : tokens2.slice(firstType);
  const names = [];
  let mark = "optional";
  head.forEach((tok, i) => {
    if (tok.t !== "strong") return;
    let name2 = tok.text.trim();
    if (/\^\*\^$/.test(name2)) {
      name2 = name2.replace(/\s*\^\*\^$/, "");
      mark = stronger(mark, "required");
    } else if (/\*+$/.test(name2)) {
      mark = stronger(mark, name2.endsWith("**") ? "conditional" : "required");
      name2 = name2.replace(/\*+$/, "");
    }
    const next = head[i + 1];
    if (next?.t === "text") mark = stronger(mark, markOf(next.text));
    for (const part of name2.split(/\s*\\?\|\s*/)) {
      const clean = part.trim();
      if (clean !== "" && !names.includes(clean)) names.push(clean);
    }
  });
  for (const tok of head) {
    if (tok.t === "text" && /(^|\n)\s*(\^\*\^|\*)\s*$/.test(tok.text) && names.length > 0) mark = stronger(mark, "required");
  }
  const [name, ...aliases] = names;
  return name === void 0 ? { aliases: [], requiredMark: mark, typeTokens } : { name, aliases, requiredMark: mark, typeTokens };
}

// ../../work/main/generator/extract/tables/table-shape.ts
var NAME_WORDS = /* @__PURE__ */ new Set([
  "name",
  "field",
  "fields",
  "parameter",
  "parameters",
  "param",
  "key",
  "value",
  "title",
  "property",
  "attribute",
  "option",
  "\u043D\u0430\u0437\u0432\u0430\u043D\u0438\u0435",
  "\u043F\u0430\u0440\u0430\u043C\u0435\u0442\u0440",
  "\u043F\u043E\u043B\u0435",
  "\u043A\u043B\u044E\u0447",
  "\u0437\u043D\u0430\u0447\u0435\u043D\u0438\u0435",
  "\u0438\u043C\u044F",
  "\u0441\u0432\u043E\u0439\u0441\u0442\u0432\u043E",
  "\u0430\u0442\u0440\u0438\u0431\u0443\u0442"
]);
var TYPE_WORDS = /^(type|тип)$/i;
var DESC_WORDS = /^(description|описание|descriptions)$/i;
var NOT_FIELD_TABLE = /error|ошибк|how to fix|исправить|^code$|^код$|^method$|^метод$|^event$|^событие$/i;
function logicalCells(cells) {
  const out = [];
  for (const c of cells) for (let i = 0; i < Math.max(1, c.colspan ?? 1); i++) out.push(c);
  return out;
}
function label(tokens2) {
  return foldHomoglyphs(tokens2.filter((t) => t.t === "strong" || t.t === "text").map((t) => t.text).join(" ").replace(/[*\s/]+/g, " ").trim());
}
function headerNameCell(tokens2) {
  const strongs = tokens2.filter((t) => t.t === "strong").map((t) => foldHomoglyphs(t.text.trim()));
  const codes = tokens2.filter((t) => t.t === "code").map((t) => ({ ...t, text: foldHomoglyphs(t.text) }));
  if (tokens2.some((t) => t.t !== "strong" && t.href !== void 0)) return void 0;
  const first = strongs[0];
  if (first === void 0 || !NAME_WORDS.has(first.toLowerCase())) return void 0;
  const typeMark = codes.some((c) => TYPE_WORDS.test(c.text.trim())) || strongs.slice(1).some((s) => TYPE_WORDS.test(s));
  if (codes.some((c) => !TYPE_WORDS.test(c.text.trim()))) return void 0;
  if (!typeMark && /^(value|title|значение)$/i.test(first)) return void 0;
  return { name: first, typeInline: typeMark };
}
function detectTableShape(table2) {
  const first = table2.children[0];
  if (!first) return void 0;
  const cells = logicalCells(first.children);
  const tokens2 = cells.map((c) => cellTokens(c.children));
  const head = tokens2[0] ? headerNameCell(tokens2[0]) : void 0;
  if (head) {
    const labels = tokens2.map(label);
    if (labels.slice(1).some((l) => NOT_FIELD_TABLE.test(l))) return void 0;
    let descCol = labels.findIndex((l, i) => i > 0 && DESC_WORDS.test(l));
    const typeCol = labels.findIndex((l, i) => i > 0 && TYPE_WORDS.test(l));
    if (descCol < 0) descCol = labels.length > 1 ? typeCol === 1 ? 2 : 1 : -1;
    const extraCols = labels.map((l, col) => ({ col, label: l })).filter(({ col }) => col > 0 && col !== descCol && col !== typeCol && cells[col] !== cells[col - 1]);
    return typeCol > 0 ? { headerRows: 1, descCol, typeCol, extraCols } : { headerRows: 1, descCol, extraCols };
  }
  const nameCell = tokens2[0] ? parseNameCell(tokens2[0]) : void 0;
  if (nameCell?.name !== void 0 && nameCell.typeTokens.length > 0 && cells.length >= 2) {
    return { headerRows: 0, descCol: 1, extraCols: [] };
  }
  return void 0;
}

// ../../work/main/generator/ir/type-vocabulary.ts
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
  // An object the portal sends as `[]` when empty (a PHP empty array): only the empty array.
  "empty-array": { ts: "[]" },
  /** Refinement from an example, see the header comment. */
  "json-boolean": { ts: "boolean" }
};
function isScalarToken(token) {
  return Object.prototype.hasOwnProperty.call(SCALAR_TYPES, token);
}
var NUMERIC_STRING = "numeric-string";
var EMPTY_ARRAY = "empty-array";
var JSON_BOOLEAN = "json-boolean";
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
var KNOWN_NAMED_TYPES = {
  time: "api-reference/data-types.md#time",
  uf_enum_element: "api-reference/data-types.md#uf_enum_element",
  crm_multifield: "api-reference/crm/data-types.md#crm_multifield"
};
function isIdField(field) {
  return /^id$/i.test(field) || /(Id|_ID|_id)$/.test(field);
}
function isRefToken(token) {
  if (Object.prototype.hasOwnProperty.call(REF_TYPES, token)) return true;
  return /^(crm|catalog|sale|user|task|tasks|disk|im|imbot|calendar|landing|booking|sonet|bizproc|lists|entity|iblock|department|rest)_[a-z0-9_]+$/i.test(token);
}

// ../../work/main/generator/extract/tables/type-text.ts
function splitUnion(s) {
  return s.split(/\s*\\?\|\s*|\s+or\s+|\s+или\s+/).map((p) => p.trim()).filter((p) => p !== "");
}
function withLink(t, link) {
  return link === void 0 ? t : { ...t, link };
}
function isDataTypesPage(path5) {
  return /(^|\/)data-types\.md$/.test(path5);
}
function anchorId(link) {
  if (link === void 0) return void 0;
  const i = link.indexOf("#");
  return i >= 0 && i < link.length - 1 ? link : void 0;
}
function parseTypeText(rawIn, link) {
  const raw = rawIn.trim().replace(/^`+|`+$/g, "").trim();
  if (raw === "") return { raw: "", kind: "unknown" };
  const parts = splitUnion(raw);
  if (parts.length > 1) {
    return withLink({ raw, kind: "union", members: parts.map((p) => parseTypeText(p, link)) }, link);
  }
  if (raw.endsWith("[]")) {
    return withLink({ raw, kind: "array", items: parseTypeText(raw.slice(0, -2), link) }, link);
  }
  const lower = raw.toLowerCase();
  const anchored = anchorId(link);
  if (lower === "object") return withLink({ raw, kind: "object", name: "object" }, link);
  if (isScalarToken(lower) && !(anchored && raw !== lower)) {
    return withLink({ raw, kind: "scalar", name: lower }, link);
  }
  const dotted = /^([A-Za-z][\w]*)\.([A-Za-z_][\w]*)$/.exec(raw);
  if (dotted) {
    const [, entity, field] = dotted;
    const codeLike = /^(code|lid|currency|symbol|xml_?id|name)$/i.test(field);
    if (isIdField(field) || codeLike || !anchored) {
      return withLink({ raw, kind: "ref", name: entity, refField: field }, link);
    }
    return withLink({ raw, kind: "named", name: raw, typeId: anchored }, link);
  }
  if (!/^[A-Za-z_][\w-]*$/.test(raw)) return withLink({ raw, kind: "unknown" }, link);
  const known = Object.prototype.hasOwnProperty.call(REF_TYPES, raw);
  if (anchored) {
    return known ? withLink({ raw, kind: "ref", name: raw, typeId: anchored }, link) : withLink({ raw, kind: "named", name: raw, typeId: anchored }, link);
  }
  const wellKnown = KNOWN_NAMED_TYPES[raw];
  if (wellKnown !== void 0) return withLink({ raw, kind: "named", name: raw, typeId: wellKnown }, link);
  if (known) return withLink({ raw, kind: "ref", name: raw }, link);
  if (link !== void 0 && isDataTypesPage(link)) {
    if (link !== "api-reference/data-types.md" && /^[a-z][a-z0-9_]*$/.test(raw)) {
      return withLink({ raw, kind: "named", name: raw, typeId: `${link}#${raw}` }, link);
    }
    return withLink({ raw, kind: "ref", name: raw }, link);
  }
  if (isRefToken(raw)) return withLink({ raw, kind: "ref", name: raw }, link);
  if (link !== void 0 && /\.md$/.test(link)) {
    return withLink({ raw, kind: "named", name: raw, typeId: link }, link);
  }
  return withLink({ raw, kind: "unknown", name: raw }, link);
}
function unknownTokens(t) {
  if (t.kind === "unknown") return t.raw === "" ? [] : [t.raw];
  if (t.kind === "array" && t.items) return unknownTokens(t.items);
  if (t.kind === "union") return (t.members ?? []).flatMap(unknownTokens);
  return [];
}

// ../../work/main/generator/extract/tables/type-cell.ts
function atomsOf(tokens2) {
  const atoms = [];
  let prose = "";
  for (const tok of tokens2) {
    if (tok.t === "code" || tok.t === "text" && tok.href !== void 0 && /\w/.test(tok.text)) {
      const last = atoms[atoms.length - 1];
      if (tok.t === "text" && last && last.href === tok.href && !/[|\n]/.test(tok.text)) {
        last.text += tok.text;
      } else {
        atoms.push(tok.href === void 0 ? { text: tok.text } : { text: tok.text, href: tok.href });
      }
    } else if (tok.t === "strong") {
      prose += tok.text;
    } else if (tok.t === "text") {
      prose += tok.text.replace(/\\?\||\bor\b|\bили\b|[,/*^\s]/g, "");
    }
  }
  return { atoms, prose };
}
function simplifyUnion(members, raw) {
  if (members.length === 1) return members[0];
  const flat = members.flatMap((m) => m.kind === "union" ? m.members ?? [] : [m]);
  return { raw, kind: "union", members: flat };
}
function parseTypeCell(tokens2, ctx, node) {
  const { atoms, prose } = atomsOf(tokens2);
  if (atoms.length === 0) {
    const text = prose.trim();
    if (text === "") return { raw: "", kind: "unknown" };
    const plain = tokens2.map((t2) => t2.text).join("").trim();
    const t = parseTypeText(plain);
    for (const tok of unknownTokens(t)) report(ctx, node, "unknown-type-token", `unknown type token "${tok}"`);
    return t;
  }
  const members = atoms.map((a) => parseTypeText(a.text, a.href !== void 0 ? typeTarget(a.href, ctx, node) : void 0));
  const raw = atoms.map((a) => a.text.trim()).join(" | ");
  const type = simplifyUnion(members, raw);
  for (const tok of unknownTokens(type)) report(ctx, node, "unknown-type-token", `unknown type token "${tok}"`);
  if (prose.length > 0 && atoms.length > 0) {
    report(ctx, node, "type-cell-prose", `text beside the type in a type cell: "${prose.slice(0, 40)}"`, "info");
  }
  return type;
}

// ../../work/main/generator/extract/tables/field-table.ts
function extractFieldTable(table2, shape, ctx) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const row of table2.children.slice(shape.headerRows)) {
    const cells = logicalCells(row.children);
    const nameCellNode = cells[0];
    if (!nameCellNode) continue;
    const nameBlocks = nameCellNode.children;
    const tokens2 = cellTokens(nameBlocks);
    if (tokens2.every((t) => t.text.trim() === "")) {
      report(ctx, row, "empty-name-cell", "table row with an empty first cell skipped");
      continue;
    }
    const nc = parseNameCell(tokens2);
    const typeCell = shape.typeCol !== void 0 ? cells[shape.typeCol] : void 0;
    const typeTokens = typeCell && typeCell !== nameCellNode ? cellTokens(typeCell.children) : nc.typeTokens;
    let type = parseTypeCell(typeTokens, ctx, nameCellNode);
    const descCell = shape.descCol >= 0 ? cells[shape.descCol] : void 0;
    const descBlocks = descCell && descCell !== nameCellNode ? descCell.children : [];
    type = refineEnum(type, descBlocks);
    let description = toMarkdown(descBlocks);
    for (const extra of shape.extraCols) {
      const c = cells[extra.col];
      if (!c || c === descCell || c === nameCellNode) continue;
      const md = toMarkdown(c.children);
      if (md !== "") description += `${description === "" ? "" : "\n\n"}**${extra.label}**: ${md}`;
    }
    const anchors = anchorLinks(row.children.flatMap((c) => c.children));
    const position = positionOf(row, ctx);
    if (nc.name === void 0) {
      if (type.raw === "") {
        report(ctx, row, "unparsed-name-cell", "table row without a bold name or a type skipped");
        continue;
      }
      out.push({ field: { name: "", required: false, type, description, position }, anchors, typeOnly: true, row });
      continue;
    }
    if (seen.has(nc.name)) {
      report(ctx, row, "duplicate-field", `"${nc.name}" is listed twice in one table; the first row is kept`);
      continue;
    }
    seen.add(nc.name);
    if (type.raw === "") report(ctx, nameCellNode, "missing-type", `no type given for "${nc.name}"`, "info");
    const field = {
      name: nc.name,
      ...nc.aliases.length > 0 ? { aliases: nc.aliases } : {},
      required: nc.requiredMark === "required",
      requiredMark: nc.requiredMark,
      type,
      description,
      position
    };
    out.push({ field, anchors, typeOnly: false, row });
  }
  return out;
}

// ../../work/main/generator/extract/tables/nesting.ts
function collectFieldTables(nodes, ctx) {
  const out = [];
  let heading;
  const walk2 = (list) => {
    for (const n of list) {
      if (n.type === "heading") heading = n;
      else if (n.type === "yfmTable") {
        const shape = detectTableShape(n);
        if (shape) {
          const entry = { table: n, rows: extractFieldTable(n, shape, ctx) };
          if (heading) entry.heading = heading;
          out.push(entry);
        }
      } else if (n.type === "yfmTabs" || n.type === "yfmTab" || n.type === "yfmCut" || n.type === "yfmNote" || n.type === "yfmInclude") {
        walk2(n.children);
      }
    }
  };
  walk2(nodes);
  return out;
}
function headingText(h) {
  return plainText2(h).trim();
}
function headingAnchors(h) {
  const out = [];
  if (h.data?.id) out.push(h.data.id);
  const slug = headingSlug(headingText(h));
  if (slug !== "" && !out.includes(slug)) out.push(slug);
  return out;
}
function attach(parent, rows) {
  const target = parent.typeOnly ? parent.owner : parent.field;
  if (!target) return;
  const named = rows.filter((r) => !r.typeOnly);
  const alternatives = rows.filter((r) => r.typeOnly);
  for (const r of alternatives) r.owner = target;
  if (named.length > 0) {
    const fields = target.fields ?? [];
    for (const r of named) if (!fields.some((f) => f.name === r.field.name)) fields.push(r.field);
    target.fields = fields;
  }
  if (alternatives.length > 0 && (target.type.kind === "unknown" || target.type.kind === "named" || target.type.kind === "object")) {
    const types = alternatives.map((r) => r.field.type);
    target.type = types.length === 1 ? types[0] : { raw: types.map((t) => t.raw).join(" | "), kind: "union", members: types };
  }
}
function findByPath(rows, path5, fold) {
  const eq = (a, b) => fold ? a.toLowerCase() === b.toLowerCase() : a === b;
  const [head, ...rest] = path5;
  if (head === void 0) return void 0;
  const row = rows.find((r) => !r.typeOnly && (eq(r.field.name, head) || (r.field.aliases ?? []).some((a) => eq(a, head))));
  if (!row || rest.length === 0) return row;
  return void 0;
}
function findInFields(fields, path5, fold) {
  const eq = (a, b) => fold ? a.toLowerCase() === b.toLowerCase() : a === b;
  let level = fields;
  let found;
  for (const part of path5) {
    found = level.find((f) => eq(f.name, part));
    if (!found) return void 0;
    level = found.fields ?? [];
  }
  return found;
}
function buildFieldTree(nodes, ctx) {
  const tables = collectFieldTables(nodes, ctx);
  const first = tables[0];
  if (!first) return { top: [], tables };
  const top = first.rows;
  const topFields = () => top.filter((r) => !r.typeOnly).map((r) => r.field);
  for (let i = 1; i < tables.length; i++) {
    const t = tables[i];
    const before = tables.slice(0, i).reverse();
    const parent = t.heading ? tie(t.heading, before, topFields()) : void 0;
    if (parent) {
      attach(parent, t.rows);
    } else if (!t.heading || t.heading === first.heading) {
      for (const r of t.rows) if (!top.some((x) => x.field.name === r.field.name)) top.push(r);
    } else {
      report(ctx, t.table, "unlinked-nested-table", `nested table under "${headingText(t.heading)}" is tied to no parameter`);
    }
  }
  return { top, tables };
}
function tie(h, before, topFields) {
  const anchors = headingAnchors(h);
  for (const t of before) {
    const row = t.rows.find((r) => r.anchors.some((a) => anchors.includes(a)));
    if (row) return row;
  }
  const candidates = headingNameCandidates(headingText(h));
  for (const fold of [false, true]) {
    for (const path5 of candidates) {
      if (path5.length > 1) {
        const f = findInFields(topFields, path5, fold);
        if (f) return rowOfField(before, f);
        continue;
      }
      for (const t of before) {
        const row = findByPath(t.rows, path5, fold);
        if (row) return row;
      }
    }
  }
  for (const path5 of candidates) {
    if (path5.length < 2) continue;
    const last = path5[path5.length - 1];
    for (const t of before) {
      const row = findByPath(t.rows, [last], true);
      if (row) return row;
    }
  }
  return void 0;
}
function rowOfField(tables, f) {
  for (const t of tables) {
    const row = t.rows.find((r) => r.field === f);
    if (row) return row;
  }
  return void 0;
}

// ../../work/main/generator/extract/tables/key-patterns.ts
var EXPLAINS_N = /`N`|\bN\s*(?:—|–|-|is|stands)/;
function keyPatternOf(name, description = "") {
  const ellipsis = /^([A-Za-z][A-Za-z0-9_]*?)(?:\.\.\.|…|\*)$/.exec(name);
  if (ellipsis) return `${ellipsis[1]}\${string}`;
  if (/^[A-Z][A-Z0-9]*_$/.test(name)) return `${name}\${string}`;
  const numbered = /^([a-z]+|[A-Z][A-Z0-9_]*_)N$/.exec(name);
  if (numbered && EXPLAINS_N.test(description)) return `${numbered[1]}\${number}`;
  return void 0;
}
function liftKeyPatterns(fields) {
  const out = [];
  const keyPatterns = [];
  for (const f of fields) {
    const pattern = keyPatternOf(f.name, f.description);
    if (pattern !== void 0) {
      if (!keyPatterns.some((k) => k.pattern === pattern)) {
        keyPatterns.push({ pattern, type: f.type, description: f.description, source: f.name, ...f.position ? { position: f.position } : {} });
      }
      continue;
    }
    if (f.fields !== void 0 && f.fields.length > 0) {
      const nested = liftKeyPatterns(f.fields);
      f.fields = nested.fields;
      if (nested.keyPatterns.length > 0) f.keyPatterns = [...f.keyPatterns ?? [], ...nested.keyPatterns];
    }
    out.push(f);
  }
  return { fields: out, keyPatterns };
}
var ID_KEYS = [
  /\bkeys?\b(?:\s+of\s+(?:the\s+|each\s+)?(?:object|element|array))?\s*(?:—|–|-|is|are|corresponds\s+to|equals)\s*(?:the\s+)?(?:[a-z]+\s+){0,2}?(?:id|ids|identifiers?)\b/i,
  /\b(?:ids?|identifiers?)\s+as\s+(?:the\s+)?keys\b/i,
  /\bkeyed\s+by\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?(?:id|ids|identifiers?)\b/i
];
function saysKeyedById(description) {
  if (/\b(?:string|letter|symbolic)\s+(?:code|identifier)/i.test(description)) return false;
  return ID_KEYS.some((re) => re.test(description));
}
function isObjectType(t) {
  return t.kind === "object" || t.kind === "unknown" || t.kind === "scalar" && ["object", "array"].includes((t.name ?? t.raw).toLowerCase());
}
function idMapPattern(fields, description) {
  return { pattern: "${number}", type: { raw: "object", kind: "object", name: "object" }, description, fields };
}
function liftIdMaps(fields) {
  for (const f of fields) {
    if (f.fields === void 0 || f.fields.length === 0) continue;
    liftIdMaps(f.fields);
    if (!isObjectType(f.type) || !saysKeyedById(f.description)) continue;
    f.keyPatterns = [...f.keyPatterns ?? [], idMapPattern(f.fields, f.description)];
    delete f.fields;
    f.type = { raw: f.type.raw, kind: "object", name: "object", ...f.type.link === void 0 ? {} : { link: f.type.link } };
  }
}

// ../../work/main/generator/extract/tables/example-refine.ts
var NUMBER_NAMES = /* @__PURE__ */ new Set(["integer", "int", "number", "double", "float"]);
function isPlainObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
var NULL_TYPE = { raw: "null", kind: "scalar", name: "null" };
function admitsNull(t) {
  if (t.kind === "scalar") return t.name === "null" || t.name === "any" || t.name === "mixed";
  if (t.kind === "union") return (t.members ?? []).some(admitsNull);
  return t.kind === "unknown";
}
function nullable(t) {
  if (admitsNull(t)) return t;
  if (t.kind === "union") return { ...t, raw: `${t.raw} | null`, members: [...t.members ?? [], NULL_TYPE] };
  return { raw: `${t.raw} | null`, kind: "union", members: [t, NULL_TYPE] };
}
function isBareArray(t) {
  return t.kind === "scalar" && t.items === void 0 && (t.name ?? t.raw).toLowerCase() === "array";
}
function isObjectLike(t) {
  return t.kind === "object" || t.kind === "named" || t.kind === "scalar" && (t.name ?? t.raw).toLowerCase() === "object";
}
function admitsEmptyArray(t) {
  return t.kind === "union" && (t.members ?? []).some((m) => m.kind === "scalar" && m.name === EMPTY_ARRAY);
}
function orEmptyArray(t) {
  if (admitsEmptyArray(t)) return t;
  const empty = { raw: "[]", kind: "scalar", name: EMPTY_ARRAY };
  if (t.kind === "union") return { ...t, members: [...t.members ?? [], empty] };
  return { raw: t.raw, kind: "union", members: [t, empty] };
}
function refineType(t, v) {
  if (v === void 0) return t;
  if (v === null) return nullable(t);
  if (Array.isArray(v) && v.length === 0 && (isObjectLike(t) || t.kind === "union" && (t.members ?? []).some(isObjectLike) && !(t.members ?? []).some((m) => m.kind === "array"))) return orEmptyArray(t);
  if (isBareArray(t) && isPlainObject(v)) return { ...t, kind: "object", name: "object" };
  if (t.kind === "union" && t.members !== void 0 && !t.members.some((m) => m.kind === "union")) {
    const fits = t.members.filter((m) => m.kind === "scalar" && m.name !== "null");
    if (fits.length === 1) {
      const refined = refineType(fits[0], v);
      if (refined !== fits[0]) return { ...t, members: t.members.map((m) => m === fits[0] ? refined : m) };
    }
    return t;
  }
  if (t.kind === "scalar" && (t.name === "boolean" || t.name === "bool")) {
    if (v === "Y" || v === "N") return { ...t, kind: "enum", values: ["Y", "N"] };
    if (typeof v === "boolean") return { ...t, name: JSON_BOOLEAN };
    return t;
  }
  if (t.kind === "scalar" && t.name !== void 0 && NUMBER_NAMES.has(t.name)) {
    if (typeof v === "string" && /^-?\d+(\.\d+)?$/.test(v)) return { ...t, name: NUMERIC_STRING };
    return t;
  }
  if (t.kind === "ref" && typeof v === "string" && /^-?\d+$/.test(v)) {
    return { raw: t.raw, kind: "union", members: [t, { raw: t.raw, kind: "scalar", name: NUMERIC_STRING }] };
  }
  if (t.kind === "array" && t.items && Array.isArray(v) && v.length > 0) {
    let items = t.items;
    for (const item of v) items = refineType(items, item);
    return { ...t, items };
  }
  return t;
}
function lookup(obj, name) {
  if (Object.prototype.hasOwnProperty.call(obj, name)) return obj[name];
  const key = Object.keys(obj).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === void 0 ? void 0 : obj[key];
}
function exampleObject(v) {
  if (isPlainObject(v)) return v;
  if (Array.isArray(v)) return v.find(isPlainObject);
  return void 0;
}
function refineFields(fields, v) {
  const objects = isPlainObject(v) ? [v] : Array.isArray(v) ? v.filter(isPlainObject) : [];
  for (const obj of objects) {
    for (const f of fields) {
      const val = lookup(obj, f.name);
      if (val === void 0) continue;
      f.type = refineType(f.type, val);
      if (f.fields) refineFields(f.fields, val);
    }
  }
}
function inferType(v) {
  if (typeof v === "boolean") return { raw: "boolean", kind: "scalar", name: JSON_BOOLEAN };
  if (typeof v === "number") return { raw: Number.isInteger(v) ? "integer" : "double", kind: "scalar", name: Number.isInteger(v) ? "integer" : "double" };
  if (typeof v === "string") return { raw: "string", kind: "scalar", name: "string" };
  if (Array.isArray(v)) {
    const first = v[0];
    return { raw: "array", kind: "array", items: first === void 0 ? { raw: "any", kind: "scalar", name: "any" } : inferType(first) };
  }
  if (isPlainObject(v)) return { raw: "object", kind: "object", name: "object" };
  return { raw: "", kind: "unknown" };
}
function findKeyPath(v, name) {
  const queue = [{ v, path: [] }];
  while (queue.length > 0) {
    const { v: cur, path: path5 } = queue.shift();
    const obj = exampleObject(cur);
    if (!obj || path5.length > 6) continue;
    if (Object.prototype.hasOwnProperty.call(obj, name)) return [...path5, name];
    for (const [k, child] of Object.entries(obj)) queue.push({ v: child, path: [...path5, k] });
  }
  return void 0;
}

// ../../work/main/generator/extract/tables/result-section.ts
var EXTRA_KEYS = /* @__PURE__ */ new Set(["total", "next"]);
function holdsFields(t) {
  if (t.kind === "object" || t.kind === "named" || t.kind === "ref" || t.kind === "unknown") return true;
  if (t.kind === "scalar" && ["array", "object"].includes((t.name ?? t.raw).toLowerCase())) return true;
  if (t.kind === "array") return t.items ? holdsFields(t.items) : true;
  if (t.kind === "union") return (t.members ?? []).some(holdsFields);
  return false;
}
function placeFlatRows(into, flat, exResult) {
  const all = [...into, ...flat];
  for (const f of flat) {
    const path5 = exResult === void 0 ? void 0 : findKeyPath(exResult, f.name);
    const parentName = path5 && path5.length >= 2 ? path5[path5.length - 2] : void 0;
    const parent = parentName === void 0 ? void 0 : all.find((x) => x !== f && x.name === parentName);
    const level = parent ? parent.fields = parent.fields ?? [] : into;
    if (!level.some((x) => x.name === f.name)) level.push(f);
  }
}
function hasKey(obj, name) {
  return Object.prototype.hasOwnProperty.call(obj, name);
}
function wrapFromExample(fields, exResult) {
  if (!isPlainObject(exResult) || fields.length === 0) return void 0;
  if (fields.some((f) => hasKey(exResult, f.name))) return void 0;
  let best;
  let holders = 0;
  for (const [key, value2] of Object.entries(exResult)) {
    const inner = exampleObject(value2);
    if (inner === void 0) continue;
    const hits = fields.filter((f) => hasKey(inner, f.name)).length;
    if (hits === 0) continue;
    holders++;
    if (best === void 0 || hits > best.hits) best = { key, hits };
  }
  if (best === void 0 || holders > 1 || /^\d+$/.test(best.key) || best.hits * 2 < fields.length) return void 0;
  const value = exResult[best.key];
  const object = { raw: "object", kind: "object", name: "object" };
  return {
    name: best.key,
    required: false,
    type: Array.isArray(value) ? { raw: "object[]", kind: "array", items: object } : object,
    description: "",
    fields: [...fields]
  };
}
function extractResultSection(nodes, responseExample, ctx) {
  const tree = buildFieldTree(nodes, ctx);
  const rows = nestDottedNames(tree.top.filter((r) => !r.typeOnly).map((r) => r.field));
  const typeOnly = tree.top.filter((r) => r.typeOnly).map((r) => r.field.type);
  const example = isPlainObject(responseExample) ? responseExample : void 0;
  const hasResult = example !== void 0 && Object.prototype.hasOwnProperty.call(example, "result");
  const exResult = hasResult ? example.result : void 0;
  const resultRow = rows.find((f) => f.name === "result");
  const extras = [];
  const flat = [];
  for (const f of rows) {
    if (f === resultRow || f.name === "time" || resultRow && f.name === "result[]") continue;
    if (EXTRA_KEYS.has(f.name)) extras.push(f);
    else if (resultRow && hasResult && Object.prototype.hasOwnProperty.call(example, f.name) && !exampleObject(exResult)?.[f.name]) extras.push(f);
    else flat.push(f);
  }
  let resultType;
  let result;
  if (resultRow) {
    resultType = resultRow.type;
    result = resultRow.fields ?? [];
    if (flat.length > 0) {
      if (holdsFields(resultType)) placeFlatRows(result, flat, exResult);
      else for (const f of flat) report(ctx, void 0, "unplaced-result-row", `row "${f.name}" beside a ${resultType.raw} result`, "info");
    }
  } else {
    result = [];
    placeFlatRows(result, flat, exResult ?? (example && !hasResult ? example : void 0));
    if (typeOnly.length > 0) resultType = typeOnly.length === 1 ? typeOnly[0] : { raw: typeOnly.map((t) => t.raw).join(" | "), kind: "union", members: typeOnly };
    else if (exResult !== void 0) resultType = inferType(exResult);
    else resultType = result.length > 0 ? { raw: "object", kind: "object", name: "object" } : { raw: "", kind: "unknown" };
  }
  result = mergeElementRows(result);
  const wrapped = wrapFromExample(result, exResult);
  if (wrapped !== void 0) {
    report(ctx, void 0, "result-wrapper-from-example", `the table lists the keys of result.${wrapped.name} as if they were result's own; the example nests them under "${wrapped.name}"`, "info");
    result = [wrapped];
    resultType = { raw: resultType.raw, kind: "object", name: "object", ...resultType.link === void 0 ? {} : { link: resultType.link } };
  }
  if (exResult !== void 0 && exResult !== null) {
    if (resultType.kind === "unknown" && resultType.raw === "") resultType = inferType(exResult);
    else if ((resultType.kind === "object" || resultType.kind === "named") && Array.isArray(exResult) && exResult.length > 0 && exResult.every(isPlainObject)) {
      resultType = { raw: resultType.raw, kind: "array", items: resultType };
    } else resultType = refineType(resultType, exResult);
    refineFields(result, exResult);
  }
  if (example) refineFields(extras, example);
  if (resultRow && result.length > 0 && resultType.kind === "object" && saysKeyedById(resultRow.description)) {
    return { result: [], resultType, responseExtras: extras.map(normalizeField), resultKeyPatterns: [idMapPattern(result.map(normalizeField), resultRow.description)] };
  }
  return { result: result.map(normalizeField), resultType, responseExtras: extras.map(normalizeField) };
}

// ../../work/main/generator/extract/tables/named-types.ts
function flatten(nodes) {
  const out = [];
  for (const n of nodes) {
    if (n.type === "yfmInclude" || n.type === "yfmTabs" || n.type === "yfmTab" || n.type === "yfmCut") out.push(...flatten(n.children));
    else out.push(n);
  }
  return out;
}
function typeLinkAnchors(nodes) {
  const out = /* @__PURE__ */ new Set();
  for (const n of nodes) {
    if (n.type !== "yfmTable" || !detectTableShape(n)) continue;
    for (const row of n.children) {
      const first = logicalCells(row.children)[0];
      if (!first) continue;
      for (const tok of cellTokens(first.children)) {
        if (tok.t !== "strong" && tok.href?.startsWith("#")) out.add(tok.href.slice(1));
      }
    }
  }
  return out;
}
function extractNamedTypes(tree, source, ctx) {
  const nodes = flatten(tree.children);
  const dictionary = /(^|\/)(data-types|entities)\.md$/.test(ctx.file);
  const wanted = dictionary ? void 0 : typeLinkAnchors(nodes);
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (let i = 0; i < nodes.length; i++) {
    const h = nodes[i];
    if (h.type !== "heading" || h.depth < 2) continue;
    const anchors = headingAnchors(h);
    const anchor = wanted ? anchors.find((a) => wanted.has(a)) : anchors[0];
    if (anchor === void 0) continue;
    const intro = [];
    let table2;
    for (let j = i + 1; j < nodes.length; j++) {
      const n = nodes[j];
      if (n.type === "heading" && n.depth <= h.depth) break;
      if (n.type === "heading") break;
      if (n.type === "yfmTable") {
        if (detectTableShape(n)) table2 = n;
        break;
      }
      if (n.type === "paragraph") intro.push(n);
    }
    if (!table2) continue;
    const shape = detectTableShape(table2);
    if (!shape) continue;
    const id = `${ctx.file}#${anchor}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const rows = extractFieldTable(table2, shape, ctx).filter((r) => !r.typeOnly);
    const text = headingText(h);
    const name = headingNameCandidates(text)[0]?.join(".") ?? text;
    const { fields, keyPatterns } = liftKeyPatterns(mergeElementRows(nestDottedNames(rows.map((r) => r.field))).map(normalizeField));
    absoluteFieldLinks(fields, ctx.file);
    out.push({ id, name, description: absoluteDocLinks(describe(intro, source), ctx.file), fields, ...keyPatterns.length > 0 ? { keyPatterns } : {}, source: ctx.file });
  }
  return out;
}
function describe(intro, source) {
  const first = intro[0]?.position?.start.offset;
  const last = intro[intro.length - 1]?.position?.end.offset;
  if (source !== "" && first !== void 0 && last !== void 0 && last <= source.length) return source.slice(first, last).trim();
  return toMarkdown(intro);
}

// ../../work/main/generator/extract/tables/index.ts
function extractParamSection(nodes, ctx) {
  const tree = buildFieldTree(nodes, ctx);
  return mergeElementRows(nestDottedNames(tree.top.filter((r) => !r.typeOnly).map((r) => r.field))).map(normalizeField);
}

// ../../work/main/generator/extract/tables/request-refine.ts
var NUMBER_NAMES2 = /* @__PURE__ */ new Set(["integer", "int", "number", "double", "float"]);
var NUMERIC = /^-?\d+(\.\d+)?$/;
function isNumberScalar(t) {
  return t.kind === "scalar" && t.name !== void 0 && NUMBER_NAMES2.has(t.name);
}
function withNumericString(t) {
  return { raw: t.raw, kind: "union", members: [t, { ...t, name: NUMERIC_STRING }] };
}
function refineParamType(t, v) {
  if (v === void 0 || v === null) return t;
  if (isBareArray(t) && isPlainObject(v)) return { ...t, kind: "object", name: "object" };
  if (isNumberScalar(t) && typeof v === "string" && NUMERIC.test(v)) return withNumericString(t);
  if (t.kind === "array" && t.items !== void 0 && Array.isArray(v)) {
    let items = t.items;
    for (const item of v) items = refineParamType(items, item);
    return items === t.items ? t : { ...t, items };
  }
  if (t.kind === "union" && t.members !== void 0) {
    if (t.members.some((m) => m.kind === "scalar" && m.name === NUMERIC_STRING)) return t;
    const numbers = t.members.filter(isNumberScalar);
    if (numbers.length === 1 && typeof v === "string" && NUMERIC.test(v) && !t.members.some((m) => m.kind === "scalar" && m.name === "string")) {
      return { ...t, members: [...t.members, { ...numbers[0], name: NUMERIC_STRING }] };
    }
  }
  return t;
}
function refineNested(fields, v) {
  const objects = isPlainObject(v) ? [v] : Array.isArray(v) ? v.filter(isPlainObject) : [];
  for (const obj of objects) {
    for (const f of fields) {
      if (!Object.prototype.hasOwnProperty.call(obj, f.name)) continue;
      const val = obj[f.name];
      f.type = refineParamType(f.type, val);
      if (f.fields) refineNested(f.fields, val);
    }
  }
}
function refineParams(params, request) {
  if (!isPlainObject(request)) return;
  for (const key of Object.keys(request)) {
    if (params.some((p) => p.name === key || (p.aliases ?? []).includes(key))) continue;
    const lower = key.toLowerCase();
    const match = params.find((p) => p.name.toLowerCase() === lower);
    if (match === void 0) continue;
    match.aliases = [...match.aliases ?? [], key];
    match.aliasSource = "example";
  }
  for (const f of params) {
    const spellings = [f.name, ...f.aliases ?? []];
    for (const key of spellings) {
      if (!Object.prototype.hasOwnProperty.call(request, key)) continue;
      const val = request[key];
      f.type = refineParamType(f.type, val);
      if (f.fields) refineNested(f.fields, val);
    }
  }
}
function isBareArrayParam(t) {
  return isBareArray(t) || t.kind === "array" && (t.items === void 0 || t.items.kind === "unknown");
}
function refineSelectLists(params) {
  for (const f of params) {
    if (!/^select$/i.test(f.name) || !isBareArrayParam(f.type) || f.fields === void 0 || f.fields.length === 0) continue;
    if (f.fields.some((x) => x.fields !== void 0 && x.fields.length > 0)) continue;
    const names = [...new Set(f.fields.map((x) => x.name))];
    f.type = { raw: f.type.raw, kind: "array", items: { raw: "string", kind: "enum", name: "string", values: names }, ...f.type.link === void 0 ? {} : { link: f.type.link } };
    delete f.fields;
  }
}

// ../../work/main/generator/extract/tables/required-one-of.ts
var LEAD = /\b(?:at least one|one)\s+of\s+the\s+(?:two\s+)?(?:required\s+)?(?:[a-z]+\s+)?(?:parameters|fields)\b[^`\n]{0,40}((?:`[A-Za-z_][A-Za-z0-9_]*`(?:\s*,?\s+or\s+|\s*,\s*|\s*—\s*)?){2,})/gi;
function oneOfGroupsIn(text) {
  const out = [];
  for (const m of text.matchAll(LEAD)) {
    const names = [...m[1].matchAll(/`([^`]+)`/g)].map((x) => x[1]);
    if (names.length >= 2) out.push(names);
  }
  return out;
}
function sameGroup(a, b) {
  return a.length === b.length && a.every((n) => b.includes(n));
}
var UNLESS = /\brequired\s+if\s+`([A-Za-z_][A-Za-z0-9_]*)`\s+is\s+not\s+(?:provided|specified|passed|set|given)\b/gi;
function groupsOfField(name, description) {
  const out = oneOfGroupsIn(description);
  for (const m of description.matchAll(UNLESS)) {
    const other = m[1];
    if (other !== name) out.push([other, name]);
  }
  return out;
}
function liftRequiredOneOf(fields) {
  const groups = [];
  for (const f of fields) {
    for (const group of groupsOfField(f.name, f.description)) {
      const members = group.map((n) => fields.find((x) => x.name === n));
      if (members.some((x) => x === void 0)) continue;
      if (!members.some((x) => x.required)) continue;
      if (groups.some((g) => sameGroup(g, group))) continue;
      groups.push(group);
    }
  }
  for (const group of groups) {
    for (const n of group) {
      const f = fields.find((x) => x.name === n);
      f.required = false;
      f.requiredMark = "conditional";
    }
  }
  for (const f of fields) {
    if (f.fields === void 0 || f.fields.length === 0) continue;
    const nested = liftRequiredOneOf(f.fields);
    if (nested.length > 0) f.requiredOneOf = nested;
  }
  return groups;
}

// ../../work/main/generator/extract/extract-method.ts
var defaultTables = { extractParamSection, extractResultSection };
var UNKNOWN_TYPE = { raw: "", kind: "unknown" };
function fileIndex(layout, pageFile) {
  const files = /* @__PURE__ */ new WeakMap();
  const mark = (node, file2) => {
    files.set(node, file2);
    if ("children" in node) for (const c of node.children) mark(c, file2);
  };
  const all = [...layout.intro, ...layout.sections.flatMap((s) => s.nodes)];
  for (const n of all) {
    const file2 = sourceFileOf(n, pageFile);
    if (file2 !== pageFile) mark(n, file2);
  }
  return (node) => files.get(node) ?? pageFile;
}
function paramNodesOf(layout) {
  const nodes = sectionNodes(layout, "params");
  if (nodes.length > 0) return nodes;
  const at = layout.intro.findIndex((n) => n.type === "yfmTable" && isParamTable(n));
  return at >= 0 ? layout.intro.slice(at) : [];
}
function fileStemName(source) {
  const base = source.split("/").pop() ?? source;
  return base.replace(/\.md$/, "").replace(/-/g, ".");
}
function compareDiagnostics(a, b) {
  const k = (d) => `${d.file}\0${String(d.line).padStart(6, "0")}\0${String(d.column).padStart(6, "0")}\0${d.code}\0${d.message}`;
  const x = k(a);
  const y = k(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
function sortDiagnostics(list) {
  return list.sort(compareDiagnostics);
}
function extractMethod(page, tables = defaultTables) {
  const { source, text, tree } = page;
  const diagnostics = [];
  const layout = splitPage(tree);
  const h1Pos = layout.h1?.position?.start;
  const at = (line = h1Pos?.line ?? 1, column = h1Pos?.column ?? 1) => ({ file: source, line, column });
  const title = layout.h1 ? flatText(layout.h1) : "";
  const calls = curlCalls(tree.children);
  const identity = identifyMethod(title, calls[0]?.name, nameFromProse(layout.intro), source);
  let name = identity.name;
  if (identity.mismatch) diagnostics.push({ ...at(), severity: "warning", code: "method-name-mismatch", message: identity.mismatch });
  if (name === void 0) {
    name = fileStemName(source);
    diagnostics.push({ ...at(), severity: "error", code: "method-name-missing", message: `no method name in the H1 or a cURL example; guessed ${name} from the file name` });
  }
  const v3 = calls.some((c) => c.apiVersion === "v3" && c.name === name) || layout.boilerplate.includes("error-info-v3");
  const apiVersion = v3 ? "v3" : "v2";
  const access = extractAccess(layout.intro);
  const deprecated = extractDeprecation(layout.intro, source, text);
  const ctx = { file: source, resolveLink, diagnostics, fileOf: fileIndex(layout, source) };
  let params = [];
  try {
    params = tables.extractParamSection(paramNodesOf(layout), ctx);
  } catch (error) {
    diagnostics.push({ ...at(), severity: "error", code: "params-failed", message: `parameter tables could not be read: ${String(error)}` });
  }
  const examples = extractExamples(layout, source, diagnostics);
  refineParams(params, examples.request);
  params = params.map(normalizeField);
  const liftedParams = liftKeyPatterns(params);
  params = liftedParams.fields;
  const requiredOneOf = liftRequiredOneOf(params);
  refineSelectLists(params);
  let result = [];
  let resultType = UNKNOWN_TYPE;
  let responseExtras = [];
  let resultMap = [];
  try {
    const section = tables.extractResultSection(sectionNodes(layout, "response"), examples.response, ctx);
    ({ result, resultType, responseExtras } = section);
    resultMap = section.resultKeyPatterns ?? [];
  } catch (error) {
    diagnostics.push({ ...at(), severity: "error", code: "result-failed", message: `result tables could not be read: ${String(error)}` });
  }
  const liftedResult = liftKeyPatterns(result);
  result = liftedResult.fields;
  liftedResult.keyPatterns.push(...resultMap);
  liftIdMaps(params);
  liftIdMaps(result);
  const errors = extractErrors(sectionNodes(layout, "errors"), source, diagnostics);
  const seeAlso = extractSeeAlso(sectionNodes(layout, "seeAlso"), source);
  absoluteFieldLinks(params, source);
  absoluteFieldLinks(result, source);
  absoluteFieldLinks(responseExtras, source);
  absolutePatternLinks(liftedParams.keyPatterns, source);
  absolutePatternLinks(liftedResult.keyPatterns, source);
  for (const e of errors) e.description = absoluteDocLinks(e.description, e.position?.file ?? source);
  const method2 = {
    name,
    apiVersion,
    key: name,
    source,
    docsUrl: docsUrlOf(source),
    title,
    section: sectionOf(source),
    scope: extractScopes(layout.intro),
    ...access !== void 0 ? { access } : {},
    description: absoluteDocLinks(extractDescription(layout.intro, text), source),
    ...deprecated ? { deprecated } : {},
    params,
    ...liftedParams.keyPatterns.length > 0 ? { keyPatterns: liftedParams.keyPatterns } : {},
    ...requiredOneOf.length > 0 ? { requiredOneOf } : {},
    result,
    ...liftedResult.keyPatterns.length > 0 ? { resultKeyPatterns: liftedResult.keyPatterns } : {},
    resultType,
    ...responseExtras.length > 0 ? { responseExtras } : {},
    errors,
    examples,
    seeAlso,
    diagnostics: sortDiagnostics(diagnostics)
  };
  return method2;
}

// ../../work/main/generator/load/docs-reader.ts
import { readFileSync, realpathSync } from "node:fs";
import path from "node:path";
function normaliseText(text) {
  const noBom = text.charCodeAt(0) === 65279 ? text.slice(1) : text;
  return noBom.includes("\r") ? noBom.replace(/\r\n?/g, "\n") : noBom;
}
function isInside(parent, child) {
  const rel = path.relative(parent, child);
  return rel === "" || !rel.startsWith("..") && !path.isAbsolute(rel);
}
function createDocsReader(root) {
  const cache = /* @__PURE__ */ new Map();
  let realRoot;
  const resolveRoot = () => {
    realRoot ??= realpathSync(root);
    return realRoot;
  };
  const readUncached = (relPath) => {
    if (relPath.includes("\0")) return { ok: false, reason: "path contains a NUL character" };
    if (path.isAbsolute(relPath) || relPath.startsWith("/")) {
      return { ok: false, reason: `not a docs-relative path: ${relPath}` };
    }
    let base;
    try {
      base = resolveRoot();
    } catch {
      return { ok: false, reason: `docs root not found: ${root}` };
    }
    const wanted = path.resolve(base, relPath);
    if (!isInside(base, wanted)) return { ok: false, reason: `outside the docs root: ${relPath}` };
    let real;
    try {
      real = realpathSync(wanted);
    } catch {
      return { ok: false, reason: `file not found: ${relPath}` };
    }
    if (!isInside(base, real)) return { ok: false, reason: `outside the docs root (symlink): ${relPath}` };
    let bytes;
    try {
      bytes = readFileSync(real);
    } catch (error) {
      const code = error.code ?? "read error";
      return { ok: false, reason: `cannot read ${relPath}: ${code}` };
    }
    if (bytes.includes(0)) return { ok: false, reason: `binary file (NUL bytes): ${relPath}` };
    return { ok: true, text: normaliseText(bytes.toString("utf8")) };
  };
  return {
    root,
    read(relPath) {
      const key = relPath.split("\\").join("/");
      let result = cache.get(key);
      if (result === void 0) {
        result = readUncached(key);
        cache.set(key, result);
      }
      return result;
    }
  };
}

// ../../work/main/generator/load/list-docs-pages.ts
import { readdirSync, realpathSync as realpathSync2, statSync } from "node:fs";
import path2 from "node:path";
function compareCodeUnits(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function listDocsPages(root) {
  const realRoot = realpathSync2(root);
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const walk2 = (dirReal, rel) => {
    if (seen.has(dirReal)) return;
    seen.add(dirReal);
    const entries = readdirSync(dirReal, { withFileTypes: true });
    for (const entry of entries) {
      const name = entry.name;
      const childRel = rel === "" ? name : `${rel}/${name}`;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      let childReal = path2.join(dirReal, name);
      if (entry.isSymbolicLink()) {
        try {
          childReal = realpathSync2(childReal);
          const st = statSync(childReal);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch {
          continue;
        }
        if (!isInside(realRoot, childReal)) continue;
      }
      if (isDir) {
        if (name.startsWith(".") || name === "node_modules") continue;
        walk2(childReal, childRel);
      } else if (isFile && name.endsWith(".md")) {
        out.push(childRel);
      }
    }
  };
  walk2(realRoot, "");
  return out.sort(compareCodeUnits);
}

// ../../work/main/generator/parse/directives.ts
var DIRECTIVE = /^([ \t]*)\{%-?\s*([A-Za-z]+)\b(.*?)-?%\}/;
var QUOTED = /^\s*(?:"([^"]*)"|'([^']*)')\s*$/;
var NOTE_ARGS = /^\s*([A-Za-z]+)?\s*(?:"([^"]*)"|'([^']*)')?\s*$/;
var INCLUDE_ARGS = /^\s*(notitle\s+)?\[([^\]]*)\]\(\s*([^)\s]+)(?:\s+"[^"]*")?\s*\)\s*$/;
function matchDirective(text) {
  const m = DIRECTIVE.exec(text);
  if (!m) return null;
  const keyword = m[2].toLowerCase();
  const args = m[3] ?? "";
  const length = m[0].length;
  const make = (directive) => ({ directive, length });
  switch (keyword) {
    case "note": {
      const a = NOTE_ARGS.exec(args);
      if (!a) return make({ kind: "other", keyword });
      const title = a[2] ?? a[3];
      return make({ kind: "note", noteType: (a[1] ?? "info").toLowerCase(), title: title ?? null });
    }
    case "endnote":
      return make({ kind: "endnote" });
    case "cut": {
      const a = QUOTED.exec(args);
      return make({ kind: "cut", title: a ? a[1] ?? a[2] ?? "" : args.trim() });
    }
    case "endcut":
      return make({ kind: "endcut" });
    case "list":
      return /^\s*tabs\b/.test(args) ? make({ kind: "tabs" }) : make({ kind: "other", keyword });
    case "endlist":
      return make({ kind: "endlist" });
    case "if":
      return make({ kind: "if", condition: args.trim() });
    case "else":
    case "elsif":
      return make({ kind: "else" });
    case "endif":
      return make({ kind: "endif" });
    case "include": {
      const a = INCLUDE_ARGS.exec(args);
      if (!a) return make({ kind: "other", keyword });
      return make({ kind: "include", notitle: a[1] !== void 0, title: a[2] ?? "", target: a[3] ?? "" });
    }
    default:
      return make({ kind: "other", keyword });
  }
}
function isDevOnlyCondition(condition) {
  return /^build\s*==\s*(["'])dev\1$/.test(condition.trim());
}

// ../../work/main/generator/parse/src-lines.ts
function splitLines(text) {
  const parts = text.split("\n");
  const out = new Array(parts.length);
  for (let i = 0; i < parts.length; i++) out[i] = { text: parts[i] ?? "", line: i + 1, col: 0 };
  return out;
}
function lineStartOffsets2(text) {
  const starts = [0];
  let at = text.indexOf("\n");
  while (at !== -1) {
    starts.push(at + 1);
    at = text.indexOf("\n", at + 1);
  }
  return starts;
}
function indentChars(text) {
  let i = 0;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return i;
}
function indentWidth(text) {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) width++;
    else if (c === 9) width += 4 - width % 4;
    else break;
  }
  return width;
}
function isBlank(text) {
  return indentChars(text) === text.length;
}
function sliceLine(line, start, end) {
  return { text: line.text.slice(start, end), line: line.line, col: line.col + start };
}
function dedentLines(lines, width) {
  if (width <= 0) return lines.slice();
  return lines.map((l) => {
    let w = 0;
    let i = 0;
    while (i < l.text.length && w < width) {
      const c = l.text.charCodeAt(i);
      if (c === 32) w++;
      else if (c === 9) w += 4 - w % 4;
      else break;
      i++;
    }
    return i === 0 ? l : sliceLine(l, i);
  });
}
function minIndentWidth(lines) {
  let min = Infinity;
  for (const l of lines) {
    if (isBlank(l.text)) continue;
    const w = indentWidth(l.text);
    if (w < min) min = w;
    if (min === 0) break;
  }
  return min === Infinity ? 0 : min;
}

// ../../work/main/generator/parse/fence.ts
function matchFenceOpen(text) {
  const indent = indentChars(text);
  const c = text.charCodeAt(indent);
  if (c !== 96 && c !== 126) return null;
  let end = indent;
  while (text.charCodeAt(end) === c) end++;
  const size = end - indent;
  if (size < 3) return null;
  const info = text.slice(end).trim();
  if (c === 96 && info.includes("`")) return null;
  return { char: c === 96 ? "`" : "~", size, indent, info };
}
function isFenceClose(text, open) {
  const indent = indentChars(text);
  const code = open.char.charCodeAt(0);
  let end = indent;
  while (text.charCodeAt(end) === code) end++;
  if (end - indent < open.size) return false;
  return indentChars(text.slice(end)) === text.length - end;
}
function findFenceClose(lines, start, open) {
  for (let j = start + 1; j < lines.length; j++) {
    if (isFenceClose(lines[j].text, open)) return j;
  }
  return -1;
}

// ../../work/main/generator/parse/markdown-chunk.ts
import remarkParse from "remark-parse";
import { unified } from "unified";

// ../../work/main/generator/parse/clone-nodes.ts
function cloneData(value) {
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) {
    const out2 = new Array(value.length);
    for (let i = 0; i < value.length; i++) out2[i] = cloneData(value[i]);
    return out2;
  }
  const out = {};
  for (const key in value) out[key] = cloneData(value[key]);
  return out;
}
function cloneMapped(nodes, mapPosition) {
  const out = new Array(nodes.length);
  for (let i = 0; i < nodes.length; i++) out[i] = cloneNode(nodes[i], mapPosition);
  return out;
}
function cloneNode(node, mapPosition) {
  const copy = {};
  let position;
  for (const key in node) {
    const value = node[key];
    if (key === "children" && Array.isArray(value)) copy[key] = cloneMapped(value, mapPosition);
    else if (key === "position" && value !== void 0) {
      position = value;
      copy[key] = void 0;
    } else copy[key] = cloneData(value);
  }
  if (position) copy["position"] = mapPosition(position, copy);
  return copy;
}

// ../../work/main/generator/parse/plain-paragraph.ts
var PLAIN_LINE = /^ {0,3}[\p{L}\p{N}][^\\`*_[\]!<>&~|#\u0000-\u001f\u007f]*$/u;
var LIST_START = /^ {0,3}\d{1,9}[.)](?:[ \t]|$)/;
var isBlankLine = (line) => /^[ \t]*$/.test(line);
function plainParagraph(text) {
  const lines = text.split("\n");
  let at = -1;
  for (let i = 0; i < lines.length; i++) {
    if (isBlankLine(lines[i])) continue;
    if (at !== -1) return void 0;
    at = i;
  }
  if (at === -1) return void 0;
  const line = lines[at];
  if (!PLAIN_LINE.test(line) || LIST_START.test(line)) return void 0;
  let first = 0;
  while (line.charCodeAt(first) === 32) first++;
  let end = line.length;
  while (end > first && (line.charCodeAt(end - 1) === 32 || line.charCodeAt(end - 1) === 9)) end--;
  let lineOffset = 0;
  for (let i = 0; i < at; i++) lineOffset += lines[i].length + 1;
  const start = { line: at + 1, column: first + 1, offset: lineOffset + first };
  const textEnd = { line: at + 1, column: end + 1, offset: lineOffset + end };
  const lineEnd = { line: at + 1, column: line.length + 1, offset: lineOffset + line.length };
  return [
    {
      type: "paragraph",
      children: [{ type: "text", value: line.slice(first, end), position: { start: { ...start }, end: textEnd } }],
      position: { start, end: lineEnd }
    }
  ];
}

// ../../work/main/generator/parse/markdown-chunk.ts
var processor = unified().use(remarkParse);
var parsedChunks = /* @__PURE__ */ new Map();
var MAX_MEMO_TEXT = 4e3;
var MAX_MEMO_ENTRIES = 2e5;
function parseChunkText(text) {
  const memo = text.length <= MAX_MEMO_TEXT;
  if (memo) {
    const hit = parsedChunks.get(text);
    if (hit) return hit;
  }
  const children = plainParagraph(text) ?? processor.parse(text).children;
  if (memo && parsedChunks.size < MAX_MEMO_ENTRIES) parsedChunks.set(text, children);
  return children;
}
function parseMarkdownChunk(lines, target, anchors) {
  if (lines.length === 0) return [];
  let text = "";
  let blank = true;
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].text;
    if (blank && t.trim() !== "") blank = false;
    text += i === 0 ? t : `
${t}`;
  }
  if (blank) return [];
  return shiftedCopy(parseChunkText(text), lines, target, anchors);
}
function shiftedCopy(nodes, lines, target, anchors) {
  const mapPoint = (pt) => {
    const idx = Math.min(Math.max(pt.line, 1), lines.length) - 1;
    const l = lines[idx];
    const column = l.col + pt.column;
    const start = target.lineStarts[l.line - 1];
    return start === void 0 ? { line: l.line, column } : { line: l.line, column, offset: start + column - 1 };
  };
  return cloneMapped(nodes, (pos, copy) => {
    if (anchors && copy.type === "heading") {
      const id = anchors.get(pos.start.line - 1);
      if (id !== void 0) {
        const heading = copy;
        heading.data = { ...heading.data, id };
      }
    }
    return { start: mapPoint(pos.start), end: mapPoint(pos.end) };
  });
}

// ../../work/main/generator/parse/split-yfm-table.ts
var PIPE = 124;
var HASH = 35;
var BACKTICK = 96;
var BACKSLASH = 92;
var LBRACE = 123;
var point = (l, index) => ({ line: l.line, column: l.col + index + 1 });
function splitYfmTable(lines, start) {
  const first = lines[start];
  const openAt = indentChars(first.text);
  const rows = [];
  let cells = [];
  let rowStart = null;
  let cellLine = 0;
  let cellIndex = 0;
  let inCode = false;
  let level = 0;
  const cellLines = (endLine, endIndex) => {
    const out = [];
    for (let li = cellLine; li <= endLine; li++) {
      const l = lines[li];
      const from = li === cellLine ? cellIndex : 0;
      const to = li === endLine ? endIndex : l.text.length;
      out.push(from === 0 && to === l.text.length ? l : sliceLine(l, from, to));
    }
    return out;
  };
  const endCell = (li, p) => {
    const l = lines[li];
    cells.push({
      lines: cellLines(li, p),
      start: point(lines[cellLine], cellIndex),
      end: point(l, p)
    });
  };
  for (let li = start; li < lines.length; li++) {
    const l = lines[li];
    const s = l.text;
    const n = s.length;
    let p = li === start ? openAt + 2 : 0;
    while (p < n) {
      const c = s.charCodeAt(p);
      if (c === BACKTICK && s.charCodeAt(p + 1) === BACKTICK && s.charCodeAt(p + 2) === BACKTICK) {
        inCode = !inCode;
        p += 3;
        continue;
      }
      if (inCode) {
        p++;
        continue;
      }
      if (c === LBRACE && s.charCodeAt(p + 1) === LBRACE) {
        const close = s.indexOf("}}", p + 2);
        if (close !== -1) {
          p = close + 2;
          continue;
        }
      }
      if (c === HASH && s.charCodeAt(p + 1) === PIPE) {
        level++;
        p += 2;
        continue;
      }
      if (c === PIPE && s.charCodeAt(p + 1) === HASH) {
        if (level > 0) {
          level--;
          p += 2;
          continue;
        }
        if (rowStart) {
          endCell(li, p);
          rows.push({ cells, start: rowStart, end: point(l, p) });
        }
        return {
          rows,
          next: li + 1,
          closed: true,
          start: point(first, openAt),
          end: point(l, p + 2),
          trailing: s.slice(p + 2)
        };
      }
      if (level > 0 || c !== PIPE || s.charCodeAt(p - 1) === BACKSLASH) {
        p++;
        continue;
      }
      if (s.charCodeAt(p + 1) === PIPE) {
        if (rowStart) {
          endCell(li, p);
          rows.push({ cells, start: rowStart, end: point(l, p + 2) });
          cells = [];
          rowStart = null;
        } else {
          rowStart = point(l, p);
          cellLine = li;
          cellIndex = p + 2;
        }
        p += 2;
        continue;
      }
      if (rowStart) {
        endCell(li, p);
        cellLine = li;
        cellIndex = p + 1;
      }
      p++;
    }
  }
  const lastIndex = lines.length - 1;
  const last = lines[lastIndex];
  if (rowStart) {
    endCell(lastIndex, last.text.length);
    rows.push({ cells, start: rowStart, end: point(last, last.text.length) });
  }
  return {
    rows,
    next: lines.length,
    closed: false,
    start: point(first, openAt),
    end: point(last, last.text.length),
    trailing: ""
  };
}

// ../../work/main/generator/parse/build-yfm-table.ts
var toPoint = (ctx, p) => {
  const start = ctx.lineStarts[p.line - 1];
  return start === void 0 ? { line: p.line, column: p.column } : { line: p.line, column: p.column, offset: start + p.column - 1 };
};
var span = (ctx, a, b) => ({ start: toPoint(ctx, a), end: toPoint(ctx, b) });
function mergeMark(cell) {
  let text = "";
  for (const l of cell.lines) {
    text += l.text.trim();
    if (text.length > 1) return null;
  }
  return text === ">" || text === "^" ? text : null;
}
function cellContent(cell) {
  const lines = cell.lines.slice();
  const first = lines[0];
  if (first) lines[0] = sliceLine(first, indentChars(first.text));
  return lines;
}
function buildYfmTable(lines, start, ctx, depth, parseBlocks2) {
  const split = splitYfmTable(lines, start);
  if (!split.closed) report2(ctx, split.start, "error", "unclosed-table", "`#|` table is not closed by `|#`; closed at the end of the block");
  if (!isBlank(split.trailing)) report2(ctx, split.end, "warning", "text-after-table", "text after `|#` on the same line is ignored");
  const width = split.rows.reduce((max, r) => Math.max(max, r.cells.length), 0);
  const rows = [];
  const above = [];
  const spannedRow = /* @__PURE__ */ new Map();
  for (const raw of split.rows) {
    const row = { type: "yfmTableRow", children: [], position: span(ctx, raw.start, raw.end) };
    let left;
    for (let col = 0; col < width; col++) {
      const rawCell = raw.cells[col];
      if (!rawCell) {
        const cell2 = { type: "yfmTableCell", children: [], position: span(ctx, raw.end, raw.end) };
        row.children.push(cell2);
        above[col] = cell2;
        left = cell2;
        continue;
      }
      const mark = mergeMark(rawCell);
      if (mark === ">" && left) {
        left.colspan = (left.colspan ?? 1) + 1;
        above[col] = left;
        continue;
      }
      const target = above[col];
      if (mark === "^" && target) {
        if (spannedRow.get(target) !== rows.length) {
          target.rowspan = (target.rowspan ?? 1) + 1;
          spannedRow.set(target, rows.length);
        }
        left = target;
        continue;
      }
      if (mark) report2(ctx, rawCell.start, "warning", "table-merge-without-target", `\`${mark}\` cell has no cell to merge into; kept as text`);
      const cell = {
        type: "yfmTableCell",
        children: parseBlocks2(cellContent(rawCell), ctx, depth + 1),
        position: span(ctx, rawCell.start, rawCell.end)
      };
      row.children.push(cell);
      above[col] = cell;
      left = cell;
    }
    rows.push(row);
  }
  return { node: { type: "yfmTable", children: rows, position: span(ctx, split.start, split.end) }, next: split.next };
}

// ../../work/main/generator/parse/block-parser.ts
var MAX_BLOCK_NESTING = 48;
var HEADING_ANCHOR = /^ {0,3}#{1,6}(?:[ \t].*?)?[ \t]*\{#([^{}\s]+)\}[ \t]*$/;
var ANCHOR_SUFFIX = /[ \t]*\{#[^{}\s]+\}[ \t]*$/;
var ATTR_SUFFIX = /[ \t]*\{\.[\w-]+(?:[ \t]+[.#][\w-]+)*\}[ \t]*$/;
var TAB_ITEM = /^([ \t]*)[-*+][ \t]+(.*)$/;
function report2(ctx, at, severity, code, message) {
  ctx.diagnostics.push({ file: ctx.file, line: at.line, column: at.column, severity, code, message });
}
var pointOf = (ctx, l, index) => {
  const column = l.col + index + 1;
  const start = ctx.lineStarts[l.line - 1];
  return start === void 0 ? { line: l.line, column } : { line: l.line, column, offset: start + column - 1 };
};
function spanOf(ctx, first, last) {
  return { start: pointOf(ctx, first, indentChars(first.text)), end: pointOf(ctx, last, last.text.length) };
}
function directiveOf(text) {
  const i = indentChars(text);
  return text.charCodeAt(i) === 123 && text.charCodeAt(i + 1) === 37 ? matchDirective(text) : null;
}
function closedFence(lines, j) {
  const open = matchFenceOpen(lines[j].text);
  if (!open) return -1;
  return findFenceClose(lines, j, open);
}
function atomicBlockEnd(lines, j) {
  const text = lines[j].text;
  const i = indentChars(text);
  if (text.charCodeAt(i) === 35 && text.charCodeAt(i + 1) === 124) return splitYfmTable(lines, j).next - 1;
  return closedFence(lines, j);
}
function findClose(lines, from, isOpen, isClose, stopAtElse = false) {
  let depth = 0;
  for (let j = from; j < lines.length; j++) {
    const text = lines[j].text;
    const blockEnd = atomicBlockEnd(lines, j);
    if (blockEnd !== -1) {
      j = blockEnd;
      continue;
    }
    const m = directiveOf(text);
    if (!m) continue;
    if (isOpen(m.directive)) depth++;
    else if (isClose(m.directive)) {
      if (depth === 0) return j;
      depth--;
    } else if (stopAtElse && depth === 0 && m.directive.kind === "else") return j;
  }
  return -1;
}
var closeKindOf = { note: "endnote", cut: "endcut", tabs: "endlist" };
function parseBlocks(lines, ctx, depth) {
  const out = [];
  let buf = [];
  let anchors;
  const flush = () => {
    if (buf.length > 0) {
      for (const node of parseMarkdownChunk(buf, ctx, anchors)) out.push(node);
      buf = [];
      anchors = void 0;
    }
  };
  const pushPlain = (l) => {
    let text = l.text;
    if (text.includes("{")) {
      const h = HEADING_ANCHOR.exec(text);
      if (h) {
        anchors ??= /* @__PURE__ */ new Map();
        anchors.set(buf.length, h[1]);
        text = text.replace(ANCHOR_SUFFIX, "");
      } else if (text.includes("{.")) {
        text = text.replace(ATTR_SUFFIX, "");
      }
      if (text !== l.text) l = { text, line: l.line, col: l.col };
    }
    buf.push(l);
  };
  const tooDeep = (l) => {
    if (depth < MAX_BLOCK_NESTING) return false;
    report2(ctx, pointOf(ctx, l, 0), "error", "nesting-too-deep", `blocks nested deeper than ${MAX_BLOCK_NESTING}; kept as text`);
    return true;
  };
  let i = 0;
  while (i < lines.length) {
    const l = lines[i];
    const text = l.text;
    const indent = indentChars(text);
    const c0 = text.charCodeAt(indent);
    if (c0 === 96 || c0 === 126) {
      const open = matchFenceOpen(text);
      if (open) {
        const close = findFenceClose(lines, i, open);
        const last = close === -1 ? lines.length - 1 : close;
        if (indent === 0) {
          flush();
          out.push(codeNode(lines, i, last, close !== -1, open, ctx));
          if (close === -1) {
            report2(ctx, pointOf(ctx, l, 0), "warning", "unclosed-fence", "code fence is not closed before the end of its block");
          }
        } else {
          for (let j = i; j <= last; j++) buf.push(lines[j]);
        }
        i = last + 1;
        continue;
      }
    }
    if (c0 === 35 && text.charCodeAt(indent + 1) === 124 && !tooDeep(l)) {
      flush();
      const { node, next } = buildYfmTable(lines, i, ctx, depth, parseBlocks);
      out.push(node);
      i = next;
      continue;
    }
    if (c0 === 123) {
      const m = directiveOf(text);
      if (m) {
        const handled = handleDirective(m.directive, m.length, i);
        if (handled !== null) {
          i = handled;
          continue;
        }
      }
    }
    pushPlain(l);
    i++;
  }
  flush();
  return out;
  function handleDirective(d, length, at) {
    const l = lines[at];
    const where = pointOf(ctx, l, indentChars(l.text));
    const rest = l.text.slice(length);
    const restLine = isBlank(rest) ? null : sliceLine(l, length);
    switch (d.kind) {
      case "note":
      case "cut":
      case "tabs": {
        if (tooDeep(l)) return null;
        flush();
        const closeKind = closeKindOf[d.kind];
        const close = findClose(lines, at + 1, (x) => x.kind === d.kind, (x) => x.kind === closeKind);
        const end = close === -1 ? lines.length : close;
        if (close === -1) {
          report2(ctx, where, "error", "unclosed-directive", `{% ${d.kind === "tabs" ? "list tabs" : d.kind} %} is not closed; closed at the end of the block`);
        }
        const body = lines.slice(at + 1, end);
        if (restLine) body.unshift(restLine);
        const lastLine = lines[Math.min(end, lines.length - 1)];
        const position = spanOf(ctx, l, lastLine);
        out.push(containerNode(d, body, position, ctx, depth + 1));
        return afterCloser(end);
      }
      case "include": {
        flush();
        out.push(ctx.include(d, spanOf(ctx, l, sliceLine(l, 0, length))));
        if (restLine) report2(ctx, where, "warning", "text-after-directive", "text after {% include %} on the same line is ignored");
        return at + 1;
      }
      case "if": {
        flush();
        if (!isDevOnlyCondition(d.condition)) return at + 1;
        const close = findClose(lines, at + 1, (x) => x.kind === "if", (x) => x.kind === "endif", true);
        if (close === -1) {
          report2(ctx, where, "error", "unclosed-directive", "{% if %} is not closed; dropped to the end of the block");
          return lines.length;
        }
        return close + 1;
      }
      case "else": {
        flush();
        const close = findClose(lines, at + 1, (x) => x.kind === "if", (x) => x.kind === "endif");
        return close === -1 ? lines.length : close + 1;
      }
      case "endif":
        flush();
        return at + 1;
      case "endnote":
      case "endcut":
      case "endlist":
        flush();
        report2(ctx, where, "warning", "stray-directive", `{% ${d.kind} %} without an opening directive`);
        return at + 1;
      case "other":
        return null;
    }
  }
  function afterCloser(close) {
    if (close >= lines.length) return lines.length;
    const l = lines[close];
    const m = directiveOf(l.text);
    const rest = m ? l.text.slice(m.length) : "";
    if (m && !isBlank(rest)) {
      lines[close] = sliceLine(l, m.length);
      return close;
    }
    return close + 1;
  }
}
function codeNode(lines, open, last, closed, fence, ctx) {
  const first = lines[open];
  const contentEnd = closed ? last : last + 1;
  const parts = [];
  for (let j = open + 1; j < contentEnd; j++) {
    const t = lines[j].text;
    const strip = Math.min(fence.indent, indentChars(t));
    parts.push(strip > 0 ? t.slice(strip) : t);
  }
  const space = fence.info.search(/\s/);
  const lang = fence.info === "" ? null : space === -1 ? fence.info : fence.info.slice(0, space);
  const meta = space === -1 ? null : fence.info.slice(space).trim() || null;
  return { type: "code", lang, meta, value: parts.join("\n"), position: spanOf(ctx, first, lines[last]) };
}
function containerNode(d, body, position, ctx, depth) {
  if (d.kind === "tabs") return { type: "yfmTabs", children: splitTabs(body, ctx, depth), position };
  const children = parseBlocks(body, ctx, depth);
  if (d.kind === "note") return { type: "yfmNote", noteType: d.noteType, title: d.title, children, position };
  return { type: "yfmCut", title: d.title, children, position };
}
function splitTabs(body, ctx, depth) {
  const markers = [];
  let itemIndent = -1;
  let nested = 0;
  for (let j = 0; j < body.length; j++) {
    const t = body[j].text;
    const blockEnd = atomicBlockEnd(body, j);
    if (blockEnd !== -1) {
      j = blockEnd;
      continue;
    }
    const m = directiveOf(t);
    if (m) {
      if (m.directive.kind === "tabs") nested++;
      else if (m.directive.kind === "endlist" && nested > 0) nested--;
      continue;
    }
    if (nested > 0) continue;
    const item = TAB_ITEM.exec(t);
    if (!item) {
      if (markers.length === 0 && !isBlank(t)) {
        const l = body[j];
        report2(ctx, { line: l.line, column: l.col + indentChars(t) + 1 }, "warning", "text-outside-tab", "text before the first tab item is ignored");
      }
      continue;
    }
    const ind = item[1].length;
    if (itemIndent === -1) itemIndent = ind;
    if (ind === itemIndent) markers.push(j);
  }
  const tabs = [];
  for (let k = 0; k < markers.length; k++) {
    const at = markers[k];
    const end = k + 1 < markers.length ? markers[k + 1] : body.length;
    const marker = body[at];
    const label2 = (TAB_ITEM.exec(marker.text)?.[2] ?? "").trim();
    const content = body.slice(at + 1, end);
    let lastNonBlank = at;
    for (let j = end - 1; j > at; j--) {
      if (!isBlank(body[j].text)) {
        lastNonBlank = j;
        break;
      }
    }
    const children = parseBlocks(dedentLines(content, minIndentWidth(content)), ctx, depth);
    tabs.push({ type: "yfmTab", label: label2, children, position: spanOf(ctx, marker, body[lastNonBlank]) });
  }
  return tabs;
}

// ../../work/main/generator/parse/include-path.ts
import path3 from "node:path";
function resolveIncludePath(fromFile, target) {
  let t = target.replace(/[?#].*$/, "");
  try {
    t = decodeURI(t);
  } catch {
  }
  if (t.includes("\\") || t.includes("\0") || /^[a-z][a-z0-9+.-]*:/i.test(t)) {
    return { error: `not a docs path: ${target}` };
  }
  if (t.endsWith(".html")) t = `${t.slice(0, -5)}.md`;
  const joined = t.startsWith("/") ? t.slice(1) : path3.posix.join(path3.posix.dirname(fromFile), t);
  const file2 = path3.posix.normalize(joined);
  if (file2 === ".." || file2.startsWith("../") || path3.posix.isAbsolute(file2) || file2 === "." || file2 === "") {
    return { error: `outside the docs root: ${target}` };
  }
  return { file: file2 };
}

// ../../work/main/generator/parse/parse-page.ts
var MAX_INCLUDE_DEPTH = 8;
function createIncludeCache() {
  return { fragments: /* @__PURE__ */ new Map() };
}
function parsePage(text, file2, options = {}) {
  const state = {
    readInclude: options.readInclude,
    cache: options.cache ?? createIncludeCache(),
    stack: [file2],
    contextual: false
  };
  const diagnostics = [];
  try {
    const children = parseDocument(text, file2, diagnostics, state);
    return { tree: { type: "root", children, position: wholeText(text) }, diagnostics };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    diagnostics.push({ file: file2, line: 1, column: 1, severity: "error", code: "internal-error", message: `parser failed: ${message}` });
    return { tree: { type: "root", children: [] }, diagnostics };
  }
}
function wholeText(text) {
  const starts = lineStartOffsets2(text);
  const lastStart = starts[starts.length - 1] ?? 0;
  return {
    start: { line: 1, column: 1, offset: 0 },
    end: { line: starts.length, column: text.length - lastStart + 1, offset: text.length }
  };
}
function parseDocument(text, file2, diagnostics, state) {
  const lineStarts = lineStartOffsets2(text);
  const ctx = {
    file: file2,
    lineStarts,
    diagnostics,
    include: (d, position) => includeNode(d, position, ctx, state)
  };
  return parseBlocks(splitLines(text), ctx, 0);
}
function includeNode(d, position, ctx, state) {
  const node = (file3, error) => {
    const n2 = { type: "yfmInclude", file: file3, title: d.title, notitle: d.notitle, children: [], position };
    if (error !== void 0) {
      n2.error = error;
      ctx.diagnostics.push({
        file: ctx.file,
        line: position.start.line,
        column: position.start.column,
        severity: "error",
        code: "include-failed",
        message: `cannot include ${d.target}: ${error}`
      });
    }
    return n2;
  };
  const resolved = resolveIncludePath(ctx.file, d.target);
  if ("error" in resolved) return node(d.target, resolved.error);
  const file2 = resolved.file;
  if (state.stack.includes(file2)) {
    state.contextual = true;
    return node(file2, `include cycle: ${[...state.stack, file2].join(" -> ")}`);
  }
  if (state.stack.length > MAX_INCLUDE_DEPTH) {
    state.contextual = true;
    return node(file2, `includes nested deeper than ${MAX_INCLUDE_DEPTH}`);
  }
  const cached = state.cache.fragments.get(file2);
  if (cached) {
    for (const diag of cached.diagnostics) ctx.diagnostics.push(diag);
    const n2 = node(file2);
    n2.children = cloneData(cached.children);
    return n2;
  }
  if (!state.readInclude) return node(file2, "no include reader");
  const read = state.readInclude(file2);
  if (!read.ok) return node(file2, read.reason);
  const outerContextual = state.contextual;
  state.contextual = false;
  state.stack.push(file2);
  const fragmentDiagnostics = [];
  let children;
  try {
    children = parseDocument(read.text, file2, fragmentDiagnostics, state);
  } finally {
    state.stack.pop();
  }
  if (!state.contextual) {
    state.cache.fragments.set(file2, { children: cloneData(children), diagnostics: fragmentDiagnostics });
  }
  state.contextual ||= outerContextual;
  for (const diag of fragmentDiagnostics) ctx.diagnostics.push(diag);
  const n = node(file2);
  n.children = children;
  return n;
}

// ../../work/main/generator/parse/node-helpers.ts
import { toString } from "mdast-util-to-string";

// ../../work/main/generator/pipeline/page-workers.ts
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var MIN_PAGES_PER_WORKER = 32;
var BATCH = 8;
var workerUrl = new URL("./page-worker.js", import.meta.url);
function canUseWorkers() {
  return workerUrl.protocol === "file:" && existsSync(fileURLToPath(workerUrl));
}
async function computeInWorkers(docsRoot, sources, count, keep, onProgress) {
  const pending = new Set(sources);
  let next = 0;
  let done = 0;
  const workers = [];
  try {
    await new Promise((resolve, reject) => {
      let active = 0;
      const feed = (worker) => {
        if (next >= sources.length) {
          active--;
          if (active === 0) resolve();
          return;
        }
        const batch = sources.slice(next, next + BATCH);
        next += batch.length;
        worker.postMessage(batch);
      };
      for (let i = 0; i < count; i++) {
        const worker = new Worker(workerUrl, { workerData: { docsRoot } });
        workers.push(worker);
        active++;
        worker.on("message", (results) => {
          for (const [source, computed] of results) {
            pending.delete(source);
            keep(source, computed);
          }
          done += results.length;
          onProgress(done);
          feed(worker);
        });
        worker.on("error", reject);
        worker.on("exit", (code) => {
          if (code !== 0) reject(new Error(`page worker exited with code ${code}`));
        });
        feed(worker);
      }
    });
  } catch {
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return sources.filter((s) => pending.has(s));
}

// ../../work/main/generator/pipeline/build-ir.ts
var SYSTEM_ERRORS_FILE = "_includes/system-errors.md";
function diagnosticKey(d) {
  return `${d.file}:${d.line}:${d.column}:${d.code}:${d.message}`;
}
function pageFailed(source, error) {
  const message = error instanceof Error ? error.message : String(error);
  return { file: source, line: 1, column: 1, severity: "error", code: "page-failed", message: `page could not be processed: ${message}` };
}
function readAndParse(reader, cache, source) {
  const read = reader.read(source);
  if (!read.ok) return { error: read.reason };
  const { tree, diagnostics } = parsePage(read.text, source, { readInclude: (f) => reader.read(f), cache });
  return { tree, text: read.text, diagnostics };
}
function isFragment(source) {
  return source.split("/").slice(0, -1).some((p) => p === "_include" || p === "_includes");
}
function typeLinkedPages(methods) {
  const pages = /* @__PURE__ */ new Set();
  const visitType = (t) => {
    if (!t) return;
    if (t.link && !t.link.startsWith("#") && t.link.includes("#")) pages.add(linkPath(t.link));
    if (t.typeId !== void 0) pages.add(linkPath(t.typeId));
    visitType(t.items);
    t.members?.forEach(visitType);
  };
  const visitFields = (fields) => {
    for (const f of fields ?? []) {
      visitType(f.type);
      visitFields(f.fields);
    }
  };
  for (const m of methods) {
    visitFields(m.params);
    visitFields(m.result);
    visitFields(m.responseExtras);
    visitType(m.resultType);
  }
  return pages;
}
function reportDanglingTypeIds(methods, ids) {
  for (const m of methods) {
    const visitType = (t, f) => {
      if (!t) return;
      if (t.typeId !== void 0 && !ids.has(t.typeId)) {
        const at = f?.position ?? { file: m.source, line: 1, column: 1 };
        m.diagnostics.push({ ...at, severity: "info", code: "unresolved-type-id", message: `no named type ${t.typeId} was found for ${f ? f.name : "the result"}` });
      }
      visitType(t.items, f);
      t.members?.forEach((x) => visitType(x, f));
    };
    const visitFields = (fields) => {
      for (const f of fields ?? []) {
        visitType(f.type, f);
        visitFields(f.fields);
      }
    };
    visitFields(m.params);
    visitFields(m.result);
    visitFields(m.responseExtras);
    visitType(m.resultType, void 0);
    sortDiagnostics(m.diagnostics);
  }
}
function assignKeys(methods) {
  const classic = new Set(methods.filter((m) => m.apiVersion === "v2").map((m) => m.name));
  const taken = /* @__PURE__ */ new Map();
  for (const m of [...methods].sort((a, b) => compareCodeUnits(a.source, b.source))) {
    let key = m.apiVersion === "v3" && classic.has(m.name) ? `${m.name}@v3` : m.name;
    const first = taken.get(key);
    if (first) {
      m.diagnostics.push({
        file: m.source,
        line: 1,
        column: 1,
        severity: "warning",
        code: "duplicate-method",
        message: `${m.name} is also documented by ${first.source}; keyed as ${key}@${m.source}`
      });
      key = `${key}@${m.source}`;
    }
    taken.set(key, m);
    m.key = key;
  }
}
function systemErrorsOf(reader, cache, diagnostics) {
  const parsed = readAndParse(reader, cache, SYSTEM_ERRORS_FILE);
  if ("error" in parsed) {
    diagnostics.push({ file: SYSTEM_ERRORS_FILE, line: 1, column: 1, severity: "warning", code: "system-errors-missing", message: `system errors not read: ${parsed.error}` });
    return [];
  }
  const table2 = parsed.tree.children.find((n) => n.type === "yfmTable" && isErrorTable(n));
  if (!table2 || table2.type !== "yfmTable") {
    diagnostics.push({ file: SYSTEM_ERRORS_FILE, line: 1, column: 1, severity: "warning", code: "system-errors-missing", message: "no error table in the system errors fragment" });
    return [];
  }
  return extractErrorTable(table2, { file: SYSTEM_ERRORS_FILE, diagnostics });
}
function filesOf(source, tree) {
  const files = /* @__PURE__ */ new Set([source]);
  const walk2 = (nodes) => {
    for (const n of nodes ?? []) {
      if (n.type === "yfmInclude") files.add(n.file);
      walk2(n.children);
    }
  };
  walk2(tree.children);
  return [...files].sort(compareCodeUnits);
}
function pageOutcome(reader, cache, source, tables) {
  let files = [source];
  const outcome = { summary: { source, kind: "other" }, diagnostics: [] };
  let cls = { kind: "other" };
  try {
    const parsed = readAndParse(reader, cache, source);
    if ("error" in parsed) {
      outcome.diagnostics.push({ file: source, line: 1, column: 1, severity: "error", code: "page-failed", message: `page could not be read: ${parsed.error}` });
      return { value: outcome, files };
    }
    files = filesOf(source, parsed.tree);
    const facts = pageFacts(parsed.tree);
    if (facts.h1 !== void 0) outcome.title = facts.h1;
    cls = classifyPage(source, facts);
    if (/(^|\/)data-types\.md$/.test(source)) outcome.typeCandidate = true;
    if (cls.kind === "method") {
      const method2 = extractMethod({ source, text: parsed.text, tree: parsed.tree }, tables);
      const own = parsed.diagnostics.filter((d) => d.file === source);
      outcome.diagnostics = parsed.diagnostics.filter((d) => d.file !== source);
      method2.diagnostics = sortDiagnostics([...own, ...method2.diagnostics]);
      outcome.method = method2;
      outcome.summary = { source, kind: "method", name: method2.name };
    } else {
      outcome.diagnostics = parsed.diagnostics;
      const summary = { source, kind: cls.kind };
      const eventName = cls.kind === "event" ? eventNameOf(facts.h1) : void 0;
      if (eventName !== void 0) summary.name = eventName;
      outcome.summary = summary;
    }
  } catch (error) {
    delete outcome.method;
    outcome.summary = { source, kind: cls.kind };
    outcome.diagnostics = [pageFailed(source, error)];
  }
  return { value: outcome, files };
}
function namedTypesOutcome(reader, cache, source) {
  const outcome = { types: [], diagnostics: [] };
  let files = [source];
  try {
    const parsed = readAndParse(reader, cache, source);
    if ("error" in parsed) return { value: outcome, files };
    files = filesOf(source, parsed.tree);
    const diagnostics = [];
    const types = extractNamedTypes(parsed.tree, source, { file: source, resolveLink, diagnostics });
    outcome.types = types;
    outcome.diagnostics = diagnostics;
  } catch (error) {
    outcome.types = [];
    outcome.diagnostics = [pageFailed(source, error)];
  }
  return { value: outcome, files };
}
async function buildIr(docsRoot, options = {}) {
  const tables = options.tables ?? defaultTables;
  const reader = createDocsReader(docsRoot);
  const includeCache = createIncludeCache();
  const diagnostics = [];
  const seenDiagnostics = /* @__PURE__ */ new Set();
  const addDocDiagnostic = (d) => {
    const k = diagnosticKey(d);
    if (seenDiagnostics.has(k)) return;
    seenDiagnostics.add(k);
    diagnostics.push(d);
  };
  const sources = listDocsPages(docsRoot).filter((s) => options.include?.(s) ?? true);
  const pages = [];
  const methods = [];
  const titles = /* @__PURE__ */ new Map();
  const namedTypeCandidates = /* @__PURE__ */ new Set();
  let sincePause = 0;
  const cache = options.pageCache;
  const outcomes = /* @__PURE__ */ new Map();
  const missing = [];
  for (const source of sources) {
    if (isFragment(source) || !source.startsWith("api-reference/")) continue;
    const hit = cache?.lookup("page", source);
    if (hit) outcomes.set(source, hit);
    else missing.push(source);
  }
  const keep = (source, computed) => {
    cache?.store("page", source, computed);
    outcomes.set(source, computed.value);
  };
  const reused = sources.length - missing.length;
  const workers = options.tables === void 0 ? Math.max(1, Math.floor(options.workers ?? 1)) : 1;
  let inline2 = missing;
  if (workers > 1 && missing.length >= MIN_PAGES_PER_WORKER * workers && canUseWorkers()) {
    inline2 = await computeInWorkers(docsRoot, missing, workers, keep, (done) => options.onProgress?.(reused + done, sources.length));
  }
  {
    let done = missing.length - inline2.length;
    for (const source of inline2) {
      if (done > 0) options.onProgress?.(reused + done, sources.length);
      done++;
      if (++sincePause >= 200) {
        sincePause = 0;
        await new Promise((resolve) => setImmediate(resolve));
      }
      keep(source, pageOutcome(reader, includeCache, source, tables));
    }
  }
  for (const source of sources) {
    if (isFragment(source)) {
      pages.push({ source, kind: "fragment" });
      continue;
    }
    const outcome = outcomes.get(source);
    if (!outcome) {
      pages.push({ source, kind: "other" });
      continue;
    }
    outcome.diagnostics.forEach(addDocDiagnostic);
    if (outcome.title !== void 0) titles.set(source, outcome.title);
    if (outcome.typeCandidate === true) namedTypeCandidates.add(source);
    if (outcome.method) methods.push(outcome.method);
    pages.push(outcome.summary);
  }
  options.onProgress?.(sources.length, sources.length);
  assignKeys(methods);
  const nameBySource = new Map(methods.map((m) => [m.source, m.name]));
  for (const m of methods) {
    const dep = m.deprecated;
    if (dep && dep.replacement === void 0 && dep.replacementSource !== void 0) {
      const replacement = nameBySource.get(dep.replacementSource);
      if (replacement !== void 0) dep.replacement = replacement;
    }
    m.seeAlso = m.seeAlso.map((s) => {
      const title = s.title ?? titles.get(linkPath(s.href));
      return title === void 0 ? s : { title, href: s.href };
    });
  }
  const known = new Set(sources);
  for (const p of typeLinkedPages(methods)) if (known.has(p)) namedTypeCandidates.add(p);
  const types = /* @__PURE__ */ new Map();
  for (const source of [...namedTypeCandidates].sort(compareCodeUnits)) {
    let outcome = cache?.lookup("types", source);
    if (!outcome) {
      const computed = namedTypesOutcome(reader, includeCache, source);
      cache?.store("types", source, computed);
      outcome = computed.value;
    }
    for (const t of outcome.types) if (!types.has(t.id)) types.set(t.id, t);
    outcome.diagnostics.forEach(addDocDiagnostic);
  }
  reportDanglingTypeIds(methods, new Set(types.keys()));
  const systemErrors = systemErrorsOf(reader, includeCache, diagnostics);
  methods.sort((a, b) => compareCodeUnits(a.key, b.key));
  pages.sort((a, b) => compareCodeUnits(a.source, b.source));
  return {
    irVersion: IR_VERSION,
    methods,
    types: [...types.values()].sort((a, b) => compareCodeUnits(a.id, b.id)),
    systemErrors,
    pages,
    diagnostics: sortDiagnostics(diagnostics)
  };
}

// ../../work/main/test/security/hostile-docs.ts
var CANARY = "pwned-canary.txt";
var TOUCH = `process.getBuiltinModule('fs').writeFileSync('${CANARY}', 'x')`;
var EVIL_TEXT = [
  `Ends a comment */ process.exit(7) /* opens one`,
  `// line comment\u2028process.exit(11)\u2029 after separators`,
  "`template` ${process.exit(9)} ${" + TOUCH + "}",
  `'); ${TOUCH}; ('`,
  `"); ${TOUCH}; ("`,
  `back\\slash \\' \\" \\\\`,
  `</script><script>${TOUCH}</script>`,
  `ctrl \x07\x1B[31m\x7F\x85 rtl \u202E${TOUCH}\u202C \u200F mark`,
  `@param evil @returns nothing {@link javascript:alert(1)}`
].join(" ");
var LONG_LINE = `A very long line ${"*/ x ".repeat(2e4)} end`;
var SYSTEM_ERRORS = `### System errors

#|
|| **Status** | **Code**
**Error Message** | **Description** ||
|| \`500\` | \`INTERNAL_SERVER_ERROR\`
Internal server error | Server failed ||
|| \`503\` | \`QUERY_LIMIT_EXCEEDED\`
Too many requests | Too fast ||
|| \`500\` | \`BAD */ ${"CODE'); process.exit(12); ('"}\`
${EVIL_TEXT} | ${EVIL_TEXT} ||
|#
`;
function up(file2) {
  return "../".repeat(file2.split("/").length - 1);
}
function markdownEscape(text) {
  return text.replace(/[\\`*_{}[\]()#+!|<>-]/g, (c) => `\\${c}`);
}
function table(rows, file2) {
  const lines = ["#|", "|| **Name**\n`type` | **Description** ||"];
  for (const r of rows) {
    lines.push(`|| **${markdownEscape(r.name)}**${r.required === true ? "*" : ""}
[\`${r.type}\`](${up(file2)}api-reference/data-types.md) | ${r.description} ||`);
  }
  lines.push("|#");
  return lines.join("\n");
}
function methodPage(spec) {
  const u = up(spec.file);
  const errorRows = spec.errors.map((e) => `|| \`${e.code}\` | ${e.message} | ${e.description} ||`).join("\n");
  return `# ${spec.h1}

> Scope: [\`evil\`](${u}api-reference/scopes/permissions.md)
>
> Who can execute the method: ${EVIL_TEXT}

${spec.intro}

## Method Parameters

{% include [Note](${u}_includes/required.md) %}

${table(spec.params, spec.file)}

## Code Examples

{% list tabs %}

- cURL (Webhook)

    \`\`\`http
    curl -X POST \\
    -H "Content-Type: application/json" \\
    -d '${spec.requestJson}' \\
    https://**put_your_bitrix24_address**/rest/**put_your_user_id_here**/**put_your_webhook_here**/${spec.method}
    \`\`\`

{% endlist %}

## Response Handling

HTTP status: **200**

\`\`\`json
${spec.responseJson}
\`\`\`

## Returned Data

${table(spec.result, spec.file)}

## Error Handling

HTTP status: **400**

### Possible Error Codes

#|
|| **Code** | **Error Message** | **Description** ||
${errorRows}
|#

{% include [system errors](${u}_includes/system-errors.md) %}
`;
}

// prof3.ts
var method = "huge.item.add";
var file = "api-reference/broken/huge.md";
var good = methodPage({
  file,
  h1: `Call \`${method}\``,
  intro: `The method \`${method}\` does one thing.`,
  params: [{ name: "id", type: "integer", description: "The identifier", required: true }],
  result: [{ name: "ok", type: "integer", description: "One" }],
  requestJson: '{"id": 1}',
  responseJson: '{"result": {"ok": 1}, "time": {"start": 1, "finish": 2}}',
  errors: [{ code: "ERROR_CORE", message: "Core error", description: "Failed" }],
  method
});
var CHUNK = '\n#|\n|| **a** | b ||\n|| **c**\n`string` | d\n\n```json\n{"x": 1}\n```\n||\n|#\n\n## Heading\n\nSome *text* with `code` and [link](x.md).\n';
for (const mb of (process.argv[2] ?? "0.5,1,2").split(",").map(Number)) {
  let text = good;
  let k = 0;
  const mk = () => {
    let s = "";
    for (let i = 0; i < 500; i++) s += CHUNK.replace("**a**", "**a" + k++ + "**").replace("*text*", "*text" + k + "*");
    return s;
  };
  while (text.length < mb * 1024 * 1024) text += mk();
  const root = mkdtempSync(path4.join(os.tmpdir(), "hp-"));
  mkdirSync(path4.join(root, "api-reference/broken"), { recursive: true });
  writeFileSync(path4.join(root, file), text);
  writeFileSync(path4.join(root, "api-reference/data-types.md"), "# Types\n");
  const t0 = performance.now();
  const ir = await buildIr(root);
  console.log(mb, "MB", (performance.now() - t0).toFixed(0), "ms", ir.methods.length);
}
