import type { Config } from '../config.js';
import { ensureFirstAdmin, openStore } from '../jobs/index.js';
import { buildApp, type ServerLimits, type TesseraApp } from './app.js';

export interface StartServerOptions {
  config: Config;
  /** Where `listening on …` and the first-start login link go (stdout). */
  out: NodeJS.WritableStream;
  /** Where the request log goes (stderr). */
  log: NodeJS.WritableStream;
  limits?: Partial<ServerLimits>;
  /** Who holds the embedded store while serving, and how long to wait for another holder. */
  lock?: { owner: string; waitMs: number };
}

export interface RunningServer {
  url: string;
  /** Stops accepting, lets in-flight requests and imports finish, then closes the store. */
  stop(): Promise<void>;
}

/**
 * `tessera serve`: opens the store, creates the first admin when there are no users (printing a
 * one-time login link), listens, and prints `listening on http://HOST:PORT` once it accepts.
 */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const { config } = options;
  const store = await openStore({
    databaseUrl: config.store.databaseUrl,
    dataDir: config.store.dataDir,
    workspaceId: config.store.workspaceId,
    ...(options.lock ? { lock: options.lock } : {}),
    isServing: true,
  });
  let app: TesseraApp | undefined;
  try {
    app = await buildApp({
      store,
      config,
      logger: { level: config.logLevel, stream: options.log },
      ...(options.limits ? { limits: options.limits } : {}),
      isSearchIndexWarmed: true,
    });
    const firstAdmin = await ensureFirstAdmin(store);
    await app.listen({ host: config.server.host, port: config.server.port });
    const address = app.server.address();
    const port = typeof address === 'object' && address !== null ? address.port : config.server.port;
    const host = config.server.host.includes(':') ? `[${config.server.host}]` : config.server.host;
    const url = `http://${host}:${port}`;
    if (firstAdmin !== null) {
      options.out.write(`created the first user, ${firstAdmin.name} (admin); sign in once with:\n`);
      options.out.write(`  ${url}/login/${firstAdmin.loginToken}   (the workbench, in a browser)\n`);
      options.out.write(`  ${url}/api/v1/login/${firstAdmin.loginToken}   (the API: sets the session cookie)\n`);
    }
    options.out.write(`listening on ${url}\n`);
    let stopping: Promise<void> | undefined;
    return {
      url,
      stop() {
        stopping ??= (async () => {
          try {
            await app?.close();
          } finally {
            await store.close();
          }
        })();
        return stopping;
      },
    };
  } catch (error) {
    await app?.close();
    await store.close();
    throw error;
  }
}
