import { z } from 'zod';
import { DEFAULT_MAX_INGEST_BYTES, TesseraError, parseByteSize } from './model/index.js';
import { CONFIG_VARIABLES as DESCRIPTIONS, describeVariable } from './config-variables.js';

export { describeVariable };

/** The only reader of the environment: `TESSERA_*` variables, each described in config-variables.ts. */
const EnvSchema = z.object({
  TESSERA_DATA_DIR: z.string().min(1).default('./tessera-data').describe(DESCRIPTIONS.TESSERA_DATA_DIR),
  TESSERA_DATABASE_URL: z
    .url()
    .optional()
    .describe(DESCRIPTIONS.TESSERA_DATABASE_URL),
  TESSERA_WORKSPACE: z
    .string()
    .regex(/^[a-z0-9][a-z0-9_-]{0,62}$/)
    .default('default')
    .describe(DESCRIPTIONS.TESSERA_WORKSPACE),
  TESSERA_SERVER: z.url().optional().describe(DESCRIPTIONS.TESSERA_SERVER),
  TESSERA_TOKEN: z.string().min(1).optional().describe(DESCRIPTIONS.TESSERA_TOKEN),
  TESSERA_HOST: z.string().min(1).default('127.0.0.1').describe(DESCRIPTIONS.TESSERA_HOST),
  TESSERA_PORT: z.coerce.number().int().min(0).max(65535).default(7878).describe(DESCRIPTIONS.TESSERA_PORT),
  TESSERA_LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .default('info')
    .describe(DESCRIPTIONS.TESSERA_LOG_LEVEL),
  TESSERA_MAX_SIZE: z
    .string()
    .refine((value) => {
      try {
        return parseByteSize(value, 'TESSERA_MAX_SIZE') > 0;
      } catch {
        return false;
      }
    }, 'not a size (write e.g. 100MB, 1.5GB or a number of bytes)')
    .optional()
    .describe(DESCRIPTIONS.TESSERA_MAX_SIZE),
  TESSERA_TEST_DATABASE_URL: z
    .url()
    .optional()
    .describe(DESCRIPTIONS.TESSERA_TEST_DATABASE_URL),
});

/** Flags that override variables (precedence: flag, then variable, then default). */
export interface ConfigFlags {
  data?: string;
  databaseUrl?: string;
  workspace?: string;
  server?: string;
  apiToken?: string;
  host?: string;
  port?: string | number;
  logLevel?: string;
}

export interface Config {
  store: { dataDir: string; databaseUrl: string | null; workspaceId: string };
  /** A running `tessera serve` the CLI works through instead of the store (--server, --token). */
  remote: { url: string; token: string | null } | null;
  server: { host: string; port: number };
  /** Largest report ingest reads (bytes), from a path or an upload. */
  ingest: { maxBytes: number };
  logLevel: z.infer<typeof EnvSchema>['TESSERA_LOG_LEVEL'];
  test: { databaseUrl: string | null };
}

export function loadConfig(env: Record<string, string | undefined> = process.env, flags: ConfigFlags = {}): Config {
  const merged: Record<string, unknown> = {};
  for (const key of Object.keys(EnvSchema.shape)) {
    const value = env[key];
    if (value !== undefined && value !== '') merged[key] = value;
  }
  const flagVariables: Record<keyof ConfigFlags, string> = {
    data: 'TESSERA_DATA_DIR',
    databaseUrl: 'TESSERA_DATABASE_URL',
    workspace: 'TESSERA_WORKSPACE',
    server: 'TESSERA_SERVER',
    apiToken: 'TESSERA_TOKEN',
    host: 'TESSERA_HOST',
    port: 'TESSERA_PORT',
    logLevel: 'TESSERA_LOG_LEVEL',
  };
  for (const [flag, variable] of Object.entries(flagVariables)) {
    const value = flags[flag as keyof ConfigFlags];
    if (value !== undefined && value !== '') merged[variable] = value;
  }
  const parsed = EnvSchema.safeParse(merged);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new TesseraError('invalid_input', `bad configuration: ${problems.join('; ')}`, { problems });
  }
  const v = parsed.data;
  return {
    store: {
      dataDir: v.TESSERA_DATA_DIR,
      databaseUrl: v.TESSERA_DATABASE_URL ?? null,
      workspaceId: v.TESSERA_WORKSPACE,
    },
    remote: v.TESSERA_SERVER === undefined ? null : { url: v.TESSERA_SERVER, token: v.TESSERA_TOKEN ?? null },
    server: { host: v.TESSERA_HOST, port: v.TESSERA_PORT },
    ingest: { maxBytes: v.TESSERA_MAX_SIZE === undefined ? DEFAULT_MAX_INGEST_BYTES : parseByteSize(v.TESSERA_MAX_SIZE, 'TESSERA_MAX_SIZE') },
    logLevel: v.TESSERA_LOG_LEVEL,
    test: { databaseUrl: v.TESSERA_TEST_DATABASE_URL ?? null },
  };
}
