/**
 * Resolves a link found in a docs file to a docs-root-relative path.
 * - `https://…`, `mailto:…` and other absolute URLs are returned unchanged;
 * - `#anchor` stays an in-page anchor;
 * - `/path/page.html` (site-absolute, as includes write them) and relative `../x.md`
 *   become `path/page.md`, with the `#anchor` kept.
 */
export function resolveLink(href: string, fromFile: string): string {
  const link = href.trim();
  if (link === '' || link.startsWith('#')) return link;
  if (/^[a-z][a-z0-9+.-]*:/i.test(link) || link.startsWith('//')) return link;

  const hashAt = link.indexOf('#');
  const beforeHash = hashAt >= 0 ? link.slice(0, hashAt) : link;
  const hash = hashAt >= 0 ? link.slice(hashAt) : '';
  const queryAt = beforeHash.indexOf('?');
  let path = queryAt >= 0 ? beforeHash.slice(0, queryAt) : beforeHash;
  if (path === '') return hash;

  const base = path.startsWith('/') ? [] : dirSegments(fromFile);
  if (path.endsWith('/')) path += 'index.md';
  const segments = [...base];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (segments.length > 0 && segments[segments.length - 1] !== '..') segments.pop();
      else segments.push('..');
      continue;
    }
    segments.push(segment);
  }
  let resolved = segments.join('/');
  if (resolved.endsWith('.html')) resolved = `${resolved.slice(0, -'.html'.length)}.md`;
  return resolved + hash;
}

function dirSegments(file: string): string[] {
  const parts = file.split('/').filter((p) => p !== '' && p !== '.');
  parts.pop();
  return parts;
}

/** The path part of a resolved link, without `#anchor`. */
export function linkPath(resolved: string): string {
  const at = resolved.indexOf('#');
  return at >= 0 ? resolved.slice(0, at) : resolved;
}
