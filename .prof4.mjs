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
function lineStartOffsets(text) {
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
  if (!split.closed) report(ctx, split.start, "error", "unclosed-table", "`#|` table is not closed by `|#`; closed at the end of the block");
  if (!isBlank(split.trailing)) report(ctx, split.end, "warning", "text-after-table", "text after `|#` on the same line is ignored");
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
      if (mark) report(ctx, rawCell.start, "warning", "table-merge-without-target", `\`${mark}\` cell has no cell to merge into; kept as text`);
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
function report(ctx, at, severity, code, message) {
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
    report(ctx, pointOf(ctx, l, 0), "error", "nesting-too-deep", `blocks nested deeper than ${MAX_BLOCK_NESTING}; kept as text`);
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
            report(ctx, pointOf(ctx, l, 0), "warning", "unclosed-fence", "code fence is not closed before the end of its block");
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
          report(ctx, where, "error", "unclosed-directive", `{% ${d.kind === "tabs" ? "list tabs" : d.kind} %} is not closed; closed at the end of the block`);
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
        if (restLine) report(ctx, where, "warning", "text-after-directive", "text after {% include %} on the same line is ignored");
        return at + 1;
      }
      case "if": {
        flush();
        if (!isDevOnlyCondition(d.condition)) return at + 1;
        const close = findClose(lines, at + 1, (x) => x.kind === "if", (x) => x.kind === "endif", true);
        if (close === -1) {
          report(ctx, where, "error", "unclosed-directive", "{% if %} is not closed; dropped to the end of the block");
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
        report(ctx, where, "warning", "stray-directive", `{% ${d.kind} %} without an opening directive`);
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
        report(ctx, { line: l.line, column: l.col + indentChars(t) + 1 }, "warning", "text-outside-tab", "text before the first tab item is ignored");
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
    const label = (TAB_ITEM.exec(marker.text)?.[2] ?? "").trim();
    const content = body.slice(at + 1, end);
    let lastNonBlank = at;
    for (let j = end - 1; j > at; j--) {
      if (!isBlank(body[j].text)) {
        lastNonBlank = j;
        break;
      }
    }
    const children = parseBlocks(dedentLines(content, minIndentWidth(content)), ctx, depth);
    tabs.push({ type: "yfmTab", label, children, position: spanOf(ctx, marker, body[lastNonBlank]) });
  }
  return tabs;
}

// ../../work/main/generator/parse/include-path.ts
import path from "node:path";
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
  const joined = t.startsWith("/") ? t.slice(1) : path.posix.join(path.posix.dirname(fromFile), t);
  const file = path.posix.normalize(joined);
  if (file === ".." || file.startsWith("../") || path.posix.isAbsolute(file) || file === "." || file === "") {
    return { error: `outside the docs root: ${target}` };
  }
  return { file };
}

// ../../work/main/generator/parse/parse-page.ts
var MAX_INCLUDE_DEPTH = 8;
function createIncludeCache() {
  return { fragments: /* @__PURE__ */ new Map() };
}
function parsePage(text, file, options = {}) {
  const state = {
    readInclude: options.readInclude,
    cache: options.cache ?? createIncludeCache(),
    stack: [file],
    contextual: false
  };
  const diagnostics = [];
  try {
    const children = parseDocument(text, file, diagnostics, state);
    return { tree: { type: "root", children, position: wholeText(text) }, diagnostics };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    diagnostics.push({ file, line: 1, column: 1, severity: "error", code: "internal-error", message: `parser failed: ${message}` });
    return { tree: { type: "root", children: [] }, diagnostics };
  }
}
function wholeText(text) {
  const starts = lineStartOffsets(text);
  const lastStart = starts[starts.length - 1] ?? 0;
  return {
    start: { line: 1, column: 1, offset: 0 },
    end: { line: starts.length, column: text.length - lastStart + 1, offset: text.length }
  };
}
function parseDocument(text, file, diagnostics, state) {
  const lineStarts = lineStartOffsets(text);
  const ctx = {
    file,
    lineStarts,
    diagnostics,
    include: (d, position) => includeNode(d, position, ctx, state)
  };
  return parseBlocks(splitLines(text), ctx, 0);
}
function includeNode(d, position, ctx, state) {
  const node = (file2, error) => {
    const n2 = { type: "yfmInclude", file: file2, title: d.title, notitle: d.notitle, children: [], position };
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
  const file = resolved.file;
  if (state.stack.includes(file)) {
    state.contextual = true;
    return node(file, `include cycle: ${[...state.stack, file].join(" -> ")}`);
  }
  if (state.stack.length > MAX_INCLUDE_DEPTH) {
    state.contextual = true;
    return node(file, `includes nested deeper than ${MAX_INCLUDE_DEPTH}`);
  }
  const cached = state.cache.fragments.get(file);
  if (cached) {
    for (const diag of cached.diagnostics) ctx.diagnostics.push(diag);
    const n2 = node(file);
    n2.children = cloneData(cached.children);
    return n2;
  }
  if (!state.readInclude) return node(file, "no include reader");
  const read = state.readInclude(file);
  if (!read.ok) return node(file, read.reason);
  const outerContextual = state.contextual;
  state.contextual = false;
  state.stack.push(file);
  const fragmentDiagnostics = [];
  let children;
  try {
    children = parseDocument(read.text, file, fragmentDiagnostics, state);
  } finally {
    state.stack.pop();
  }
  if (!state.contextual) {
    state.cache.fragments.set(file, { children: cloneData(children), diagnostics: fragmentDiagnostics });
  }
  state.contextual ||= outerContextual;
  for (const diag of fragmentDiagnostics) ctx.diagnostics.push(diag);
  const n = node(file);
  n.children = children;
  return n;
}

// prof4.ts
var kind = process.argv[3] ?? "para";
for (const mb of (process.argv[2] ?? "0.5,1,2").split(",").map(Number)) {
  let text = "# Title\n\nIntro.\n";
  let k = 0;
  while (text.length < mb * 1024 * 1024) {
    k++;
    if (kind === "para") text += `
Some *text ${k}* with \`code\` and [link](x${k}.md).
Second line **bold**.
`;
    else if (kind === "list") text += `- item *${k}* with \`code\`
`;
    else text += `## Heading ${k}

Some *text ${k}*.

`;
  }
  const t0 = performance.now();
  const r = parsePage(text, "api-reference/x/huge.md");
  console.log(kind, mb, "MB", (performance.now() - t0).toFixed(0), "ms", r.tree.children.length);
}
