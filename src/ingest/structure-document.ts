import type { CitedWork, Sentence } from '../model/index.js';
import { maskNoteMarkers, scanNoteMarkers, type NoteMarker } from './note-markers.js';
import { splitEndnotes } from './split-endnotes.js';
import { splitSentences } from './split-sentences.js';

/** A report's text taken apart: body and endnotes, the note markers, and the body's sentences. */
export interface DocumentStructure {
  bodyEnd: number;
  citedWorks: CitedWork[];
  markers: NoteMarker[];
  sentences: Sentence[];
  /** The text with note markers blanked ("attack1 is" → "attack  is"), same length: what extraction reads. */
  maskedText: string;
}

/** Splits the endnotes off, finds the note markers the body carries (checked against the notes), and splits sentences. */
export function structureDocument(text: string): DocumentStructure {
  const { bodyEnd, citedWorks, noteLetters } = splitEndnotes(text);
  const markers = scanNoteMarkers(text, bodyEnd, {
    noteNumbers: new Set(citedWorks.map((w) => w.noteNumber)),
    noteLetters: new Set(noteLetters),
  });
  const sentences = splitSentences(text, bodyEnd, { markers });
  return { bodyEnd, citedWorks, markers, sentences, maskedText: maskNoteMarkers(text, markers) };
}
