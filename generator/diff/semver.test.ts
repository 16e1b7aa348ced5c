import { describe, expect, it } from 'vitest';
import { isSemver, nextVersion, suggestBump } from './semver.js';

describe('suggestBump', () => {
  it('is major for any breaking change, minor for additions or compatible ones, patch for docs only, none for nothing', () => {
    expect(suggestBump([{ impact: 'docs' }, { impact: 'breaking' }, { impact: 'addition' }])).toBe('major');
    expect(suggestBump([{ impact: 'docs' }, { impact: 'addition' }])).toBe('minor');
    expect(suggestBump([{ impact: 'compatible' }])).toBe('minor');
    expect(suggestBump([{ impact: 'docs' }])).toBe('patch');
    expect(suggestBump([])).toBe('none');
  });
});

describe('nextVersion', () => {
  it('bumps a 1.x version the usual way', () => {
    expect(nextVersion('1.4.2', 'major')).toBe('2.0.0');
    expect(nextVersion('1.4.2', 'minor')).toBe('1.5.0');
    expect(nextVersion('1.4.2', 'patch')).toBe('1.4.3');
    expect(nextVersion('1.4.2', 'none')).toBe('1.4.2');
  });

  it('below 1.0.0 moves the minor for breaking changes and the patch otherwise', () => {
    expect(nextVersion('0.1.0', 'major')).toBe('0.2.0');
    expect(nextVersion('0.1.0', 'minor')).toBe('0.1.1');
    expect(nextVersion('0.1.0', 'patch')).toBe('0.1.1');
  });

  it('completes a pre-release and drops build metadata', () => {
    expect(nextVersion('1.2.0-rc.1', 'minor')).toBe('1.2.0');
    expect(nextVersion('1.2.3-rc.1', 'patch')).toBe('1.2.3');
    expect(nextVersion('2.0.0-beta', 'major')).toBe('2.0.0');
    expect(nextVersion('1.2.3-beta', 'major')).toBe('2.0.0');
    expect(nextVersion('1.2.3+build.5', 'patch')).toBe('1.2.4');
  });

  it('refuses what is not semver', () => {
    expect(() => nextVersion('1.2', 'patch')).toThrow(RangeError);
    expect(() => nextVersion('01.2.3', 'patch')).toThrow(/not a semver/);
    expect(isSemver('1.2.3-alpha.1')).toBe(true);
    expect(isSemver('v1.2.3')).toBe(false);
  });
});
