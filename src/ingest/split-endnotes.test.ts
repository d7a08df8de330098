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

  it('does not take a numbered list of key judgements at the top for endnotes', () => {
    const judgements = '1. The militia very likely keeps its drone cells near the border. (High confidence.)\n\n2. The "Front of the Faithful" is a label shared by three factions, not a group of its own.\n\n3. Attacks on the capital before the 2031 vote are unlikely.';
    const sections = ['Background', 'The militia was founded in 2019 by two brothers from Ruvana province.', 'Finance', 'It earns money at checkpoints and through a trucking firm.', 'Outlook', 'Expect quiet until the vote.'];
    const text = `THREAT ASSESSMENT\n\nKey judgements\n\n${judgements}\n\n${sections.join('\n\n')}`;
    expect(splitEndnotes(text).bodyEnd).toBe(text.length);
  });

  it('does not take a body heading called "Sources" without notes after it', () => {
    const text = 'Intro.\n\nSources\nThe group draws fighters from three places.\n\nMore text follows here.';
    expect(splitEndnotes(text).bodyEnd).toBe(text.length);
  });
});

describe('splitEndnotes: numbered paragraphs of a report', () => {
  const PARAGRAPHS = [
    '1. The threat from armed groups in the Sahel remained high during the period under review. Member States assessed that the group expanded its presence in the tri-border area in 2023, with an estimated 2,000 to 3,000 fighters.',
    '2. One Member State reported that the group’s leader remained in northern Mali, while others suggested that he had moved to Niger in early 2024. The group continued to issue statements through its media outlet.',
    '3. In March 2024, militants attacked a military post near Menaka, killing 17 soldiers. Regional authorities detained several suspects within days. The attack was claimed the following day through the group’s news agency.',
  ];

  it('keeps a report made of numbered prose paragraphs whole', () => {
    const text = `Report of the Monitoring Team\n\nII. Overview\n\n${PARAGRAPHS.join('\n\n')}`;
    expect(splitEndnotes(text)).toEqual({ bodyEnd: text.length, citedWorks: [], noteLetters: [] });
  });

  it('still finds the citations after numbered prose paragraphs', () => {
    const body = `Report of the Monitoring Team\n\n${PARAGRAPHS.join('\n\n')}`;
    const text = `${body}\n\n1 “Sahel Outlook,” Example Review, 12 May 2024.\n2 Ibid.\n3 Jane Doe et al., “Borderlands,” Example Press, 2023, pp. 4–9.`;
    const { bodyEnd, citedWorks } = splitEndnotes(text);
    expect(text.slice(0, bodyEnd)).toBe(body);
    expect(citedWorks).toHaveLength(3);
  });
});
