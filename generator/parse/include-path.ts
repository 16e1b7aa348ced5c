import path from 'node:path';

/**
 * Resolves the target of `{% include [t](target) %}` written in `fromFile` to a docs-root
 * relative path. `/x` is root-absolute; `.html` links name the `.md` source; `#anchor` and
 * `?query` are dropped. Returns an error string for targets that leave the root.
 */
export function resolveIncludePath(fromFile: string, target: string): { file: string } | { error: string } {
  let t = target.replace(/[?#].*$/, '');
  try {
    t = decodeURI(t);
  } catch {
    // Keep the raw text: a bad %-escape is still a usable file name to report.
  }
  if (t.includes('\\') || t.includes('\0') || /^[a-z][a-z0-9+.-]*:/i.test(t)) {
    return { error: `not a docs path: ${target}` };
  }
  if (t.endsWith('.html')) t = `${t.slice(0, -5)}.md`;
  const joined = t.startsWith('/') ? t.slice(1) : path.posix.join(path.posix.dirname(fromFile), t);
  const file = path.posix.normalize(joined);
  if (file === '..' || file.startsWith('../') || path.posix.isAbsolute(file) || file === '.' || file === '') {
    return { error: `outside the docs root: ${target}` };
  }
  return { file };
}
