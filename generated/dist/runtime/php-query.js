import { isUnsafeKey } from './safe-json.js';
/**
 * PHP-style query strings (`fields[groupId]=1&ids[0]=5`), the form batch sub-commands take
 * (`method?query`). Semantics follow PHP's http_build_query / parse_str closely enough for the
 * portal: booleans become 1/0, null and undefined are left out, and so are empty arrays/objects
 * (PHP has no way to write them).
 */
export function encodePhpQuery(params) {
    const parts = [];
    if (params === null || typeof params !== 'object')
        return '';
    for (const [key, value] of Object.entries(params)) {
        appendPair(parts, encodeKey(key), value, 0);
    }
    return parts.join('&');
}
const MAX_DEPTH = 32;
function encodeKey(key) {
    return encodeURIComponent(key);
}
// Values keep `$`, `[` and `]` readable so batch references like `$result[cmd][ID]` stay intact
// for the portal's reference substitution; parse_str decodes either form the same way.
function encodeValue(value) {
    return encodeURIComponent(value).replace(/%24/g, '$').replace(/%5B/g, '[').replace(/%5D/g, ']');
}
function appendPair(parts, name, value, depth) {
    if (value === undefined || value === null || typeof value === 'function' || typeof value === 'symbol')
        return;
    if (depth > MAX_DEPTH)
        throw new RangeError('params nested too deeply to encode');
    if (value instanceof Date) {
        parts.push(`${name}=${encodeValue(value.toISOString())}`);
        return;
    }
    if (Array.isArray(value)) {
        value.forEach((item, i) => appendPair(parts, `${name}[${i}]`, item, depth + 1));
        return;
    }
    if (typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) {
            appendPair(parts, `${name}[${encodeKey(k)}]`, v, depth + 1);
        }
        return;
    }
    if (typeof value === 'boolean') {
        parts.push(`${name}=${value ? '1' : '0'}`);
        return;
    }
    parts.push(`${name}=${encodeValue(String(value))}`);
}
function safeDecode(text) {
    try {
        return decodeURIComponent(text.replace(/\+/g, ' '));
    }
    catch {
        return text;
    }
}
/**
 * Decode a PHP-style query into nested objects (numeric-looking keys stay object keys, as in PHP
 * arrays; callers convert when they need arrays). Keys that could reach a prototype are dropped.
 */
export function decodePhpQuery(query) {
    const root = {};
    if (query === '')
        return root;
    for (const pair of query.split('&')) {
        if (pair === '')
            continue;
        const eq = pair.indexOf('=');
        const rawKey = safeDecode(eq < 0 ? pair : pair.slice(0, eq));
        const value = eq < 0 ? '' : safeDecode(pair.slice(eq + 1));
        const path = splitKey(rawKey);
        if (path === undefined || path.some(isUnsafeKey))
            continue;
        setPath(root, path, value);
    }
    return root;
}
function splitKey(key) {
    const open = key.indexOf('[');
    if (open <= 0)
        return key === '' ? undefined : [key];
    const path = [key.slice(0, open)];
    const re = /\[([^\]]*)\]/gy;
    re.lastIndex = open;
    let m;
    while ((m = re.exec(key)) !== null)
        path.push(m[1] ?? '');
    return path.length > MAX_DEPTH ? undefined : path;
}
function setPath(root, path, value) {
    let node = root;
    for (let i = 0; i < path.length; i++) {
        let key = path[i] ?? '';
        if (key === '')
            key = String(Object.keys(node).length); // `a[]=x` appends
        if (i === path.length - 1) {
            node[key] = value;
            return;
        }
        const next = node[key];
        if (next === null || typeof next !== 'object') {
            const created = {};
            node[key] = created;
            node = created;
        }
        else {
            node = next;
        }
    }
}
