export { planRelease, CHANGELOG_FILE } from './plan-release.js';
export type { Release, ReleaseInput } from './plan-release.js';
export { API_SNAPSHOT_FILE, parseApiSnapshot, renderApiSnapshot } from './api-snapshot.js';
