import { describe, expect, it } from 'vitest';
import { createProgress } from './progress.js';

function stream(isTTY: boolean): { isTTY: boolean; columns: number; text: string; write(s: string): boolean } {
  return {
    isTTY,
    columns: 80,
    text: '',
    write(s: string) {
      this.text += s;
      return true;
    },
  };
}

describe('createProgress', () => {
  it('redraws one bar in place on a terminal and clears it at the end', () => {
    let clock = 0;
    const s = stream(true);
    const p = createProgress({ stream: s, quiet: false, label: 'pages parsed', now: () => clock, intervalMs: 100 });
    p.update(100, 400);
    clock += 10;
    p.update(150, 400); // too soon: skipped
    clock += 200;
    p.update(200, 400);
    p.update(400, 400); // the last one is always drawn
    p.finish();
    const frames = s.text.split('\r\u001b[2K').filter((f) => f !== '');
    expect(frames).toEqual([
      'b24gen: [######------------------] 100/400 pages parsed',
      'b24gen: [############------------] 200/400 pages parsed',
      'b24gen: [########################] 400/400 pages parsed',
    ]);
    expect(s.text.endsWith('\r\u001b[2K')).toBe(true);
    expect(s.text).not.toContain('\n');
  });
  it('prints a plain line at each quarter when not a terminal', () => {
    const s = stream(false);
    const p = createProgress({ stream: s, quiet: false, label: 'pages parsed' });
    for (let done = 1; done <= 1000; done++) p.update(done, 1000);
    p.finish();
    expect(s.text).toBe('b24gen: 250/1000 pages parsed\nb24gen: 500/1000 pages parsed\nb24gen: 750/1000 pages parsed\nb24gen: 1000/1000 pages parsed\n');
  });
  it('stays silent for small trees and with --quiet', () => {
    const small = stream(true);
    const p = createProgress({ stream: small, quiet: false, label: 'x' });
    p.update(5, 10);
    p.stage('emitting');
    p.finish();
    expect(small.text).toBe('');
    const quiet = stream(false);
    const q = createProgress({ stream: quiet, quiet: true, label: 'x' });
    q.update(1000, 1000);
    expect(quiet.text).toBe('');
  });
});
