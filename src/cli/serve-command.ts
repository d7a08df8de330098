import { Option, type Command } from 'commander';
import { describeVariable, loadConfig, type ConfigFlags } from '../config.js';
import { startServer } from '../server/main.js';
import { TesseraError } from '../model/index.js';
import type { CommandContext } from './command-context.js';

/**
 * `tessera serve`: the HTTP API on the configured store until SIGINT or SIGTERM, then a clean
 * stop (in-flight requests and imports finish, the store closes, exit 0).
 */
export function registerServeCommand(program: Command, context: CommandContext): void {
  program
    .command('serve')
    .description('serve the HTTP API (OpenAPI at /api/openapi.json); the first start creates an admin and prints a one-time login link')
    .addOption(new Option('--host <address>', describeVariable('TESSERA_HOST')).env('TESSERA_HOST'))
    .addOption(new Option('--port <port>', describeVariable('TESSERA_PORT')).env('TESSERA_PORT'))
    .action(async (options: { host?: string; port?: string }) => {
      const config = loadConfig(process.env, {
        ...program.opts<ConfigFlags>(),
        ...(options.host ? { host: options.host } : {}),
        ...(options.port ? { port: options.port } : {}),
      });
      if (config.remote !== null) {
        throw new TesseraError('invalid_input', `serve does not run through --server: it is the server, and opens the store itself; run it without --server (or TESSERA_SERVER, now ${config.remote.url})`, { field: 'server' });
      }
      const server = await startServer({ config, out: context.out, log: context.err, lock: { owner: 'tessera serve', waitMs: 0 } });
      await new Promise<void>((resolve) => {
        const stop = (): void => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          resolve();
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
      context.err.write('stopping: finishing requests in flight, then closing the store\n');
      await server.stop();
    });
}
