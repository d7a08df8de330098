import { describe, expect, it } from 'vitest';
import { splitSentences } from '../split-sentences.js';
import { createExtractionReference } from '../reference/extraction-reference.js';
import { learnedCountryRanker, placeEvents, type EventCountryChoice, type EventCountryRanker, type EventCountryWeights } from './event-country.js';
import { extractKnowledge } from './extract-knowledge.js';

const reference = createExtractionReference();

/** The events of a text we wrote, as `type month country`, with a ranker (or none), and the options it was shown. */
function read(text: string, ranker: EventCountryRanker | null): { events: string[]; choices: readonly EventCountryChoice[] } {
  let choices: readonly EventCountryChoice[] = [];
  const recording: EventCountryRanker | null = ranker ? (c) => { choices = c; return ranker(c); } : null;
  const extraction = extractKnowledge({ text, bodyEnd: text.length, sentences: splitSentences(text, text.length) }, { reference, eventCountryRanker: recording, entityJudge: null });
  return { events: extraction.events.map((e) => `${e.type} ${e.date?.start.slice(0, 7) ?? '-'} ${e.location.country ?? '-'}`), choices };
}

const model = (weights: Record<string, number>, margin = 0): EventCountryWeights => ({ features: Object.keys(weights), weights: Object.values(weights), margin });
const TROOPS_ABROAD = 'On 4 June 2024, Nigerian troops clashed with Boko Haram fighters in Cameroon.';

describe('event country options', () => {
  it('offers the place after "in", the nationality of the force, and none, the rules\' choice marked', () => {
    const { choices } = read(TROOPS_ABROAD, (c) => c.map((x) => x.rule));
    const choice = choices[0] as EventCountryChoice;
    const byCountry = new Map(choice.options.map((o) => [o.country, o.features]));
    expect(byCountry.get('CM')).toEqual(expect.arrayContaining(['s:prep:in', 's:country:after']));
    expect(byCountry.get('NG')).toEqual(expect.arrayContaining(['d:before', 'd:next:force']));
    expect(byCountry.get(null)).toContain('none');
    expect(choice.options[choice.rule]?.features).toContain('rule');
  });
});

describe('learned country ranker', () => {
  it('puts "Nigerian troops clashed with … in Cameroon" in Cameroon, as the rules do, when the place after "in" weighs most', () => {
    expect(read(TROOPS_ABROAD, null).events).toContain('clash 2024-06 CM');
    expect(read(TROOPS_ABROAD, learnedCountryRanker(model({ 's:prep:in': 2, 'd:next:force': 1 }))).events).toContain('clash 2024-06 CM');
  });

  it('moves the event to the option it scores highest, only past its margin', () => {
    expect(read(TROOPS_ABROAD, learnedCountryRanker(model({ 'd:next:force': 3 }))).events).toContain('clash 2024-06 NG');
    expect(read(TROOPS_ABROAD, learnedCountryRanker(model({ 'd:next:force': 3 }, 5))).events).toContain('clash 2024-06 CM');
  });
});

describe('placeEvents', () => {
  const event = (country: string, actor: string) => ({
    type: 'attack' as const,
    date: { start: '2024-06-04', end: '2024-06-04', precision: 'day' as const, text: '4 June 2024' },
    location: { country, admin1: null, admin2: null, place: country === 'ML' ? 'Gao' : null, latitude: null, longitude: null, geoPrecision: null },
    actorKeys: [actor],
    targetKeys: [],
    counts: { fatalities: null, wounded: null, arrested: null },
    summary: '',
    hedge: null,
    span: { start: 0, end: 10, sentence: 0 },
  });
  const choice = (countries: string[]): EventCountryChoice => ({ options: countries.map((c) => ({ country: c, features: [] })), rule: 0, trigger: 0 });

  it('drops the place of an event moved to another country, and merges it into one of the same kind, month and country', () => {
    const moved = placeEvents([event('ML', 'group:a')], [choice(['ML', 'NE'])], [1]);
    expect(moved.map((e) => [e.location.country, e.location.place])).toEqual([['NE', null]]);
    const merged = placeEvents([event('NE', 'group:a'), event('ML', 'group:b')], [choice(['NE']), choice(['ML', 'NE'])], [0, 1]);
    expect(merged).toHaveLength(1);
    expect(merged[0]?.actorKeys).toEqual(['group:a', 'group:b']);
  });
});
