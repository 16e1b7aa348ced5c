import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { corpusSnapshot } from './paths.js';

/**
 * Copies parts of the current snapshot (docs-relative paths) into `docs`, writable: the copies
 * would keep the snapshot's read-only mode bits, and the tests edit them.
 */
export function copyCorpusParts(parts: readonly string[], docs: string): void {
  const corpus = corpusSnapshot();
  for (const part of parts) cpSync(path.join(corpus, part), path.join(docs, part), { recursive: true });
  const rewrite = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) rewrite(file);
      else writeFileSync(file, readFileSync(file));
    }
  };
  rewrite(docs);
}

/** `text` with a paragraph `line` put right under its H1, where it becomes the method's description. */
export function withParagraphUnderTitle(text: string, line: string): string {
  const lines = text.split('\n');
  lines.splice(lines.findIndex((l) => l.startsWith('# ')) + 1, 0, '', line);
  return lines.join('\n');
}
