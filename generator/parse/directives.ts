/** A `{% … %}` directive at the start of a line (after indentation). */
export type Directive =
  | { kind: 'note'; noteType: string; title: string | null }
  | { kind: 'endnote' }
  | { kind: 'cut'; title: string }
  | { kind: 'endcut' }
  | { kind: 'tabs' }
  | { kind: 'endlist' }
  | { kind: 'if'; condition: string }
  | { kind: 'else' }
  | { kind: 'endif' }
  | { kind: 'include'; title: string; target: string; notitle: boolean }
  | { kind: 'other'; keyword: string };

export interface DirectiveMatch {
  directive: Directive;
  /** Characters of the line (from its start) that the directive occupies. */
  length: number;
}

const DIRECTIVE = /^([ \t]*)\{%-?\s*([A-Za-z]+)\b(.*?)-?%\}/;
const QUOTED = /^\s*(?:"([^"]*)"|'([^']*)')\s*$/;
const NOTE_ARGS = /^\s*([A-Za-z]+)?\s*(?:"([^"]*)"|'([^']*)')?\s*$/;
const INCLUDE_ARGS = /^\s*(notitle\s+)?\[([^\]]*)\]\(\s*([^)\s]+)(?:\s+"[^"]*")?\s*\)\s*$/;

/** Recognises a directive line; `null` when the line does not start with `{% keyword … %}`. */
export function matchDirective(text: string): DirectiveMatch | null {
  const m = DIRECTIVE.exec(text);
  if (!m) return null;
  const keyword = (m[2] as string).toLowerCase();
  const args = m[3] ?? '';
  const length = m[0].length;
  const make = (directive: Directive): DirectiveMatch => ({ directive, length });
  switch (keyword) {
    case 'note': {
      const a = NOTE_ARGS.exec(args);
      if (!a) return make({ kind: 'other', keyword });
      const title = a[2] ?? a[3];
      return make({ kind: 'note', noteType: (a[1] ?? 'info').toLowerCase(), title: title ?? null });
    }
    case 'endnote':
      return make({ kind: 'endnote' });
    case 'cut': {
      const a = QUOTED.exec(args);
      return make({ kind: 'cut', title: a ? (a[1] ?? a[2] ?? '') : args.trim() });
    }
    case 'endcut':
      return make({ kind: 'endcut' });
    case 'list':
      return /^\s*tabs\b/.test(args) ? make({ kind: 'tabs' }) : make({ kind: 'other', keyword });
    case 'endlist':
      return make({ kind: 'endlist' });
    case 'if':
      return make({ kind: 'if', condition: args.trim() });
    case 'else':
    case 'elsif':
      return make({ kind: 'else' });
    case 'endif':
      return make({ kind: 'endif' });
    case 'include': {
      const a = INCLUDE_ARGS.exec(args);
      if (!a) return make({ kind: 'other', keyword });
      return make({ kind: 'include', notitle: a[1] !== undefined, title: a[2] ?? '', target: a[3] ?? '' });
    }
    default:
      return make({ kind: 'other', keyword });
  }
}

/** The condition of an `{% if %}` block that Diplodoc builds only for the dev site. */
export function isDevOnlyCondition(condition: string): boolean {
  return /^build\s*==\s*(["'])dev\1$/.test(condition.trim());
}
