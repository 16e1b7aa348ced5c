export { planRelease, CHANGELOG_FILE } from './plan-release.js';
export type { Release, ReleaseInput } from './plan-release.js';
export { API_METHODS_FOLDER, API_SNAPSHOT_FILE, parseApiSnapshot, renderApiSnapshot } from './api-snapshot.js';
export type { PreviousApiFiles } from './api-snapshot.js';
