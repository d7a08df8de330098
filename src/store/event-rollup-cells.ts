import { INITIATOR_ROLES, TARGET_ROLES, type TlpMarking } from '../model/index.js';
import type { ImportedEvent } from '../formats/index.js';
import type { Store } from './store.js';

/** A cell's key: the values of its columns, in a fixed order. */
export type CellKey = (string | null)[];

/**
 * The roll-up cells of a bulk import's rows, counted while the rows are read (in the reader's
 * thread, beside the COPY of the batch before): each cell's key, its events and their fatalities.
 * An area cell is keyed [dataset, month, marking, country, admin1, type, dataset type, dataset
 * sub-type], an actor cell [dataset, month, marking, actor text, sides]. Plain arrays, so a worker
 * thread can send them with its batch.
 */
export interface RollupCellCounts {
  area: [key: CellKey, events: number, fatalities: number][];
  actor: [key: CellKey, events: number, fatalities: number][];
}

/** An event's part in the cells: its area cell, its fatalities, and its actor cells (one per actor name). */
export interface EventCellPart {
  area: CellKey;
  fatalities: number;
  actors: CellKey[];
}

const INITIATORS = new Set<string>(INITIATOR_ROLES);
const TARGETS = new Set<string>(TARGET_ROLES);

/** Bits of event_dimension_rollup.sides (as event-rollups.ts): 1 the initiating side, 2 the receiving side. */
function sideOf(role: string | null): number {
  if (role === null) return 0;
  return INITIATORS.has(role) ? 1 : TARGETS.has(role) ? 2 : 0;
}

/** What an event adds to the roll-ups at `marking`, as rebuildRollups groups it (the month of its period date). */
export function eventCellPart(event: ImportedEvent, marking: TlpMarking): EventCellPart {
  const { location, origin } = event;
  const month = `${event.periodDate.slice(0, 7)}-01`;
  const area = [origin.dataset, month, marking, location.country, location.admin1, event.type, event.datasetType, event.datasetSubtype];
  // an event counts once per actor name, with the sides of all its roles
  const actors: CellKey[] = [];
  const all = event.actors;
  for (let i = 0; i < all.length; i++) {
    const text = all[i]!.text;
    let isFirst = true;
    for (let j = 0; j < i; j++) if (all[j]!.text === text) isFirst = false;
    if (!isFirst) continue;
    let sides = 0;
    for (let j = i; j < all.length; j++) if (all[j]!.text === text) sides |= sideOf(all[j]!.role);
    actors.push([origin.dataset, month, marking, text, String(sides)]);
  }
  return { area, fatalities: event.counts.fatalities ?? 0, actors };
}

/**
 * A copy of a value kept as a key: a field read from a file may be a slice of the whole chunk it
 * was read from, which a kept slice would keep in memory.
 */
function own(value: string | null): string | null {
  return value === null ? null : (' ' + value).slice(1);
}

/**
 * Sums by key. Each column's values are numbered as they come (a small map per column, which keeps
 * each value once), and a cell is found by the string of its columns' numbers (two UTF-16 units a
 * column) in one map; its sums are kept in two arrays by the cell's number, and its key is spelled
 * out from the numbers at the end. A tree of maps, one level per column, made one Map per distinct
 * key prefix: at a million synthetic ACLED rows (about 240,000 area cells) most rows made new maps,
 * and counting took about as long as mapping and encoding the rows; joining each row's values
 * themselves into one key string cost several µs a row; a key array with its own copy of every
 * value, and a sums array, per cell kept the garbage collector busy.
 */
class CellSums {
  private readonly numbers: Map<string | null, number>[] = [];
  /** Each column's values by number. */
  private readonly values: (string | null)[][] = [];
  /** Each column's last value and its number: rows in a row often share a column's value (the dataset, the marking). */
  private readonly lastValues: (string | null | undefined)[] = [];
  private readonly lastNumbers: number[] = [];
  private readonly codes: number[] = [];
  private readonly cellOf = new Map<string, number>();
  /** Each cell's code, events and fatalities, by the cell's number. */
  private readonly cellCodes: string[] = [];
  private readonly events: number[] = [];
  private readonly fatalities: number[] = [];

  /** Adds to the cell of `key` and returns its number (for takeBack). */
  add(key: CellKey, events: number, fatalities: number): number {
    const codes = this.codes;
    for (let i = 0; i < key.length; i++) {
      const value = key[i]!;
      let n: number;
      if (value === this.lastValues[i]) {
        n = this.lastNumbers[i]!;
      } else {
        let numbers = this.numbers[i];
        if (numbers === undefined) {
          this.numbers[i] = numbers = new Map();
          this.values[i] = [];
        }
        let numbered = numbers.get(value);
        if (numbered === undefined) {
          numbered = numbers.size;
          const owned = own(value);
          numbers.set(owned, numbered);
          this.values[i]!.push(owned);
        }
        n = numbered;
        this.lastValues[i] = value;
        this.lastNumbers[i] = n;
      }
      codes[2 * i] = n & 0xffff;
      codes[2 * i + 1] = n >>> 16;
    }
    if (codes.length !== 2 * key.length) codes.length = 2 * key.length;
    const code = String.fromCharCode.apply(null, codes);
    let cell = this.cellOf.get(code);
    if (cell === undefined) {
      cell = this.cellCodes.length;
      this.cellOf.set(code, cell);
      this.cellCodes.push(code);
      this.events.push(0);
      this.fatalities.push(0);
    }
    this.events[cell]! += events;
    this.fatalities[cell]! += fatalities;
    return cell;
  }

  /** Takes back from cell number `cell` what add added. */
  takeBack(cell: number, events: number, fatalities: number): void {
    this.events[cell]! -= events;
    this.fatalities[cell]! -= fatalities;
  }

  /** The cells, in the order they were first added. */
  all(): [CellKey, number, number][] {
    const cells: [CellKey, number, number][] = [];
    for (let cell = 0; cell < this.cellCodes.length; cell++) {
      const events = this.events[cell]!;
      // a cell whose only row another row of the same id replaced
      if (events === 0) continue;
      const code = this.cellCodes[cell]!;
      const key: CellKey = [];
      for (let i = 0; 2 * i < code.length; i++) key.push(this.values[i]![code.charCodeAt(2 * i) | (code.charCodeAt(2 * i + 1) << 16)] as string | null);
      cells.push([key, events, this.fatalities[cell]!]);
    }
    return cells;
  }
}

/** An event as counted: the numbers of its area cell and actor cells, and its fatalities. */
export interface CountedEvent {
  area: number;
  actors: number[];
  fatalities: number;
}

/** Sums the cells of events' parts. */
export class RollupCellCounter {
  private readonly area = new CellSums();
  private readonly actor = new CellSums();

  /**
   * Counts an event; returns what takeBack needs to uncount it (when a later row of the same id
   * replaces it).
   */
  addEvent(part: EventCellPart): CountedEvent {
    const area = this.area.add(part.area, 1, part.fatalities);
    const actors = part.actors.map((key) => this.actor.add(key, 1, part.fatalities));
    return { area, actors, fatalities: part.fatalities };
  }

  /** Uncounts an event addEvent counted. */
  takeBack(counted: CountedEvent): void {
    this.area.takeBack(counted.area, 1, counted.fatalities);
    for (const cell of counted.actors) this.actor.takeBack(cell, 1, counted.fatalities);
  }

  counts(): RollupCellCounts {
    return { area: this.area.all(), actor: this.actor.all() };
  }
}

/** Sums the cells of `cells` by the values of each key `pick` keeps. */
function regroup(cells: RollupCellCounts['area'], pick: (key: CellKey) => (string | null | undefined)[]): [CellKey, number, number][] {
  const sums = new CellSums();
  for (const [key, events, fatalities] of cells) sums.add(pick(key).map((value) => value ?? null), events, fatalities);
  return sums.all();
}

/**
 * Writes the roll-up cells of datasets whose events are exactly the counted ones and none of them
 * flagged as a duplicate (no duplicate counts, no duplicate marking): the area cells, the monthly
 * cells and the admin1 cells grouped from them, and the actor cells, as rebuildRollups's queries
 * would group them from the event table, by COPY. The datasets' old cells must be gone.
 */
export async function writeRollupCells(store: Store, counts: RollupCellCounts): Promise<void> {
  const ws = store.workspaceId;
  const area = counts.area.map(([key, events, fatalities]) => {
    const [dataset, month, marking, country, admin1, type, datasetType, subtype] = key;
    return [ws, dataset, month, country, admin1, type, datasetType, subtype, marking, null, events, fatalities, 0, 0];
  });
  await store.copyRows(
    'event_area_rollup',
    ['workspace_id', 'dataset', 'month', 'country', 'admin1', 'type', 'dataset_type', 'dataset_subtype', 'marking', 'duplicate_marking',
      'events', 'fatalities', 'duplicate_events', 'duplicate_fatalities'],
    area,
  );
  // the area cells without admin1
  const months = regroup(counts.area, ([dataset, month, marking, country, , type, datasetType, subtype]) => [dataset, month, marking, country, type, datasetType, subtype]);
  await store.copyRows(
    'event_month_rollup',
    ['workspace_id', 'dataset', 'month', 'marking', 'country', 'type', 'dataset_type', 'dataset_subtype', 'duplicate_marking',
      'events', 'fatalities', 'duplicate_events', 'duplicate_fatalities'],
    months.map(([cell, events, fatalities]) => [ws, ...cell, null, events, fatalities, 0, 0]),
  );
  const dimensionColumns = ['workspace_id', 'dataset', 'month', 'marking', 'dimension', 'value', 'sides', 'duplicate_marking',
    'events', 'fatalities', 'duplicate_events', 'duplicate_fatalities'];
  // the area cells by admin1 alone
  const admin1 = regroup(counts.area, ([dataset, month, marking, , admin1Name]) => [dataset, month, marking, admin1Name]);
  await store.copyRows(
    'event_dimension_rollup',
    dimensionColumns,
    admin1.map(([[dataset, month, marking, value], events, fatalities]) => [ws, dataset, month, marking, 'admin1', value, null, null, events, fatalities, 0, 0]),
  );
  await store.copyRows(
    'event_dimension_rollup',
    dimensionColumns,
    counts.actor.map(([key, events, fatalities]) => {
      const [dataset, month, marking, value, sides] = key;
      return [ws, dataset, month, marking, 'actor', value, sides, null, events, fatalities, 0, 0];
    }),
  );
}
