import { describe, it, expect } from 'vitest';
import { ClaimSchema, EventSchema, newId } from '../model/index.js';
import type { Extraction } from './extraction.js';
import { structureDocument } from './structure-document.js';
import { REFERENCE_ID_ATTRIBUTE, toClaims } from './to-claims.js';

const TEXT =
  'Jamaat Ansarullah was reportedly said to have pledged allegiance to Islamic State Khorasan (ISK) in 2017.1 ISK attacked Kerman.2\n\n' +
  'Notes\n[1] “A Merger,” Example Review, 2017.\n[2] “Kerman Blasts,” IRNA, January 4, 2024 (in Persian).';

function spanOf(text: string, value: string, sentence: number) {
  const start = text.indexOf(value);
  return { start, end: start + value.length, sentence };
}

function extraction(text: string): Extraction {
  return {
    extractor: { name: 'test-extractor', version: '9.9' },
    entities: [
      {
        key: 'ja',
        type: 'group',
        name: 'Jamaat Ansarullah',
        names: [{ value: 'Jamaat Ansarullah', kind: 'primary', script: 'latin', span: spanOf(text, 'Jamaat Ansarullah', 0) }],
        mentions: [spanOf(text, 'Jamaat Ansarullah', 0)],
        referenceId: null,
        attributes: [],
      },
      {
        key: 'ref:isk',
        type: 'group',
        name: 'Islamic State Khorasan',
        names: [
          { value: 'Islamic State Khorasan', kind: 'primary', script: 'latin', span: spanOf(text, 'Islamic State Khorasan', 0) },
          { value: 'ISK', kind: 'acronym', script: 'latin', span: spanOf(text, 'ISK)', 0) },
          { value: 'ISKP', kind: 'acronym', script: 'latin', span: null },
        ],
        mentions: [spanOf(text, 'Islamic State Khorasan', 0)],
        referenceId: 'ref:isk',
        attributes: [],
      },
    ],
    events: [
      {
        type: 'attack',
        date: null,
        location: { country: 'IR', admin1: null, admin2: null, place: 'Kerman', latitude: null, longitude: null, geoPrecision: 1 },
        actorKeys: ['ref:isk'],
        targetKeys: [],
        counts: { fatalities: null, wounded: null, arrested: null },
        summary: 'ISK attacked Kerman.',
        hedge: null,
        span: spanOf(text, 'ISK attacked Kerman.', 1),
      },
      {
        type: 'attack',
        date: { start: '2024-01-03', end: '2024-01-03', precision: 'day' },
        location: { country: 'IR', admin1: null, admin2: null, place: 'Kerman', latitude: null, longitude: null, geoPrecision: 1 },
        actorKeys: ['ref:isk'],
        targetKeys: [],
        counts: { fatalities: 94, wounded: null, arrested: null },
        summary: 'ISK attacked Kerman.',
        hedge: null,
        span: spanOf(text, 'ISK attacked Kerman.', 1),
      },
    ],
    relations: [
      {
        sourceKey: 'ja',
        type: 'pledged_allegiance_to',
        targetKey: 'ref:isk',
        start: { start: '2017-01-01', end: '2017-12-31', precision: 'year' },
        end: null,
        hedge: { text: 'reportedly', kind: 'attributive', band: null },
        span: spanOf(text, 'pledged allegiance', 0),
      },
    ],
    quantities: [],
  };
}

describe('toClaims', () => {
  const structure = structureDocument(TEXT);
  const documentId = newId();
  const run = (resolveEntity: (e: { key: string }) => string | null) =>
    toClaims({
      documentId,
      text: TEXT,
      quoteText: structure.maskedText,
      sentences: structure.sentences,
      extraction: extraction(structure.maskedText),
      resolveEntity,
      sourceReliability: 'B',
    });

  it('makes valid proposed claims with evidence, citation chain, hedge and valid time', () => {
    const knowledge = run(() => null);
    for (const claim of knowledge.claims) expect(ClaimSchema.safeParse(claim).success).toBe(true);
    for (const event of knowledge.events) expect(EventSchema.safeParse(event).success).toBe(true);
    expect(knowledge.claims.every((c) => c.status === 'proposed' && c.author.name === 'test-extractor' && c.sourceReliability === 'B')).toBe(true);
    const relation = knowledge.claims.find((c) => c.kind === 'relation')!;
    expect(relation.hedge?.text).toBe('reportedly');
    expect(relation.validFrom?.start).toBe('2017-01-01');
    expect(relation.evidence).toMatchObject({ documentId, citedNotes: [1] });
    expect(relation.evidence?.quote).toBe('Jamaat Ansarullah was reportedly said to have pledged allegiance to Islamic State Khorasan (ISK) in 2017.');
    expect(TEXT.slice(relation.evidence!.start, relation.evidence!.end)).toBe(relation.evidence!.quote);
  });

  it('keeps the names the text gives, and the reference link, but not pack-only names', () => {
    const knowledge = run(() => null);
    const isk = knowledge.entityIds.get('ref:isk')!;
    const names = knowledge.claims.filter((c) => c.kind === 'name' && c.entityId === isk).map((c) => (c.kind === 'name' ? c.name.value : ''));
    expect(names.sort()).toEqual(['ISK', 'Islamic State Khorasan']);
    const reference = knowledge.claims.find((c) => c.kind === 'attribute' && c.attribute === REFERENCE_ID_ATTRIBUTE);
    expect(reference).toMatchObject({ entityId: isk, value: 'ref:isk' });
  });

  it('keeps an undated event with its date unknown, and cites the sentence of each event', () => {
    const knowledge = run(() => null);
    expect(knowledge.undatedEvents).toBe(1);
    expect(knowledge.events).toHaveLength(2);
    const [undated, dated] = knowledge.events;
    expect(undated!.date).toEqual({ start: null, end: null, precision: 'unknown' });
    expect(EventSchema.safeParse(undated).success).toBe(true);
    expect(dated!.date.precision).toBe('day');
    expect(dated!.actors[0]).toMatchObject({ text: 'Islamic State Khorasan', entityId: knowledge.entityIds.get('ref:isk') });
    const claims = knowledge.claims.filter((c) => c.kind === 'event');
    // the undated event's claim has no valid time; the dated one's is its date
    expect(claims.map((c) => c.validFrom?.start ?? null)).toEqual([null, '2024-01-03']);
    expect(claims[1]!.evidence?.citedNotes).toEqual([2]);
  });

  it('attaches claims to known entities instead of creating them', () => {
    const known = newId();
    const knowledge = run((e) => (e.key === 'ref:isk' ? known : null));
    expect(knowledge.newEntities.map((e) => e.label)).toEqual(['Jamaat Ansarullah']);
    const relation = knowledge.claims.find((c) => c.kind === 'relation');
    expect(relation).toMatchObject({ targetEntityId: known });
  });
});
