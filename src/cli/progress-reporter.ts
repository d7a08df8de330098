import cliProgress from 'cli-progress';

export interface ProgressReporter {
  /** Work done so far (may pass the estimated total: the total then grows), and what is being worked on. */
  update(done: number, detail?: string): void;
  /** Ends the bar, or writes the last line. */
  stop(): void;
}

export interface ProgressReporterOptions {
  /** What is being done ("un-sanctions"), the label of the bar and of each line. */
  label: string;
  /** What is counted ("entries"). */
  unit: string;
  /** Estimated total, when known. */
  total?: number;
  /** Draw a bar (a terminal); otherwise write plain lines. Default: whether `err` is a TTY. */
  isInteractive?: boolean;
  /** Least time between two plain lines (ms, default 5,000). */
  intervalMs?: number;
  /** The clock (tests). */
  now?: () => number;
}

/**
 * Progress of long work on stderr: a cli-progress bar when stderr is a terminal, and plain
 * periodic lines (`label: N entries (P%)`, at most one per interval, and one at the end)
 * when it is a file or a pipe, so logs stay readable.
 */
export function createProgressReporter(err: NodeJS.WritableStream, options: ProgressReporterOptions): ProgressReporter {
  const isInteractive = options.isInteractive ?? (err as NodeJS.WriteStream).isTTY === true;
  let total = options.total ?? 0;
  if (isInteractive) {
    const bar = new cliProgress.SingleBar(
      {
        stream: err as NodeJS.WriteStream,
        format: `${options.label} [{bar}] {value}/{total} ${options.unit} {percentage}% eta {eta_formatted} {detail}`,
        hideCursor: true,
      },
      cliProgress.Presets.shades_classic,
    );
    let isStarted = false;
    let latest = 0;
    return {
      update(done, detail = '') {
        latest = done;
        if (!isStarted) {
          bar.start(Math.max(total, done, 1), 0, { detail });
          isStarted = true;
        }
        if (done > total) {
          total = done;
          bar.setTotal(total);
        }
        bar.update(done, { detail });
      },
      stop() {
        if (!isStarted) return;
        // the total was an estimate: end at what was done
        if (latest < total) {
          bar.setTotal(latest);
          bar.update(latest);
        }
        bar.stop();
      },
    };
  }
  const now = options.now ?? Date.now;
  const interval = options.intervalMs ?? 5000;
  let last = now();
  let latest = 0;
  let written = -1;
  let latestDetail = '';
  const line = (done: number): void => {
    const share = total > 0 ? ` (${Math.min(100, Math.round((done / total) * 100))}%)` : '';
    const detail = latestDetail === '' ? '' : ` ${latestDetail}`;
    const unit = options.unit === '' ? '' : ` ${options.unit}`;
    err.write(`${options.label}: ${done}${unit}${total > 0 ? ` of about ${total}` : ''}${share}${detail}\n`);
    written = done;
  };
  return {
    update(done, detail = '') {
      latest = done;
      latestDetail = detail;
      const t = now();
      if (t - last >= interval) {
        last = t;
        line(done);
      }
    },
    stop() {
      if (latest !== written) line(latest);
    },
  };
}
