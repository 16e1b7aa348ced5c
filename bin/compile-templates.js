#!/usr/bin/env node
// Part of `npm run build`: precompiles templates/*.hbs into dist/templates-compiled.js, so that a
// run renders them with Handlebars' runtime alone (no compiler to load, no compile on first use).
// Each template is kept with the sha256 of its source: a template edited since the build is
// compiled at run time instead (generator/emit/templates.ts).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { TEMPLATE_NAMES, TEMPLATE_OPTIONS } = await import('../dist/emit/template-names.js');
const entries = TEMPLATE_NAMES.map((name) => {
  const source = readFileSync(path.join(root, 'templates', `${name}.hbs`), 'utf8');
  const sha256 = createHash('sha256').update(source).digest('hex');
  return `  ${JSON.stringify(name)}: { sha256: ${JSON.stringify(sha256)}, spec: ${Handlebars.precompile(source, TEMPLATE_OPTIONS)} },`;
});
const text = `// Made by bin/compile-templates.js from templates/*.hbs: do not edit.\nexport const precompiled = {\n${entries.join('\n')}\n};\n`;
writeFileSync(path.join(root, 'dist', 'templates-compiled.js'), text);
