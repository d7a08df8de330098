import type { Writable } from 'node:stream';
import type { Config } from '../config.js';
import type { ServerClient, Store } from '../jobs/index.js';
import type { Interruption } from './interruption.js';

/**
 * What every command receives: the configuration and a way to open the store it names.
 * Commands register themselves with `registerXCommand(program, context)` and throw
 * TesseraError; only main.ts prints errors and sets the exit code.
 */
export interface CommandContext {
  config(): Config;
  /**
   * The running `tessera serve` to work through (`--server URL`, `--api-token`), or null to open the
   * store. A command that can, asks this first; withStore refuses while --server is given.
   */
  server(): Promise<ServerClient | null>;
  /** Opens the store, runs `work`, and closes it whatever happens. */
  withStore<T>(work: (store: Store) => Promise<T>): Promise<T>;
  /** Where results go (a stream that says when it is closed: an export stops writing into a closed pipe). */
  out: Writable;
  /** Where progress bars, warnings and per-item errors go. */
  err: NodeJS.WritableStream;
  /** What the command has written, for the line Ctrl-C prints while the store is open. */
  interruption?: Interruption;
}
