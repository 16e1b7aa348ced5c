/**
 * Latin letters typed inside Russian words (`Cообщение` with a Latin C: 30 files upstream;
 * 109 api-reference files mix the scripts inside a word). Labels are matched after folding
 * such letters to their Cyrillic twins, so that a slip of the keyboard does not turn a
 * header or heading into an unknown one.
 */

const LATIN_TO_CYRILLIC: Readonly<Record<string, string>> = {
  A: 'А', a: 'а', B: 'В', C: 'С', c: 'с', E: 'Е', e: 'е', H: 'Н', K: 'К', k: 'к', M: 'М', O: 'О', o: 'о',
  P: 'Р', p: 'р', T: 'Т', X: 'Х', x: 'х', y: 'у', Y: 'У',
};

const CYRILLIC = /[\u0400-\u04ff]/;

/** Folds Latin look-alikes to Cyrillic in every word that has a Cyrillic letter; other words stay. */
export function foldHomoglyphs(text: string): string {
  return text.replace(/[\p{L}\p{M}]+/gu, (word) =>
    CYRILLIC.test(word) ? word.replace(/[ABCEHKMOPTXYacekopxy]/g, (ch) => LATIN_TO_CYRILLIC[ch] ?? ch) : word);
}
