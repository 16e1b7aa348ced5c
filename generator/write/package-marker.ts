import { sha256Hex } from '../content-hash.js';
import type { PackageFile } from './normalize-package-files.js';

/** The file that marks a folder as b24gen output; emit may not produce a file of this name. */
export const MARKER_FILE = '.b24gen.json';
export const GENERATOR_NAME = 'b24gen';
export const MARKER_VERSION = 1;

export interface MarkerEntry {
  path: string;
  sha256: string;
}

export interface PackageMarker {
  generator: string;
  markerVersion: number;
  files: MarkerEntry[];
}

/**
 * The marker's text. It depends only on the file paths and contents (no version, time or
 * host), so two runs over the same docs give the same bytes; `files` must already be sorted.
 * A file's `sha256`, when set, is trusted to be the hash of its content.
 */
export function renderMarker(files: readonly PackageFile[]): string {
  const marker: PackageMarker = {
    generator: GENERATOR_NAME,
    markerVersion: MARKER_VERSION,
    files: files.map((file) => ({ path: file.path, sha256: file.sha256 ?? sha256Hex(file.content) })),
  };
  return `${JSON.stringify(marker, null, 2)}\n`;
}

/** The marker found on disk, or null when the text is not a marker written by b24gen. */
export function parseMarker(text: string): PackageMarker | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  if (record['generator'] !== GENERATOR_NAME) return null;
  if (typeof record['markerVersion'] !== 'number') return null;
  const files = record['files'];
  if (!Array.isArray(files)) return null;
  const entries: MarkerEntry[] = [];
  for (const entry of files as unknown[]) {
    if (typeof entry !== 'object' || entry === null) return null;
    const { path, sha256 } = entry as Record<string, unknown>;
    if (typeof path !== 'string' || typeof sha256 !== 'string') return null;
    entries.push({ path, sha256 });
  }
  return { generator: GENERATOR_NAME, markerVersion: record['markerVersion'], files: entries };
}
