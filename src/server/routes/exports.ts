import { z } from 'zod';
import { exportWorkspaceAudited } from '../../jobs/index.js';
import { TesseraError, EXPORT_FORMATS, EXPORT_SUBJECTS, GraphFilterParamsSchema, graphFilterOfParams, parseInput, TlpMarkingSchema, WorkspaceExportInputSchema, type ExportFormat } from '../../model/index.js';
import { spoolToFile } from '../spooled-file.js';
import { PROBLEM_RESPONSES, storeOf, type ApiInstance } from './api-instance.js';

/** The media type each export format goes out as. */
const EXPORT_MEDIA_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  geojson: 'application/geo+json; charset=utf-8',
  gexf: 'application/gexf+xml; charset=utf-8',
  stix: 'application/stix+json;version=2.1',
};

const flag = z
  .enum(['true', 'false'])
  .optional()
  .transform((value) => value === 'true');

const ExportParamsSchema = z.strictObject({
  format: z.enum(EXPORT_FORMATS).describe('csv, geojson, gexf or stix (a STIX 2.1 bundle)'),
  what: z.enum(EXPORT_SUBJECTS).optional().describe("entities, events, relations or claims (the format's default when omitted)"),
  includeProposed: flag.describe('proposed claims too, not only accepted ones'),
  includeDatasetEvents: flag.describe('event-dataset rows too (their licences may forbid redistribution)'),
  clearance: TlpMarkingSchema.optional().describe("only what a reader cleared to this marking may read (never above the caller's own)"),
  // gexf: the network filter of `tessera graph` (includeProposed above serves both)
  ...GraphFilterParamsSchema.omit({ includeProposed: true }).shape,
});

/**
 * `GET /export`: the workspace in one of Tessera's export formats (the `tessera export` job), as
 * the caller may read it, written to a temporary file, audited, then sent with its length.
 */
export function registerExportRoutes(app: ApiInstance): void {
  app.get(
    '/export',
    {
      config: { access: 'reader' },
      schema: {
        summary: "The workspace as CSV, GeoJSON, GEXF or a STIX 2.1 bundle, at the caller's clearance (sent once written, with its length; audited as workspace.export)",
        tags: ['export'],
        querystring: ExportParamsSchema,
        response: { 200: z.any().describe('The export, in the media type of its format'), ...PROBLEM_RESPONSES },
      },
    },
    async (request, reply) => {
      const { format, what, includeProposed, includeDatasetEvents, clearance, ...network } = request.query;
      const query = { format, what, includeProposed, includeDatasetEvents, clearance };
      const graphFilter = graphFilterOfParams(network);
      if (format !== 'gexf' && Object.keys(graphFilter).length > 0) {
        throw new TesseraError('invalid_input', `export ${format}: the network filter is for gexf only`, { field: Object.keys(network)[0] ?? 'filter' });
      }
      // invalid combinations (e.g. GeoJSON relations) are refused before anything is sent
      const input = parseInput(WorkspaceExportInputSchema, {
        format: query.format,
        ...(query.what === undefined ? {} : { what: query.what }),
        includeProposed: query.includeProposed,
        includeDatasetEvents: query.includeDatasetEvents,
        ...(query.clearance === undefined ? {} : { clearance: query.clearance }),
        ...(format === 'gexf' ? { graphFilter: { ...graphFilter, includeProposed } } : {}),
      }, `export ${query.format}`);
      // written to a file first: the export (a STIX one holds a store transaction) never waits on the client
      const { stream, size } = await spoolToFile((sink) => exportWorkspaceAudited(storeOf(request), input, sink));
      return reply
        .type(EXPORT_MEDIA_TYPES[input.format])
        .header('content-disposition', `attachment; filename="${storeOf(request).workspaceId}.${input.format === 'stix' ? 'stix.json' : input.format}"`)
        .header('content-length', size)
        .send(stream);
    },
  );
}
