import type { Command } from 'commander';
import { getWorkspaceStatus } from '../jobs/index.js';
import type { CommandContext } from './command-context.js';

/** `tessera status`: which store is open and what the workspace holds. */
export function registerStatusCommand(program: Command, context: CommandContext): void {
  program
    .command('status')
    .description('show the store in use and what the workspace holds')
    .option('--format <format>', 'table or json', 'table')
    .action(async (options: { format: string }) => {
      const summary = await context.withStore(getWorkspaceStatus);
      if (options.format === 'json') {
        context.out.write(`${JSON.stringify(summary, null, 2)}\n`);
        return;
      }
      const settings = context.config().store;
      const where = summary.backend === 'pglite' ? `PGlite in ${settings.dataDir}` : 'PostgreSQL server';
      context.out.write(
        [
          `store      ${where}, workspace ${summary.workspaceId}`,
          `documents  ${summary.documents}`,
          `entities   ${summary.entities}`,
          `claims     ${summary.claims.proposed} proposed, ${summary.claims.accepted} accepted, ${summary.claims.rejected} rejected`,
          `events     ${summary.events}`,
        ].join('\n') + '\n',
      );
    });
}
