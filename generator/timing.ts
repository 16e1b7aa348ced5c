import { performance } from 'node:perf_hooks';

const enabled = process.env['B24GEN_TIMINGS'] === '1';

/**
 * With `B24GEN_TIMINGS=1`, notes that a step inside a stage is done (the CLI prints the notes
 * with its stage times): where a warm run's time goes, without a profiler. Free otherwise.
 */
export function markStep(step: string): void {
  if (enabled) performance.mark(step);
}

/** The steps noted since the last call, each with its time since the process started (ms), in order. */
export function takeSteps(): Array<[step: string, atMs: number]> {
  if (!enabled) return [];
  const marks = performance.getEntriesByType('mark').map((m): [string, number] => [m.name, m.startTime]);
  performance.clearMarks();
  return marks;
}
