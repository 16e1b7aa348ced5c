import { isAscii } from 'node:buffer';
import { appendFileSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { compareCodeUnits } from '../compare-code-units.js';

/**
 * A file of records, one a line: `key\tfield\tfield…`. Fields are JSON texts, which never
 * hold a raw tab or newline, so a record is split without parsing its fields; a field is
 * parsed only when its record is used. The first line is the store's stamp: a store made
 * under another stamp (another generator) is ignored whole.
 *
 * A later line for the same key replaces an earlier one, so a run that changed a few records
 * appends them instead of rewriting the whole file (tens of MB); the file is rewritten, without
 * the replaced and unused lines, only once those make up a good part of it.
 *
 * Fields are kept ASCII (JSON's `\u` escapes for anything else), so that the file, tens of MB,
 * is read as Latin-1: a copy, where decoding UTF-8 took several times longer.
 */
export class RecordStore {
  private readonly loaded = new Map<string, string[]>();
  private readonly kept = new Map<string, string[]>();
  /** Lines in the file (the stamp not counted), replaced ones included. */
  private lines = 0;
  /** The file ends with a whole line: appending to it is safe. */
  private appendable = false;
  /** The file is all ASCII (a store written before fields were kept ASCII is rewritten once). */
  private ascii = true;

  constructor(readonly file: string, readonly stamp: string) {
    let text: string;
    try {
      const bytes = readFileSync(file);
      this.ascii = isAscii(bytes);
      text = this.ascii ? bytes.toString('latin1') : bytes.toString('utf8');
    } catch {
      return;
    }
    const lines = text.split('\n');
    if (lines[0] !== stamp) return;
    this.appendable = text.endsWith('\n');
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i] as string;
      if (line === '') continue;
      this.lines++;
      const tab = line.indexOf('\t');
      // A line cut short by a killed append has no field, or fields that no longer parse: a miss either way.
      if (tab < 0) continue;
      this.loaded.set(line.slice(0, tab), line.slice(tab + 1).split('\t'));
    }
  }

  get size(): number {
    return this.loaded.size;
  }

  /** The fields stored under `key` by the previous run. */
  get(key: string): readonly string[] | undefined {
    return this.loaded.get(key);
  }

  /** Keeps a record for the next run (only kept records are saved: the store never grows stale). */
  keep(key: string, fields: readonly string[]): void {
    const old = this.loaded.get(key);
    // The record as loaded (the common case, and already ASCII): no scan of its text.
    if (old !== undefined && old.length === fields.length && old.every((f, i) => f === fields[i])) this.kept.set(key, old);
    else this.kept.set(key, fields.map(asciiJson));
  }

  /** Kept records that the file does not hold yet (new keys, or new fields under an old key). */
  private changed(): string[] {
    const out: string[] = [];
    for (const [key, fields] of this.kept) {
      const old = this.loaded.get(key);
      if (old === undefined || old.length !== fields.length || old.some((f, i) => f !== fields[i])) out.push(key);
    }
    return out;
  }

  /**
   * Saves the kept records: nothing when the file already holds them all and nothing else
   * worth dropping, an append of the changed ones while the stale lines stay few, else a
   * rewrite (to a temporary file renamed into place).
   */
  save(): void {
    const changed = this.changed();
    const stale = this.lines - (this.kept.size - changed.length);
    if (changed.length === 0 && stale === 0 && this.ascii) return;
    // Kept fields are ASCII already, unless reused from a file written before they were.
    const field = this.ascii ? (f: string): string => f : asciiJson;
    const line = (k: string): string => [k, ...(this.kept.get(k) as string[]).map(field)].join('\t');
    mkdirSync(path.dirname(this.file), { recursive: true });
    if (this.appendable && this.ascii && stale + changed.length <= Math.max(64, this.kept.size / 4)) {
      if (changed.length > 0) appendFileSync(this.file, `${changed.sort(compareCodeUnits).map(line).join('\n')}\n`);
      return;
    }
    const parts = [this.stamp, ...[...this.kept.keys()].sort(compareCodeUnits).map(line)];
    const tmp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(tmp, `${parts.join('\n')}\n`);
    renameSync(tmp, this.file);
  }
}

/** A JSON text with every non-ASCII code unit written as a `\uXXXX` escape: the same value, ASCII bytes. */
export function asciiJson(json: string): string {
  return NON_ASCII.test(json) ? json.replace(NON_ASCII_ALL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : json;
}
const NON_ASCII = /[^\x00-\x7f]/;
const NON_ASCII_ALL = /[^\x00-\x7f]/g;

