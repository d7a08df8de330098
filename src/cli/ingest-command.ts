import { basename, relative } from 'node:path';
import type { Command } from 'commander';
import { Option } from 'commander';
import {
  IngestReportsResultSchema,
  SOURCE_RELIABILITIES,
  TLP_MARKINGS,
  TesseraError,
  formatByteSize,
  parseByteSize,
  type SourceReliability,
  type TlpMarking,
} from '../model/index.js';
import { describeVariable } from '../config-variables.js';
import { expandIngestPaths, ingestFiles, type IngestFileResult, type IngestProgress, type ServerClient } from '../jobs/index.js';
import type { CommandContext } from './command-context.js';
import { describeFilesWritten } from './interruption.js';
import { createProgressReporter, type ProgressReporter } from './progress-reporter.js';
import { createRowWriter, parseOutputFormat } from './tabular-output.js';

/** How a file's result reads in the summary. */
export function describeIngestStatus(result: IngestFileResult): string {
  if (!result.ok) return `failed (${result.error?.code ?? 'error'})`;
  if (result.skipped === 'duplicate') return 'already ingested';
  const version = result.newVersionOf;
  if (version === undefined) return 'ingested';
  return `new version (${version.superseded} superseded, ${version.carried} decided kept)`;
}

/** What the progress line says of the file being ingested: its name, and how far into it a long one is. */
export function describeFileProgress(progress: Pick<IngestProgress, 'path' | 'within'>): string {
  const name = basename(progress.path);
  const within = progress.within;
  if (within === undefined) return name;
  if (within.unit === 'pages') return `${name} page ${within.done} of ${within.total}`;
  return `${name} ${formatByteSize(within.done)} of ${formatByteSize(within.total)}`;
}

export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === '' || rel.startsWith('..') ? path : rel;
}

/**
 * `ingest` through a running `tessera serve`: the folders expanded here, the files uploaded and
 * ingested there (its store, its one writer), each result given back under the path as typed.
 */
async function ingestThroughServer(
  server: ServerClient,
  paths: string[],
  options: { reliability: SourceReliability; marking?: TlpMarking; maxBytes?: number },
  context: CommandContext,
): Promise<IngestFileResult[]> {
  // a file over the limit is refused here, before its upload
  const { files, errors } = await expandIngestPaths(paths, options.maxBytes);
  if (files.length === 0) return errors;
  const bar = createProgressReporter(context.err, { label: `ingest via ${server.url}`, unit: 'files', total: files.length });
  try {
    // the paths a local ingest records go along, so the server finds earlier versions of these reports
    const fields = { sourceReliability: options.reliability, marking: options.marking, paths: JSON.stringify(files) };
    const result = await server.importFiles('reports', files, fields, (job) =>
      bar.update(job.progress.done, job.progress.message ?? job.state),
    );
    const parsed = IngestReportsResultSchema.parse(result);
    return [...errors, ...parsed.files.map((file, index) => ({ ...file, path: files[index] ?? file.path }))];
  } finally {
    bar.stop();
  }
}

/**
 * `tessera ingest PATH...`: reads reports (.txt, .md, .html, .pdf, .docx; folders recursively)
 * into the store with their sentences, endnotes and proposed claims. Prints a summary table and
 * one `error: file: reason` line per failed file; exits 1 when any file failed.
 */
export function registerIngestCommand(program: Command, context: CommandContext): void {
  program
    .command('ingest')
    .description('read reports (.txt .md .html .pdf .docx, folders recursively) into the store as proposed claims')
    .argument('<paths...>', 'files or folders')
    .option('--format <format>', 'summary as table, json or csv', 'table')
    .addOption(new Option('--reliability <letter>', 'Admiralty source reliability of these reports (A–F)').choices([...SOURCE_RELIABILITIES]).default('F'))
    .addOption(new Option('--marking <tlp>', "TLP marking of these reports (their claims and events inherit it; default: the workspace's default marking)").choices([...TLP_MARKINGS]))
    .option('--encoding <name>', 'read text files in this encoding (e.g. windows-1256) instead of UTF-8/UTF-16 with detection')
    .addOption(new Option('--max-size <size>', describeVariable('TESSERA_MAX_SIZE')).env('TESSERA_MAX_SIZE'))
    .action(async (paths: string[], options: { format: string; reliability: SourceReliability; marking?: TlpMarking; encoding?: string; maxSize?: string }) => {
      const format = parseOutputFormat(options.format);
      const maxBytes = options.maxSize === undefined ? undefined : parseByteSize(options.maxSize, '--max-size');
      let bar: ProgressReporter | null = null;
      // each file is written in a transaction of its own: Ctrl-C says which are in
      const written: string[] = [];
      let current: string | null = null;
      let total = 0;
      context.interruption?.describeWith(() => describeFilesWritten(written, current, total));
      const server = await context.server();
      if (server !== null && options.encoding !== undefined) throw new TesseraError('invalid_input', '--encoding does not run through --server yet: run without it, or without --server');
      const results = server !== null
        ? await ingestThroughServer(server, paths, { ...options, ...(maxBytes === undefined ? {} : { maxBytes }) }, context)
        : await context
        .withStore((store) =>
          ingestFiles(store, paths, {
            sourceReliability: options.reliability,
            ...(options.marking === undefined ? {} : { marking: options.marking }),
            ...(options.encoding === undefined ? {} : { encoding: options.encoding }),
            ...(maxBytes === undefined ? {} : { maxBytes }),
            onProgress: (p) => {
              total = p.total;
              if (p.result === undefined) current = p.path;
              else {
                current = null;
                if (p.result.ok && p.result.skipped === undefined) written.push(p.path);
              }
              bar ??= createProgressReporter(context.err, { label: 'ingest', unit: 'files', total: p.total });
              bar.update(p.done, describeFileProgress(p));
            },
          }),
        )
        .finally(() => bar?.stop());
      const writer = createRowWriter(context.out, format, ['file', 'status', 'claims', 'entities', 'events', 'document']);
      for (const result of results) {
        writer.write({
          file: displayPath(result.path),
          status: describeIngestStatus(result),
          claims: result.claims ?? null,
          entities: result.entities ?? null,
          events: result.events ?? null,
          document: result.documentId ?? null,
        });
      }
      writer.end();
      for (const result of results) {
        for (const warning of result.warnings ?? []) context.err.write(`warning: ${warning}\n`);
      }
      const failed = results.filter((r) => !r.ok);
      for (const result of failed) context.err.write(`error: ${result.error?.message ?? displayPath(result.path)}\n`);
      if (format === 'table') {
        const ingested = results.filter((r) => r.ok && r.skipped === undefined);
        const skipped = results.filter((r) => r.skipped === 'duplicate').length;
        const claims = ingested.reduce((n, r) => n + (r.claims ?? 0), 0);
        context.out.write(
          `\n${ingested.length} ingested (${claims} proposed claims), ${skipped} already there, ${failed.length} failed` +
            (claims > 0 ? '. Review them with: tessera review\n' : '\n'),
        );
      }
      if (results.length === 0) throw new TesseraError('invalid_input', `ingest: no readable files in ${paths.join(', ')}`);
      if (failed.length > 0) {
        // the per-file lines above say what went wrong; main.ts prints this and exits 1
        const codes = new Set(failed.map((r) => r.error?.code));
        const only = codes.size === 1 ? [...codes][0] : undefined;
        const code = only !== undefined && only !== 'internal_error' ? only : 'invalid_input';
        throw new TesseraError(code, `ingest: ${failed.length} of ${results.length} files failed`);
      }
    });
}
