import { z } from 'zod';
import { GraphFilterSchema } from './graph.js';
import { TlpMarkingSchema } from './marking.js';

/** The formats `tessera export` writes. */
export const EXPORT_FORMATS = ['csv', 'geojson', 'gexf', 'stix'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What an export carries (`--what`). */
export const EXPORT_SUBJECTS = ['entities', 'events', 'relations', 'claims'] as const;
export type ExportSubject = (typeof EXPORT_SUBJECTS)[number];

/**
 * What each format can carry, its default first: CSV any of them (one table each); GeoJSON the
 * events that have coordinates; GEXF the network of relations (entities are its nodes); STIX
 * everything by default, or only entities, events or relations (claims ride inside each object).
 */
export const EXPORT_SUBJECTS_BY_FORMAT: Readonly<Record<ExportFormat, readonly ExportSubject[]>> = {
  csv: ['entities', 'events', 'relations', 'claims'],
  geojson: ['events'],
  gexf: ['relations'],
  stix: ['entities', 'events', 'relations'],
};

/** `tessera export FORMAT`: what to write, for whom. */
export const WorkspaceExportInputSchema = z
  .strictObject({
    format: z.enum(EXPORT_FORMATS),
    /** Omitted: the format's default (CSV entities, GeoJSON events, GEXF relations, STIX everything). */
    what: z.enum(EXPORT_SUBJECTS).optional(),
    /** Proposed claims too, not only accepted ones. */
    includeProposed: z.boolean().default(false),
    /** Event-dataset rows (ACLED, UCDP, GTD…) too: their licences may forbid redistribution. */
    includeDatasetEvents: z.boolean().default(false),
    /** Export what this registered user may read (their clearance and workspaces), not what the caller may. */
    asUser: z.string().min(1).optional(),
    /** Export only what a reader cleared to this marking may read (never more than the caller or `asUser` may). */
    clearance: TlpMarkingSchema.optional(),
    /** GEXF: the network filter (`tessera graph` flags); the export's includeProposed applies. */
    graphFilter: GraphFilterSchema.optional(),
  })
  .superRefine((input, context) => {
    const allowed = EXPORT_SUBJECTS_BY_FORMAT[input.format];
    if (input.what !== undefined && !allowed.includes(input.what)) {
      context.addIssue({
        code: 'custom',
        path: ['what'],
        message: `${input.format} exports ${allowed.join(' or ')}, not ${input.what}`,
      });
    }
  });
export type WorkspaceExportInput = z.input<typeof WorkspaceExportInputSchema>;

/** What an export wrote: rows, features, objects or edges, by kind; and what it left out, by reason. */
export const WorkspaceExportResultSchema = z.object({
  format: z.enum(EXPORT_FORMATS),
  what: z.enum(EXPORT_SUBJECTS).nullable(),
  /** Whose view was exported: the user's name and the clearance applied. */
  viewer: z.object({ name: z.string(), clearance: TlpMarkingSchema }),
  written: z.record(z.string(), z.number().int().nonnegative()),
  skipped: z.record(z.string(), z.number().int().nonnegative()),
});
export type WorkspaceExportResult = z.infer<typeof WorkspaceExportResultSchema>;
