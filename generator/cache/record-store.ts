import { closeSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
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
  constructor(private readonly bytes: Buffer, private readonly bounds: readonly number[]) {}

  get length(): number {
    return this.bounds.length - 1;
  }

  /** Decoded on each call and not kept: most fields are parsed once and their text dropped. */
  field(index: number): string {
    if (index < 0 || index >= this.length) return '';
    return this.bytes.toString('utf8', (this.bounds[index] as number) + 1, this.bounds[index + 1] as number);
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

  /** `bytes`: the file's content read ahead (`readStoreFile`), undefined when it could not be read; read here when not given. */
  constructor(readonly file: string, readonly stamp: string, given?: { bytes: Buffer | undefined }) {
    let bytes: Buffer;
    try {
      bytes = given === undefined ? readFileSync(file) : (given.bytes ?? Buffer.alloc(0));
    } catch {
      return;
    }
    const stampEnd = bytes.indexOf(NEWLINE);
    if (stampEnd < 0 || bytes.toString('utf8', 0, stampEnd) !== stamp) return;
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
          this.loaded.set(bytes.toString('utf8', start, tab), new RecordInFile(bytes, bounds));
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

  /** Writes the kept records' lines under `keys`, newline-terminated: a record read from the file as its bytes, a new one encoded. */
  private writeLines(out: BufferedWriter, keys: readonly string[]): void {
    for (const key of keys) {
      const record = this.kept.get(key) as StoredRecord;
      out.text(key);
      if (record instanceof RecordInFile) {
        out.text('\t');
        out.bytes(record.raw());
      } else {
        for (let i = 0; i < record.length; i++) {
          out.text('\t');
          out.text(record.field(i));
        }
      }
      out.text('\n');
    }
  }

  /**
   * Saves the kept records: nothing when the file already holds them all and nothing else
   * worth dropping, an append of the changed ones while the stale lines stay few, else a
   * rewrite (to a temporary file renamed into place).
   */
  save(): void {
    const changed = this.changed();
    const stale = this.lines - (this.kept.size - changed.length);
    if (changed.length === 0 && stale === 0) return;
    mkdirSync(path.dirname(this.file), { recursive: true });
    // Lines replaced or no longer used, counted and in bytes (a few big records replaced on
    // every run must not grow the file without end).
    let liveBytes = 0;
    for (const record of this.kept.values()) if (record instanceof RecordInFile) liveBytes += record.lineBytes;
    const staleBytes = this.fileBytes - liveBytes;
    if (this.appendable && stale + changed.length <= Math.max(64, this.kept.size / 4) && staleBytes <= Math.max(1 << 20, this.fileBytes / 4)) {
      if (changed.length === 0) return;
      const out = new BufferedWriter(openSync(this.file, 'a'));
      try {
        this.writeLines(out, changed.sort(compareCodeUnits));
      } finally {
        out.close();
      }
      return;
    }
    const tmp = `${this.file}.${process.pid}.tmp`;
    const out = new BufferedWriter(openSync(tmp, 'w'));
    try {
      out.text(`${this.stamp}\n`);
      this.writeLines(out, [...this.kept.keys()].sort(compareCodeUnits));
    } finally {
      out.close();
    }
    renameSync(tmp, this.file);
  }
}

/**
 * A store file's bytes, read on one of libuv's threads in a single request: a warm run starts
 * reading its stores (tens of MB) while this thread checks the docs and loads the pipeline.
 * (`readFile` reads in 512 KB steps, each of which waits for this thread to be free.)
 * Undefined when the file cannot be read.
 */
export async function readStoreFile(file: string): Promise<Buffer | undefined> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(file, 'r');
    const { size } = await handle.stat();
    const bytes = Buffer.allocUnsafe(size);
    let done = 0;
    while (done < size) {
      const { bytesRead } = await handle.read(bytes, done, size - done, done);
      if (bytesRead === 0) break;
      done += bytesRead;
    }
    return done === size ? bytes : bytes.subarray(0, done);
  } catch {
    return undefined;
  } finally {
    await handle?.close().catch(() => undefined);
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
