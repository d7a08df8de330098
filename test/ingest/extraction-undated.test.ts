import { describe, expect, it } from 'vitest';
import { eventsOf } from './extract-helpers.js';
import { readDates } from '../../src/ingest/extract/find-dates.js';
import { splitSentences } from '../../src/ingest/split-sentences.js';
import { toClaims } from '../../src/ingest/to-claims.js';
import { extractKnowledge } from '../../src/ingest/extract/extract-knowledge.js';
import { EventSchema, newId } from '../../src/model/index.js';

/**
 * Events whose date can't be resolved (issue 8, item 2): kept with their date unknown, never dropped
 * and never given a year the text does not give; the guards of dated events hold for them (sentences we wrote).
 */
describe('undated events', () => {
  const WIRE = 'BAMAKO, Jan 9 (Northwind Wire) - ';

  it('keeps an event a yearless wire story dates by its weekday, with no date', () => {
    const events = eventsOf(`${WIRE}Gunmen attacked a police post in Bamako on Tuesday, killing three officers, officials said.`);
    expect(events).toEqual(['attack - ML']);
  });

  it('gives a day-month with no year and no reference date no year', () => {
    const events = eventsOf('On 7 January, gunmen attacked a checkpoint in Mopti, Mali. Officials blamed JNIM.');
    expect(events).toEqual(['attack - ML']);
    // with a publication date the same words are dated, as before
    expect(eventsOf('On 7 January, gunmen attacked a checkpoint in Mopti, Mali.', '2024-03-01')).toEqual(['attack 2024-01-07 ML']);
  });

  it('applies the guards of dated events: negation, modality, warnings and plans', () => {
    expect(eventsOf(`${WIRE}Gunmen did not attack the police post in Bamako on Tuesday, officials said.`)).toEqual([]);
    expect(eventsOf(`${WIRE}Officials said on Tuesday that militants could attack Bamako.`)).toEqual([]);
    expect(eventsOf(`${WIRE}On Sunday the ministry warned of attacks on crowded markets in Bamako in the coming weeks.`)).toEqual([]);
    // a planned shooting is a plot, not an attack
    const plotted = eventsOf(`${WIRE}Prosecutors said on Monday that the man planned a mass shooting at a market in Bamako.`);
    expect(plotted.filter((e) => e.startsWith('attack'))).toEqual([]);
  });

  it('lets no sentence without any date become an event', () => {
    expect(eventsOf('Militants attacked convoys near Gao, Mali. Officials blamed JNIM.')).toEqual([]);
  });

  it('keeps two undated events told apart as two, and a reference back as the same one', () => {
    const text = `${WIRE}Gunmen attacked a police post in Bamako on Tuesday. On Thursday, police arrested two men in Bamako. ` +
      'On Friday, soldiers arrested a third suspect in Bamako. The attack was the first in the capital this year.';
    const events = eventsOf(text);
    expect(events.filter((e) => e.startsWith('attack'))).toEqual(['attack - ML']);
    expect(events.filter((e) => e.startsWith('arrest'))).toEqual(['arrest - ML', 'arrest - ML']);
  });

  it('goes on telling an undated event in the sentence after it, as a dated one does', () => {
    const events = eventsOf(`${WIRE}A truck drove into a crowd at a market in Bamako on Wednesday. It killed nine people.`);
    expect(events).toEqual(['attack - ML']);
  });

  it('stores such an event with precision unknown and its claim with no valid time', () => {
    const text = `${WIRE}Gunmen attacked a police post in Bamako on Tuesday, killing three officers.`;
    const sentences = splitSentences(text, text.length);
    const extraction = extractKnowledge({ text, bodyEnd: text.length, sentences });
    expect(extraction.events.map((e) => e.date)).toEqual([null]);
    const knowledge = toClaims({ documentId: newId(), text, sentences, extraction, resolveEntity: () => null });
    expect(knowledge.undatedEvents).toBe(1);
    const [event] = knowledge.events;
    expect(event!.date).toEqual({ start: null, end: null, precision: 'unknown' });
    expect(EventSchema.parse(event).date.precision).toBe('unknown');
    expect(knowledge.claims.find((c) => c.kind === 'event')!.validFrom).toBeNull();
  });
});

describe('readDates', () => {
  it('tells apart a date nothing places in time from one it can resolve', () => {
    const text = 'Police said on Friday that two men were held. In October, the cell moved. Two days later it struck.';
    const alone = readDates(text, { published: null });
    expect(alone.dates).toEqual([]);
    expect(alone.undated.map((d) => d.text)).toEqual(['on Friday', 'In October', 'Two days later']);
    const published = readDates(text, { published: { start: '2024-11-20', end: '2024-11-20', precision: 'day' } });
    expect(published.undated).toEqual([]);
    expect(published.dates.map((d) => d.date.start)).toEqual(['2024-11-15', '2024-10-01', '2024-10-03'].slice(0, published.dates.length));
  });

  it('reads no undated date in words that are no date ("may" the verb)', () => {
    expect(readDates('Militants may strike again, officials said.', { published: null }).undated).toEqual([]);
  });
});
