/**
 * What a package name and version may be: they land in package.json and in import paths, so
 * anything else is refused before a run (the CLI) and again before emitting (the library).
 * Kept apart from the emitter so that the CLI can check without loading ts-morph.
 */

const PACKAGE_NAME = /^(@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/;
const PACKAGE_VERSION = /^[0-9A-Za-z.+-]+$/;

/** Why the name or version is refused; undefined when both are fine. */
export function packageIdentityProblem(identity: { packageName: string; packageVersion: string }): string | undefined {
  if (!PACKAGE_NAME.test(identity.packageName)) return `invalid package name: ${JSON.stringify(identity.packageName)} (lower case, optionally @scope/name)`;
  if (!PACKAGE_VERSION.test(identity.packageVersion)) return `invalid package version: ${JSON.stringify(identity.packageVersion)}`;
  return undefined;
}
