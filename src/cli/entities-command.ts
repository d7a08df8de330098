import type { Command } from 'commander';
import { DuplicateCandidateListSchema, ENTITY_TYPES, IdSchema, MergeResultSchema, SplitResultSchema, TesseraError, type EntityType } from '../model/index.js';
import { findDuplicateEntities, mergeEntities, splitEntities } from '../jobs/index.js';
import type { CommandContext } from './command-context.js';
import { commandGroup } from './command-group.js';
import { refuseThroughServer, storeOrServer } from './store-or-server.js';
import { createProgress, createRowWriter, parseOutputFormat } from './tabular-output.js';

function entityId(value: string): string {
  const parsed = IdSchema.safeParse(value);
  if (!parsed.success) throw new TesseraError('invalid_input', `"${value}" is not an entity id (a UUID)`);
  return parsed.data;
}

function score(value: string, flag: string): number {
  const n = Number(value);
  if (!(n >= 0 && n <= 1)) throw new TesseraError('invalid_input', `${flag} ${value}: expected a number from 0 to 1`);
  return n;
}

/** `tessera entities duplicates|merge|split`: identity as reversible same-as claims. */
export function registerEntitiesCommand(program: Command, context: CommandContext): void {
  const entities = commandGroup(program, 'entities', 'entities: find duplicates, merge and split them');

  entities
    .command('duplicates')
    .description('propose pairs of entities that are possibly the same, with confidence and reasons')
    .option('--type <type>', `only entities of this type (${ENTITY_TYPES.join(', ')})`)
    .option('--min-score <score>', 'least confidence proposed (default: the matcher threshold)')
    .option('--propose', 'record each pair as a proposed same_as claim for review')
    .option('--format <format>', 'table, csv or json', 'table')
    .action(async (options: { type?: string; minScore?: string; propose?: boolean; format: string }) => {
      const format = parseOutputFormat(options.format);
      if (options.type !== undefined && !(ENTITY_TYPES as readonly string[]).includes(options.type)) {
        throw new TesseraError('invalid_input', `--type ${options.type}: expected one of ${ENTITY_TYPES.join(', ')}`);
      }
      const query = {
        ...(options.type ? { type: options.type as EntityType } : {}),
        ...(options.minScore ? { minScore: score(options.minScore, '--min-score') } : {}),
      };
      const pairs = await storeOrServer(context, async (server) => {
        const answer = options.propose === true
          ? await server.post('/entities/duplicates', query, DuplicateCandidateListSchema)
          : await server.get('/entities/duplicates', query, DuplicateCandidateListSchema);
        return answer.items;
      }, async (store) => {
        let bar: ReturnType<typeof createProgress> | null = null;
        const result = await findDuplicateEntities(
          store,
          { ...query, propose: options.propose === true },
          {
            onProgress: (done, total) => {
              bar ??= createProgress(context.err, 'names', total, total >= 2000);
              bar.update(done);
            },
          },
        );
        (bar as ReturnType<typeof createProgress> | null)?.stop();
        return result;
      });
      const writer = createRowWriter(context.out, format, [
        'entity_id',
        'name',
        'other_entity_id',
        'other_name',
        'type',
        'confidence',
        'reasons',
      ]);
      for (const p of pairs) {
        writer.write({
          entity_id: p.entityId,
          name: p.name,
          other_entity_id: p.otherEntityId,
          other_name: p.otherName,
          type: p.type,
          confidence: p.confidence,
          reasons: p.reasons.join('; '),
        });
      }
      writer.end();
    });

  entities
    .command('merge')
    .description('record that entities A and B are one (an accepted same_as claim; undo with split)')
    .argument('<a>', 'entity id')
    .argument('<b>', 'entity id')
    .option('--confidence <score>', 'how sure, 0–1', '1')
    .option('--analyst <name>', 'who decides', 'analyst')
    .action(async (a: string, b: string, options: { confidence: string; analyst: string }, command: Command) => {
      const input = { a: entityId(a), b: entityId(b), confidence: score(options.confidence, '--confidence') };
      await refuseThroughServer(context, command.getOptionValueSource('analyst') === 'cli', '--analyst', "the server records the API token's user as the analyst; leave it out");
      const result = await storeOrServer(
        context,
        (server) => server.post('/entities/merge', input, MergeResultSchema),
        (store) => mergeEntities(store, { ...input, analyst: options.analyst }),
      );
      context.out.write(`${result.action === 'unchanged' ? 'already merged' : `merged (${result.action})`}: same_as claim ${result.claimId}\n`);
    });

  entities
    .command('split')
    .description('withdraw the merge of A and B; both are restored as they were')
    .argument('<a>', 'entity id')
    .argument('<b>', 'entity id')
    .action(async (a: string, b: string) => {
      const input = { a: entityId(a), b: entityId(b) };
      const result = await storeOrServer(
        context,
        (server) => server.post('/entities/split', input, SplitResultSchema),
        (store) => splitEntities(store, input),
      );
      context.out.write(`split: withdrew same_as claim${result.withdrawn.length > 1 ? 's' : ''} ${result.withdrawn.join(', ')}\n`);
    });
}
