import type { Command } from 'commander';
import { listDocumentPage, listDocumentVersions } from '../jobs/index.js';
import { DocumentListPageSchema, DocumentVersionSchema } from '../model/index.js';
import { z } from 'zod';
import type { CommandContext } from './command-context.js';
import { displayPath } from './ingest-command.js';
import { describePage } from './page-footer.js';
import { storeOrServer } from './store-or-server.js';
import { createRowWriter, parseOutputFormat } from './tabular-output.js';

const DocumentVersionListSchema = z.object({ items: z.array(DocumentVersionSchema) });

/** `tessera documents`: the documents of the workspace with their claim counts. */
export function registerDocumentsCommand(program: Command, context: CommandContext): void {
  const documents = program
    .command('documents')
    .description('list the ingested documents; `documents versions DOC` shows the versions of one')
    .option('--format <format>', 'table, json or csv', 'table')
    .option('--limit <n>', 'documents per page (at most 10000)', '100')
    .option('--offset <n>', 'skip this many documents first', '0')
    .option('--all-versions', 'every version of revised documents, not only the current one')
    .action(async (options: { format: string; limit: string; offset: string; allVersions?: boolean }) => {
      const format = parseOutputFormat(options.format);
      const query = { limit: options.limit, offset: options.offset, allVersions: options.allVersions === true };
      const server = await context.server();
      const page = server !== null
        ? await server.get('/documents', query, DocumentListPageSchema)
        : await context.withStore((store) => listDocumentPage(store, query));
      const documents = page.items;
      const writer = createRowWriter(context.out, format, ['id', 'title', 'format', 'claims', 'ingested', 'path']);
      for (const d of documents) {
        writer.write({
          id: d.id,
          title: d.title,
          format: d.format,
          claims: d.claimCount,
          ingested: d.ingestedAt.slice(0, 19).replace('T', ' '),
          path: format === 'table' ? displayPath(d.path) : d.path,
        });
      }
      writer.end();
      context.err.write(`${describePage(page, documents.length, 'documents')}\n`);
    });

  documents
    .command('versions')
    .description('the versions of one document, oldest first: a changed report ingested again is a new version')
    .argument('<document>', 'document id, or its path (names the latest version)')
    .option('--format <format>', 'table, json or csv', 'table')
    .action(async (ref: string, options: { format: string }) => {
      const format = parseOutputFormat(options.format);
      const versions = await storeOrServer(
        context,
        async (server) => (await server.get('/documents/versions', { document: ref }, DocumentVersionListSchema)).items,
        (store) => listDocumentVersions(store, { document: ref }),
      );
      const writer = createRowWriter(context.out, format, ['version', 'id', 'ingested', 'current', 'claims', 'superseded', 'events', 'path']);
      for (const v of versions) {
        writer.write({
          version: v.version,
          id: v.id,
          ingested: v.ingestedAt.slice(0, 19).replace('T', ' '),
          current: v.isCurrent,
          claims: `${v.claims.proposed} proposed, ${v.claims.accepted} accepted, ${v.claims.rejected} rejected`,
          superseded: v.claims.superseded,
          events: v.events,
          path: format === 'table' ? displayPath(v.path) : v.path,
        });
      }
      writer.end();
    });
}
