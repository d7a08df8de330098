import type {
  EntityType,
  EventType,
  RelationType,
  FuzzyDate,
  Hedge,
  Quantity,
  NameKind,
  Script,
  EventCounts,
  EventLocation,
} from '../model/index.js';

/**
 * What the extractor reads out of one document, before anything is stored.
 * Spans are character offsets into the document text; `sentence` is the index of the
 * sentence the span lies in (its cited endnotes give the citation chain).
 */
export interface TextSpan {
  start: number;
  end: number;
  sentence: number;
}

export interface ExtractedName {
  value: string;
  kind: NameKind;
  script: Script;
  /** Where the text gives this name, or null when it came from the reference knowledge pack. */
  span: TextSpan | null;
}

export interface ExtractedEntity {
  /** Stable within one extraction; relations and events refer to entities by it. */
  key: string;
  type: EntityType;
  name: string;
  names: ExtractedName[];
  mentions: TextSpan[];
  /** The reference-pack or gazetteer entry it was linked to, if any ("ref:isk", "geo:TJ"). */
  referenceId: string | null;
  attributes: { attribute: string; value: string | number | boolean; span: TextSpan | null }[];
}

export interface ExtractedEvent {
  type: EventType;
  date: FuzzyDate | null;
  location: EventLocation;
  /** Who acted: perpetrators, initiators (the arresting force of an arrest). */
  actorKeys: string[];
  /** Who or what was acted on: targets and victims (the suspect of an arrest). */
  targetKeys: string[];
  counts: EventCounts;
  summary: string;
  hedge: Hedge | null;
  span: TextSpan;
}

export interface ExtractedRelation {
  sourceKey: string;
  type: RelationType;
  targetKey: string;
  start: FuzzyDate | null;
  end: FuzzyDate | null;
  hedge: Hedge | null;
  span: TextSpan;
}

export interface ExtractedQuantity {
  quantity: Quantity;
  entityKey: string | null;
  span: TextSpan;
}

export interface Extraction {
  extractor: { name: string; version: string };
  entities: ExtractedEntity[];
  events: ExtractedEvent[];
  relations: ExtractedRelation[];
  quantities: ExtractedQuantity[];
}
