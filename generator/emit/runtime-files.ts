/** The runtime's sources, copied verbatim into `src/runtime/`. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

function isRuntimeSource(name: string): boolean {
  return name.endsWith('.ts') && !name.endsWith('.d.ts') && !/\.test(-d)?\.ts$/.test(name);
}

/** Relative path (with `/`) → content, for every non-test `.ts` file under `dir`. */
export async function readRuntimeFiles(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const walk = async (relative: string): Promise<void> => {
    const entries = await readdir(path.join(dir, relative), { withFileTypes: true });
    for (const entry of entries) {
      const rel = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && entry.name !== '__fixtures__') await walk(rel);
      } else if (entry.isFile() && isRuntimeSource(entry.name)) {
        out.set(rel, (await readFile(path.join(dir, rel), 'utf8')).replace(/\r\n?/g, '\n'));
      }
    }
  };
  await walk('');
  if (!out.has('index.ts')) throw new Error(`the runtime directory ${dir} has no index.ts`);
  return out;
}
