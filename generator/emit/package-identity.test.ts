import { describe, expect, it } from 'vitest';
import { packageIdentityProblem } from './package-identity.js';

describe('packageIdentityProblem', () => {
  it('accepts npm names, scoped or not, and semver-like versions', () => {
    expect(packageIdentityProblem({ packageName: '@b24gen/client', packageVersion: '0.1.0' })).toBeUndefined();
    expect(packageIdentityProblem({ packageName: 'b24-client.v2', packageVersion: '1.2.3-beta.1+build' })).toBeUndefined();
  });

  it('refuses names that are not lower-case npm names, and versions with other characters', () => {
    for (const packageName of ['Client', '../x', '@a/b/c', '@/x', 'a b', '', '"x"']) {
      expect(packageIdentityProblem({ packageName, packageVersion: '1.0.0' }), packageName).toMatch(/^invalid package name: /);
    }
    for (const packageVersion of ['1.0.0; rm -rf', '', '1.0.0"', '1 0']) {
      expect(packageIdentityProblem({ packageName: 'x', packageVersion }), packageVersion).toMatch(/^invalid package version: /);
    }
  });
});
