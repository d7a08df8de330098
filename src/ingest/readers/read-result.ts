import type { DocumentFormat, FuzzyDate } from '../../model/index.js';

/** What a reader makes of a file: plain text (evidence spans index into it), title and date. */
export interface ReadResult {
  format: DocumentFormat;
  title: string | null;
  text: string;
  published: FuzzyDate | null;
  /** What the analyst should know about how the file was read (a guessed encoding…); shown, never fatal. */
  warnings?: string[];
}
