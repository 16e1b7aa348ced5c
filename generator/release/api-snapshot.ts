import { isAscii } from 'node:buffer';
import { asciiJson } from '../ascii-json.js';
import { methodDigest } from '../ir/method-digest.js';
import type { IrDocument, IrMethod } from '../ir/types.js';

/** The file in the package folder that keeps the API the package was generated from, for `--bump`. */
export const API_SNAPSHOT_FILE = 'api.json';

// Examples, positions and diagnostics do not decide the API; leaving them out keeps the
// snapshot small and stops a moved line from looking like a change.
const LEFT_OUT = new Set(['examples', 'position', 'requestPosition', 'responsePosition', 'diagnostics', 'pages']);

/**
 * The IR as the snapshot file holds it: JSON, deterministic, without what `diff` does not
 * compare, in ASCII (`asciiJson`: the next run reads it back, slices it and hashes it fast).
 */
export function renderApiSnapshot(ir: IrDocument): string {
  return renderIndexedApiSnapshot(ir).text;
}

/** Where each method's chunk stands in a snapshot's text: its source, its digest, and the chunk's offset and length. */
export type SnapshotIndex = Array<[source: string, digest: string, offset: number, length: number]>;

/** The chunks of the snapshot the last run wrote, for the methods that are as they were then: ASCII bytes. */
export interface SnapshotChunks {
  chunk(method: IrMethod): Buffer | undefined;
}

/** A snapshot: its text, the same as bytes (ASCII: one a character), and where each method's chunk stands. */
export interface IndexedSnapshot {
  text: string;
  bytes: Buffer;
  index: SnapshotIndex;
}

/**
 * `renderApiSnapshot`, with where each method's chunk stands in the text. A method whose chunk
 * `previous` still holds is not stringified again: a warm run reads the bulk of none of the
 * methods it did not change. The file is put together as bytes (the kept chunks are slices of
 * the last file's), and the text read from them: one copy of 12 MB, where joining strings
 * left a rope that each later use (hashing, encoding, writing) flattened or walked again.
 */
export function renderIndexedApiSnapshot(ir: IrDocument, previous?: SnapshotChunks): IndexedSnapshot {
  // A copy without the left-out keys, then a plain stringify: the same text as a replacer that
  // drops them, at half the cost (a replacer is a call back into JS for every value of the IR).
  if (previous === undefined) return indexedWhole(ir);
  const rest = asciiJson(JSON.stringify(withoutLeftOut({ ...ir, methods: [] }, ''), null, 1));
  if (ir.methods.length === 0) return fromBytes(Buffer.from(`${rest}\n`, 'latin1'), []);
  const at = rest.indexOf(EMPTY_METHODS);
  const pieces: Buffer[] = [Buffer.from(`${rest.slice(0, at)}${METHODS_OPEN}`, 'latin1')];
  let length = pieces[0]?.length ?? 0;
  const add = (piece: Buffer): void => {
    pieces.push(piece);
    length += piece.length;
  };
  const between = Buffer.from(METHODS_BETWEEN, 'latin1');
  const index: SnapshotIndex = [];
  ir.methods.forEach((method, i) => {
    if (i > 0) add(between);
    const chunk = previous?.chunk(method) ?? Buffer.from(methodSnapshotChunk(method), 'latin1');
    index.push([method.source, methodDigest(method), length, chunk.length]);
    add(chunk);
  });
  add(Buffer.from(`${METHODS_CLOSE}${rest.slice(at + EMPTY_METHODS.length)}\n`, 'latin1'));
  return fromBytes(Buffer.concat(pieces, length), index);
}

function fromBytes(bytes: Buffer, index: SnapshotIndex): IndexedSnapshot {
  return { text: bytes.toString('latin1'), bytes, index };
}

/**
 * The snapshot in one stringify (the fastest way when no chunk is at hand), its index found in
 * the text: a method's chunk runs from the `{` after its list's opening or separator to its
 * closing line, which is the only line of the list that is exactly two spaces and `}` (a
 * method's own lines are indented further, and JSON strings hold no raw newline).
 */
function indexedWhole(ir: IrDocument): IndexedSnapshot {
  const text = `${asciiJson(JSON.stringify(withoutLeftOut(ir, ''), null, 1))}\n`;
  const index: SnapshotIndex = [];
  let start = text.indexOf(METHODS_OPEN) + METHODS_OPEN.length;
  for (const method of ir.methods) {
    const end = text.indexOf(METHOD_CLOSE, start) + METHOD_CLOSE.length;
    index.push([method.source, methodDigest(method), start, end - start]);
    start = end + METHODS_BETWEEN.length;
  }
  return { text, bytes: Buffer.from(text, 'latin1'), index };
}

// How `JSON.stringify(…, null, 1)` writes the top-level `methods` list: empty (the first such
// line: it precedes `types`), and around and between its items.
const EMPTY_METHODS = '\n "methods": []';
const METHODS_OPEN = '\n "methods": [\n  ';
const METHODS_BETWEEN = ',\n  ';
const METHODS_CLOSE = '\n ]';
/** A method's closing line in that list. */
const METHOD_CLOSE = '\n  }';

/** One method as it stands in the snapshot's `methods` list: its JSON without the left-out keys, indented for that place. */
function methodSnapshotChunk(method: IrMethod): string {
  return asciiJson(JSON.stringify(withoutLeftOut(method, ''), null, 1)).replace(/\n/g, '\n  ');
}

/**
 * The chunks of a snapshot file as `index` places them, for the methods whose digest is the
 * one recorded (their chunk is then the one this run would make). `bytes` reads the file when
 * first needed; a file that is not ASCII (not one this generator wrote) gives no chunk.
 */
export function chunksOfSnapshot(bytes: () => Buffer, index: SnapshotIndex): SnapshotChunks {
  const bySource = new Map(index.map((entry) => [entry[0], entry]));
  let whole: Buffer | undefined;
  return {
    chunk: (method) => {
      const entry = bySource.get(method.source);
      if (entry === undefined || entry[1] !== methodDigest(method)) return undefined;
      if (whole === undefined) {
        const read = bytes();
        whole = isAscii(read) ? read : Buffer.alloc(0);
      }
      const chunk = whole.subarray(entry[2], entry[2] + entry[3]);
      return chunk.length === entry[3] ? chunk : undefined;
    },
  };
}

/** `value` as `JSON.stringify` would see it through a replacer that drops the `LEFT_OUT` keys. */
function withoutLeftOut(value: unknown, key: string): unknown {
  let v = value;
  if (typeof v === 'object' && v !== null && typeof (v as { toJSON?: unknown }).toJSON === 'function') v = (v as { toJSON(k: string): unknown }).toJSON(key);
  if (typeof v !== 'object' || v === null) return v;
  if (v instanceof Number || v instanceof String || v instanceof Boolean) return v;
  if (Array.isArray(v)) return v.map((item: unknown, i) => withoutLeftOut(item, String(i)));
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v)) {
    if (!LEFT_OUT.has(k)) out[k] = withoutLeftOut((v as Record<string, unknown>)[k], k);
  }
  return out;
}

/** The snapshot back as an IR; the left-out lists come back empty so that `diffIr` can read it. */
export function parseApiSnapshot(text: string): IrDocument | undefined {
  try {
    const parsed = JSON.parse(text) as Partial<IrDocument>;
    if (parsed.irVersion !== 1 || !Array.isArray(parsed.methods)) return undefined;
    return {
      irVersion: 1,
      methods: parsed.methods.map((method) => ({ ...method, examples: {}, diagnostics: [] })),
      types: parsed.types ?? [],
      systemErrors: parsed.systemErrors ?? [],
      pages: [],
      diagnostics: [],
    };
  } catch {
    return undefined;
  }
}
