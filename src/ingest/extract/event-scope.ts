/**
 * What the event finder's steps share (find-events.ts, no-occasion.ts): the document being read, the sentence being
 * read, and the trigger being read. Passed to each step as arguments; nothing here is kept between documents.
 */
import type { EventLocation, EventType, FuzzyDate, Sentence } from '../../model/index.js';
import type { Gazetteer } from '../reference/index.js';
import type { ExtractedEvent } from '../extraction.js';
import type { DateMention, UndatedMention } from './find-dates.js';
import type { HedgeMention } from './find-hedges.js';
import type { NamedAt } from './carried-subject.js';
import type { Mention } from './mention.js';

/** What the event readers share over one document. */
export interface EventDocumentScope {
  text: string;
  gazetteer: Gazetteer;
  hedges: readonly HedgeMention[];
  events: ExtractedEvent[];
  retold: Set<ExtractedEvent>;
  /** Where each event's trigger word stands (a merged event: where its first telling's does). */
  triggerOf: Map<ExtractedEvent, number>;
  stateKeys: ReadonlySet<string>;
  forceKeys: ReadonlySet<string>;
  siteCountry: ReadonlyMap<string, string>;
  dominant: string | null;
  sameParagraph: (from: number, to: number) => boolean;
  /** The country of the last attack or killing told, for a release about "the attack". */
  lastToldCountry: string | null;
  /** Every mention with its entity and type, in text order: where a pronoun finds the person it stands for. */
  named: readonly NamedAt[];
}

/** The sentence being read: what it names and dates, its triggers, and what the sentences before it left. */
export interface EventSentenceScope {
  s: Sentence;
  sentence: string;
  inS: readonly { m: Mention; key: string }[];
  sDates: readonly DateMention[];
  /** The sentence's dates that nothing places in time. */
  sUndated: readonly UndatedMention[];
  found: readonly { type: EventType; m: RegExpExecArray }[];
  carried: FuzzyDate | null;
  /** The sentence goes on telling one dated only by words nothing places in time. */
  carriedUndated: boolean;
  groupBefore: string | null;
  /** The person a sentence opening "He was …" speaks of (named in the sentence before), or null. */
  pronounPerson: string | null;
  previousCountry: { country: string; sentence: number; end: number } | null;
  location: EventLocation;
  placed: EventLocation;
  /** The place the item the sentence stands in opens with ("- 12 May, Catubig, Northern Samar: …"), or null. */
  itemPlace: EventLocation | null;
  /** The country the heading over that item names ("Eastern Visayas", "2. GREECE"), or null. */
  headingCountry: string | null;
  /** Where the sentence's own events begin in the document's list (those before are earlier sentences'). */
  sentenceEvents: number;
}

/** One trigger of a sentence being read: its kind, its words, where they stand and the counts it governs. */
export interface TriggerRead {
  /** Its place among the sentence's triggers. */
  fi: number;
  type: EventType;
  m: RegExpExecArray;
  /** Where its words start and end in the text. */
  at: number;
  atEnd: number;
  /** The counts it governs: from the trigger before it to the trigger after it. */
  countFrom: number;
  countTo: number;
}
