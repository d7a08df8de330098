import { Command, CommanderError, Option } from 'commander';
import { describeVariable, loadConfig, type Config, type ConfigFlags } from '../config.js';
import { isTesseraError, TesseraError } from '../model/index.js';
import { openStore } from '../jobs/index.js';
import type { CommandContext } from './command-context.js';
// command registrations (one file per command; keep this list sorted by command name)
// <command-imports>
import { registerAuditCommand } from './audit-command.js';
import { registerDemoCommand } from './demo-command.js';
import { registerDocumentsCommand } from './documents-command.js';
import { registerEntitiesCommand } from './entities-command.js';
import { registerEntitiesViewCommand } from './entities-view-command.js';
import { registerEventsCommand } from './events-command.js';
import { registerExportCommand } from './export-command.js';
import { registerExtractCommand } from './extract-command.js';
import { registerImportStixCommand } from './import-stix-command.js';
import { registerImportWatchlistCommand } from './import-watchlist-command.js';
import { registerIngestCommand } from './ingest-command.js';
import { registerNamesCommand } from './names-command.js';
import { registerReviewCommand } from './review-command.js';
import { registerScreenCommand } from './screen-command.js';
import { registerSearchCommand } from './search-command.js';
import { registerServeCommand } from './serve-command.js';
import { registerStatusCommand } from './status-command.js';
import { registerUsersCommand } from './users-command.js';
import { registerValidateCommand } from './validate-command.js';
import { registerGraphCommand } from './graph-command.js';
// </command-imports>

export function buildProgram(context: CommandContext): Command {
  const program = new Command('tessera')
    .description('Tessera: reports and event data into sourced knowledge for counter-terrorism analysts.')
    .version('0.1.0')
    .addOption(new Option('--data <dir>', describeVariable('TESSERA_DATA_DIR')).env('TESSERA_DATA_DIR'))
    .addOption(
      new Option('--database-url <url>', describeVariable('TESSERA_DATABASE_URL')).env('TESSERA_DATABASE_URL'),
    )
    .addOption(new Option('--workspace <id>', describeVariable('TESSERA_WORKSPACE')).env('TESSERA_WORKSPACE'))
    .option('--wait [seconds]', 'when another process has the embedded store open, wait for it (default 600 s) instead of failing')
    .option('--verbose', 'print stack traces with errors')
    .showHelpAfterError()
    .exitOverride();
  // <command-registrations>
  registerAuditCommand(program, context);
  registerDemoCommand(program, context);
  registerDocumentsCommand(program, context);
  registerEntitiesCommand(program, context);
  registerEntitiesViewCommand(program, context);
  registerEventsCommand(program, context);
  registerExportCommand(program, context);
  registerExtractCommand(program, context);
  registerImportStixCommand(program, context);
  registerImportWatchlistCommand(program, context);
  registerIngestCommand(program, context);
  registerNamesCommand(program, context);
  registerReviewCommand(program, context);
  registerScreenCommand(program, context);
  registerSearchCommand(program, context);
  registerServeCommand(program, context);
  registerStatusCommand(program, context);
  registerUsersCommand(program, context);
  registerValidateCommand(program, context);
  registerGraphCommand(program, context);
  // </command-registrations>
  return program;
}

function createContext(program: () => Command): CommandContext {
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
    async withStore(work) {
      const { store: settings } = getConfig();
      const store = await openStore({
        databaseUrl: settings.databaseUrl,
        dataDir: settings.dataDir,
        workspaceId: settings.workspaceId,
        lock: { owner: describeInvocation(), waitMs: waitMilliseconds(program().opts<{ wait?: string | boolean }>().wait) },
      });
      try {
        return await work(store);
      } finally {
        await store.close();
      }
    },
    out: process.stdout,
    err: process.stderr,
  };
}

/** What this process is, for whoever finds the store locked: "tessera events import". */
function describeInvocation(): string {
  const words = process.argv.slice(2).filter((arg) => !arg.startsWith('-') && !arg.includes('/') && !arg.includes('.'));
  return ['tessera', ...words.slice(0, 2)].join(' ');
}

/** `--wait` alone waits 600 s; `--wait 30` waits 30 s; absent, no wait. */
function waitMilliseconds(wait: string | boolean | undefined): number {
  if (wait === undefined || wait === false) return 0;
  if (wait === true) return 600_000;
  const seconds = Number(wait);
  if (!Number.isFinite(seconds) || seconds < 0) throw new TesseraError('invalid_input', `--wait: "${wait}" is not a number of seconds`);
  return seconds * 1000;
}

/** The process edge: parses argv, runs the command, prints `error: …` and sets the exit code. */
export async function main(argv: string[]): Promise<number> {
  const holder: { program?: Command } = {};
  const context = createContext(() => holder.program!);
  const program = buildProgram(context);
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
    if (isTesseraError(error)) {
      process.stderr.write(`error: ${error.message}\n`);
    } else {
      process.stderr.write(`error: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    }
    if (isVerbose && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
    return 1;
  }
}
