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

/** A cell's sums: events, fatalities. */
type CellLeaf = [number, number];

/**
 * A copy of a value kept as a key: a field read from a file may be a slice of the whole chunk it
 * was read from, which a kept slice would keep in memory.
 */
function own(value: string | null): string | null {
  return value === null ? null : (' ' + value).slice(1);
}

/**
 * Sums by key. Each column's values are numbered as they come (a small map per column), and a
 * cell is found by the string of its columns' numbers (two UTF-16 units a column) in one map,
 * which keeps the key (values copied once, when the cell is new) beside the sums. A tree of maps,
 * one level per column, made one Map per distinct key prefix: at a million synthetic ACLED rows
 * (about 240,000 area cells) most rows made new maps, and counting took about as long as mapping
 * and encoding the rows; joining each row's values themselves into one key string cost several
 * µs a row.
 */
class CellSums {
  private readonly numbers: Map<string | null, number>[] = [];
  private readonly codes: number[] = [];
  private readonly cells = new Map<string, { key: CellKey; sums: CellLeaf }>();

  /** Adds to the cell of `key` and returns its sums (which the caller may take back). */
  add(key: CellKey, events: number, fatalities: number): CellLeaf {
    const codes = this.codes;
    for (let i = 0; i < key.length; i++) {
      let numbers = this.numbers[i];
      if (numbers === undefined) this.numbers[i] = numbers = new Map();
      const value = key[i]!;
      let n = numbers.get(value);
      if (n === undefined) {
        n = numbers.size;
        numbers.set(own(value), n);
      }
      codes[2 * i] = n & 0xffff;
      codes[2 * i + 1] = n >>> 16;
    }
    if (codes.length !== 2 * key.length) codes.length = 2 * key.length;
    const code = String.fromCharCode.apply(null, codes);
    const cell = this.cells.get(code);
    if (cell !== undefined) {
      cell.sums[0] += events;
      cell.sums[1] += fatalities;
      return cell.sums;
    }
    const sums: CellLeaf = [events, fatalities];
    this.cells.set(code, { key: key.map(own), sums });
    return sums;
  }

  /** The cells, in the order they were first added. */
  all(): [CellKey, number, number][] {
    const cells: [CellKey, number, number][] = [];
    for (const { key, sums } of this.cells.values()) {
      // a cell whose only row another row of the same id replaced
      if (sums[0] !== 0) cells.push([key, sums[0], sums[1]]);
    }
    return cells;
  }
}

/** An event as counted: the sums it was added to, and its fatalities. */
export interface CountedEvent {
  leaves: CellLeaf[];
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
    const leaves = [this.area.add(part.area, 1, part.fatalities)];
    for (const key of part.actors) leaves.push(this.actor.add(key, 1, part.fatalities));
    return { leaves, fatalities: part.fatalities };
  }

  /** Uncounts an event addEvent counted. */
  takeBack(counted: CountedEvent): void {
    for (const leaf of counted.leaves) {
      leaf[0] -= 1;
      leaf[1] -= counted.fatalities;
    }
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
