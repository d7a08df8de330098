import { describe, expect, it } from 'vitest';
import { splitSentences } from '../split-sentences.js';
import { createExtractionReference } from '../reference/extraction-reference.js';
import type { Extraction } from '../extraction.js';
import { ENTITY_CLASSES, reviseEntities, verdictOf, type EntityCandidate, type EntityJudge } from './entity-classifier.js';
import { extractKnowledge } from './extract-knowledge.js';
import { toMeasurementJson } from './to-measurement-json.js';

/** One gazetteer and matcher for the file's extractions, as a run of `ingest` shares them. */
const reference = createExtractionReference();

/** The extraction of a text we wrote (genre-like sentences, no real report): the shipped judge's, another's, or the rules' alone (null). */
function extract(text: string, entityJudge?: EntityJudge | null) {
  const sentences = splitSentences(text, text.length);
  return toMeasurementJson(extractKnowledge({ text, bodyEnd: text.length, sentences }, { reference, ...(entityJudge === undefined ? {} : { entityJudge }) }));
}

/** The candidates the extractor hands its judge. */
function candidatesOf(text: string): readonly EntityCandidate[] {
  let candidates: readonly EntityCandidate[] = [];
  extract(text, (c) => {
    candidates = c;
    return c.map((x) => x.type);
  });
  return candidates;
}

const typedNames = (out: ReturnType<typeof extract>): string[] => out.entities.map((e) => `${e.type}:${e.name}`);

describe('entity candidates', () => {
  it("lists the rules' entities and, once each, the capitalised names they leave out, with every place such a name stands", () => {
    const candidates = candidatesOf('Gunmen fled towards Kessamo after the raid. Troops reached Kessamo on Friday, the Tajik government said.');
    const left = candidates.filter((c) => c.key === null && c.name === 'Kessamo');
    expect(left).toHaveLength(1);
    expect(left[0]?.spans).toHaveLength(2);
    expect(left[0]?.features).toEqual(expect.arrayContaining(['rule:none', 'p1:towards', 'n1:on']));
    const ruled = candidates.find((c) => c.key !== null && c.type === 'organization');
    expect(ruled?.features).toEqual(expect.arrayContaining(['rule:organization']));
  });

  it('leaves out of a name the first word of a sentence that the text also writes in lower case', () => {
    const candidates = candidatesOf('Whether Kessamo falls is unclear. Officers asked whether the road stays open.');
    const names = candidates.filter((c) => c.key === null).map((c) => c.name);
    expect(names).toContain('Kessamo');
    expect(names).not.toContain('Whether Kessamo');
  });

  it('marks an entity a relation or an event names as a party, which the policy never drops', () => {
    const candidates = candidatesOf('Abu Zarif al-Kessami is the leader of the Tarvi Liberation Front, officials in Kessamo said.');
    const group = candidates.find((c) => c.name === 'Tarvi Liberation Front');
    expect(group?.isParty).toBe(true);
    const certainNone = ENTITY_CLASSES.map((c) => (c === 'none' ? 1 : 0));
    expect(verdictOf(group as EntityCandidate, certainNone, { retype: null, drop: 0.5, add: null })).toBe('group');
    expect(verdictOf({ ...(group as EntityCandidate), isParty: false }, certainNone, { retype: null, drop: 0.5, add: null })).toBeNull();
  });
});

describe('a wire story\u2019s dateline', () => {
  it('reads the outlet in its brackets as media, and the shipped judge keeps it', () => {
    const text = 'TARVOSK, Kelmaria, March 4 (Northgate Desk) - Two guards were killed when gunmen stormed a checkpoint near Tarvosk.';
    expect(typedNames(extract(text, null))).toContain('media:Northgate Desk');
    expect(typedNames(extract(text))).toContain('media:Northgate Desk');
    expect(candidatesOf(text).find((c) => c.name === 'Northgate Desk')?.isKnown).toBe(true);
  });
});

describe('the policy', () => {
  const p = (type: string, value: number): number[] => ENTITY_CLASSES.map((c) => (c === type ? value : (1 - value) / (ENTITY_CLASSES.length - 1)));
  const ruled = { key: 'org:x', type: 'organization' as const, isParty: false, isKnown: false };
  const left = { key: null, type: null, isParty: false, isKnown: false };

  it("retypes a rules' entity only at or above the retype threshold", () => {
    expect(verdictOf(ruled, p('group', 0.85), { retype: 0.8, drop: null, add: null })).toBe('group');
    expect(verdictOf(ruled, p('group', 0.75), { retype: 0.8, drop: null, add: null })).toBe('organization');
    expect(verdictOf(ruled, p('group', 0.99), { retype: null, drop: null, add: null })).toBe('organization');
  });

  it('adds a left-out name only at or above the add threshold, with the likeliest type', () => {
    expect(verdictOf(left, p('location', 0.7), { retype: null, drop: null, add: 0.6 })).toBe('location');
    expect(verdictOf(left, p('location', 0.5), { retype: null, drop: null, add: 0.6 })).toBeNull();
    expect(verdictOf(left, p('none', 0.9), { retype: null, drop: null, add: 0.05 })).toBeNull();
  });

  it('neither drops nor retypes an entity the knowledge pack identified', () => {
    const known = { ...ruled, isKnown: true };
    expect(verdictOf(known, p('none', 0.99), { retype: 0.5, drop: 0.5, add: null })).toBe('organization');
    expect(verdictOf(known, p('group', 0.99), { retype: 0.5, drop: 0.5, add: null })).toBe('organization');
    expect(verdictOf(ruled, p('none', 0.99), { retype: 0.5, drop: 0.5, add: null })).toBeNull();
  });
});

describe('reviseEntities', () => {
  it('drops, retypes and adds entities, and drops what named a dropped one', () => {
    const span = { start: 0, end: 3, sentence: 0 };
    const entity = (key: string, type: 'group' | 'organization' | 'person') => ({ key, type, name: key, names: [], mentions: [span], referenceId: null, attributes: [] });
    const read: Pick<Extraction, 'entities' | 'events' | 'relations' | 'quantities'> = {
      entities: [entity('a', 'organization'), entity('b', 'organization'), entity('c', 'person')],
      events: [],
      relations: [{ sourceKey: 'c', type: 'member_of', targetKey: 'b', start: null, end: null, hedge: null, span }],
      quantities: [],
    };
    const candidates: EntityCandidate[] = [
      { key: 'a', type: 'organization', isParty: false, isKnown: false, name: 'a', names: ['a'], spans: [], features: [] },
      { key: 'b', type: 'organization', isParty: true, isKnown: false, name: 'b', names: ['b'], spans: [], features: [] },
      { key: null, type: null, isParty: false, isKnown: false, name: 'Kessamo', names: ['Kessamo'], spans: [{ start: 10, end: 17 }], features: [] },
    ];
    const revised = reviseEntities(read, [{ index: 0, start: 0, end: 40, citedNotes: [] }], candidates, ['group', null, 'location']);
    expect(revised.entities.map((e) => `${e.key}:${e.type}`)).toEqual(['a:group', 'c:person', 'location:kessamo:location']);
    expect(revised.relations).toHaveLength(0);
  });
});

describe('the shipped model (entity-classifier-weights.json)', () => {
  it('adds a town no gazetteer has where the text sets it as a place the rules left out', () => {
    const text = 'Zorbek Talmani, a commander of the Ruvani Patriotic Front, was arrested in Kessamo.';
    expect(typedNames(extract(text, null))).not.toContain('location:Kessamo');
    expect(typedNames(extract(text))).toContain('location:Kessamo');
  });

  it("drops a country's generic body that nothing else names, and keeps the rules' names", () => {
    const text = 'Gunmen torched homes near the border on 3 March 2024. Nigerian officials said little. The Ruvani Patriotic Front claimed the raid.';
    expect(typedNames(extract(text, null))).toContain('organization:Nigerian officials');
    const names = typedNames(extract(text));
    expect(names).not.toContain('organization:Nigerian officials');
    expect(names).toContain('group:Ruvani Patriotic Front');
  });

  it('adds no common word that opens a sentence, and no fragment of a longer name the rules hold part of', () => {
    const names = typedNames(extract('Police detained two men. Prosecutors said they had sent money. Analysts at the Centre for Sahel Studies disagreed.'));
    expect(names.filter((n) => /Police|Prosecutors|Analysts|Centre|Studies/.test(n))).toEqual([]);
  });

  it('judges the same text the same way each time', () => {
    const text = 'Gunmen fled towards Kessamo after the raid on Dorvalli. Troops reached Kessamo on Friday, the Tajik government said.';
    expect(extract(text)).toEqual(extract(text));
  });
});
