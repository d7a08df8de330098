import { describe, it, expect } from 'vitest';
import { splitSentences } from './split-sentences.js';

function sentencesOf(text: string, bodyEnd = text.length, noteNumbers?: number[]) {
  const options = noteNumbers ? { noteNumbers: new Set(noteNumbers) } : {};
  return splitSentences(text, bodyEnd, options).map((s) => ({ text: text.slice(s.start, s.end), notes: s.citedNotes }));
}

describe('splitSentences', () => {
  it('splits plain sentences and keeps spans that index into the text', () => {
    const text = 'The cell met in Kerman. It planned two attacks! Was it directed from abroad? Nobody knows.';
    const sentences = splitSentences(text, text.length);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'The cell met in Kerman.',
      'It planned two attacks!',
      'Was it directed from abroad?',
      'Nobody knows.',
    ]);
    expect(sentences.map((s) => s.index)).toEqual([0, 1, 2, 3]);
  });

  it('reads note numbers glued to punctuation at a sentence end', () => {
    expect(sentencesOf('Gunmen killed four.28 Police arrested two men the next day.29')).toEqual([
      { text: 'Gunmen killed four.', notes: [28] },
      { text: 'Police arrested two men the next day.', notes: [29] },
    ]);
  });

  it('reads note numbers glued to a word inside a sentence', () => {
    expect(sentencesOf('The failed raid1 was the second of its kind in the region.2 Others followed.')).toEqual([
      { text: 'The failed raid1 was the second of its kind in the region.', notes: [1, 2] },
      { text: 'Others followed.', notes: [] },
    ]);
  });

  it('splits a note number off a figure whose thousands group is too long', () => {
    const [sentence] = sentencesOf('An estimated 1,700 to 2,5003 Kyrgyz nationals fought there.');
    expect(sentence?.notes).toEqual([3]);
    expect(sentencesOf('Some 12,000 fighters and 1,500 families left.')[0]?.notes).toEqual([]);
  });

  it('keeps a lettered substantive note with the number before it', () => {
    expect(sentencesOf('It was the worst raid on a border post in the region.2 a It shows how the threat grew.')).toEqual([
      { text: 'It was the worst raid on a border post in the region.', notes: [2] },
      { text: 'It shows how the threat grew.', notes: [] },
    ]);
  });

  it('reads notes after closing quotes, commas and dashes', () => {
    const text =
      'He called it “a war on Islam.”37 Officials disagreed,38 and the region5—a border area—stayed tense.';
    expect(sentencesOf(text)).toEqual([
      { text: 'He called it “a war on Islam.”', notes: [37] },
      { text: 'Officials disagreed,38 and the region5—a border area—stayed tense.', notes: [38, 5] },
    ]);
  });

  it('reads bracketed and superscript notes, and parenthesised ones only when glued', () => {
    expect(sentencesOf('The group pledged allegiance in 2015 [12]. It grew¹³ quickly.')).toEqual([
      { text: 'The group pledged allegiance in 2015 [12].', notes: [12] },
      { text: 'It grew¹³ quickly.', notes: [13] },
    ]);
    expect(sentencesOf('The aims were (1) recruitment and (2) funding.')[0]?.notes).toEqual([]);
    expect(sentencesOf('The aims were recruitment and funding.(4)')[0]?.notes).toEqual([4]);
  });

  it('reads a note after a year at a sentence end', () => {
    expect(sentencesOf('The attack came in July 2018.3 The group claimed it.')).toEqual([
      { text: 'The attack came in July 2018.', notes: [3] },
      { text: 'The group claimed it.', notes: [] },
    ]);
  });

  it('does not split at abbreviations, initials and decimals', () => {
    const text =
      'Gen. Marta J. Olsen told the U.S. Congress on Jan. 5 that Dr. Ahmadi, No. 2 in the cell, held 4.5 million dollars, e.g. in cash. The U.S. Africa Command agreed.';
    expect(sentencesOf(text).map((s) => s.text)).toEqual([
      'Gen. Marta J. Olsen told the U.S. Congress on Jan. 5 that Dr. Ahmadi, No. 2 in the cell, held 4.5 million dollars, e.g. in cash.',
      'The U.S. Africa Command agreed.',
    ]);
    expect(sentencesOf('The attackers came from the U.S. The cell was later dismantled.').map((s) => s.text)).toEqual([
      'The attackers came from the U.S.',
      'The cell was later dismantled.',
    ]);
  });

  it('does not read figures, codes and page numbers as notes', () => {
    const text = 'Resolution No.2253 of the U.N. named 30 people in the G20 states, see pp.11 and covid19 figures.';
    expect(sentencesOf(text)[0]?.notes).toEqual([]);
  });

  it('handles quotations that end inside and outside the quote', () => {
    expect(sentencesOf('“Why now?” he asked. “Because we can.” The spokesman left.').map((s) => s.text)).toEqual([
      '“Why now?” he asked.',
      '“Because we can.”',
      'The spokesman left.',
    ]);
  });

  it('treats headings and bullets as sentences of their own and joins hard-wrapped lines', () => {
    const text = 'Jamaat Ansarullah\nThe group was founded in\n2006 and grew in the north.\n\n• IS-K recruits online.\n• It publishes in Tajik.';
    expect(sentencesOf(text).map((s) => s.text)).toEqual([
      'Jamaat Ansarullah',
      'The group was founded in\n2006 and grew in the north.',
      'IS-K recruits online.',
      'It publishes in Tajik.',
    ]);
  });

  it('stops at the body end and ignores notes the endnotes do not hold', () => {
    const text = 'The cell was dismantled.7 Members fled.9\n\nNotes\n7 A note.';
    const sentences = sentencesOf(text, text.indexOf('\n\nNotes'), [7]);
    expect(sentences).toEqual([
      { text: 'The cell was dismantled.', notes: [7] },
      { text: 'Members fled.9', notes: [] },
    ]);
  });
});
