import type { B24Response } from './response.js';
/** Page size of REST 2 list methods. */
export declare const LIST_PAGE_SIZE: number;
export interface FastWalkOptions {
    /** The numeric id field to order and filter by: `ID` for most methods, `id` for crm.item.list. */
    readonly idField?: string;
}
export interface IterateOptions {
    /**
     * The walk the docs recommend for large exports: order by id ascending, filter `>id` past the
     * last item, `start: -1` (no total count). Only for methods whose filter and order accept the id.
     */
    readonly fast?: boolean | FastWalkOptions;
    /** REST 3.0 page size (`pagination.limit`, default 50). */
    readonly pageSize?: number;
}
/** Fetch one page of `method` with these params. */
export type PageFetcher = (params: Record<string, unknown>) => Promise<B24Response>;
/**
 * The items of a list result: the array itself, or the one array inside a wrapper object
 * (`{tasks: [...]}`, `{items: [...]}`).
 */
export declare function listItems(result: unknown): unknown[];
/** Follow `next` page by page (`start` = 0, 50, …). */
export declare function iterateByNext(method: string, params: unknown, fetchPage: PageFetcher): AsyncGenerator<unknown, void, undefined>;
/** The id-keyset walk: no `total`, no offsets, each page filtered past the last id seen. */
export declare function iterateFast(method: string, params: unknown, fetchPage: PageFetcher, options?: FastWalkOptions): AsyncGenerator<unknown, void, undefined>;
/** REST 3.0 lists: `pagination {page, limit}`, items under `result.items`, no total. */
export declare function iterateV3(method: string, params: unknown, fetchPage: PageFetcher, pageSize?: number): AsyncGenerator<unknown, void, undefined>;
