import { describe, expect, it } from 'vitest';
import { findHedges } from '../../src/ingest/extract/find-hedges.js';
import { measure } from './extract-helpers.js';

/** Hedges attach to the claims they govern; months and names are never hedges (sentences we wrote). */
const hedgesIn = (text: string): string[] => findHedges(text).map((h) => h.hedge.text);

describe('hedges', () => {
  it('never reads the month May or the name May as a hedge', () => {
    expect(hedgesIn('On 3 May 2024, police arrested two men in Dushanbe.')).toEqual([]);
    expect(hedgesIn('In May 2023 the cell moved to Osh.')).toEqual([]);
    expect(hedgesIn('Former prime minister Theresa May condemned the attack.')).toEqual([]);
    expect(hedgesIn('The group may expand into Kyrgyzstan.')).toEqual(['may']);
    expect(hedgesIn('May they be spared.')).toEqual(['may']);
  });

  it('finds the estimative and reporting words of the genre', () => {
    for (const [text, hedge] of [
      ['The commander was thought to have been killed in Kunar.', 'thought to have been'],
      ['The bomber was likely recruited online.', 'likely'],
      ['ISKP looks set to expand its media arm.', 'looks set to'],
      ['A suspected ISKP cell was dismantled.', 'suspected'],
      ['He is believed to have fled to Turkey.', 'believed to'],
      ['The group reportedly merged with the faction.', 'reportedly'],
      ['He was allegedly a member of the network.', 'allegedly'],
    ] as const) expect(hedgesIn(text)).toContain(hedge);
  });

  it('attaches the hedge to the event it governs', () => {
    const out = measure('On 4 May 2023, Taliban forces reportedly killed Qari Jawad Omari in Kunduz, Afghanistan.');
    expect(out.events.find((e) => e.type === 'killing')?.hedge).toBe('reportedly');
    const plain = measure('On 4 May 2023, Taliban forces killed Qari Jawad Omari in Kunduz, Afghanistan.');
    expect(plain.events.find((e) => e.type === 'killing')?.hedge).toBeNull();
  });
});
