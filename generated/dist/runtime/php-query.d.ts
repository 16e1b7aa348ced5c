/**
 * PHP-style query strings (`fields[groupId]=1&ids[0]=5`), the form batch sub-commands take
 * (`method?query`). Semantics follow PHP's http_build_query / parse_str closely enough for the
 * portal: booleans become 1/0, null and undefined are left out, and so are empty arrays/objects
 * (PHP has no way to write them).
 */
export declare function encodePhpQuery(params: unknown): string;
/**
 * Decode a PHP-style query into nested objects (numeric-looking keys stay object keys, as in PHP
 * arrays; callers convert when they need arrays). Keys that could reach a prototype are dropped.
 */
export declare function decodePhpQuery(query: string): Record<string, unknown>;
