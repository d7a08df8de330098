import type { Event } from '../../model/index.js';


/**
 * One dataset row read into Tessera's shape, before it is stored: an Event without its store id
 * or marking (the import's marking applies: store/event-import.ts), always from a dataset, plus
 * the day it counts on in trends and a hash of the source row (so a re-import can tell an
 * unchanged row from an updated one).
 */
export interface ImportedEvent extends Omit<Event, 'id' | 'origin' | 'marking'> {
  origin: { kind: 'dataset'; dataset: string; datasetEventId: string };
  /** The day the dataset codes the event on (ACLED event_date, UCDP date_start, GTD's date). */
  periodDate: string;
  rowHash: string;
}

/** A row as the reader met it: the event, or why it was rejected; `line` is the file line it starts on. */
export type ReadRow = { line: number; event: ImportedEvent } | { line: number; error: string };

/** Turns one CSV record (header → value) into an event, or throws TesseraError('invalid_input', reason). */
export type RowMapper = (record: Record<string, string>) => ImportedEvent;
