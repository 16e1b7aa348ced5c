/**
 * Replaces `yfmInclude` nodes by the fragment's nodes so that fragments with tables and
 * anchors read as part of the page. Boilerplate fragments (the required-parameters note,
 * the examples note, the error-info tables and the system-errors table) are recognised by
 * file name and dropped: their tables describe every method, not this one.
 */
import type { RootContent } from 'mdast';
import { isFragment } from '../load/page-paths.js';
import type { YfmInclude } from '../parse/yfm-nodes.js';

export type BoilerplateInclude = 'required' | 'examples' | 'error-info' | 'error-info-v3' | 'system-errors';

const BOILERPLATE: Readonly<Record<string, BoilerplateInclude>> = {
  'required.md': 'required',
  'examples.md': 'examples',
  'error-info.md': 'error-info',
  'error-info-v3.md': 'error-info-v3',
  'system-errors.md': 'system-errors',
};

/** Which boilerplate fragment an include path names, if any. */
export function boilerplateKind(file: string): BoilerplateInclude | undefined {
  const base = file.slice(file.lastIndexOf('/') + 1);
  // Own keys only: an include named `__proto__` is no boilerplate.
  return isFragment(file) && Object.hasOwn(BOILERPLATE, base) ? BOILERPLATE[base] : undefined;
}

export interface FlattenedNodes {
  nodes: RootContent[];
  /** Boilerplate fragments met, in order, without repeats. */
  boilerplate: BoilerplateInclude[];
  /** Includes the parser could not read. */
  broken: YfmInclude[];
}

/** The `data.sourceFile` mark put on nodes that came from a fragment. */
export interface SourceFileData {
  sourceFile?: string;
}

export function sourceFileOf(node: RootContent, pageFile: string): string {
  return (node.data as SourceFileData | undefined)?.sourceFile ?? pageFile;
}

export function flattenIncludes(nodes: readonly RootContent[]): FlattenedNodes {
  const out: FlattenedNodes = { nodes: [], boilerplate: [], broken: [] };
  const walk = (list: readonly RootContent[], fromFile: string | undefined): void => {
    for (const node of list) {
      if (node.type !== 'yfmInclude') {
        if (fromFile !== undefined) {
          const data = (node.data ??= {}) as SourceFileData;
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
      if (node.error !== undefined) out.broken.push(node);
      walk(node.children, node.file);
    }
  };
  walk(nodes, undefined);
  return out;
}
