/** What a docs path says of its page before it is read. */

/** A page inside an `_include` or `_includes` folder (at any depth): a fragment other pages include. */
export function isFragment(source: string): boolean {
  return FRAGMENT_FOLDER.test(source);
}
const FRAGMENT_FOLDER = /(?:^|\/)_includes?\//;

/** A page of the API reference that may document a method (`api-reference/…`, not a fragment). */
export function isReferencePage(source: string): boolean {
  return source.startsWith('api-reference/') && !isFragment(source);
}
