import type { Command } from 'commander';
import { Option } from 'commander';
import { ENTITY_TYPES, EntityListPageSchema, EntityViewSchema, TesseraError, type EntityType } from '../model/index.js';
import { listEntityPage, viewEntity } from '../jobs/index.js';
import type { CommandContext } from './command-context.js';
import { commandGroup } from './command-group.js';
import { describeEvent } from './describe-event.js';
import { describePage } from './page-footer.js';
import { storeOrServer } from './store-or-server.js';
import { createRowWriter, parseOutputFormat } from './tabular-output.js';

function count(value: string, flag: string, least: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < least) throw new TesseraError('invalid_input', `${flag} ${value}: expected a whole number ≥ ${least}`);
  return n;
}

/** `tessera entities list|show`: the entities of the workspace, and what is said about one. */
export function registerEntitiesViewCommand(program: Command, context: CommandContext): void {
  const entities = commandGroup(program, 'entities', 'entities: list and show them, find duplicates, merge and split them');

  entities
    .command('list')
    .description('list entities by label, a page at a time')
    .addOption(new Option('--type <type>', 'only entities of this type').choices([...ENTITY_TYPES]))
    .option('--contains <text>', 'only entities whose name contains this text')
    .option('--limit <n>', 'entities per page (at most 1000)', '1000')
    .option('--offset <n>', 'skip this many entities first', '0')
    .option('--format <format>', 'table, json or csv', 'table')
    .action(async (options: { type?: EntityType; contains?: string; limit: string; offset: string; format: string }) => {
      const format = parseOutputFormat(options.format);
      const query = {
        ...(options.type ? { type: options.type } : {}),
        ...(options.contains ? { contains: options.contains } : {}),
        limit: count(options.limit, '--limit', 1),
        offset: count(options.offset, '--offset', 0),
      };
      const server = await context.server();
      const page = server !== null
        ? await server.get('/entities', query, EntityListPageSchema)
        : await context.withStore((store) => listEntityPage(store, query));
      const writer = createRowWriter(context.out, format, ['id', 'type', 'label']);
      for (const entity of page.items) writer.write({ id: entity.id, type: entity.type, label: entity.label });
      writer.end();
      context.err.write(`${describePage(page, page.items.length, 'entities')}\n`);
    });

  entities
    .command('show')
    .description('show an entity: its names and aliases, attributes, relations and events, with review status')
    .argument('<name-or-id>', 'entity id, or a name it is known by')
    .option('--accepted-only', 'only accepted claims (by default proposed ones are shown too)')
    .option('--format <format>', 'text or json', 'text')
    .action(async (ref: string, options: { format: string; acceptedOnly?: boolean }) => {
      const includeProposed = options.acceptedOnly !== true;
      const view = await storeOrServer(
        context,
        (server) => server.get(`/entities/${encodeURIComponent(ref)}`, { includeProposed }, EntityViewSchema),
        (store) => viewEntity(store, { ref, includeProposed }),
        EntityViewSchema,
      );
      if (options.format === 'json') {
        context.out.write(`${JSON.stringify(view, null, 2)}\n`);
        return;
      }
      const out = [`${view.entity.label} (${view.entity.type})  ${view.entity.id}`, '', 'Names:'];
      for (const name of view.names) {
        const sources = name.sources.map((s) => s.label).join('; ');
        out.push(`  ${name.value}  ${name.kind}, ${name.script}, ${name.claims} claim(s), ${name.statuses.join('/')}${sources ? ` — ${sources}` : ''}`);
      }
      if (view.attributes.length > 0) {
        out.push('', 'Attributes:');
        for (const a of view.attributes) out.push(`  ${a.attribute} = ${a.value}  ${a.claims} claim(s), ${a.statuses.join('/')}`);
      }
      if (view.sameAs.length > 0) {
        out.push('', 'Merged with:');
        for (const other of view.sameAs) out.push(`  ${other.label} (${other.type})  ${other.id}`);
      }
      if (view.relations.length > 0) {
        out.push('', 'Relations:');
        for (const r of view.relations) out.push(`  ${r.assertion}${r.hedge ? `  (${r.hedge.text})` : ''}  [${r.status}]`);
      }
      if (view.events.length > 0) {
        out.push('', 'Events:');
        for (const e of view.events) out.push(`  ${describeEvent(e)}`);
      }
      context.out.write(`${out.join('\n')}\n`);
    });
}
