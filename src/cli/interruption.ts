import { basename } from 'node:path';

/**
 * What a command has written when Ctrl-C (SIGINT) stops it: main.ts prints `interrupted: …` and
 * exits 130. Work not yet committed is rolled back, so a command that writes in one transaction
 * has written nothing; one that writes per file says which files are in and which are not.
 */
export class Interruption {
  private describe: (() => string) | null = null;

  /** The command tells what it has written so far (`describe` is called only on interruption). */
  describeWith(describe: () => string): void {
    this.describe = describe;
  }

  /** The line printed on SIGINT. */
  message(): string {
    return `interrupted: ${this.describe?.() ?? 'nothing was written (work not committed is rolled back)'}`;
  }
}

/**
 * "written: 2 of 5 files (a.txt, b.txt); not written: c.txt (in progress, rolled back) and 2 more"
 * for a command that commits each file in a transaction of its own.
 */
export function describeFilesWritten(written: readonly string[], current: string | null, total: number): string {
  const names = (paths: readonly string[]) =>
    paths.length <= 5 ? paths.map((p) => basename(p)).join(', ') : `${paths.slice(0, 5).map((p) => basename(p)).join(', ')}, …`;
  const head = written.length === 0 ? 'written: no file' : `written: ${written.length} of ${total} files (${names(written)})`;
  const rest = total - written.length - (current === null ? 0 : 1);
  const pending = [
    current === null ? null : `${basename(current)} (in progress, rolled back)`,
    rest > 0 ? `${rest} more file${rest === 1 ? '' : 's'}` : null,
  ].filter((p) => p !== null);
  return pending.length === 0 ? head : `${head}; not written: ${pending.join(' and ')}`;
}
