/**
 * Corpus run: the whole current snapshot → IR → OpenAPI document, validated with
 * @readme/openapi-parser (OpenAPI 3.1 schema, $refs) and Ajv (every schema compiles).
 * Prints the operation count and the timings; fails if the corpus is absent.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../ir/types.js';
import { buildIr } from '../pipeline/build-ir.js';
import { irToOpenApi } from './ir-to-openapi.js';
import { validateOpenApi } from './test-support/validate-openapi.js';

const ROOT = fileURLToPath(new URL('../../../shared/corpus/b24restdocs-2026-08-21/', import.meta.url));

describe('the OpenAPI document of the current snapshot', () => {
  it('validates with zero errors', async () => {
    if (!existsSync(`${ROOT}api-reference`)) {
      throw new Error(`CORPUS MISSING: ${ROOT} not found; the corpus tests need ../shared/corpus beside the project`);
    }
    let started = performance.now();
    const ir = await buildIr(ROOT);
    const irMs = performance.now() - started;

    started = performance.now();
    const diagnostics: Diagnostic[] = [];
    const spec = irToOpenApi(ir, { title: 'Bitrix24 REST API', version: '0.0.0', onDiagnostic: (d) => diagnostics.push(d) });
    const specMs = performance.now() - started;
    const json = JSON.stringify(spec);

    started = performance.now();
    const report = await validateOpenApi(spec);
    const validateMs = performance.now() - started;

    const operations = Object.keys(spec.paths).length;
    const v3 = Object.keys(spec.paths).filter((p) => p.startsWith('/api/')).length;
    console.log(
      `openapi corpus: ${ir.methods.length} methods → ${operations} operations (${v3} REST 3.0), ` +
        `${Object.keys(spec.components.schemas).length} component schemas, ${(json.length / 1e6).toFixed(1)} MB; ` +
        `buildIr ${(irMs / 1000).toFixed(1)} s, irToOpenApi ${(specMs / 1000).toFixed(2)} s, validation ${(validateMs / 1000).toFixed(1)} s; ` +
        `${report.errors.length} errors, ${report.warnings.length} warnings`,
    );
    expect(report.errors.slice(0, 20)).toEqual([]);
    expect(diagnostics).toEqual([]);
    expect(operations).toBe(ir.methods.length);
    expect(operations).toBeGreaterThan(1000);
    expect(v3).toBeGreaterThan(0);
    expect(JSON.stringify(irToOpenApi(ir, { title: 'Bitrix24 REST API', version: '0.0.0' }))).toBe(json);
  }, 900_000);
});
