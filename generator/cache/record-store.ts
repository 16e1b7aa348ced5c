import { isAscii } from 'node:buffer';
import { appendFileSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { compareCodeUnits } from '../compare-code-units.js';

/** A record's fields (JSON texts), each decoded only when read. */
export interface StoredRecord {
  readonly length: number;
  field(index: number): string;
}

const TAB = 0x09;
const NEWLINE = 0x0a;

/**
 * A record as the file holds it: the bytes stay in the file's buffer and a field is decoded
 * when it is read. A warm run reads a few fields of most records (a page's files, a method's
 * head) and the bulky ones (outcomes, methods) of a few.
 */
class RecordInFile implements StoredRecord {
  /** `bounds`: the offset of the tab before each field, then the offset of the line's end. */
  constructor(private readonly bytes: Buffer, private readonly bounds: readonly number[], private readonly ascii: boolean) {}

  get length(): number {
    return this.bounds.length - 1;
  }

  /** Decoded on each call and not kept: most fields are parsed once and their text dropped. */
  field(index: number): string {
    if (index < 0 || index >= this.length) return '';
    const start = (this.bounds[index] as number) + 1;
    const end = this.bounds[index + 1] as number;
    return this.ascii ? this.bytes.toString('latin1', start, end) : this.bytes.toString('utf8', start, end);
  }

  /** The fields as the file holds them, tab-separated (ASCII files only: a rewrite copies them undecoded). */
  raw(): Buffer {
    return this.bytes.subarray((this.bounds[0] as number) + 1, this.bounds[this.bounds.length - 1] as number);
  }
}

/** Fields given by this run (JSON texts, already made ASCII). */
class RecordInMemory implements StoredRecord {
  constructor(private readonly fields: readonly string[]) {}

  get length(): number {
    return this.fields.length;
  }

  field(index: number): string {
    return this.fields[index] ?? '';
  }
}

/** The fields of a record, all decoded (tests, and comparing a record given again). */
export function fieldsOf(record: StoredRecord): string[] {
  return Array.from({ length: record.length }, (_, i) => record.field(i));
}

/**
 * A file of records, one a line: `key\tfield\tfield…`. Fields are JSON texts, which never
 * hold a raw tab or newline, so a record is found without parsing its fields; a field is
 * decoded and parsed only when its record is used. The first line is the store's stamp: a
 * store made under another stamp (another generator) is ignored whole.
 *
 * A later line for the same key replaces an earlier one, so a run that changed a few records
 * appends them instead of rewriting the whole file (tens of MB); the file is rewritten, without
 * the replaced and unused lines, only once those make up a good part of it.
 *
 * Fields are kept ASCII (JSON's `\u` escapes for anything else), so that a field is decoded as
 * Latin-1 (a copy, where UTF-8 took several times longer) and a rewrite copies kept lines'
 * bytes as they are.
 */
export class RecordStore {
  private readonly loaded = new Map<string, RecordInFile>();
  private readonly kept = new Map<string, StoredRecord>();
  /** Lines in the file (the stamp not counted), replaced ones included. */
  private lines = 0;
  /** The file ends with a whole line: appending to it is safe. */
  private appendable = false;
  /** The file is all ASCII (a store written before fields were kept ASCII is rewritten once). */
  private ascii = true;

  constructor(readonly file: string, readonly stamp: string) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch {
      return;
    }
    const stampEnd = bytes.indexOf(NEWLINE);
    if (stampEnd < 0 || bytes.toString('latin1', 0, stampEnd) !== stamp) return;
    this.ascii = isAscii(bytes);
    this.appendable = bytes[bytes.length - 1] === NEWLINE;
    let start = stampEnd + 1;
    while (start < bytes.length) {
      let end = bytes.indexOf(NEWLINE, start);
      if (end < 0) end = bytes.length;
      if (end > start) {
        this.lines++;
        const tab = bytes.indexOf(TAB, start);
        // A line cut short by a killed append has no field, or fields that no longer parse: a miss either way.
        if (tab >= 0 && tab < end) {
          const bounds = [tab];
          let next = bytes.indexOf(TAB, tab + 1);
          while (next >= 0 && next < end) {
            bounds.push(next);
            next = bytes.indexOf(TAB, next + 1);
          }
          bounds.push(end);
          const key = this.ascii ? bytes.toString('latin1', start, tab) : bytes.toString('utf8', start, tab);
          this.loaded.set(key, new RecordInFile(bytes, bounds, this.ascii));
        }
      }
      start = end + 1;
    }
  }

  get size(): number {
    return this.loaded.size;
  }

  /** The record stored under `key` by the previous run. */
  get(key: string): StoredRecord | undefined {
    return this.loaded.get(key);
  }

  /** The record kept under `key` by this run, else the one stored by the previous run. */
  latest(key: string): StoredRecord | undefined {
    return this.kept.get(key) ?? this.loaded.get(key);
  }

  /** Keeps a record for the next run (only kept records are saved: the store never grows stale). */
  keep(key: string, fields: StoredRecord | readonly string[]): void {
    const old = this.loaded.get(key);
    if (fields === old) {
      this.kept.set(key, old);
      return;
    }
    const given = Array.isArray(fields) ? (fields as readonly string[]) : fieldsOf(fields as StoredRecord);
    // The record as loaded (the common case): no new line for it.
    if (old !== undefined && old.length === given.length && given.every((f, i) => f === old.field(i))) this.kept.set(key, old);
    else this.kept.set(key, new RecordInMemory(given.map(asciiJson)));
  }

  /** Kept records that the file does not hold yet (new keys, or new fields under an old key). */
  private changed(): string[] {
    const out: string[] = [];
    for (const [key, record] of this.kept) if (record !== this.loaded.get(key)) out.push(key);
    return out;
  }

  /** A kept record's line, without its newline. */
  private line(key: string): Buffer {
    const record = this.kept.get(key) as StoredRecord;
    if (record instanceof RecordInFile && this.ascii) return Buffer.concat([Buffer.from(`${key}\t`, 'latin1'), record.raw()]);
    // Kept fields are ASCII already, unless read from a file written before they were.
    const fields = fieldsOf(record).map((f) => (this.ascii ? f : asciiJson(f)));
    return Buffer.from([asciiJson(key), ...fields].join('\t'), 'latin1');
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
    mkdirSync(path.dirname(this.file), { recursive: true });
    const lines = (keys: readonly string[]): Buffer => {
      const parts: Buffer[] = [];
      for (const key of keys) parts.push(this.line(key), NEWLINE_BYTE);
      return Buffer.concat(parts);
    };
    if (this.appendable && this.ascii && stale + changed.length <= Math.max(64, this.kept.size / 4)) {
      if (changed.length > 0) appendFileSync(this.file, lines(changed.sort(compareCodeUnits)));
      return;
    }
    const tmp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(tmp, Buffer.concat([Buffer.from(`${this.stamp}\n`, 'latin1'), lines([...this.kept.keys()].sort(compareCodeUnits))]));
    renameSync(tmp, this.file);
  }
}

const NEWLINE_BYTE = Buffer.from('\n');

/** A JSON text with every non-ASCII code unit written as a `\uXXXX` escape: the same value, ASCII bytes. */
export function asciiJson(json: string): string {
  return NON_ASCII.test(json) ? json.replace(NON_ASCII_ALL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : json;
}
const NON_ASCII = /[^\x00-\x7f]/;
const NON_ASCII_ALL = /[^\x00-\x7f]/g;
