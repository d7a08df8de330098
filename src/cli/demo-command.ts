import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { DEFAULT_WORKSPACE_ID, type EntityType } from '../model/index.js';
import { buildDemo, type DemoSummary } from '../jobs/index.js';
import type { CommandContext } from './command-context.js';
import { refuseThroughServer } from './store-or-server.js';
import { describeEvent } from './describe-event.js';
import { describeIngestStatus } from './ingest-command.js';
import { formatReviewCard } from './review-command.js';

/** The project's own sample reports (samples/reports beside src/). */
export const SAMPLE_REPORTS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../samples/reports');

/** The workspace the demo builds when none was chosen. */
export const DEMO_WORKSPACE_ID = 'demo';

const TYPE_TITLES: Record<EntityType, string> = {
  group: 'Groups',
  person: 'People',
  media: 'Media',
  organization: 'Organizations',
  location: 'Places',
};

function render(summary: DemoSummary, where: string, workspaceFlag: string): string {
  const out: string[] = [];
  const newly = summary.ingest.filter((r) => r.ok && r.skipped === undefined).length;
  out.push(`Tessera demo: workspace "${summary.workspace.workspaceId}" in ${where}`, '');
  out.push(newly > 0 ? `Read ${newly} sample reports:` : 'The sample reports are already there (nothing new to read):');
  for (const result of summary.ingest) {
    const claims = result.skipped === undefined && result.ok ? `  ${result.claims} proposed claims` : '';
    out.push(`  ${basename(result.path).padEnd(32)} ${describeIngestStatus(result)}${claims}`);
  }
  const w = summary.workspace;
  out.push('', 'What it learned:');
  out.push(`  documents  ${w.documents}`);
  out.push(
    `  entities   ${w.entities} (${summary.entities.filter((g) => g.count > 0).map((g) => `${g.count} ${g.type}`).join(', ')})`,
  );
  out.push(`  events     ${w.events}`);
  out.push(`  relations  ${summary.relations.length}`);
  out.push(`  claims     ${w.claims.proposed} proposed, ${w.claims.accepted} accepted, ${w.claims.rejected} rejected`);
  for (const type of ['group', 'person', 'media', 'organization', 'location'] as const) {
    const group = summary.entities.find((g) => g.type === type);
    if (!group || group.count === 0) continue;
    out.push('', `${TYPE_TITLES[type]} (${group.count}):`);
    const shown = type === 'location' ? 8 : 10;
    for (const entity of group.entities.slice(0, shown)) {
      const aka = entity.aliases.length > 0 ? `  — also ${entity.aliases.slice(0, 5).join(', ')}` : '';
      out.push(`  ${entity.label}${aka}`);
    }
    if (group.count > shown) out.push(`  … and ${group.count - shown} more`);
  }
  if (summary.events.length > 0) {
    out.push('', `Events (${summary.events.length}):`);
    for (const event of summary.events.slice(0, 12)) out.push(`  ${describeEvent(event)}`);
    if (summary.events.length > 12) out.push(`  … and ${summary.events.length - 12} more: tessera${workspaceFlag} review --kind event`);
  }
  const between = summary.relations
    .filter((r) => r.predicate !== 'located_in')
    .filter((r, i, all) => all.findIndex((o) => o.assertion === r.assertion) === i);
  if (between.length > 0) {
    out.push('', `Relations (${between.length} between actors; places left out):`);
    for (const relation of between.slice(0, 12)) {
      out.push(`  ${relation.assertion}${relation.hedge ? `  (${relation.hedge.text})` : ''}`);
    }
    if (between.length > 12) out.push(`  … and ${between.length - 12} more: tessera${workspaceFlag} review --kind relation`);
  }
  if (summary.examples.length > 0) {
    out.push('', 'A few claims with their evidence and citation chain:', '');
    out.push(summary.examples.map(formatReviewCard).join('\n\n'));
  }
  out.push(
    '',
    'Next:',
    `  tessera${workspaceFlag} review                      proposed claims with evidence and citations`,
    `  tessera${workspaceFlag} review accept|reject ID...  decide on claims (or --document, --entity, --kind, --contains)`,
    `  tessera${workspaceFlag} entities show ISKP          an entity's names, relations and events`,
    `  tessera${workspaceFlag} review --entity ISKP        the claims about one entity`,
    `  tessera${workspaceFlag} documents                   the ingested documents`,
    `  tessera${workspaceFlag} ingest PATH...              read your own reports (.txt .md .html .pdf .docx)`,
  );
  return `${out.join('\n')}\n`;
}

/** `tessera demo` (`npm start`): builds a demo workspace from the sample reports and shows what it learned. */
export function registerDemoCommand(program: Command, context: CommandContext): void {
  program
    .command('demo')
    .description('build a demo workspace from the project\'s sample reports and print what Tessera learned')
    .option('--samples <dir>', 'folder of reports to use instead of the bundled samples', SAMPLE_REPORTS_DIR)
    .action(async (options: { samples: string }) => {
      await refuseThroughServer(
        context,
        true,
        'demo',
        `it fills a workspace of its own in the local store, directly; run it while no server holds the store, or ingest the samples through the server: tessera --server URL ingest ${options.samples}`,
      );
      const settings = context.config().store;
      const workspaceId = settings.workspaceId === DEFAULT_WORKSPACE_ID ? DEMO_WORKSPACE_ID : settings.workspaceId;
      context.err.write(`reading the sample reports in ${options.samples}…\n`);
      const summary = await context.withStore((store) =>
        buildDemo(store.inWorkspace(workspaceId), { samplesDir: options.samples, workspaceName: 'Tessera demo' }),
      );
      const where = settings.databaseUrl ? 'the PostgreSQL server' : `PGlite at ${settings.dataDir}`;
      const flag = workspaceId === DEFAULT_WORKSPACE_ID ? '' : ` --workspace ${workspaceId}`;
      context.out.write(render(summary, where, flag));
    });
}
