/** The runtime's sources, copied verbatim into `src/runtime/`. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

function isRuntimeSource(name: string): boolean {
  return name.endsWith('.ts') && !name.endsWith('.d.ts') && !/\.test(-d)?\.ts$/.test(name);
}

/**
 * Relative path (with `/`) → content, for every non-test `.ts` file under `dir`. Read on this
 * thread: some twenty small files, which one after another through the thread pool kept a
 * warm run waiting some 20 ms for the event loop's turns.
 */
export async function readRuntimeFiles(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const walk = (relative: string): void => {
    const entries = readdirSync(path.join(dir, relative), { withFileTypes: true });
    for (const entry of entries) {
      const rel = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && entry.name !== '__fixtures__') walk(rel);
      } else if (entry.isFile() && isRuntimeSource(entry.name)) {
        out.set(rel, readFileSync(path.join(dir, rel), 'utf8').replace(/\r\n?/g, '\n'));
      }
    }
  };
  walk('');
  if (!out.has('index.ts')) throw new Error(`the runtime directory ${dir} has no index.ts`);
  return out;
}
