import { it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { buildIr } from './build-ir.js';
it('scratch', async () => {
  const t = Date.now();
  const ir = await buildIr('/work/shared/corpus/b24restdocs-2026-08-21');
  writeFileSync('/tmp/ir-scratch.json', JSON.stringify(ir, null, 1));
  console.log('ms', Date.now() - t, 'methods', ir.methods.length);
}, 600000);
