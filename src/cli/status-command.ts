import type { Command } from 'commander';
import { getWorkspaceStatus, listOtherWorkspaces } from '../jobs/index.js';
import { WorkspaceSummarySchema } from '../model/index.js';
import type { CommandContext } from './command-context.js';

/** `tessera status`: which store is open and what the workspace holds. */
export function registerStatusCommand(program: Command, context: CommandContext): void {
  program
    .command('status')
    .description('show the store in use and what the workspace holds')
    .option('--format <format>', 'table or json', 'table')
    .action(async (options: { format: string }) => {
      const server = await context.server();
      const { summary, others } = server !== null
        ? { summary: await server.get('/status', {}, WorkspaceSummarySchema), others: [] }
        : await context.withStore(async (store) => {
        const summary = await getWorkspaceStatus(store);
        const isEmpty = summary.documents + summary.entities + summary.events === 0;
        return { summary, others: isEmpty ? await listOtherWorkspaces(store) : [] };
      });
      if (options.format === 'json') {
        context.out.write(`${JSON.stringify(summary, null, 2)}\n`);
        return;
      }
      const settings = context.config().store;
      const backend = summary.backend === 'pglite' ? `PGlite in ${settings.dataDir}` : 'PostgreSQL server';
      const where = server !== null ? `tessera serve at ${server.url} (its store: ${summary.backend === 'pglite' ? 'PGlite' : 'PostgreSQL'})` : backend;
      context.out.write(
        [
          `store      ${where}, workspace ${summary.workspaceId}`,
          `documents  ${summary.documents}`,
          `entities   ${summary.entities}`,
          `claims     ${summary.claims.proposed} proposed, ${summary.claims.accepted} accepted, ${summary.claims.rejected} rejected`,
          `events     ${summary.events}`,
        ].join('\n') + '\n',
      );
      // an empty workspace beside full ones: say where the data is and how to reach it
      for (const other of others) {
        context.out.write(
          `workspace ${other.workspaceId} holds ${other.documents} documents, ${other.entities} entities, ${other.events} events: ` +
            `tessera --workspace ${other.workspaceId} status (or TESSERA_WORKSPACE=${other.workspaceId})\n`,
        );
      }
    });
}
