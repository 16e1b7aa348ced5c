import { B24Error, ClientErrorCode } from './errors.js';
/** Page size of REST 2 list methods. */
export const LIST_PAGE_SIZE = 50;
/**
 * The items of a list result: the array itself, or the one array inside a wrapper object
 * (`{tasks: [...]}`, `{items: [...]}`).
 */
export function listItems(result) {
    if (Array.isArray(result))
        return result;
    if (result !== null && typeof result === 'object') {
        const record = result;
        if (Array.isArray(record['items']))
            return record['items'];
        const arrays = Object.values(record).filter(Array.isArray);
        if (arrays.length === 1)
            return arrays[0];
        // An object keyed by id (some legacy methods) lists its values.
        if (arrays.length === 0 && Object.values(record).every((v) => v !== null && typeof v === 'object')) {
            return Object.values(record);
        }
    }
    return [];
}
function asParams(params) {
    return params !== null && typeof params === 'object' && !Array.isArray(params) ? { ...params } : {};
}
function stalled(method, detail) {
    return new B24Error({ code: ClientErrorCode.STALLED_CURSOR, description: detail, status: 0, method });
}
/** Follow `next` page by page (`start` = 0, 50, …). */
export async function* iterateByNext(method, params, fetchPage) {
    const base = asParams(params);
    let start = typeof base['start'] === 'number' ? base['start'] : 0;
    for (;;) {
        const page = await fetchPage({ ...base, start });
        yield* listItems(page.result);
        if (page.next === undefined)
            return;
        if (!(page.next > start))
            throw stalled(method, `next (${page.next}) did not move past start (${start})`);
        start = page.next;
    }
}
function idOf(item, idField) {
    if (item === null || typeof item !== 'object')
        return undefined;
    const raw = item[idField];
    const n = typeof raw === 'number' ? raw : typeof raw === 'string' && raw !== '' ? Number(raw) : NaN;
    return Number.isFinite(n) ? n : undefined;
}
function filterKey(filter, idField) {
    // Drop a caller's own lower bound on the id: the walk owns it.
    for (const key of Object.keys(filter)) {
        if (key.replace(/^[><=!@%]+/, '').toLowerCase() === idField.toLowerCase() && /^>/.test(key))
            delete filter[key];
    }
}
/** The id-keyset walk: no `total`, no offsets, each page filtered past the last id seen. */
export async function* iterateFast(method, params, fetchPage, options = {}) {
    const base = asParams(params);
    const idField = options.idField ?? 'ID';
    const filter = asParams(base['filter']);
    filterKey(filter, idField);
    let lastId;
    for (;;) {
        const pageFilter = lastId === undefined ? filter : { ...filter, [`>${idField}`]: lastId };
        const page = await fetchPage({ ...base, filter: pageFilter, order: { [idField]: 'ASC' }, start: -1 });
        const items = listItems(page.result);
        for (const item of items) {
            const id = idOf(item, idField);
            if (id === undefined)
                throw stalled(method, `an item has no numeric "${idField}"; pass fast: { idField }`);
            if (lastId !== undefined && !(id > lastId)) {
                throw stalled(method, `ids did not increase (${id} after ${lastId}); the method may ignore the order or filter`);
            }
            lastId = id;
            yield item;
        }
        if (items.length < LIST_PAGE_SIZE)
            return;
    }
}
/** REST 3.0 lists: `pagination {page, limit}`, items under `result.items`, no total. */
export async function* iterateV3(method, params, fetchPage, pageSize = LIST_PAGE_SIZE) {
    const base = asParams(params);
    let pageNo = 1;
    let previousFirst;
    for (;;) {
        const page = await fetchPage({ ...base, pagination: { ...asParams(base['pagination']), page: pageNo, limit: pageSize } });
        const items = listItems(page.result);
        // A portal that ignores `page` would hand back page 1 forever.
        const first = items.length > 0 ? JSON.stringify(items[0]) : undefined;
        if (pageNo > 1 && first !== undefined && first === previousFirst)
            throw stalled(method, `page ${pageNo} repeats the previous page`);
        previousFirst = first;
        yield* items;
        // The portal may clamp the limit (tasks.task.list serves 50 whatever was asked), so a short page
        // only ends the walk when it is shorter than both.
        if (items.length === 0 || items.length < Math.min(pageSize, LIST_PAGE_SIZE))
            return;
        pageNo++;
    }
}
