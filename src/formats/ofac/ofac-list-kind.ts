import type { Watchlist } from '../../model/index.js';
import type { WatchlistRecord } from '../watchlist/watchlist-record.js';

/**
 * Program tags of OFAC's non-SDN lists (the Consolidated Sanctions List): Non-SDN Palestinian
 * Legislative Council (NS-PLC), other NS- lists, Foreign Sanctions Evaders (FSE-IR, FSE-SY…)
 * and the Non-SDN Chinese Military-Industrial Complex list (CMIC-EO13959).
 */
const NON_SDN_PROGRAM = /^(?:NS-|FSE-|CMIC-)/;

/** Which OFAC list a file is, told from its entries, with the list's date as its version. */
export interface OfacListIdentity {
  list: Extract<Watchlist, 'ofac-sdn' | 'ofac-consolidated'>;
  /** The list's publication date (YYYY-MM-DD) when the file gives one (the XML does, the legacy CSV does not). */
  version: string | null;
  entries: number;
  /** Entries that carry a mark of a non-SDN list. */
  nonSdnEntries: number;
}

/**
 * Whether an entry carries a mark of one of OFAC's non-SDN lists: a non-SDN program tag, or a
 * sectoral (SSI, Executive Order 13662) or menu-based (NS-MBS, Executive Order 14024) directive.
 * An SDN entry may carry one too (a body both blocked and under a directive), so a file is
 * judged by most of its entries, not by one.
 */
export function hasNonSdnMark(record: Pick<WatchlistRecord, 'programs' | 'attributes'>): boolean {
  return record.programs.some((p) => NON_SDN_PROGRAM.test(p)) || record.attributes.some((a) => a.attribute === 'sanctions_directive');
}

/**
 * Names an OFAC file from its own content: the SDN list and the consolidated non-SDN list share
 * one file layout (sdnList XML; the legacy CSV), so the entries decide: a file most of whose
 * entries carry a non-SDN mark is the consolidated list.
 */
export async function identifyOfacList(records: AsyncIterable<WatchlistRecord>): Promise<OfacListIdentity> {
  let entries = 0;
  let nonSdnEntries = 0;
  let version: string | null = null;
  for await (const record of records) {
    entries += 1;
    if (hasNonSdnMark(record)) nonSdnEntries += 1;
    version ??= record.listDate;
  }
  const list = entries > 0 && nonSdnEntries * 2 > entries ? 'ofac-consolidated' : 'ofac-sdn';
  return { list, version, entries, nonSdnEntries };
}
