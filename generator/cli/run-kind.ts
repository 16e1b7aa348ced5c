/**
 * What a run of the CLI did, in a word (`up-to-date`, `warm`, `cold` for generate; `other` for
 * the rest): the code cache of the CLI's bundle is taken again after each kind it has not seen
 * (see `saveCodeCache`), since each runs other functions.
 */
let kind: string | undefined;

export function noteRunKind(what: string): void {
  kind ??= what;
}

/** The kind noted by the run (the first one noted: `--watch` runs generate many times), else `other`. */
export function runKind(): string {
  return kind ?? 'other';
}
