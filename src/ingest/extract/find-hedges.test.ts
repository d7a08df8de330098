import { describe, expect, it } from 'vitest';
import { findHedges, governingHedge } from './find-hedges.js';

describe('findHedges', () => {
  it.each([
    ['The cell almost certainly received funds.', 'almost certainly', 'estimative', 'almost_certain'],
    ['The commander was very likely killed.', 'very likely', 'estimative', 'very_likely'],
    ['The group probably relocated to Kunar.', 'probably', 'estimative', 'likely'],
    ['There is a roughly even chance of a merger.', 'roughly even chance', 'estimative', 'roughly_even_chance'],
    ['A return to Syria is unlikely.', 'unlikely', 'estimative', 'unlikely'],
    ['A reconciliation is highly unlikely.', 'highly unlikely', 'estimative', 'very_unlikely'],
    ['There is almost no chance of talks.', 'almost no chance', 'estimative', 'almost_no_chance'],
    ['He reportedly fled to Iran.', 'reportedly', 'attributive', null],
    ['The emir allegedly ordered the raid.', 'allegedly', 'attributive', null],
    ['According to police, six men were held.', 'according to', 'attributive', null],
    ['The bombing may have been coordinated from abroad.', 'may have', 'possibility', null],
  ])('reads "%s"', (text, words, kind, band) => {
    const [first] = findHedges(text);
    expect(first?.hedge).toEqual({ text: words, kind, band });
  });

  it('does not take "claimed responsibility" for a hedge', () => {
    expect(findHedges('The group claimed responsibility for the bombing.')).toEqual([]);
    expect(findHedges('He claimed to have trained in Iran.')[0]?.hedge.text).toBe('claimed');
  });

  it('prefers the longer phrase', () => {
    const all = findHedges('It is very likely that they met.');
    expect(all).toHaveLength(1);
    expect(all[0]?.hedge.band).toBe('very_likely');
  });
});

describe('governingHedge', () => {
  it('takes the nearest hedge before the statement in the same clause', () => {
    const text = 'The group reportedly merged with ISKP; it later split.';
    const hedges = findHedges(text);
    expect(governingHedge(text, hedges, text.indexOf('merged'), 0)?.text).toBe('reportedly');
    expect(governingHedge(text, hedges, text.indexOf('split'), 0)).toBeNull();
  });

  it('takes a hedge that runs into the statement ("is thought to have been killed", read from "been killed")', () => {
    const text = 'The commander is thought to have been killed in a strike in May.';
    expect(governingHedge(text, findHedges(text), text.indexOf('been killed'), 0)?.text).toBe('thought to have been');
  });

  it('takes an attribution that closes the sentence after a comma for all of it, not one followed by a clause', () => {
    const told = 'A drone strike on 17 May killed a senior commander near the border town, according to local sources.';
    expect(governingHedge(told, findHedges(told), told.indexOf('killed'), 0)?.text).toBe('according to');
    const clause = 'A drone strike on 17 May killed a senior commander near the border town, according to officials, who gave no toll.';
    expect(governingHedge(clause, findHedges(clause), clause.indexOf('killed'), 0)).toBeNull();
    const next = 'A drone strike killed a commander. Ten fighters died near the town, according to local sources.';
    expect(governingHedge(next, findHedges(next), next.indexOf('killed'), 0)).toBeNull();
  });
});
