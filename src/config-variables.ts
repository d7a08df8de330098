/**
 * What each `TESSERA_*` variable means, for config.ts's schema and for `--help`. Kept apart from
 * config.ts (and free of zod) so that `tessera --help` describes the flags without loading it.
 */
export const CONFIG_VARIABLES = {
  TESSERA_DATA_DIR: 'Directory of the embedded PGlite store.',
  TESSERA_DATABASE_URL: 'PostgreSQL connection URL; when set, the store is that server instead of the embedded one.',
  TESSERA_WORKSPACE: 'Workspace key: the partition of the store every command reads and writes.',
  TESSERA_SERVER: 'URL of a running `tessera serve` (http://HOST:PORT): commands go through its HTTP API instead of opening the store.',
  TESSERA_TOKEN: 'API token for TESSERA_SERVER (tessera tokens create NAME).',
  TESSERA_HOST: 'Address the HTTP server listens on.',
  TESSERA_PORT: 'Port the HTTP server listens on.',
  TESSERA_LOG_LEVEL: 'Log level.',
  TESSERA_MAX_SIZE: 'Largest report ingest reads, from a path or an upload (e.g. 100MB, 1.5GB; default 100MB); a larger one is refused before anything is written.',
  TESSERA_TEST_DATABASE_URL: 'PostgreSQL URL the PostgreSQL tests run against; those tests are skipped without it.',
} as const;

export type ConfigVariable = keyof typeof CONFIG_VARIABLES;

/** Variable descriptions for `--help`. */
export function describeVariable(name: ConfigVariable): string {
  return CONFIG_VARIABLES[name];
}
