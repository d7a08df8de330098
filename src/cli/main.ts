import { Command, CommanderError, Option } from 'commander';
import { setFlagsFromString } from 'node:v8';
import { describeVariable } from '../config-variables.js';
import type { Config, ConfigFlags } from '../config.js';
import type { CommandContext } from './command-context.js';
import { Interruption } from './interruption.js';

/** A command file's `registerXCommand(program, context)`. */
export type RegisterCommand = (program: Command, context: CommandContext) => void;

export interface CommandFile {
  /** The top-level commands the file adds, or adds subcommands to (`entities`, `export`). */
  commands: readonly string[];
  /**
   * A few small queries and done (status, listings of users or tokens): the embedded store's
   * WebAssembly runs on V8's baseline compiler only. Its optimising compiler would otherwise spend
   * more CPU time recompiling PostgreSQL's hot functions than the whole command runs
   * (status: 1.7 → 0.9 s CPU, 250 → 160 MB), and that time is lost when the process exits.
   */
  brief?: true;
  load(): Promise<RegisterCommand>;
}

// command registrations (one file per command; keep this list sorted by command name). A file, and
// all it imports, loads only when one of its commands runs; `tessera --help` loads none of them.
// A new command: one line here and its summary in COMMAND_SUMMARIES (main.test.ts checks both).
// <command-imports>
export const COMMAND_FILES: readonly CommandFile[] = [
  { commands: ['audit'], brief: true, load: async () => (await import('./audit-command.js')).registerAuditCommand },
  { commands: ['demo'], load: async () => (await import('./demo-command.js')).registerDemoCommand },
  { commands: ['documents'], load: async () => (await import('./documents-command.js')).registerDocumentsCommand },
  { commands: ['entities'], load: async () => (await import('./entities-command.js')).registerEntitiesCommand },
  { commands: ['entities'], load: async () => (await import('./entities-view-command.js')).registerEntitiesViewCommand },
  { commands: ['events'], load: async () => (await import('./events-command.js')).registerEventsCommand },
  { commands: ['export'], load: async () => (await import('./export-command.js')).registerExportCommand },
  { commands: ['extract'], load: async () => (await import('./extract-command.js')).registerExtractCommand },
  { commands: ['graph'], load: async () => (await import('./graph-command.js')).registerGraphCommand },
  { commands: ['import'], load: async () => (await import('./import-stix-command.js')).registerImportStixCommand },
  { commands: ['import'], load: async () => (await import('./import-watchlist-command.js')).registerImportWatchlistCommand },
  { commands: ['ingest'], load: async () => (await import('./ingest-command.js')).registerIngestCommand },
  { commands: ['names'], load: async () => (await import('./names-command.js')).registerNamesCommand },
  { commands: ['review'], load: async () => (await import('./review-command.js')).registerReviewCommand },
  { commands: ['screen'], load: async () => (await import('./screen-command.js')).registerScreenCommand },
  { commands: ['search'], load: async () => (await import('./search-command.js')).registerSearchCommand },
  { commands: ['serve'], load: async () => (await import('./serve-command.js')).registerServeCommand },
  { commands: ['status'], brief: true, load: async () => (await import('./status-command.js')).registerStatusCommand },
  { commands: ['users', 'tokens'], brief: true, load: async () => (await import('./users-command.js')).registerUsersCommand },
  { commands: ['validate'], load: async () => (await import('./validate-command.js')).registerValidateCommand },
];
// </command-imports>

/** What `tessera --help` says of each command without loading its file (the file's own description). */
export const COMMAND_SUMMARIES: Readonly<Record<string, string>> = {
  audit: 'read the audit log of the workspace: writes, user changes and sign-ins, newest first',
  demo: "build a demo workspace from the project's sample reports and print what Tessera learned",
  documents: 'list the ingested documents; `documents versions DOC` shows the versions of one',
  entities: 'entities: find duplicates, merge and split them',
  events: 'event datasets (ACLED, UCDP GED, GTD, Tessera CSV) and trend analyses',
  export: 'export knowledge to other tools: CSV, GeoJSON, GEXF, STIX 2.1 (only what the viewer may read)',
  extract: 'print the entities, events and relations extracted from one report, without storing anything',
  graph: 'networks over time: measures, paths, ego networks, group lineage, exports',
  import: 'import data sets and lists into the store',
  ingest: 'read reports (.txt .md .html .pdf .docx, folders recursively) into the store as proposed claims',
  names: 'match names: score pairs, link names to a knowledge base',
  review: 'list proposed claims with evidence and citations; accept or reject them',
  screen: 'screen names against watch lists; writes matches with scores and explanations',
  search: 'search entities by any name or alias in any script, documents by title, path or text, and events',
  serve: 'serve the HTTP API (OpenAPI at /api/openapi.json); the first start creates an admin and prints a one-time login link',
  status: 'show the store in use and what the workspace holds',
  tokens: 'API tokens (Authorization: Bearer tes_…)',
  users: 'manage who may use the server: users, roles, clearances',
  validate: 'check files against the standards they claim to follow',
};

/** The options every command takes. */
function addGlobalOptions(program: Command): Command {
  return program
    .description('Tessera: reports and event data into sourced knowledge for counter-terrorism analysts.')
    .version('0.1.0')
    .addOption(new Option('--data <dir>', describeVariable('TESSERA_DATA_DIR')).env('TESSERA_DATA_DIR'))
    .addOption(
      new Option('--database-url <url>', describeVariable('TESSERA_DATABASE_URL')).env('TESSERA_DATABASE_URL'),
    )
    .addOption(new Option('--workspace <id>', describeVariable('TESSERA_WORKSPACE')).env('TESSERA_WORKSPACE'))
    .addOption(new Option('--server <url>', describeVariable('TESSERA_SERVER')).env('TESSERA_SERVER'))
    .addOption(new Option('--api-token <token>', describeVariable('TESSERA_TOKEN')).env('TESSERA_TOKEN'))
    .option('--wait [seconds]', 'when another process has the embedded store open, wait for it (default 600 s) instead of failing')
    .option('--verbose', 'print stack traces with errors');
}

/**
 * The program with the files of `commands` loaded (every file when 'all'); the other commands are
 * listed by name and summary only, for `--help` and "unknown command" errors, and never run.
 */
export async function buildProgram(context: CommandContext, commands: readonly string[] | 'all'): Promise<Command> {
  // commander's help and usage errors go where the command's output goes (subcommands inherit this)
  const program = addGlobalOptions(new Command('tessera'))
    .configureOutput({ writeOut: (text) => context.out.write(text), writeErr: (text) => context.err.write(text) })
    .showHelpAfterError()
    .exitOverride();
  const files = COMMAND_FILES.filter((file) => commands === 'all' || file.commands.some((name) => commands.includes(name)));
  const registers = await Promise.all(files.map((file) => file.load()));
  for (const register of registers) register(program, context);
  const listed = new Set(program.commands.map((command) => command.name()));
  for (const name of Object.keys(COMMAND_SUMMARIES).sort()) {
    if (listed.has(name)) continue;
    program
      .command(name)
      .description(COMMAND_SUMMARIES[name] ?? '')
      .action(() => {
        throw new Error(`the command "${name}" was listed but not loaded`);
      });
  }
  return program;
}

/** The command argv names (`tessera --data D status` → status; `tessera help status` → status), as commander reads it. */
export function invokedCommand(argv: readonly string[]): string | undefined {
  const probe = addGlobalOptions(new Command('tessera'))
    .exitOverride()
    .configureOutput({ writeOut: () => {}, writeErr: () => {} });
  try {
    const { operands } = probe.parseOptions(argv.slice(2));
    return operands[0] === 'help' ? operands[1] : operands[0];
  } catch {
    return undefined;
  }
}

function createContext(program: () => Command, loadConfig: LoadConfig): CommandContext {
  const interruption = new Interruption();
  let config: Config | undefined;
  const getConfig = () => {
    if (config === undefined) {
      const flags = program().opts<ConfigFlags>();
      config = loadConfig(process.env, flags);
    }
    return config;
  };
  return {
    config: getConfig,
    async server() {
      const { remote, store } = getConfig();
      if (remote === null) return null;
      const { ServerClient } = await import('../jobs/index.js');
      return new ServerClient({ url: remote.url, token: remote.token, workspace: store.workspaceId });
    },
    async withStore(work) {
      const { store: settings, remote } = getConfig();
      if (remote !== null) {
        const { TesseraError } = await import('../model/index.js');
        const command = describeInvocation();
        throw new TesseraError('invalid_input', `${command} does not run through --server yet: run it without --server (TESSERA_SERVER) once the server has stopped`, { field: 'server' });
      }
      const [{ openStore }, waitMs] = await Promise.all([
        import('../jobs/index.js'),
        waitMilliseconds(program().opts<{ wait?: string | boolean }>().wait),
      ]);
      // Ctrl-C from opening the store on: say what was and was not written, exit 130
      const onInterrupt = () => {
        process.stderr.write(`\n${interruption.message()}\n`);
        process.exit(130);
      };
      process.once('SIGINT', onInterrupt);
      const store = await openStore({
        databaseUrl: settings.databaseUrl,
        dataDir: settings.dataDir,
        workspaceId: settings.workspaceId,
        lock: { owner: describeInvocation(), waitMs },
      }).catch((error: unknown) => {
        process.off('SIGINT', onInterrupt);
        throw error;
      });
      try {
        return await work(store);
      } finally {
        process.off('SIGINT', onInterrupt);
        await store.close();
      }
    },
    out: process.stdout,
    err: process.stderr,
    interruption,
  };
}

type LoadConfig = typeof import('../config.js').loadConfig;

/** What this process is, for whoever finds the store locked: "tessera events import". */
function describeInvocation(): string {
  const words = process.argv.slice(2).filter((arg) => !arg.startsWith('-') && !arg.includes('/') && !arg.includes('.'));
  return ['tessera', ...words.slice(0, 2)].join(' ');
}

/** `--wait` alone waits 600 s; `--wait 30` waits 30 s; absent, no wait. */
async function waitMilliseconds(wait: string | boolean | undefined): Promise<number> {
  if (wait === undefined || wait === false) return 0;
  if (wait === true) return 600_000;
  const seconds = Number(wait);
  if (!Number.isFinite(seconds) || seconds < 0) {
    const { TesseraError } = await import('../model/index.js');
    throw new TesseraError('invalid_input', `--wait: "${wait}" is not a number of seconds`);
  }
  return seconds * 1000;
}

/**
 * The process edge: parses argv, runs the command, prints `error: …` and sets the exit code.
 * Only the invoked command's files load (and the configuration, when a command runs).
 */
export async function main(argv: string[]): Promise<number> {
  const command = invokedCommand(argv);
  // before PGlite compiles its WebAssembly (V8 reads the flag at compile time)
  if (COMMAND_FILES.some((file) => file.brief === true && command !== undefined && file.commands.includes(command))) {
    setFlagsFromString('--liftoff-only');
  }
  const loadConfig: LoadConfig =
    command === undefined
      ? () => {
          throw new Error('no command, no configuration');
        }
      : (await import('../config.js')).loadConfig;
  return runCommandLine(argv, (program) => createContext(program, loadConfig));
}

/**
 * Runs the command argv names with the context `makeContext` gives (it may read the program's global
 * options through `program`): its exit code, 0 done, 1 failed with `error: …` on the context's err,
 * 2 a usage error. main() calls it with the process's own context; tests call it in process.
 */
export async function runCommandLine(argv: string[], makeContext: (program: () => Command) => CommandContext): Promise<number> {
  const command = invokedCommand(argv);
  const holder: { program?: Command } = {};
  const context = makeContext(() => holder.program!);
  const program = await buildProgram(context, command === undefined ? [] : [command]);
  holder.program = program;
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // commander already printed help or the usage error
      return error.exitCode === 0 ? 0 : 2;
    }
    const isVerbose = program.opts<{ verbose?: boolean }>().verbose === true;
    const { isTesseraError } = await import('../model/index.js');
    if (isTesseraError(error)) {
      context.err.write(`error: ${error.message}\n`);
    } else {
      context.err.write(`error: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    }
    if (isVerbose && error instanceof Error && error.stack) context.err.write(`${error.stack}\n`);
    return 1;
  }
}
