import { describe, expect, it } from 'vitest';
import { splitSentences } from '../split-sentences.js';
import { createExtractionReference } from '../reference/extraction-reference.js';
import { extractKnowledge } from './extract-knowledge.js';
import { learnedRelationJudge, RELATION_CLASSES, relationModel, relationVerdictOf, type RelationCandidate, type RelationJudge } from './relation-classifier.js';
import { toMeasurementJson } from './to-measurement-json.js';

/** One gazetteer and matcher for the file's extractions, as a run of `ingest` shares them. */
const reference = createExtractionReference();

/** The extraction of a text we wrote (genre-like sentences, no real report): the shipped judge's, another's, or the rules' alone (null). */
function extract(text: string, relationJudge?: RelationJudge | null) {
  const sentences = splitSentences(text, text.length);
  return toMeasurementJson(extractKnowledge({ text, bodyEnd: text.length, sentences }, { reference, ...(relationJudge === undefined ? {} : { relationJudge }) }));
}

/** The candidates the extractor hands its judge, named by their ends. */
function candidatesOf(text: string): (RelationCandidate & { source: string; target: string })[] {
  let candidates: readonly RelationCandidate[] = [];
  const out = extract(text, (c) => {
    candidates = c;
    return c.map((x) => x.ruleTypes[0] ?? null);
  });
  // (entity keys end in the lookup key of the name: find each end's entity by it)
  const nameOf = (key: string): string => out.entities.find((e) => key.endsWith(e.name.toLowerCase().replace(/[^a-z ]/g, '').trim().replace(/ +/g, ' ')))?.name ?? key;
  return candidates.map((c) => ({ ...c, source: nameOf(c.sourceKey), target: nameOf(c.targetKey) }));
}

const relationsOf = (out: ReturnType<typeof extract>): string[] => out.relations.map((r) => `${r.source} ${r.type} ${r.target}`);

/** A judge that gives every candidate whose ends are these names this type (the rules' verdicts elsewhere). */
const judgeGiving = (type: RelationCandidate['ruleTypes'][number] | null, only?: (c: RelationCandidate) => boolean): RelationJudge =>
  (candidates) => candidates.map((c) => (only === undefined || only(c) ? type : (c.ruleTypes[0] ?? null)));

describe('relation candidates', () => {
  it('pairs the persons and groups a sentence names together, both ways, with the words between them read from the source', () => {
    const text = 'Abu Zarif al-Kessami, a veteran commander, now speaks for the Tarvi Liberation Front.';
    const candidates = candidatesOf(text);
    const forward = candidates.find((c) => c.features.includes('types:person>group'));
    const backward = candidates.find((c) => c.features.includes('types:group>person'));
    expect(forward?.places).toHaveLength(1);
    expect(backward?.places).toHaveLength(1);
    expect(forward?.places[0]).toEqual(expect.arrayContaining(['side:s', 's|b:veteran', 's|cue:belongs', 's|comma']));
    expect(backward?.places[0]).toEqual(expect.arrayContaining(['side:t', 't|b:veteran', 't|cue:belongs']));
  });

  it('carries the rules’ relation between the pair as a feature and as the type the policy keeps', () => {
    const candidates = candidatesOf('Abu Zarif al-Kessami is the leader of the Tarvi Liberation Front, officials said.');
    const led = candidates.find((c) => c.ruleTypes.includes('leader_of'));
    expect(led?.features).toEqual(expect.arrayContaining(['rule:leader_of']));
    expect(candidates.find((c) => c.sourceKey === led?.targetKey && c.targetKey === led?.sourceKey)?.features).toEqual(expect.arrayContaining(['rule-reverse:leader_of']));
    const none = RELATION_CLASSES.map((c) => (c === 'none' ? 1 : 0));
    expect(relationVerdictOf(led as RelationCandidate, none, { add: null, drop: null })).toBe('leader_of');
    expect(relationVerdictOf(led as RelationCandidate, none, { add: null, drop: 0.9 })).toBeNull();
  });

  it('pairs no names that stand far apart in a long sentence, nor names in different sentences', () => {
    const text = 'The Tarvi Liberation Front attacked a checkpoint on the road to the northern market town late on Sunday evening after a long day of heavy rain and fog across the hills, said Abu Zarif al-Kessami. The Kessamo Brigades denied it.';
    expect(candidatesOf(text)).toHaveLength(0);
  });
});

describe('the policy', () => {
  const sure = (type: string, value: number): number[] => RELATION_CLASSES.map((c) => (c === type ? value : (1 - value) / (RELATION_CLASSES.length - 1)));
  it('adds the likeliest type to a pair the rules left without one only at the add threshold', () => {
    expect(relationVerdictOf({ ruleTypes: [] }, sure('allied_with', 0.8), { add: 0.7, drop: null })).toBe('allied_with');
    expect(relationVerdictOf({ ruleTypes: [] }, sure('allied_with', 0.6), { add: 0.7, drop: null })).toBeNull();
    expect(relationVerdictOf({ ruleTypes: [] }, sure('allied_with', 0.99), { add: null, drop: null })).toBeNull();
  });
});

describe('the extractor with a relation judge', () => {
  const text = 'The Kessamo Brigades fought alongside the Tarvi Liberation Front in the hills, officials said.';
  it('gives the rules’ relations alone when the judge is null, and adds what a judge gives', () => {
    const rules = relationsOf(extract(text, null));
    const added = relationsOf(extract(text, judgeGiving('rival_of')));
    expect(added.filter((r) => !rules.includes(r)).some((r) => r.includes('rival_of'))).toBe(true);
  });

  it('adds a symmetric relation once for a pair, though both directions are given it', () => {
    const out = relationsOf(extract(text, judgeGiving('rival_of')));
    expect(out.filter((r) => r.includes('rival_of'))).toHaveLength(1);
  });

  it('drops a rules’ relation its verdict drops', () => {
    const leader = 'Abu Zarif al-Kessami is the leader of the Tarvi Liberation Front, officials said.';
    expect(relationsOf(extract(leader, null)).some((r) => r.includes('leader_of'))).toBe(true);
    expect(relationsOf(extract(leader, judgeGiving(null))).some((r) => r.includes('leader_of'))).toBe(false);
  });
});

describe('a learned judge', () => {
  // a model of one feature: a person named before a group with the word "figure" between them leads it
  const model = relationModel({
    classes: RELATION_CLASSES, features: ['s|b:figure'], weights: [RELATION_CLASSES.map((c) => (c === 'leader_of' ? 6 : 0))],
    bias: RELATION_CLASSES.map((c) => (c === 'none' ? 2 : 0)), policy: { add: 0.5, drop: null },
  });
  const text = 'Abu Zarif al-Kessami, long the guiding figure behind the Tarvi Liberation Front, spoke on Friday.';

  it('adds what its model gives a pair the rules left without a relation, from the source’s side only', () => {
    expect(relationsOf(extract(text, null)).some((r) => r.includes('leader_of'))).toBe(false);
    const out = relationsOf(extract(text, learnedRelationJudge(model)));
    expect(out).toContain('Abu Zarif al-Kessami leader_of Tarvi Liberation Front');
    expect(out.filter((r) => r.includes('leader_of'))).toHaveLength(1);
  });

  it('adds nothing where the word is not between the pair', () => {
    const elsewhere = 'Abu Zarif al-Kessami spoke for the Tarvi Liberation Front on Friday, a figure of the hills.';
    expect(relationsOf(extract(elsewhere, learnedRelationJudge(model))).some((r) => r.includes('leader_of'))).toBe(false);
  });
});
