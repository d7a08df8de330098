import type { EntityType, NameKind, Script, Watchlist } from '../../model/index.js';

export interface WatchlistName {
  value: string;
  kind: NameKind;
  script: Script;
  /** The list's own grading of an alias ("Good", "Low", "strong", "weak"), when it gives one. */
  quality: string | null;
}

/** One listed person or body, as the list gives it. */
export interface WatchlistRecord {
  list: Watchlist;
  /** The list's own id (UN DATAID, OFAC ent_num / uid). */
  externalId: string;
  type: EntityType;
  /** Primary name first, then aliases and original-script names. */
  names: WatchlistName[];
  /** Listing reference (UN "QDi.123") or OFAC programs joined. */
  reference: string | null;
  /** Date of listing, YYYY-MM-DD, when the list gives it. */
  listedOn: string | null;
  programs: string[];
  /** Further facts as the list states them: nationality, date_of_birth, place_of_birth, designation… */
  attributes: { attribute: string; value: string }[];
  /** When the list was generated or published, YYYY-MM-DD, when the file says. */
  listDate: string | null;
}
