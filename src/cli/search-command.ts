import type { Command } from 'commander';
import { searchWorkspace } from '../jobs/index.js';
import { SearchResultSchema } from '../model/index.js';
import type { CommandContext } from './command-context.js';
import { displayPath } from './ingest-command.js';
import { describeOpenPage, pageSelection } from './page-footer.js';

/** `tessera search TEXT`: entities by any of their names (any script), documents and events. */
export function registerSearchCommand(program: Command, context: CommandContext): void {
  program
    .command('search')
    .description('search entities by any name or alias in any script, documents by title, path or text, and events')
    .argument('<text...>', 'what to look for')
    .option('--limit <n>', 'most results of each kind', '10')
    .option('--offset <n>', 'skip this many results of each kind first (the next page)', '0')
    .option('--format <format>', 'text or json', 'text')
    .action(async (words: string[], options: { limit: string; offset: string; format: string }) => {
      const query = { q: words.join(' '), ...pageSelection(options) };
      const server = await context.server();
      const result = server !== null
        ? await server.get('/search', query, SearchResultSchema)
        : await context.withStore((store) => searchWorkspace(store, query));
      if (options.format === 'json') {
        context.out.write(`${JSON.stringify(result, null, 2)}\n`);
        return;
      }
      const out: string[] = [];
      out.push(`Entities (${result.entities.length}):`);
      for (const e of result.entities) {
        const via = e.matchedName === e.name ? '' : `  — as “${e.matchedName}”`;
        out.push(`  ${e.name} (${e.type})  ${e.id}  ${e.score.toFixed(2)}${via}`);
      }
      out.push('', `Documents (${result.documents.length}):`);
      for (const d of result.documents) out.push(`  ${d.title ?? displayPath(d.path)}  ${d.id}`, `    ${d.snippet}`);
      out.push('', `Events (${result.events.length}):`);
      for (const e of result.events) {
        const where = [e.place, e.country].filter((v) => v !== null).join(', ');
        out.push(`  ${e.date ?? 'undated'}  ${e.type}  ${where}  ${e.id}${e.summary ? `\n    ${e.summary}` : ''}`);
      }
      context.out.write(`${out.join('\n')}\n`);
      // which kinds have another page (on stderr)
      const more = result.more;
      if (more !== undefined) {
        for (const [kind, shown] of [['entities', result.entities.length], ['documents', result.documents.length], ['events', result.events.length]] as const) {
          if (more[kind] || query.offset > 0) context.err.write(`${describeOpenPage(query.offset, shown, more[kind], kind)}\n`);
        }
      }
    });
}
