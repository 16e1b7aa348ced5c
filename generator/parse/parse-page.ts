import type { Root, RootContent } from 'mdast';
import type { Position } from 'unist';
import type { Diagnostic } from '../ir/types.js';
import type { ReadResult } from '../load/docs-reader.js';
import type { BlockContext } from './block-parser.js';
import { parseBlocks } from './block-parser.js';
import { cloneData } from './clone-nodes.js';
import type { Directive } from './directives.js';
import { resolveIncludePath } from './include-path.js';
import { lineStartOffsets, splitLines } from './src-lines.js';
import type { YfmInclude } from './yfm-nodes.js';

/** Reads an include fragment by docs-relative path (`DocsReader.read` fits). */
export type ReadInclude = (file: string) => ReadResult;

/** Includes nested deeper than this are not read (a `yfmInclude` with `error`). */
export const MAX_INCLUDE_DEPTH = 8;

/**
 * Parsed fragments, by file. Share one cache between the pages of a docs tree so that each
 * fragment is read and parsed once; a cache belongs to one `readInclude`.
 */
export interface IncludeCache {
  readonly fragments: Map<string, ParsedFragment>;
}

interface ParsedFragment {
  children: RootContent[];
  diagnostics: Diagnostic[];
}

export function createIncludeCache(): IncludeCache {
  return { fragments: new Map() };
}

export interface ParseOptions {
  /** Without it, every include becomes a `yfmInclude` with an `error`. */
  readInclude?: ReadInclude;
  /** Defaults to a fresh cache per call. */
  cache?: IncludeCache;
}

export interface ParseResult {
  tree: Root;
  /**
   * Findings with 1-based positions. Diagnostics inside an included fragment carry the
   * fragment's file and are repeated for every page that includes it; dedupe by
   * file:line:column:code when collecting over many pages.
   */
  diagnostics: Diagnostic[];
}

interface IncludeState {
  readInclude: ReadInclude | undefined;
  cache: IncludeCache;
  /** Files being parsed, outermost first (the page itself included). */
  stack: string[];
  /** Set when a cycle or depth error was met below: such results depend on the path taken and are not cached. */
  contextual: boolean;
}

/**
 * Parses one YFM page into an mdast `Root` holding the nodes of `yfm-nodes.ts`.
 * `file` is the page's docs-relative path (used for includes and diagnostics); `text` must
 * be normalised (LF line ends, no BOM) as `DocsReader.read` returns it. Never throws:
 * an internal failure becomes an `internal-error` diagnostic and an empty tree.
 */
export function parsePage(text: string, file: string, options: ParseOptions = {}): ParseResult {
  const state: IncludeState = {
    readInclude: options.readInclude,
    cache: options.cache ?? createIncludeCache(),
    stack: [file],
    contextual: false,
  };
  const diagnostics: Diagnostic[] = [];
  try {
    const children = parseDocument(text, file, diagnostics, state);
    return { tree: { type: 'root', children, position: wholeText(text) }, diagnostics };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    diagnostics.push({ file, line: 1, column: 1, severity: 'error', code: 'internal-error', message: `parser failed: ${message}` });
    return { tree: { type: 'root', children: [] }, diagnostics };
  }
}

function wholeText(text: string): Position {
  const starts = lineStartOffsets(text);
  const lastStart = starts[starts.length - 1] ?? 0;
  return {
    start: { line: 1, column: 1, offset: 0 },
    end: { line: starts.length, column: text.length - lastStart + 1, offset: text.length },
  };
}

function parseDocument(text: string, file: string, diagnostics: Diagnostic[], state: IncludeState): RootContent[] {
  const lineStarts = lineStartOffsets(text);
  const ctx: BlockContext = {
    file,
    lineStarts,
    diagnostics,
    include: (d, position) => includeNode(d, position, ctx, state),
  };
  return parseBlocks(splitLines(text), ctx, 0);
}

function includeNode(
  d: Extract<Directive, { kind: 'include' }>,
  position: Position,
  ctx: BlockContext,
  state: IncludeState,
): YfmInclude {
  const node = (file: string, error?: string): YfmInclude => {
    const n: YfmInclude = { type: 'yfmInclude', file, title: d.title, notitle: d.notitle, children: [], position };
    if (error !== undefined) {
      n.error = error;
      ctx.diagnostics.push({
        file: ctx.file,
        line: position.start.line,
        column: position.start.column,
        severity: 'error',
        code: 'include-failed',
        message: `cannot include ${d.target}: ${error}`,
      });
    }
    return n;
  };
  const resolved = resolveIncludePath(ctx.file, d.target);
  if ('error' in resolved) return node(d.target, resolved.error);
  const file = resolved.file;
  if (state.stack.includes(file)) {
    state.contextual = true;
    return node(file, `include cycle: ${[...state.stack, file].join(' -> ')}`);
  }
  if (state.stack.length > MAX_INCLUDE_DEPTH) {
    state.contextual = true;
    return node(file, `includes nested deeper than ${MAX_INCLUDE_DEPTH}`);
  }
  const cached = state.cache.fragments.get(file);
  if (cached) {
    for (const diag of cached.diagnostics) ctx.diagnostics.push(diag);
    const n = node(file);
    n.children = cloneData(cached.children);
    return n;
  }
  if (!state.readInclude) return node(file, 'no include reader');
  const read = state.readInclude(file);
  if (!read.ok) return node(file, read.reason);

  const outerContextual = state.contextual;
  state.contextual = false;
  state.stack.push(file);
  const fragmentDiagnostics: Diagnostic[] = [];
  let children: RootContent[];
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
