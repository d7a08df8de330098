import type { FuzzyDate, Sentence } from '../../model/index.js';
import { createExtractionReference, type ExtractionReference, type Gazetteer, type ReferenceMatcher } from '../reference/index.js';
import type { Extraction, ExtractedQuantity } from '../extraction.js';
import { entityCandidates, reviseEntities, SHIPPED_ENTITY_JUDGE, type EntityJudge } from './entity-classifier.js';
import type { EventCountryRanker } from './event-country.js';
import { findAliases } from './find-aliases.js';
import { findDatedItems } from './dated-items.js';
import { fallbackReference, findPublicationDate, readDates, type DateMention, type UndatedMention } from './find-dates.js';
import { findEvents } from './find-events.js';
import { findHedges } from './find-hedges.js';
import { findMentions } from './find-mentions.js';
import { findQuantities } from './find-quantities.js';
import { findRelations, relationsOfLaterUses } from './find-relations.js';
import type { Mention } from './mention.js';
import { placeAddedPlaces } from './places-within.js';
import { relationCandidates, reviseRelations, type RelationJudge } from './relation-classifier.js';
import { makeSentenceFinder, resolveEntities } from './resolve-entities.js';
import { tokenize } from './tokenize.js';
import { trimBackMatter } from './trim-back-matter.js';
import { WordIndex } from './word-index.js';

const RELATIVE_TO_NOW = /\b(?:last|this|earlier this|later this|past|previous) (?:week|month|year)\b/i;

export const EXTRACTOR_NAME = 'tessera-rules';
export const EXTRACTOR_VERSION = '0.1.0';

export interface ExtractKnowledgeInput {
  text: string;
  /** Where the body ends and the endnotes begin; nothing is extracted after it. */
  bodyEnd: number;
  sentences: readonly Sentence[];
}

export interface ExtractKnowledgeOptions {
  /** When the document was published; resolves "last week". Read from the document's first lines when absent. */
  published?: FuzzyDate | null;
  /**
   * The gazetteer and matcher, made once by the caller for all the documents it extracts
   * (createExtractionReference); without it each call loads its own (about 0.1 s, 1 s from sources).
   */
  reference?: ExtractionReference;
  gazetteer?: Gazetteer;
  matcher?: ReferenceMatcher;
  /**
   * The text is one section of a longer document (document-sections.ts): a section after the
   * first has no dateline in its first lines, and one before the last ends in no back matter.
   */
  section?: { isFirst: boolean; isLast: boolean };
  /**
   * A second opinion on the rules' entities and on the capitalised names they left out
   * (entity-classifier.ts); absent: the shipped model's; null: the rules' entities as they are.
   */
  entityJudge?: EntityJudge | null;
  /**
   * A second opinion on each event's country (event-country.ts, trained by eval/train-event-model.ts); absent or
   * null: the rules' countries as they are (no ranker is shipped: none paid on reports held out).
   */
  eventCountryRanker?: EventCountryRanker | null;
  /**
   * A second opinion on the relations between the actors each sentence names together (relation-classifier.ts, trained by
   * eval/train-relation-model.ts); absent or null: the rules' relations as they are (no judge is shipped: the one
   * trained paid too little on reports held out for its CPU).
   */
  relationJudge?: RelationJudge | null;
}

/** "a Tajik national", "Uzbek citizen Dilshod Karimov": a person's nationality as an attribute. */
function addNationalities(
  text: string, mentions: readonly Mention[], entityOf: readonly string[], entities: Extraction['entities'], gazetteer: Gazetteer,
): void {
  const byKey = new Map(entities.map((e) => [e.key, e]));
  mentions.forEach((m, i) => {
    if (m.type !== 'person') return;
    const before = /\b([A-Z][a-z]+)(?:-born)?\s+(?:citizen|national|cleric|jihadi|militant|fighter|commander|preacher)\s+$/.exec(text.slice(Math.max(0, m.start - 40), m.start));
    const after = /^,?\s+(?:an?|the)\s+(?:\d+-year-old\s+)?([A-Z][a-z]+)\s+(?:citizen|national|cleric|jihadi|militant|fighter|commander|preacher|man|woman)\b/.exec(text.slice(m.end, m.end + 60));
    const word = (before ?? after)?.[1];
    const country = word ? gazetteer.countryOfDemonym(word) : null;
    const entity = byKey.get(entityOf[i] as string);
    if (!country || !entity || entity.attributes.some((a) => a.attribute === 'nationality')) return;
    entity.attributes.push({ attribute: 'nationality', value: country, span: { start: m.start, end: m.end, sentence: -1 } });
  });
}

/**
 * Reads entities, events, relations and stated figures out of a report's body with rules
 * written for the genre (threat assessments, CTC Sentinel, Soufan, ICG, UN Monitoring Team).
 * Offline: the reference pack and the gazetteer ship with the project.
 */
export function extractKnowledge(input: ExtractKnowledgeInput, options: ExtractKnowledgeOptions = {}): Extraction {
  const { text } = input;
  // the author's biography and the disclaimer that close an article are no part of its analysis
  const givenEnd = Math.min(Math.max(0, input.bodyEnd), text.length);
  const bodyEnd = options.section?.isLast === false ? givenEnd : trimBackMatter(text, givenEnd);
  // (pushed, not filtered: the caller's list may be holey or packed, and a filter hands on its kind, which the readers of the
  // sentences were compiled for, so that each change threw their optimised code away)
  const sentences: Sentence[] = [];
  for (const s of input.sentences) if (s.start < bodyEnd) sentences.push(s);
  const reference = options.reference ?? createExtractionReference();
  const gazetteer = options.gazetteer ?? reference.gazetteer;
  const matcher = options.matcher ?? reference.matcher;

  const tokens = tokenize(text, 0, bodyEnd);
  const found = findMentions(text, tokens, { gazetteer, matcher });
  const aliases = findAliases(text.slice(0, bodyEnd), found);
  const resolved = resolveEntities(text, bodyEnd, sentences, found, aliases, reference.personRenderings);
  const { entities, entityOf, mentions } = resolved;

  // where each word starts, for the patterns read only at their opening words (the sentences may run past the body)
  const words = new WordIndex(text, 0, sentences.reduce((end, s) => Math.max(end, s.end), bodyEnd));
  const published = options.published ?? (options.section?.isFirst === false ? null : findPublicationDate(text));
  // no dateline: the latest date the body gives stands in for "now" ("last year", "this month"), when the body speaks of one
  const fallback = !published && RELATIVE_TO_NOW.test(text.slice(0, bodyEnd)) ? (absolute: readonly DateMention[]) => fallbackReference(text, absolute) : undefined;
  const { dates, undated } = readDates(text, { published, fallback }, 0, bodyEnd, words);
  const hedges = findHedges(text, 0, bodyEnd, words);

  // a digest's or a bulletin's items: their leading dates (the year the document's) and places are their sentences'
  const items = findDatedItems(text, bodyEnd, dates, published ?? fallbackReference(text, dates), published !== null);
  // (a day an item opens with that nothing gives a year for is told still: its events are kept undated)
  const unplaced = items.flatMap((item) => (item.unplaced ? [item.unplaced] : []));
  // (one list made the same way in either case: the event finder was compiled again each time it was handed the other kind)
  const undatedTold: UndatedMention[] = [];
  for (const u of undated) undatedTold.push(u);
  if (unplaced.length > 0) {
    for (const u of unplaced) undatedTold.push(u);
    undatedTold.sort((a, b) => a.start - b.start);
  }
  const events = findEvents({ text, sentences, mentions, entityOf, dates, undated: undatedTold, hedges, gazetteer, words, items, countryRanker: options.eventCountryRanker ?? null });
  const ruled = findRelations({ text, sentences, mentions, entityOf, entities, dates, hedges, matcher, words });
  // a second opinion on the relations between actors that a sentence names together, when one is given
  const relationJudge = options.relationJudge ?? null;
  let relations = ruled;
  if (relationJudge) {
    const typeOf = new Map(entities.map((e) => [e.key, e.type]));
    const nameOf = new Map(entities.map((e) => [e.key, e.name]));
    const pairs = relationCandidates(text, sentences, tokens, mentions, entityOf, typeOf, nameOf, ruled);
    relations = reviseRelations(text, ruled, hedges, pairs, relationJudge(pairs));
  }

  addNationalities(text, mentions, entityOf, entities, gazetteer);

  const sentenceOf = makeSentenceFinder(sentences);
  // mentions in text order, walked once beside the figures (also in text order)
  // (pushed, not mapped: an array V8 maps in optimised code is holey, in the interpreter packed, and code compiled for the one kind
  // is thrown away when the other comes)
  const byStart: number[] = [];
  for (let i = 0; i < mentions.length; i++) byStart.push(i);
  byStart.sort((a, b) => (mentions[a] as Mention).start - (mentions[b] as Mention).start);
  let cursor = 0;
  const quantities: ExtractedQuantity[] = findQuantities(text, 0, bodyEnd).sort((a, b) => a.start - b.start).map((q) => {
    // a figure about an entity: the group or people named right after it ("1,300 Tajikistan citizens" is about no one)
    while (cursor < byStart.length && (mentions[byStart[cursor] as number] as Mention).start < q.start) cursor += 1;
    let about = -1;
    for (let k = cursor; k < byStart.length && (mentions[byStart[k] as number] as Mention).start <= q.end; k += 1) {
      if ((mentions[byStart[k] as number] as Mention).type !== 'location') { about = byStart[k] as number; break; }
    }
    return {
      quantity: q.quantity,
      entityKey: about >= 0 ? (entityOf[about] as string) : null,
      span: { start: q.start, end: q.end, sentence: sentenceOf(q.start) },
    };
  });

  const read = { entities, events, relations, quantities };
  // a learned second opinion on the entity index, once events and relations are read from the rules' entities
  const judge = options.entityJudge === undefined ? SHIPPED_ENTITY_JUDGE : options.entityJudge;
  const relationInput = { text, sentences, mentions, entityOf, entities, dates, hedges, matcher, words };
  if (!judge) return { extractor: { name: EXTRACTOR_NAME, version: EXTRACTOR_VERSION }, ...read, relations: [...relations, ...relationsOfLaterUses(relationInput, entities, [...ruled, ...relations])] };
  // (the rules' relations' ends, as the entity judge was trained: the relation judge's additions protect no entity)
  const parties = new Set([...events.flatMap((e) => [...e.actorKeys, ...e.targetKeys]), ...ruled.flatMap((r) => [r.sourceKey, r.targetKey])]);
  const candidates = entityCandidates(text, bodyEnd, tokens, resolved, gazetteer, parties);
  const revised = reviseEntities(read, sentences, candidates, judge(candidates));
  // (the places it added, set within the places the text names them with)
  const placed = placeAddedPlaces(text, sentences, mentions, entityOf, revised.entities, revised.relations);
  // (and the relations a second reading finds with the actors it added or retyped, "Palestine Action was founded in 2020 by X
  // and Y", and with later uses of names: none the first reading found, which a relation judge may have dropped)
  const related = relationsOfLaterUses(relationInput, revised.entities, [...ruled, ...revised.relations, ...placed]);
  return { extractor: { name: EXTRACTOR_NAME, version: EXTRACTOR_VERSION }, ...revised, relations: [...revised.relations, ...placed, ...related] };
}
