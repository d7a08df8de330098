import type { Command } from 'commander';
import { Option } from 'commander';
import { CLAIM_KINDS, REVIEW_STATUSES, ReviewDecisionResultSchema, ReviewItemPageSchema, TesseraError, type ClaimKind, type ReviewItem, type ReviewSelection, type ReviewStatus, type ReviewDecisionResult } from '../model/index.js';
import { countReviewItems, decideClaims, listReviewItems } from '../jobs/index.js';
import type { CommandContext } from './command-context.js';
import { describePage } from './page-footer.js';
import { storeOrServer } from './store-or-server.js';
import { formatCitation } from './format-citation.js';
import { displayPath } from './ingest-command.js';
import { createRowWriter, parseOutputFormat } from './tabular-output.js';

interface FilterFlags {
  document?: string;
  entity?: string;
  kind?: ClaimKind;
  status?: ReviewStatus;
  contains?: string;
}

function addFilterOptions(command: Command, withStatus: boolean): Command {
  command
    .option('--document <id|path>', 'claims read from this document (id, path or file name)')
    .option('--entity <name|id>', 'claims about this entity (as subject or target)')
    .addOption(new Option('--kind <kind>', 'claims of this kind').choices([...CLAIM_KINDS]))
    .option('--contains <text>', 'claims whose evidence quote contains this text');
  if (withStatus) command.addOption(new Option('--status <status>', 'claims with this review status').choices([...REVIEW_STATUSES]).default('proposed'));
  return command;
}

function selectionOf(flags: FilterFlags): ReviewSelection {
  return {
    ...(flags.document !== undefined ? { document: flags.document } : {}),
    ...(flags.entity !== undefined ? { entity: flags.entity } : {}),
    ...(flags.kind !== undefined ? { kind: flags.kind } : {}),
    ...(flags.status !== undefined ? { status: flags.status } : {}),
    ...(flags.contains !== undefined ? { contains: flags.contains } : {}),
  };
}

function parseOffset(value: string): number {
  const offset = Number(value);
  if (!Number.isInteger(offset) || offset < 0) throw new TesseraError('invalid_input', `--offset ${value}: expected a whole number ≥ 0`);
  return offset;
}

function parseLimit(value: string): number {
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 1) throw new TesseraError('invalid_input', `--limit ${value}: expected a positive whole number`);
  return limit;
}

/** One claim as a card: what it asserts, the hedge, the quote, where from, and what it cites. */
export function formatReviewCard(item: ReviewItem): string {
  const lines = [`${item.id}  ${item.kind}  ${item.status}`, `  asserts   ${item.assertion}`];
  if (item.hedge) lines.push(`  hedge     ${item.hedge.text} (${item.hedge.band ?? item.hedge.kind})`);
  if (item.validFrom || item.validTo) {
    lines.push(`  valid     ${item.validFrom === item.validTo ? item.validFrom : `${item.validFrom ?? '…'} to ${item.validTo ?? '…'}`}`);
  }
  if (item.quote) lines.push(`  evidence  “${item.quote}”`);
  if (item.document) {
    const where = item.span ? ` chars ${item.span.start}–${item.span.end}` : '';
    lines.push(`  source    ${item.document.title ? `${item.document.title} — ` : ''}${displayPath(item.document.path)}${where}`);
  }
  if (item.citations.length > 0) {
    lines.push('  cites');
    for (const work of item.citations) lines.push(`    ${formatCitation(work)}`);
  } else if (item.citedNotes.length > 0) {
    lines.push(`  cites     notes ${item.citedNotes.join(', ')} (not found in the endnotes)`);
  }
  return lines.join('\n');
}

const COLUMNS = ['id', 'kind', 'status', 'assertion', 'hedge', 'valid', 'quote', 'document', 'notes', 'citations'];

/**
 * `tessera review`: lists claims (proposed by default) with their evidence and citation chain;
 * `tessera review accept|reject [IDS...]` changes their status by id, by document or by filter.
 */
export function registerReviewCommand(program: Command, context: CommandContext): void {
  const review = addFilterOptions(
    program.command('review').description('list proposed claims with evidence and citations; accept or reject them'),
    true,
  )
    .option('--format <format>', 'text (one card per claim), table, json or csv', 'text')
    .option('--limit <n>', 'show at most this many claims', '50')
    .option('--offset <n>', 'skip this many claims first', '0')
    .action(async (flags: FilterFlags & { format: string; limit: string; offset: string }) => {
      const format = flags.format === 'text' ? 'text' : parseOutputFormat(flags.format);
      const limit = parseLimit(flags.limit);
      const offset = parseOffset(flags.offset);
      const selection = selectionOf(flags);
      const { items, total } = await storeOrServer(
        context,
        (server) => server.get('/claims', { ...selection, limit, offset }, ReviewItemPageSchema),
        async (store) => ({ items: await listReviewItems(store, { ...selection, limit, offset }), total: await countReviewItems(store, selection) }),
        ReviewItemPageSchema,
      );
      const footer = describePage({ limit, offset, total }, items.length, 'claims');
      if (format === 'json') {
        context.out.write(`${JSON.stringify(items, null, 2)}\n`);
        context.err.write(`${footer}\n`);
        return;
      }
      if (format === 'text') {
        if (items.length === 0) {
          context.out.write(`no ${flags.status ?? 'proposed'} claims match${total > 0 ? ` here (${footer})` : ''}\n`);
          return;
        }
        context.out.write(`${items.map(formatReviewCard).join('\n\n')}\n`);
        context.out.write(
          `\n${footer}. ` +
            'Accept or reject with: tessera review accept|reject ID... (or --document, --entity, --kind, --contains)\n',
        );
        return;
      }
      const writer = createRowWriter(context.out, format, COLUMNS);
      for (const item of items) {
        writer.write({
          id: item.id,
          kind: item.kind,
          status: item.status,
          assertion: item.assertion,
          hedge: item.hedge?.text ?? null,
          valid: item.validFrom === item.validTo ? item.validFrom : `${item.validFrom ?? ''}/${item.validTo ?? ''}`,
          quote: item.quote,
          document: item.document ? displayPath(item.document.path) : null,
          notes: item.citedNotes.join(' '),
          citations: item.citations.map(formatCitation).join(' | '),
        });
      }
      writer.end();
      context.err.write(`${footer}\n`);
    });

  for (const [name, status] of [
    ['accept', 'accepted'],
    ['reject', 'rejected'],
  ] as const) {
    addFilterOptions(
      review
        .command(name)
        .description(`${name} claims by id, by document or by filter (proposed claims only, for filters)`)
        .argument('[ids...]', 'claim ids'),
      false,
    ).action(async (ids: string[], own: FilterFlags, command: Command) => {
      // flags given after the subcommand may be parsed by `review` itself: take both, but not its status default
      const { document, entity, kind, contains } = { ...(command.parent?.opts<FilterFlags>() ?? {}), ...own };
      const flags: FilterFlags = {
        ...(document !== undefined ? { document } : {}),
        ...(entity !== undefined ? { entity } : {}),
        ...(kind !== undefined ? { kind } : {}),
        ...(contains !== undefined ? { contains } : {}),
      };
      const input = { ...selectionOf(flags), ...(ids.length > 0 ? { ids } : {}), decision: status };
      const server = await context.server();
      const result = server !== null
        ? await server.post('/claims/review', input, ReviewDecisionResultSchema)
        : await context.withStore((store) => decideClaims(store, input));
      context.out.write(`${describeDecision(result)}\n`);
    });
  }
}

/** "0 claims accepted: 1 already accepted, 2 not found" — a decision that changed less than named says why. */
export function describeDecision(result: ReviewDecisionResult): string {
  const { changed, decision, unchanged, notFound } = result;
  const reasons = Object.entries(unchanged).map(([status, n]) => `${n} ${status === decision ? 'already' : 'are'} ${status}`);
  if (notFound > 0) reasons.push(`${notFound} not found`);
  const head = `${changed} claim${changed === 1 ? '' : 's'} ${decision}`;
  return reasons.length === 0 ? (changed === 0 ? `${head}: no claim matches` : head) : `${head}; unchanged: ${reasons.join(', ')}`;
}
