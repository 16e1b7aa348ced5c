import type { TextStream } from './terminal.js';

export interface Progress {
  /** `done` of `total` pages handled. */
  update(done: number, total: number): void;
  /** A new step (emitting, writing) after the pages. */
  stage(text: string): void;
  /** Clears the bar; call once at the end, also on failure. */
  finish(): void;
}

export interface ProgressOptions {
  stream: TextStream;
  quiet: boolean;
  /** What is counted: "pages parsed". */
  label: string;
  /** Below this many pages a run is quick and a progress display is noise. */
  minTotal?: number;
  /** Milliseconds between redraws of the bar. */
  intervalMs?: number;
  now?: () => number;
}

const NONE: Progress = { update: () => {}, stage: () => {}, finish: () => {} };
const DEFAULT_MIN_TOTAL = 200;
const BAR_WIDTH = 24;

function bar(done: number, total: number): string {
  const filled = total === 0 ? BAR_WIDTH : Math.round((done / total) * BAR_WIDTH);
  return `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}]`;
}

/**
 * On a terminal: one bar redrawn in place (at most every `intervalMs`). Elsewhere (CI, pipes):
 * a plain line at each quarter, so that logs show the run is alive without flooding them.
 * Nothing with --quiet.
 */
export function createProgress(options: ProgressOptions): Progress {
  if (options.quiet) return NONE;
  const { stream, label } = options;
  const minTotal = options.minTotal ?? DEFAULT_MIN_TOTAL;
  const now = options.now ?? Date.now;
  const interval = options.intervalMs ?? 80;

  if (stream.isTTY === true) {
    let last = -Infinity;
    let drawn = false;
    const draw = (text: string): void => {
      // a pseudo-terminal may report 0 columns
      const width = Math.max(20, (stream.columns !== undefined && stream.columns > 0 ? stream.columns : 80) - 1);
      stream.write(`\r\u001b[2K${text.length > width ? text.slice(0, width) : text}`);
      drawn = true;
    };
    return {
      update(done, total) {
        if (total < minTotal) return;
        const t = now();
        if (done < total && t - last < interval) return;
        last = t;
        draw(`b24gen: ${bar(done, total)} ${done}/${total} ${label}`);
      },
      stage(text) {
        if (drawn) draw(`b24gen: ${text}`);
      },
      finish() {
        if (drawn) stream.write('\r\u001b[2K');
        drawn = false;
      },
    };
  }

  let nextQuarter = 1;
  let active = false;
  return {
    update(done, total) {
      if (total < minTotal) return;
      active = true;
      if (nextQuarter > 4 || done * 4 < total * nextQuarter) return;
      // one line per update, even when it crosses several quarters
      while (nextQuarter <= 4 && done * 4 >= total * nextQuarter) nextQuarter++;
      stream.write(`b24gen: ${done}/${total} ${label}\n`);
    },
    stage(text) {
      if (active) stream.write(`b24gen: ${text}\n`);
    },
    finish() {},
  };
}
