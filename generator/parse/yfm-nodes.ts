/**
 * The mdast nodes that YFM (the Diplodoc dialect) adds to Markdown. `parse` produces a
 * normal mdast `Root` in which these nodes stand where the YFM constructs were; `extract`
 * reads them. This file is the contract between the two stages.
 *
 * Positions: every node carries `position` (1-based line/column, as in mdast) in the file
 * it came from. Nodes inside an included fragment carry positions in that fragment; the
 * `yfmInclude` node above them names the fragment (`file`). Use `fileOf(ancestors)` in
 * extract to find the file of a node.
 */
import type { BlockContent, DefinitionContent, Parent, PhrasingContent, RootContent } from 'mdast';

/** `#| … |#`: a YFM table. */
export interface YfmTable extends Parent {
  type: 'yfmTable';
  children: YfmTableRow[];
}

/** `|| … ||`: one row. Short rows are padded with empty cells to the widest row. */
export interface YfmTableRow extends Parent {
  type: 'yfmTableRow';
  children: YfmTableCell[];
}

/**
 * One cell. Its children are full Markdown blocks (paragraphs, lists, code, notes,
 * nested tables). A cell holding only `>` merges into the cell on its left: the left
 * cell gets `colspan` + 1 and the `>` cell is dropped. `^` merges into the cell above
 * (`rowspan`).
 */
export interface YfmTableCell extends Parent {
  type: 'yfmTableCell';
  colspan?: number;
  rowspan?: number;
  children: Array<BlockContent | DefinitionContent>;
}

/** `{% list tabs %} - Label … {% endlist %}` */
export interface YfmTabs extends Parent {
  type: 'yfmTabs';
  children: YfmTab[];
}

export interface YfmTab extends Parent {
  type: 'yfmTab';
  /** The tab's label as written ("cURL (Webhook)"). */
  label: string;
  children: Array<BlockContent | DefinitionContent>;
}

/** `{% note warning "Title" %} … {% endnote %}` */
export interface YfmNote extends Parent {
  type: 'yfmNote';
  /** info | tip | warning | alert, as written (lower-cased). */
  noteType: string;
  /** The quoted title; `null` when absent, "" when written as `""`. */
  title: string | null;
  children: Array<BlockContent | DefinitionContent>;
}

/** `{% cut "Title" %} … {% endcut %}` */
export interface YfmCut extends Parent {
  type: 'yfmCut';
  title: string;
  children: Array<BlockContent | DefinitionContent>;
}

/**
 * `{% include [title](path) %}` / `{% include notitle [title](path) %}`.
 * The fragment is parsed and its nodes are the children. When it cannot be read
 * (missing, outside the docs root, a cycle), `children` is empty and `error` says why.
 */
export interface YfmInclude extends Parent {
  type: 'yfmInclude';
  /** The fragment, relative to the docs root, `/`-separated. */
  file: string;
  title: string;
  notitle: boolean;
  error?: string;
  children: RootContent[];
}

declare module 'mdast' {
  interface RootContentMap {
    yfmTable: YfmTable;
    yfmTableRow: YfmTableRow;
    yfmTableCell: YfmTableCell;
    yfmTabs: YfmTabs;
    yfmTab: YfmTab;
    yfmNote: YfmNote;
    yfmCut: YfmCut;
    yfmInclude: YfmInclude;
  }
  interface BlockContentMap {
    yfmTable: YfmTable;
    yfmTabs: YfmTabs;
    yfmNote: YfmNote;
    yfmCut: YfmCut;
    yfmInclude: YfmInclude;
  }
  interface HeadingData {
    /** The `{#anchor}` of the heading, removed from its text. */
    id?: string;
  }
}

export type YfmNode = YfmTable | YfmTableRow | YfmTableCell | YfmTabs | YfmTab | YfmNote | YfmCut | YfmInclude;

/** Phrasing content re-exported for extract's convenience. */
export type { PhrasingContent };
