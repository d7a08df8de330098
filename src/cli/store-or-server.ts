import type { ServerClient, Store } from '../jobs/index.js';
import type { z } from 'zod';
import { TesseraError } from '../model/index.js';
import type { CommandContext } from './command-context.js';

/**
 * A command's work through the running `tessera serve` when `--server URL` is given (the HTTP
 * API's route over the same job), else on the store: `remote` and `local` answer the same shape,
 * so the command prints the same either way. With `shape` (the route's answer schema, which the
 * server writes its answer through) the local answer is read through it too, so that JSON output
 * has the same fields in the same order both ways.
 */
export async function storeOrServer<T>(
  context: CommandContext,
  remote: (server: ServerClient) => Promise<T>,
  local: (store: Store) => Promise<T>,
  shape?: z.ZodType<T, unknown>,
): Promise<T> {
  const server = await context.server();
  if (server !== null) return remote(server);
  const answer = await context.withStore(local);
  return shape === undefined ? answer : shape.parse(answer);
}

/**
 * What a command cannot do through `--server`, and why: an error naming the option, before
 * anything is sent (`--chart`: the figure is drawn where the data is).
 */
export async function refuseThroughServer(context: CommandContext, isAsked: boolean, what: string, why: string): Promise<void> {
  if (!isAsked || (await context.server()) === null) return;
  throw new TesseraError('invalid_input', `${what} does not run through --server: ${why}`, { field: 'server' });
}
