import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIr } from './build-ir.js';
import { emitPackage } from '../emit/index.js';
import type { IrDocument } from '../ir/types.js';

export interface PackageOptions {
  packageName: string;
  packageVersion: string;
}

export const DEFAULT_PACKAGE: PackageOptions = { packageName: '@b24gen/client', packageVersion: '0.1.0' };

/** The runtime sources shipped in every package: two levels up from this module both in generator/ and in dist/. */
export function runtimeSourceDir(): string {
  return path.join(fileURLToPath(new URL('../../generator/runtime/', import.meta.url)));
}

export interface GeneratedPackage {
  ir: IrDocument;
  files: Map<string, string>;
}

/** docs tree → IR → package files in memory. Writing them is `write`'s job. */
export async function generatePackageFiles(docsRoot: string, options: PackageOptions = DEFAULT_PACKAGE): Promise<GeneratedPackage> {
  const ir = await buildIr(docsRoot);
  const files = await emitPackage(ir, { ...options, runtimeDir: runtimeSourceDir() });
  return { ir, files };
}
