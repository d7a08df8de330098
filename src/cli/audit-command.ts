import type { Command } from 'commander';
import { countAudit, listAudit } from '../jobs/index.js';
import { AuditPageSchema, type AuditAction } from '../model/index.js';
import type { CommandContext } from './command-context.js';
import { describePage } from './page-footer.js';
import { storeOrServer } from './store-or-server.js';
import { createRowWriter, parseOutputFormat } from './tabular-output.js';

/** A count flag as a number (the job's schema refuses what is not a whole number). */
function countOf(value: string | undefined): number | undefined {
  return value === undefined ? undefined : Number(value);
}

/** `tessera audit`: who did what, when, to which ids, newest first. */
export function registerAuditCommand(program: Command, context: CommandContext): void {
  program
    .command('audit')
    .description('read the audit log of the workspace: writes, user changes and sign-ins, newest first')
    .option('--since <date>', 'entries at or after this ISO date or date-time')
    .option('--user <name>', 'entries by this user')
    .option('--action <action>', 'entries of this action (e.g. claim.review, login.failure)')
    .option('--format <format>', 'table, csv or json', 'table')
    .option('--limit <n>', 'most entries (default 500)')
    .option('--offset <n>', 'entries to skip')
    .action(async (options: { since?: string; user?: string; action?: string; format: string; limit?: string; offset?: string }) => {
      const format = parseOutputFormat(options.format);
      const limit = countOf(options.limit);
      const offset = countOf(options.offset);
      const query = {
        ...(options.since === undefined ? {} : { since: options.since }),
        ...(options.user === undefined ? {} : { user: options.user }),
        ...(options.action === undefined ? {} : { action: options.action as AuditAction }),
      };
      const page = { ...(limit === undefined ? {} : { limit }), ...(offset === undefined ? {} : { offset }) };
      const { entries, total } = await storeOrServer(
        context,
        async (server) => {
          const answer = await server.get('/audit', { ...query, ...page }, AuditPageSchema);
          return { entries: answer.items, total: answer.total };
        },
        async (store) => ({ entries: await listAudit(store, { ...query, ...page }), total: await countAudit(store, query) }),
      );
      const footer = describePage({ limit: limit ?? 500, offset: offset ?? 0, total }, entries.length, 'entries');
      if (format === 'json') {
        context.out.write(`${JSON.stringify(entries, null, 2)}\n`);
        context.err.write(`${footer}\n`);
        return;
      }
      const json = (value: unknown) => (value === null ? '' : JSON.stringify(value));
      const columns = format === 'csv'
        ? ['at', 'actor', 'actorUserId', 'action', 'targets', 'before', 'after', 'detail']
        : ['at', 'actor', 'action', 'targets', 'after'];
      const writer = createRowWriter(context.out, format, columns);
      for (const e of entries) {
        const targets = format === 'csv' || e.targetIds.length <= 3 ? e.targetIds.join(' ') : `${e.targetIds.slice(0, 3).join(' ')} (+${e.targetIds.length - 3})`;
        writer.write({
          at: format === 'csv' ? e.at : e.at.slice(0, 19).replace('T', ' '),
          actor: e.actorName,
          actorUserId: e.actorUserId,
          action: e.action,
          targets,
          before: json(e.before),
          after: format === 'csv' ? json(e.after) : json(e.after ?? e.detail).slice(0, 80),
          detail: json(e.detail),
        });
      }
      writer.end();
      context.err.write(`${footer}\n`);
    });
}
