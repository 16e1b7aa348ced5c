import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * A file of records, one a line: `key\tfield\tfield…`. Fields are JSON texts, which never
 * hold a raw tab or newline, so a record is split without parsing its fields; a field is
 * parsed only when its record is used. The first line is the store's stamp: a store made
 * under another stamp (another generator) is ignored whole.
 */
export class RecordStore {
  private readonly loaded = new Map<string, string[]>();
  private readonly kept = new Map<string, string[]>();

  constructor(readonly file: string, readonly stamp: string) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      return;
    }
    const lines = text.split('\n');
    if (lines[0] !== stamp) return;
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i] as string;
      if (line === '') continue;
      const fields = line.split('\t');
      this.loaded.set(fields[0] as string, fields.slice(1));
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
    this.kept.set(key, [...fields]);
  }

  save(): void {
    mkdirSync(path.dirname(this.file), { recursive: true });
    const parts = [this.stamp];
    const keys = [...this.kept.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const k of keys) parts.push([k, ...(this.kept.get(k) as string[])].join('\t'));
    const tmp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(tmp, `${parts.join('\n')}\n`);
    renameSync(tmp, this.file);
  }
}
