import { describe, it, expect } from 'vitest';
import { maskNoteMarkers, scanNoteMarkers } from './note-markers.js';

describe('scanNoteMarkers', () => {
  it('finds glued, bracketed and superscript markers in order with their spans', () => {
    const text = 'The attack1 killed four.2 a It was claimed [3] and praised⁴,⁵ online.';
    const markers = scanNoteMarkers(text, text.length);
    expect(markers.map((m) => m.notes)).toEqual([[1], [2], [3], [4, 5]]);
    expect(markers[1]?.letters).toEqual(['a']);
    expect(text.slice(markers[0]!.start, markers[0]!.end)).toBe('1');
    expect(text.slice(markers[2]!.start, markers[2]!.end)).toBe('[3]');
  });

  it('expands note ranges and lists', () => {
    expect(scanNoteMarkers('It spread [12–14].', 20).map((m) => m.notes)).toEqual([[12, 13, 14]]);
    expect(scanNoteMarkers('It spread fast.28,29 Then it stopped.', 40).map((m) => m.notes)).toEqual([[28, 29]]);
  });

  it('leaves figures alone: decimals, thousands, times, years', () => {
    const text = 'At 10:30 some 4.5 million people and 12,000 troops moved in 2018, said Art.5 of the law.';
    expect(scanNoteMarkers(text, text.length)).toEqual([]);
  });

  it('reads lettered notes glued after punctuation only when the notes hold that letter', () => {
    const text = 'The Tawhid Brigade,d which fights in Idlib, grew.e Others did not, a b c.';
    const markers = scanNoteMarkers(text, text.length, { noteLetters: new Set(['d', 'e']) });
    expect(markers.map((m) => [text.slice(m.start, m.end), m.letters, m.notes])).toEqual([
      ['d', ['d'], []],
      ['e', ['e'], []],
    ]);
    expect(scanNoteMarkers(text, text.length)).toEqual([]);
  });

  it('masks markers with spaces so spans still index the original text', () => {
    const text = 'An estimated 2,0003 Tajik citizens joined the group1 in Syria.';
    const markers = scanNoteMarkers(text, text.length);
    const masked = maskNoteMarkers(text, markers);
    expect(masked).toHaveLength(text.length);
    expect(masked).toBe('An estimated 2,000  Tajik citizens joined the group  in Syria.');
  });
});
