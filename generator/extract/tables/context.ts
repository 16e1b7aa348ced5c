import type { Node } from 'unist';
import type { Diagnostic, Severity, SourcePosition } from '../../ir/types.js';

export interface TableContext {
  /** Docs-relative path of the page, for diagnostics and in-page type ids. */
  file: string;
  /** → docs-root-relative target ("api-reference/data-types.md#time") or "#anchor". */
  resolveLink(href: string, fromFile: string): string;
  /** Findings go here. */
  diagnostics: Diagnostic[];
  /**
   * The file a node came from, when it sits in an included fragment (positions are then
   * fragment positions). Defaults to `file`.
   */
  fileOf?: (node: Node) => string;
}

export function positionOf(node: Node | undefined, ctx: TableContext): SourcePosition {
  const file = node && ctx.fileOf ? ctx.fileOf(node) : ctx.file;
  return { file, line: node?.position?.start.line ?? 1, column: node?.position?.start.column ?? 1 };
}

export function report(ctx: TableContext, node: Node | undefined, code: string, message: string, severity: Severity = 'warning'): void {
  ctx.diagnostics.push({ ...positionOf(node, ctx), severity, code, message });
}

/** A type link as an IR target: in-page anchors become "<file>#anchor". */
export function typeTarget(href: string, ctx: TableContext, node?: Node): string {
  const from = node && ctx.fileOf ? ctx.fileOf(node) : ctx.file;
  const resolved = ctx.resolveLink(href, from);
  return resolved.startsWith('#') ? `${ctx.file}${resolved}` : resolved;
}
