import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgressReporter } from './progress-reporter.js';
import { createProgress } from './tabular-output.js';

function capture(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const chunks: string[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c.toString()));
  return { stream, text: () => chunks.join('') };
}

describe('createProgressReporter', () => {
  it('writes plain lines at most once per interval, and one at the end, when not on a terminal', () => {
    const err = capture();
    let clock = 0;
    const progress = createProgressReporter(err.stream, { label: 'un-sanctions', unit: 'entries', total: 1000, intervalMs: 5000, now: () => clock });
    progress.update(250);
    clock = 6000;
    progress.update(500);
    clock = 7000;
    progress.update(750);
    progress.update(1000);
    progress.stop();
    expect(err.text()).toBe('un-sanctions: 500 entries of about 1000 (50%)\nun-sanctions: 1000 entries of about 1000 (100%)\n');
  });

  it('says nothing more when the last line already said it', () => {
    const err = capture();
    let clock = 0;
    const progress = createProgressReporter(err.stream, { label: 'ofac-sdn', unit: 'entries', intervalMs: 10, now: () => clock });
    clock = 20;
    progress.update(9);
    progress.stop();
    expect(err.text()).toBe('ofac-sdn: 9 entries\n');
  });

  it('is the one reporter: the commands\' createProgress writes its plain lines, with what is being worked on', () => {
    const err = capture();
    const progress = createProgress(err.stream, 'pairs', 10, true);
    progress.update(10, 'names.csv');
    progress.stop();
    expect(err.text()).toBe('pairs: 10 of about 10 (100%) names.csv\n');
    const quiet = capture();
    const none = createProgress(quiet.stream, 'pairs', 10, false);
    none.update(10);
    none.stop();
    expect(quiet.text()).toBe('');
  });
});
