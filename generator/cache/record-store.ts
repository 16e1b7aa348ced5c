import { closeSync, fstatSync, mkdirSync, openSync, readFileSync, readSync, renameSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
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
 * head) and the bulky ones (outcomes, methods) of a few. A store with a bulk field keeps that
 * field in its side file (`Bulk`); the line holds where it stands there (`@offset:length`).
 */
class RecordInFile implements StoredRecord {
  /** `bounds`: the offset of the tab before each field, then the offset of the line's end. */
  constructor(private readonly bytes: Buffer, private readonly bounds: readonly number[], private readonly bulk: Bulk | undefined) {}

  get length(): number {
    return this.bounds.length - 1;
  }

  /** Decoded on each call and not kept: most fields are parsed once and their text dropped. */
  field(index: number): string {
    if (index < 0 || index >= this.length) return '';
    const text = this.bytes.toString('utf8', (this.bounds[index] as number) + 1, this.bounds[index + 1] as number);
    return this.bulk !== undefined && index === this.bulk.field ? this.bulk.read(text) : text;
  }

  /** Where field `index` stands in the side file, as the line says (the bulk field only). */
  bulkRef(index: number): string {
    return this.bytes.toString('latin1', (this.bounds[index] as number) + 1, this.bounds[index + 1] as number);
  }

  /** The bytes of its line in the file (key and newline included, near enough). */
  get lineBytes(): number {
    return (this.bounds[this.bounds.length - 1] as number) - (this.bounds[0] as number) + 1;
  }

  /** The fields as the file holds them, tab-separated (a rewrite copies them undecoded). */
  raw(): Buffer {
    return this.bytes.subarray((this.bounds[0] as number) + 1, this.bounds[this.bounds.length - 1] as number);
  }
}

/**
 * A store's side file for its bulk field (a page's outcome, a method's IR, a plan): read by
 * position, one field at a time, and never read whole, so a run reads the megabytes of only the
 * records it redoes. It starts with an id that the store's first line names: a store and a side
 * file written by different saves (a save killed between the two renames) do not go together,
 * and every bulk field then reads as empty (a miss, or a damaged record where it is parsed lazily).
 */
class Bulk {
  private fd: number | undefined;
  private matches: boolean | undefined;

  constructor(readonly file: string, readonly field: number, readonly id: string) {}

  /** The field `ref` (`@offset:length`) points at; empty when it cannot be read. */
  read(ref: string): string {
    return this.readBytes(ref)?.toString('utf8') ?? '';
  }

  /** The bytes `ref` points at, undecoded (a rewrite copies them); undefined when they cannot be read. */
  readBytes(ref: string): Buffer | undefined {
    const at = BULK_REF.exec(ref);
    if (at === null || !this.usable()) return undefined;
    const offset = Number(at[1]);
    const length = Number(at[2]);
    const bytes = Buffer.allocUnsafe(length);
    let done = 0;
    try {
      while (done < length) {
        const n = readSync(this.fd as number, bytes, done, length - done, offset + done);
        if (n === 0) break;
        done += n;
      }
    } catch {
      return undefined;
    }
    return done === length ? bytes : undefined;
  }

  /** The side file's size in bytes; undefined when it is not usable. */
  size(): number | undefined {
    return this.usable() ? fstatSync(this.fd as number).size : undefined;
  }

  /** The side file is there and is the one the store names (opened on first use). */
  usable(): boolean {
    if (this.matches === undefined) {
      try {
        this.fd = openSync(this.file, 'r');
        const head = Buffer.alloc(this.id.length + 1);
        readSync(this.fd, head, 0, head.length, 0);
        this.matches = head.toString('latin1') === `${this.id}\n`;
      } catch {
        this.matches = false;
      }
    }
    return this.matches;
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    this.matches = undefined;
  }
}

/** A bulk field's place in the side file, as the store's line holds it (JSON never starts with `@`). */
const BULK_REF = /^@(\d+):(\d+)$/;

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
 * Fields are UTF-8, decoded one by one when read (JSON.stringify escapes lone surrogates, so
 * any string goes through). A rewrite copies kept lines' bytes as they are.
 */
export class RecordStore {
  private readonly loaded = new Map<string, RecordInFile>();
  private readonly kept = new Map<string, StoredRecord>();
  /** Lines in the file (the stamp not counted), replaced ones included. */
  private lines = 0;
  /** The file ends with a whole line: appending to it is safe. */
  private appendable = false;
  /** The file's size in bytes. */
  private fileBytes = 0;
  /** The side file of the bulk field, as the file names it (none when the store has no bulk field, or the file was not read). */
  private bulk: Bulk | undefined;
  /** Which field goes to the side file (`Bulk`), if any. */
  private readonly bulkField: number | undefined;

  /** `bulkField`: the field kept in the side file `<file>.bulk`. */
  constructor(readonly file: string, readonly stamp: string, options: { bulkField?: number } = {}) {
    this.bulkField = options.bulkField;
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch {
      return;
    }
    const stampEnd = bytes.indexOf(NEWLINE);
    if (stampEnd < 0) return;
    // The first line: the stamp, and with a bulk field the side file's id.
    const first = bytes.toString('utf8', 0, stampEnd);
    if (this.bulkField === undefined) {
      if (first !== stamp) return;
    } else {
      const tab = first.lastIndexOf('\t');
      if (tab < 0 || first.slice(0, tab) !== stamp) return;
      this.bulk = new Bulk(bulkFileOf(file), this.bulkField, first.slice(tab + 1));
    }
    this.appendable = bytes[bytes.length - 1] === NEWLINE;
    this.fileBytes = bytes.length;
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
          this.loaded.set(bytes.toString('utf8', start, tab), new RecordInFile(bytes, bounds, this.bulk));
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
    else this.kept.set(key, new RecordInMemory(given));
  }

  /** Kept records that the file does not hold yet (new keys, or new fields under an old key). */
  private changed(): string[] {
    const out: string[] = [];
    for (const [key, record] of this.kept) if (record !== this.loaded.get(key)) out.push(key);
    return out;
  }

  /**
   * Writes the kept records' lines under `keys`, newline-terminated: a record read from the file
   * as its bytes (its bulk field's place too, when `bulk` is the side file it points into), a new
   * one encoded, its bulk field written to `bulk` and its place into the line. A record whose bulk
   * field cannot be read from the old side file is left out (a miss next run).
   */
  private writeLines(out: BufferedWriter, keys: readonly string[], bulk: BulkWriter | undefined): void {
    for (const key of keys) {
      const record = this.kept.get(key) as StoredRecord;
      if (record instanceof RecordInFile && (this.bulkField === undefined || bulk?.keepsPlaces === true)) {
        out.text(key);
        out.text('\t');
        out.bytes(record.raw());
        out.text('\n');
        continue;
      }
      const fields: Array<string | Buffer> = [];
      for (let i = 0; i < record.length; i++) {
        if (i !== this.bulkField || bulk === undefined) fields.push(record.field(i));
        else {
          const bytes = record instanceof RecordInFile ? this.bulk?.readBytes(record.bulkRef(i)) : Buffer.from(record.field(i), 'utf8');
          if (bytes === undefined) break;
          fields.push(bulk.add(bytes));
        }
      }
      if (fields.length < record.length) continue;
      out.text(key);
      for (const field of fields) {
        out.text('\t');
        if (typeof field === 'string') out.text(field);
        else out.bytes(field);
      }
      out.text('\n');
    }
  }

  /**
   * Saves the kept records: nothing when the file already holds them all and nothing else
   * worth dropping, an append of the changed ones while the stale lines stay few, else a
   * rewrite (to a temporary file renamed into place). With a bulk field, an append adds the new
   * records' bulk to the side file, and a rewrite writes a new side file (renamed into place
   * first) with the kept records' bulk only.
   */
  save(): void {
    const changed = this.changed();
    const stale = this.lines - (this.kept.size - changed.length);
    if (changed.length === 0 && stale === 0) return;
    mkdirSync(path.dirname(this.file), { recursive: true });
    // Lines replaced or no longer used, counted and in bytes (a few big records replaced on
    // every run must not grow the file without end), and likewise in the side file.
    let liveBytes = 0;
    let liveBulk = 0;
    for (const record of this.kept.values()) {
      if (!(record instanceof RecordInFile)) continue;
      liveBytes += record.lineBytes;
      if (this.bulkField !== undefined) liveBulk += Number(BULK_REF.exec(record.bulkRef(this.bulkField))?.[2] ?? 0);
    }
    const staleBytes = this.fileBytes - liveBytes;
    const bulkBytes = this.bulk?.size();
    const bulkFits = this.bulkField === undefined || (bulkBytes !== undefined && bulkBytes - liveBulk <= Math.max(8 << 20, bulkBytes / 2));
    if (this.appendable && bulkFits && stale + changed.length <= Math.max(64, this.kept.size / 4) && staleBytes <= Math.max(1 << 20, this.fileBytes / 4)) {
      if (changed.length === 0) return;
      const bulk = this.bulk === undefined || bulkBytes === undefined ? undefined : BulkWriter.append(this.bulk.file, bulkBytes);
      const out = new BufferedWriter(openSync(this.file, 'a'));
      try {
        this.writeLines(out, changed.sort(compareCodeUnits), bulk);
      } finally {
        // The side file first: the store's lines do not point past what it holds.
        bulk?.close();
        out.close();
      }
      return;
    }
    const tmp = `${this.file}.${process.pid}.tmp`;
    const id = this.bulkField === undefined ? undefined : randomBytes(8).toString('hex');
    const bulk = id === undefined ? undefined : BulkWriter.create(`${bulkFileOf(this.file)}.${process.pid}.tmp`, id);
    const out = new BufferedWriter(openSync(tmp, 'w'));
    try {
      out.text(id === undefined ? `${this.stamp}\n` : `${this.stamp}\t${id}\n`);
      this.writeLines(out, [...this.kept.keys()].sort(compareCodeUnits), bulk);
    } finally {
      bulk?.close();
      out.close();
    }
    this.bulk?.close();
    if (bulk !== undefined) renameSync(bulk.file, bulkFileOf(this.file));
    renameSync(tmp, this.file);
  }
}

/** The side file of a store's bulk field. */
function bulkFileOf(file: string): string {
  return `${file}.bulk`;
}

/** Bulk fields on their way to a side file, each handed back as its place (`@offset:length`). */
class BulkWriter {
  private constructor(readonly file: string, private readonly out: BufferedWriter, private size: number, readonly keepsPlaces: boolean) {}

  /** Appends to the side file the lines already point into (kept lines keep their places). */
  static append(file: string, size: number): BulkWriter {
    return new BulkWriter(file, new BufferedWriter(openSync(file, 'a')), size, true);
  }

  /** A new side file (every kept line gets a new place). */
  static create(file: string, id: string): BulkWriter {
    const out = new BufferedWriter(openSync(file, 'w'));
    const head = `${id}\n`;
    out.text(head);
    return new BulkWriter(file, out, Buffer.byteLength(head), false);
  }

  add(bytes: Buffer): string {
    const place = `@${this.size}:${bytes.length}`;
    this.out.bytes(bytes);
    this.size += bytes.length;
    return place;
  }

  close(): void {
    this.out.close();
  }
}

/**
 * Text and bytes to a file through one buffer: each text is encoded straight into it, and the
 * buffer written out when full. A store of tens of MB is written without being joined into
 * one string or buffer first.
 */
class BufferedWriter {
  private readonly buffer = Buffer.allocUnsafe(1 << 20);
  private used = 0;

  constructor(private readonly fd: number) {}

  text(value: string): void {
    // UTF-8 takes at most 3 bytes per UTF-16 code unit.
    if (value.length * 3 > this.buffer.length - this.used) {
      this.flush();
      if (value.length * 3 > this.buffer.length) {
        this.writeAll(Buffer.from(value));
        return;
      }
    }
    this.used += this.buffer.write(value, this.used);
  }

  bytes(value: Buffer): void {
    if (value.length > this.buffer.length - this.used) {
      this.flush();
      if (value.length > this.buffer.length) {
        this.writeAll(value);
        return;
      }
    }
    value.copy(this.buffer, this.used);
    this.used += value.length;
  }

  close(): void {
    try {
      this.flush();
    } finally {
      closeSync(this.fd);
    }
  }

  private flush(): void {
    if (this.used > 0) this.writeAll(this.buffer.subarray(0, this.used));
    this.used = 0;
  }

  private writeAll(bytes: Buffer): void {
    let done = 0;
    while (done < bytes.length) done += writeSync(this.fd, bytes, done, bytes.length - done);
  }
}
