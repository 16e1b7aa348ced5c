import { it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { buildIr } from '../../generator/pipeline/build-ir.js';
import { writeHostileDocs } from './hostile-docs.js';
it('dump', async () => {
  const root = await writeHostileDocs();
  const ir = await buildIr(root);
  writeFileSync('/tmp/sec/ir.json', JSON.stringify(ir, null, 1));
  console.log(root);
});
