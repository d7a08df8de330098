import { formatFuzzyDate } from '../../model/index.js';
import type { Extraction } from '../extraction.js';

/** The fixed output shape `tessera extract --format json` prints and `../shared/eval/score.mjs` reads. */
export interface MeasurementOutput {
  entities: { type: string; name: string; aliases: string[]; referenceId: string | null; mentions: number }[];
  events: {
    type: string;
    date: string | null;
    country: string | null;
    admin1: string | null;
    place: string | null;
    actors: string[];
    targets: string[];
    fatalities: number | null;
    wounded: number | null;
    arrested: number | null;
    hedge: string | null;
    summary: string;
  }[];
  relations: { source: string; type: string; target: string; start: string | null; end: string | null; hedge: string | null }[];
  quantities: { low: number; high: number; unit: string; isApproximate: boolean; qualifier: string | null; text: string; about: string | null }[];
}

/** Entity keys become entity names; dates become `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export function toMeasurementJson(extraction: Extraction): MeasurementOutput {
  const nameOf = new Map(extraction.entities.map((e) => [e.key, e.name]));
  const name = (key: string): string => nameOf.get(key) ?? key;
  return {
    entities: extraction.entities.map((e) => ({
      type: e.type,
      name: e.name,
      aliases: e.names.map((n) => n.value).filter((v) => v !== e.name),
      referenceId: e.referenceId,
      mentions: e.mentions.length,
    })),
    events: extraction.events.map((e) => ({
      type: e.type,
      date: e.date ? formatFuzzyDate(e.date) : null,
      country: e.location.country,
      admin1: e.location.admin1,
      place: e.location.place,
      actors: e.actorKeys.map(name),
      targets: e.targetKeys.map(name),
      fatalities: e.counts.fatalities,
      wounded: e.counts.wounded,
      arrested: e.counts.arrested,
      hedge: e.hedge?.text ?? null,
      summary: e.summary,
    })),
    relations: extraction.relations.map((r) => ({
      source: name(r.sourceKey),
      type: r.type,
      target: name(r.targetKey),
      start: r.start ? formatFuzzyDate(r.start) : null,
      end: r.end ? formatFuzzyDate(r.end) : null,
      hedge: r.hedge?.text ?? null,
    })),
    quantities: extraction.quantities.map((q) => ({ ...q.quantity, about: q.entityKey ? name(q.entityKey) : null })),
  };
}
