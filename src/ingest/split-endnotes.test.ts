import { describe, it, expect } from 'vitest';
import { splitEndnotes } from './split-endnotes.js';

const BODY = 'The cell was dismantled in Kaluga.1 Two of its members fled to Khatlon.2\n\nConclusion\nThe threat remains.3';

describe('splitEndnotes', () => {
  it('ends the body at an "Endnotes" heading and reads bracketed notes', () => {
    const text = `${BODY}\n\nEndnotes\n[1] “Cell Dismantled,” TASS, May 5, 2022 (in Russian).\n[2] Ibid.\n[3] Jane Doe, “Threat Outlook,” Example Review, 2023.\n\nSubscribe to our newsletter`;
    const { bodyEnd, citedWorks } = splitEndnotes(text);
    expect(text.slice(0, bodyEnd)).toBe(BODY);
    expect(citedWorks.map((w) => w.noteNumber)).toEqual([1, 2, 3]);
    expect(citedWorks[0]).toMatchObject({ title: 'Cell Dismantled', outlet: 'TASS', language: 'Russian' });
    expect(citedWorks[1]!.text).toBe('Ibid.');
    expect(citedWorks[2]!.text).toBe('Jane Doe, “Threat Outlook,” Example Review, 2023.');
  });

  it('starts the notes at a substantive-notes section before the citations', () => {
    const text = `${BODY}\n\nSubstantive Notes\n[a] An aside on names.\n\nCitations\n[1] “Alpha Report,” BBC, 2020.\n[2] “Beta Report,” BBC, 2021.\n[3] “Gamma Report,” BBC, 2022.`;
    const { bodyEnd, citedWorks } = splitEndnotes(text);
    expect(text.slice(0, bodyEnd)).toBe(BODY);
    expect(citedWorks.map((w) => w.title)).toEqual(['Alpha Report', 'Beta Report', 'Gamma Report']);
    expect(splitEndnotes(text).noteLetters).toEqual(['a']);
  });

  it('reads "1." notes under a "Notes" heading and joins wrapped lines', () => {
    const text = `${BODY}\n\nNotes:\n1. Jane Doe, “A Very Long Title That Wraps Onto the\nNext Line,” Example Review, June 2, 2020.\n2. See note 1.\n3. “C,” BBC, 2022.`;
    const { citedWorks } = splitEndnotes(text);
    expect(citedWorks[0]!.title).toBe('A Very Long Title That Wraps Onto the Next Line');
    expect(citedWorks[1]!.text).toBe('See note 1.');
  });

  it('finds a trailing run of numbered notes without a heading', () => {
    const text = `${BODY}\n\n1 “Cell Dismantled,” TASS, May 5, 2022.\n2 Ibid.\n3 “Outlook,” Example Review, 2023.`;
    const { bodyEnd, citedWorks } = splitEndnotes(text);
    expect(text.slice(0, bodyEnd)).toBe(BODY);
    expect(citedWorks).toHaveLength(3);
  });

  it('leaves a body with numbered points and no notes whole', () => {
    const text = 'Three steps matter.\n1. Recruit locally.\n2. Fund through hawala.\n3. Strike abroad.';
    expect(splitEndnotes(text)).toEqual({ bodyEnd: text.length, citedWorks: [], noteLetters: [] });
    expect(splitEndnotes('No notes at all.')).toEqual({ bodyEnd: 16, citedWorks: [], noteLetters: [] });
  });

  it('does not take a body heading called "Sources" without notes after it', () => {
    const text = 'Intro.\n\nSources\nThe group draws fighters from three places.\n\nMore text follows here.';
    expect(splitEndnotes(text).bodyEnd).toBe(text.length);
  });
});
