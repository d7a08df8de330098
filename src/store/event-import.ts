import { newTimeOrderedId } from './time-ordered-id.js';
import { EVENT_LOCATION_COLUMNS, locationValues, type ImportedEvent } from '../formats/index.js';
import { TesseraError, TLP_MARKINGS, type TlpMarking } from '../model/index.js';
import type { Store } from './store.js';
import { ANALYZE_AFTER_ROWS, refreshStatistics } from './table-statistics.js';
import { encodeCsvLine } from './csv-rows.js';
import { holdsAtMost, suspendTableUpkeep, type RestoreTableUpkeep } from './table-upkeep.js';
import { eventCellPart, RollupCellCounter, type CountedEvent, type RollupCellCounts } from './event-rollup-cells.js';

/** How a batch of dataset rows changed the store. */
export interface UpsertCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

/** The event columns an import writes, in the order of EncodedEvents.eventCsv. */
export const EVENT_COLUMNS = [
  'workspace_id',
  'event_id',
  'type',
  'dataset_type',
  'dataset_subtype',
  'date_start',
  'date_end',
  'date_precision',
  'date_text',
  'period_date',
  ...EVENT_LOCATION_COLUMNS,
  'fatalities',
  'wounded',
  'arrested',
  'summary',
  'notes',
  'source_text',
  'dataset',
  'dataset_event_id',
  'row_hash',
  'marking',
] as const;
/** Columns an updated row overwrites (not its id, workspace or dataset key). */
const UPDATED_COLUMNS = EVENT_COLUMNS.filter((c) => !['workspace_id', 'event_id', 'dataset', 'dataset_event_id'].includes(c));
/** The event_actor columns an import writes, in the order of EncodedEvents.actorCsv. */
export const ACTOR_COLUMNS = ['workspace_id', 'event_id', 'position', 'actor_text', 'entity_id', 'role'] as const;

/**
 * Imports of this many rows or more (estimated), and at least as many as the event table holds,
 * drop its secondary indexes and build them again at the end: faster than updating them row by row.
 */
export const LARGE_IMPORT_ROWS = 50_000;

/**
 * Partial indexes no row of a large import enters, left in place while it writes: the events of
 * reports (migration 0004: an imported row always has a dataset), the events flagged as duplicates
 * (migration 0020: flags are set after the import) and the actors linked to an entity (migration
 * 0004: the few an import resolves). Dropped and built again, each cost a full scan of its table
 * (about 1.3 CPU-s at a million synthetic ACLED rows on PGlite, 0.3 s on PostgreSQL); kept, they
 * cost nothing or next to it.
 */
const INDEXES_KEPT_IN_IMPORTS = ['event_report_period_idx', 'event_duplicate_idx', 'event_actor_entity_idx'];

/**
 * The triggers a large import turns off while it writes: those that note each statement's inserts
 * into the event tables for the change markers (migration 0014), the check of inserted events'
 * workspaces and documents (migration 0018), which the import's own rows pass by construction, and
 * the noting of actor names (migration 0019), which the import does from each batch's names.
 */
const INSERT_TRIGGERS = [
  ['event', 'event_change_insert'],
  ['event_actor', 'event_actor_change_insert'],
  ['event', 'event_reference_check_insert'],
  ['event_actor', 'event_actor_name_insert'],
] as const;

/** Memory for the sorts and hashes of an import's queries (roll-ups, duplicate flags). */
const IMPORT_WORK_MEM = '64MB';
/** Memory for building the dropped indexes again (a GIN build flushes each time it is full). */
const IMPORT_MAINTENANCE_WORK_MEM = '256MB';

function stageRow(workspaceId: string, eventId: string, event: ImportedEvent, marking: TlpMarking): unknown[] {
  const { counts: c, date: d } = event;
  return [
    workspaceId,
    eventId,
    event.type,
    event.datasetType,
    event.datasetSubtype,
    d.start,
    d.end,
    d.precision,
    d.text ?? null,
    event.periodDate,
    ...locationValues(event.location),
    c.fatalities,
    c.wounded,
    c.arrested,
    event.summary,
    event.notes,
    event.sourceText,
    event.origin.dataset,
    event.origin.datasetEventId,
    event.rowHash,
    marking,
  ];
}

/**
 * A batch of dataset rows encoded for the event and event_actor tables as COPY CSV, each event
 * with a new id (its actors point at it), and the datasets it holds. Within a batch the last row
 * of a (dataset, dataset event id) wins. Plain strings, so a worker thread can encode a batch
 * while the store writes the one before (jobs/event-batches.ts).
 */
export interface EncodedEvents {
  /** The workspace the rows were encoded for. */
  workspaceId: string;
  eventCsv: string;
  actorCsv: string;
  /** Events in the batch (after the last row of an id has won). */
  count: number;
  datasets: string[];
  /** The batch's distinct actor names (for event_actor_name, migration 0019). */
  actorNames: string[];
}

const keyOf = (event: ImportedEvent) => `${event.origin.dataset}\u0000${event.origin.datasetEventId}`;

/**
 * Encodes dataset rows for EventImport.upsertEncoded as they are read, one at a time, at
 * `marking`, in `workspaceId`: each row becomes its COPY lines at once, so a batch keeps flat
 * strings instead of every row's object graph until it is sent (which the garbage collector
 * copied again and again). Within a batch the last row of a (dataset, dataset event id) wins,
 * in the place of the first.
 */
export class EventEncoder {
  /** Each row's place in the batch by its key; a row's lines and counted cells at that place of the arrays below. */
  private placeOf = new Map<string, number>();
  private eventLines: string[] = [];
  /** A row's actor lines, joined ('' for none). */
  private actorLines: string[] = [];
  private counted: CountedEvent[] = [];
  private datasets = new Set<string>();
  private actorNames = new Set<string>();
  /** The roll-up cells of the rows added (a row replaced by a later one of its id taken back). */
  private readonly cells = new RollupCellCounter();

  constructor(
    private readonly workspaceId: string,
    private readonly marking: TlpMarking,
  ) {}

  add(event: ImportedEvent): void {
    const id = newTimeOrderedId();
    this.datasets.add(event.origin.dataset);
    const key = keyOf(event);
    let place = this.placeOf.get(key);
    if (place === undefined) {
      place = this.eventLines.length;
      this.placeOf.set(key, place);
    } else {
      this.cells.takeBack(this.counted[place]!);
    }
    for (const actor of event.actors) this.actorNames.add(actor.text);
    this.eventLines[place] = encodeCsvLine(stageRow(this.workspaceId, id, event, this.marking));
    this.actorLines[place] = event.actors.map((actor, position) => encodeCsvLine([this.workspaceId, id, position, actor.text, actor.entityId, actor.role])).join('\n');
    this.counted[place] = this.cells.addEvent(eventCellPart(event, this.marking));
  }

  /** The rows added since the last take, as one batch; starts the next. */
  take(): EncodedEvents {
    const batch = {
      workspaceId: this.workspaceId,
      eventCsv: csvOfLines(this.eventLines),
      actorCsv: csvOfLines(this.actorLines.filter((lines) => lines !== '')),
      count: this.eventLines.length,
      datasets: [...this.datasets],
      actorNames: [...this.actorNames],
    };
    this.placeOf = new Map();
    this.eventLines = [];
    this.actorLines = [];
    this.counted = [];
    this.datasets = new Set();
    this.actorNames = new Set();
    return batch;
  }

  /**
   * The roll-up cells of all the rows added, counted as they were read (kept in the reader's
   * thread and sent once at the end: sent with each batch, they cost more to copy across threads
   * and merge than the grouping they save). Call after the last take.
   */
  rollupCells(): RollupCellCounts {
    return this.cells.counts();
  }
}

/** Encodes a batch of dataset rows for EventImport.upsertEncoded, at `marking`, in `workspaceId`. */
export function encodeEvents(workspaceId: string, marking: TlpMarking, batch: readonly ImportedEvent[]): EncodedEvents {
  const encoder = new EventEncoder(workspaceId, marking);
  for (const event of batch) encoder.add(event);
  return encoder.take();
}

function csvOfLines(lines: readonly string[]): string {
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
}

/**
 * One dataset import inside one transaction. Rows of a dataset the workspace did not hold when
 * the import began are COPYed straight into the event table with their actors (nothing there
 * to replace); rows of a dataset it already holds go through a staging table and one
 * INSERT … ON CONFLICT, so a re-import changes nothing and an updated row replaces the old one.
 * A fast batch that meets a key already written (a row repeated within the import) is rolled
 * back to its savepoint and upserted instead. A large import of new datasets drops the event
 * table's secondary indexes and builds them again in `finish` (in the same transaction, so a
 * failed import leaves them as they were; meanwhile other sessions wait for the table).
 *
 * event_actor has no foreign key to event (migration 0006): actor rows are written only here
 * and in events.ts, always in the transaction that writes their event, for an event id the
 * same code has just written or read back; deleting events deletes their actors by trigger.
 */
export class EventImport {
  /** Whether the workspace held no events of a dataset when the import began (absent: not asked yet). */
  private readonly isFresh = new Map<string, boolean>();
  /** Puts back the indexes and keys dropped for a large import. */
  private restoreUpkeep: RestoreTableUpkeep | null = null;
  /** Whether the insert triggers are off (noteInsertsOnce): each batch's actor names are then noted here. */
  private isNotingNames = false;
  private isStaged = false;
  private isFirstBatch = true;
  /** Rows inserted or updated since the import began. */
  private rowsWritten = 0;
  /** Whether every row written went into a dataset new to the workspace, by COPY. */
  private isAllNew = true;
  /** The datasets written. */
  private readonly written = new Set<string>();

  private constructor(
    private readonly tx: Store,
    private readonly expectedRows: number,
    private readonly marking: TlpMarking,
  ) {}

  /**
   * Starts an import in the caller's transaction. `expectedRows` (an estimate, e.g. from the
   * file size) decides, with the first batch, whether to drop and rebuild secondary indexes.
   * Every row is stored at `marking` (default TLP:CLEAR); re-importing a row at another marking
   * updates it.
   */
  static async begin(tx: Store, options: { expectedRows?: number; marking?: TlpMarking } = {}): Promise<EventImport> {
    // locked as the event table's key check locks it (migration 0018), also for a large import, which turns that check off
    const found = await tx.query('SELECT 1 FROM workspace WHERE workspace_id = $1 FOR KEY SHARE', [tx.workspaceId]);
    if (found.length === 0) throw new TesseraError('not_found', `workspace "${tx.workspaceId}" does not exist`);
    const marking = options.marking ?? 'TLP:CLEAR';
    if (!(TLP_MARKINGS as readonly string[]).includes(marking)) {
      throw new TesseraError('invalid_input', `event import: marking "${marking}" is not one of ${TLP_MARKINGS.join(', ')}`);
    }
    // for the rest of the import's transaction: sorts, hashes and index builds in memory (the
    // defaults spill a million rows to disk), and no JIT compilation (PostgreSQL spent 1-2 s
    // compiling each roll-up query of a large import, longer than running it)
    await tx.execScript(`SET LOCAL work_mem = '${IMPORT_WORK_MEM}'; SET LOCAL maintenance_work_mem = '${IMPORT_MAINTENANCE_WORK_MEM}'; SET LOCAL jit = off`);
    return new EventImport(tx, options.expectedRows ?? 0, marking);
  }

  /**
   * Upserts a batch of dataset rows by (dataset, dataset event id): a new row is inserted, a
   * row whose source hash changed replaces the stored one (keeping its id) with its actors,
   * an equal row is left alone. Within one batch the last row of an id wins.
   */
  upsert(batch: readonly ImportedEvent[]): Promise<UpsertCounts> {
    return this.upsertEncoded(encodeEvents(this.tx.workspaceId, this.marking, batch));
  }

  /** As upsert, for a batch encodeEvents made (in this import's workspace and at its marking). */
  async upsertEncoded(batch: EncodedEvents): Promise<UpsertCounts> {
    if (batch.count === 0) return { inserted: 0, updated: 0, unchanged: 0 };
    // a large import writes with the reference check off, sure of its rows' workspace
    if (batch.workspaceId !== this.tx.workspaceId) {
      throw new TesseraError('invalid_input', `event import: a batch encoded for workspace "${batch.workspaceId}" cannot go into "${this.tx.workspaceId}"`);
    }
    await this.learnDatasets(batch.datasets);
    const isFresh = batch.datasets.every((dataset) => this.isFresh.get(dataset));
    if (this.isFirstBatch) {
      this.isFirstBatch = false;
      // a large first import of new datasets: build the indexes once at the end (a re-import writes little)
      if (isFresh && this.expectedRows >= LARGE_IMPORT_ROWS) await this.dropSecondaryIndexes();
    }
    let counts: UpsertCounts | null = null;
    if (isFresh) {
      if (await this.insertFresh(batch)) counts = { inserted: batch.count, updated: 0, unchanged: 0 };
      // a key came twice in this import: upsert from now on
      else for (const dataset of batch.datasets) this.isFresh.set(dataset, false);
    }
    if (counts === null) {
      this.isAllNew = false;
      counts = await this.upsertKnown(batch);
    }
    if (this.isNotingNames) await this.noteActorNames(batch.actorNames);
    for (const dataset of batch.datasets) this.written.add(dataset);
    this.rowsWritten += counts.inserted + counts.updated;
    return counts;
  }

  /**
   * Builds again the indexes dropped for a large import and refreshes the planner's statistics
   * after a large one. Call before the transaction commits.
   */
  async finish(): Promise<void> {
    await this.restoreUpkeep?.();
    this.restoreUpkeep = null;
    if (this.isStaged) await this.tx.execScript('TRUNCATE event_stage, event_actor_stage, event_change');
    if (this.rowsWritten >= ANALYZE_AFTER_ROWS) await refreshStatistics(this.tx, ['event', 'event_actor']);
    this.rowsWritten = 0;
  }

  /**
   * The roll-up cells `counts` (EventEncoder.rollupCells of every batch this import wrote) with
   * the datasets written, when the workspace held none of their events before and every row was
   * inserted new: then they are all those datasets' cells, which refreshEventRollup writes instead
   * of grouping the events again; null otherwise.
   */
  rollupCells(counts: RollupCellCounts): { datasets: string[]; counts: RollupCellCounts } | null {
    return this.isAllNew && this.written.size > 0 ? { datasets: [...this.written], counts } : null;
  }

  private async learnDatasets(datasets: readonly string[]): Promise<void> {
    const unknown = new Set(datasets.filter((dataset) => !this.isFresh.has(dataset)));
    if (unknown.size === 0) return;
    const held = await this.tx.query<{ dataset: string }>(
      `SELECT d.dataset FROM unnest($2::text[]) AS d(dataset)
       WHERE EXISTS (SELECT 1 FROM event e WHERE e.workspace_id = $1 AND e.dataset = d.dataset)`,
      [this.tx.workspaceId, [...unknown]],
    );
    const isHeld = new Set(held.map((row) => row.dataset));
    for (const dataset of unknown) this.isFresh.set(dataset, !isHeld.has(dataset));
  }

  /** COPYs new events and their actors; false (and nothing written) when a key is already there. */
  private async insertFresh(batch: EncodedEvents): Promise<boolean> {
    await this.tx.execScript('SAVEPOINT event_import_batch');
    try {
      await this.tx.copyCsv('event', EVENT_COLUMNS, batch.eventCsv);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      await this.tx.execScript('ROLLBACK TO SAVEPOINT event_import_batch');
      return false;
    }
    await this.tx.execScript('RELEASE SAVEPOINT event_import_batch');
    await this.tx.copyCsv('event_actor', ACTOR_COLUMNS, batch.actorCsv);
    return true;
  }

  /**
   * Staging tables, then one INSERT … ON CONFLICT whose changed rows are kept in a third; the
   * actors of inserted and updated rows are written anew from the staged actors.
   */
  private async upsertKnown(batch: EncodedEvents): Promise<UpsertCounts> {
    const tx = this.tx;
    if (!this.isStaged) {
      await tx.execScript(
        `CREATE TEMP TABLE IF NOT EXISTS event_stage (LIKE event INCLUDING DEFAULTS) ON COMMIT DROP;
         CREATE TEMP TABLE IF NOT EXISTS event_actor_stage (LIKE event_actor) ON COMMIT DROP;
         CREATE TEMP TABLE IF NOT EXISTS event_change (event_id uuid, dataset text, dataset_event_id text, is_insert boolean) ON COMMIT DROP`,
      );
      this.isStaged = true;
    }
    await tx.execScript('TRUNCATE event_stage, event_actor_stage, event_change');
    await tx.copyCsv('event_stage', EVENT_COLUMNS, batch.eventCsv);
    await tx.copyCsv('event_actor_stage', ACTOR_COLUMNS, batch.actorCsv);
    const columns = EVENT_COLUMNS.join(', ');
    await tx.query(
      `WITH changed AS (
         INSERT INTO event (${columns})
         SELECT ${columns} FROM event_stage
         ON CONFLICT ON CONSTRAINT event_dataset_key DO UPDATE
           SET ${UPDATED_COLUMNS.map((c) => `${c} = excluded.${c}`).join(', ')}, recorded_at = now()
           WHERE event.row_hash IS DISTINCT FROM excluded.row_hash OR event.marking IS DISTINCT FROM excluded.marking
         RETURNING event_id, dataset, dataset_event_id, (xmax = 0) AS is_insert)
       INSERT INTO event_change SELECT * FROM changed`,
    );
    await tx.query(
      `DELETE FROM event_actor a USING event_change c
       WHERE NOT c.is_insert AND a.workspace_id = $1 AND a.event_id = c.event_id`,
      [tx.workspaceId],
    );
    await tx.query(
      `INSERT INTO event_actor (${ACTOR_COLUMNS.join(', ')})
       SELECT a.workspace_id, c.event_id, a.position, a.actor_text, a.entity_id, a.role
       FROM event_change c
       JOIN event_stage s ON s.dataset = c.dataset AND s.dataset_event_id = c.dataset_event_id
       JOIN event_actor_stage a ON a.event_id = s.event_id`,
    );
    const [changed] = await tx.query<{ inserted: number; updated: number }>(
      'SELECT count(*) FILTER (WHERE is_insert)::int AS inserted, count(*) FILTER (WHERE NOT is_insert)::int AS updated FROM event_change',
    );
    const inserted = changed?.inserted ?? 0;
    const updated = changed?.updated ?? 0;
    return { inserted, updated, unchanged: batch.count - inserted - updated };
  }

  /**
   * Drops the secondary indexes (not the keys) of the event and event_actor tables when the
   * import is at least as large as the event table already is; `finish` puts them back. The
   * tables have no foreign keys to drop (migrations 0006 and 0018: statement triggers check the
   * references, and noteInsertsOnce turns the insert check off while the import writes).
   */
  private async dropSecondaryIndexes(): Promise<void> {
    if (!(await holdsAtMost(this.tx, ['event'], this.expectedRows))) return;
    // (in the order readers lock them: an event, then its actors)
    const restoreIndexes = await suspendTableUpkeep(this.tx, ['event', 'event_actor'], { foreignKeys: false, keepIndexes: INDEXES_KEPT_IN_IMPORTS });
    if (restoreIndexes === null) return;
    const restoreNotes = await this.noteInsertsOnce();
    this.restoreUpkeep = async () => {
      await restoreIndexes();
      await restoreNotes();
    };
  }

  /**
   * Notes the import's change once (migration 0014's knowledge_change_note: this transaction, the
   * workspace, the import's marking, which is every inserted event's and so its actors') and turns
   * off the statement triggers that note each insert into event and event_actor, and the one that
   * checks inserted events' workspaces and documents (migration 0018), until the import finishes.
   * Each COPY of a batch otherwise kept its rows in a transition table, and the actors' trigger
   * looked up the event of every row for its marking (about 40% of the time to COPY the actors on
   * PostgreSQL). The import's rows pass the check by construction: each is of the import's
   * workspace, which `begin` found and locked as the check would (FOR KEY SHARE), and has no
   * document. Only where the tables are already locked for the import (the index drop took them
   * exclusively); the update and delete triggers stay, and everything is undone with the
   * transaction on failure.
   */
  private async noteInsertsOnce(): Promise<() => Promise<void>> {
    await this.tx.query(
      `INSERT INTO knowledge_change_note (transaction_id, workspace_id, feed, marking)
       VALUES (pg_current_xact_id(), $1, 'knowledge', $2)
       ON CONFLICT ON CONSTRAINT knowledge_change_note_pkey DO NOTHING`,
      [this.tx.workspaceId, this.marking],
    );
    await this.tx.execScript(INSERT_TRIGGERS.map(([table, trigger]) => `ALTER TABLE ${table} DISABLE TRIGGER ${trigger}`).join('; '));
    this.isNotingNames = true;
    return async () => {
      await this.tx.execScript(INSERT_TRIGGERS.map(([table, trigger]) => `ALTER TABLE ${table} ENABLE TRIGGER ${trigger}`).join('; '));
      this.isNotingNames = false;
    };
  }

  /**
   * Notes actor names as migration 0019's insert trigger does, while it is off (no other session
   * writes actors then: the import holds the table's exclusive lock).
   */
  private async noteActorNames(names: readonly string[]): Promise<void> {
    if (names.length === 0) return;
    await this.tx.query(
      `INSERT INTO event_actor_name (workspace_id, actor_text) SELECT $1, name FROM unnest($2::text[]) AS name
       ON CONFLICT ON CONSTRAINT event_actor_name_pkey DO NOTHING`,
      [this.tx.workspaceId, names],
    );
  }
}
