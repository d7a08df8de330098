import type { Command } from 'commander';
import { Option } from 'commander';
import { ENTITY_TYPES, type EntityType } from '../model/index.js';
import { describeDemoEvent, showEntity } from '../jobs/index.js';
import { listEntities } from '../store/index.js';
import type { CommandContext } from './command-context.js';
import { commandGroup } from './command-group.js';
import { createRowWriter, parseOutputFormat } from './tabular-output.js';

/** `tessera entities list|show`: the entities of the workspace, and what is said about one. */
export function registerEntitiesViewCommand(program: Command, context: CommandContext): void {
  const entities = commandGroup(program, 'entities', 'entities: list and show them, find duplicates, merge and split them');

  entities
    .command('list')
    .description('list entities')
    .addOption(new Option('--type <type>', 'only entities of this type').choices([...ENTITY_TYPES]))
    .option('--contains <text>', 'only entities whose name contains this text')
    .option('--format <format>', 'table, json or csv', 'table')
    .action(async (options: { type?: EntityType; contains?: string; format: string }) => {
      const format = parseOutputFormat(options.format);
      const list = await context.withStore((store) =>
        listEntities(store, {
          ...(options.type ? { type: options.type } : {}),
          ...(options.contains ? { labelContains: options.contains } : {}),
        }),
      );
      const writer = createRowWriter(context.out, format, ['id', 'type', 'label']);
      for (const entity of list) writer.write({ id: entity.id, type: entity.type, label: entity.label });
      writer.end();
    });

  entities
    .command('show')
    .description('show an entity: its names and aliases, attributes, relations and events, with review status')
    .argument('<name-or-id>', 'entity id, or a name it is known by')
    .option('--format <format>', 'text or json', 'text')
    .action(async (ref: string, options: { format: string }) => {
      const view = await context.withStore((store) => showEntity(store, ref));
      if (options.format === 'json') {
        context.out.write(`${JSON.stringify(view, null, 2)}\n`);
        return;
      }
      const out = [`${view.entity.label} (${view.entity.type})  ${view.entity.id}`, '', 'Names:'];
      for (const name of view.names) out.push(`  ${name.value}  ${name.kind}, ${name.script}, ${name.claims} claim(s), ${name.statuses.join('/')}`);
      if (view.attributes.length > 0) {
        out.push('', 'Attributes:');
        for (const a of view.attributes) out.push(`  ${a.attribute} = ${a.value}  ${a.claims} claim(s), ${a.statuses.join('/')}`);
      }
      if (view.relations.length > 0) {
        out.push('', 'Relations:');
        for (const r of view.relations) out.push(`  ${r.assertion}${r.hedge ? `  (${r.hedge.text})` : ''}  [${r.status}]`);
      }
      if (view.events.length > 0) {
        out.push('', 'Events:');
        for (const e of view.events) out.push(`  ${describeDemoEvent(e)}`);
      }
      context.out.write(`${out.join('\n')}\n`);
    });
}
