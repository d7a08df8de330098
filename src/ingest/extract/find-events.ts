import type { EventCounts, EventLocation, EventType, FuzzyDate, Sentence } from '../../model/index.js';
import type { Gazetteer, Place } from '../reference/index.js';
import type { ExtractedEvent } from '../extraction.js';
import { isInAside, type DateMention, type UndatedMention } from './find-dates.js';
import { governingHedge, type HedgeMention } from './find-hedges.js';
import { parseNumber } from './find-quantities.js';
import { carriedActor, carriedStateBody, type NamedAt } from './carried-subject.js';
import { assignEventRoles, blamedIn, claimantsOf, takeAsActors, takeBlameOfTold, takeClaimOfSeveral, takeClaimOfTold } from './event-roles.js';
import type { Mention } from './mention.js';
import type { EventDocumentScope, EventSentenceScope, TriggerRead } from './event-scope.js';
import { BOMBING_WORD, INITIALISM, MODAL, POLICE_OR_RAID, VIOLENT, isAnotherMatter, isNoArrestMade, isNoKillingOfTheNamed, isNoListingMade, isNoOneOccasion, isNoReleaseTold, isNotTold } from './no-occasion.js';
import { isStateBody } from './state-body.js';
import { AnchoredPattern } from './anchored-pattern.js';
import { WordIndex } from './word-index.js';
import { countBefore } from './count-before.js';
import type { DatedItem } from './dated-items.js';
import { eventCountryChoices, placeEvents, type EventCountryRanker } from './event-country.js';

/** The words that signal each kind of event, as they appear in threat reporting. */
const TRIGGERS: readonly (readonly [EventType, RegExp])[] = [
  ['pledge', /\b(?:pledg(?:ed|es|ing) (?:their |his |its )?(?:allegiance|bay[’'`]?ah)|pledge of allegiance|swore allegiance|sworn allegiance|bay[’'`]ah to)\b/i],
  ['merger', /\b(?:merged? with|merger (?:with|of|between)|integrated (?:[\w()’'-]+ ){0,8}into (?:its|their|the) ranks|joined forces with|absorbed (?:into|by)|was absorbed|unified with|united with|sought to merge)\b/i],
  ['appointment', /\b(?:(?:was|were) (?:named|appointed|elected|sworn in as|inaugurated as) (?:the )?(?:new |interim |acting |transitional )?(?:president|prime minister|secretary-general)|(?:was|were|been) (?:appointed|elected|promoted)|(?:was|were|been) (?:named|made|selected) (?:as )?(?:the |its |a )?(?:new |deputy |acting )?(?:leader|head|emir|amir|chief|commander|spokesman|governor|minister|wali)|appointed (?:as )?(?:the )?(?:new )?(?:leader|head|emir|amir|chief|commander|spokesman|governor|deputy)|became (?:the )?(?:new )?(?:leader|head|emir|amir|chief|commander)|took over (?:as )?(?:leadership|the leadership|leader|command)|succeeded [A-Z]|new (?:leader|emir|amir) of|(?:was|were) replaced (?:as (?:[\w’'-]+ ){1,4})?by|naming (?:him|her|[\w’'-]+(?: [\w’'-]+){0,3}) (?:as )?(?:its|the|their) (?:new )?(?:leader|emir|amir|governor|wali|chief|head|spokesman|commander|deputy)|(?:named|appointed|chose|selected|announced) (?:[\w’'-]+ ){1,6}as (?:its |the |their |his |her )?(?:new )?(?:leader|emir|amir|chief|head|caliph|spokesman|commander|wali|governor|successor))\b/i],
  ['designation', /\b(?:(?:was|were|been|is|are) (?:also )?designated\b|designated (?:as )?(?:a |an )?(?:specially|foreign|global|terrorist)|designat(?:ed|ion) (?:[\w()’'-]+ ){0,9}(?:as a |as an |as )?(?:terrorist|FTO|SDGT|Specially|Foreign Terrorist|extremist)|added (?:[\w-]+ ){0,4}to (?:the|its) (?:sanctions|terrorist|consolidated) list|(?:revok|amend)(?:ed|es|ing) (?:the |its |their |that )?(?:[\w-]+ ){0,2}(?:listing|designation|proscription)|sanctioned|delisted|proscribed|(?:a |the )?bounty|Rewards for Justice|reward of (?:up to )?\$|listed as a terrorist)\b/i],
  // "added ISIL-K to the ISIL (Da'esh) and Al-Qaida Sanctions List", "removed ETIM from the Terrorist Exclusion List", "added the gang
  // to its list of terrorist entities", "was listed … as QDe.162", "imposed sanctions on the network", "declared the NUG and the PDF
  // terrorist organisations", "labelled the TPNPB a terrorist organisation": a listing, a delisting or a ban by another verb
  ['designation', /\b(?:(?:added|removed) (?:[\w’'-]+ ){0,5}(?:to|from) (?:the |its |their )?(?:[\w()’'-]+ ){0,6}(?:sanctions|terrorist|consolidated|exclusion|terror|proscribed) (?:list|entities|organi[sz]ations)\b|(?:added|removed) (?:[\w’'-]+ ){0,5}(?:to|from) (?:the |its |their )?list of (?:[\w-]+ ){0,2}(?:terrorist|proscribed|banned|listed) (?:entities|organi[sz]ations|groups)|listed (?:[\w’'-]+ ){0,6}(?:as|under) (?:QDe|QDi)\.|imposed (?:[\w-]+ ){0,2}sanctions (?:on|against)|(?:declared|labell?ed|branded) (?:[\w’'-]+ ){1,10}?(?:as )?(?:an? )?(?:terrorist|unlawful) (?:organi[sz]ations?|groups?|entit(?:y|ies)|associations?))/i],
  // "the Treasury designated Hukumov": designated, then a name (case matters here)
  ['designation', /\b(?:[Dd]esignated|[Bb]lacklisted) (?:the )?(?=\p{Lu}\p{Ll}|(?:it|them|him|her)\b)/u],
  // "designated four South Africa-based individuals", "froze the assets of eleven people", "removed X from its list"
  ['designation', /\b(?:designated (?:[\w-]+ ){0,4}(?:individuals|entities|persons|people|men|members|leaders|financiers|facilitators|companies|firms|groups|organi[sz]ations)|froze (?:the )?(?:[\w-]+ ){0,2}(?:assets|accounts|wallets|funds|addresses)|(?:has|have|had) frozen (?:[\w-]+ ){0,3}(?:assets|accounts|wallets|funds|addresses)|(?:assets|accounts|wallets|funds) (?:[\w-]+ ){0,6}(?:were|was|had been|have been) frozen)\b/i],
  ['policy', /\b(?:(?:passed|adopted|updated|introduced|amended|signed) (?:[\w-]+ ){0,3}(?:law|decree|legislation|amnesty|ban)|amnesty|banned|outlawed|a law (?:allowing|banning|that)|new law|criminali[sz]ed|pardon(?:ed)? |clemency|commuted|raised (?:the |its )?(?:[\w-]+ ){0,2}(?:alert|threat level|alert level)|declared (?:a |the )?state of emergency|imposed (?:a |the )?(?:state of emergency|curfew))\b/i],
  ['propaganda', /\b(?:claimed (?:responsibility|credit)|announced (?:the|this|that|its) (?:[\w-]+ )?(?:attack|raid|bombing|operation|assault|killing)|claimed (?:the |this |that |a |an |these |both )?(?:series of |wave of |string of )?(?:[\w-]+ )?(?:attacks?|bombings?|assaults?|operations?|killings?|raids?|blasts?|bombing|assault|operation|killing|raid|blast)|claims? of responsibility|(?:stated|posted|announced|declared|wrote|said) (?:in|on|via|through) (?:a |an |the |its |his |their )?(?:[\w’'-]+ ){0,3}(?:website|channel|video|audio|statement|Telegram|Zello|magazine|blog|social media|account|newsletter)|released? (?:a |an |the )?(?:[\w-]+ ){0,4}(?:video|audio|statement|message|recording|nasheed|magazine|issue|publication|speech|book|booklet|infographic)|(?:video|audio|statement|message|recording|magazine|issue|article|editorial|essay)s? (?:was |were )?(?:released|published|circulated|disseminated|posted)|(?:circulated|disseminated|published|posted|broadcast|issued|released) (?:a |an |the )?(?:[\w-]+ ){0,5}(?:video|audio|statement|message|recording|magazine|issue|eulogy|claim|footage|photos|photographs|pamphlet|posters?|booklet|book|nasheed|editorial|infographic|speech|lectures?|sermons?)|(?:issue|edition|episode) of (?:[\w’'-]+(?: |, )){1,3}(?:was )?(?:released|published)|(?:which|that) (?:[\w’'-]+ ){1,3}claimed\b|(?:audio|video) message from|propaganda (?:video|campaign))\b/i],
  ['plot', /\b(?:plot(?:ted|s)?(?: to| against| in)|plotting|foiled|thwarted|disrupted (?:a |an |the )?(?:[\w-]+ ){0,3}(?:plot|attack|cell)|(?:planning|planned(?! the | its | their | this | that )|preparing|prepared) (?:a |an |to )?(?:[\w-]+ ){0,3}(?:attacks?|bombings?|assaults?|shootings?|stabbings?)|(?:preparing|building|assembling|manufacturing) (?:a |an )?(?:[\w-]+ ){0,2}(?:car bomb|explosive device|IED|bomb|suicide vest)s?\b|prepared (?:a |an )?(?:[\w-]+ ){0,2}(?:explosive device|bomb|IED|explosives|weapons?) for (?:a |an )?(?:[\w-]+ ){0,2}(?:attacks?|bombings?)|(?:disrupted|foiled|thwarted|uncovered) (?:a |an |the )?(?:[\w’'-]+ ){0,3}(?:plan|plans|scheme)\b(?= (?:by|of|to)\b)|conspir(?:acy|ed) to)\b/i],
  // (not "extradited": a transfer of one held already, or one asked for)
  ['arrest', /\b(?:(?<!\b(?:cardiac|respiratory|heart) )arrest(?:ed|s|ing)?|detain(?:ed|s|ing)|detention of|apprehen(?:ded|sion)|taken into custody|captured (?:[\w-]+ ){0,3}(?:suspects?|members?|militants?|fighters?|leader|commander)|(?:was|were) (?:later )?(?:captured|intercepted)|surrendered to (?:the )?(?:[\w-]+ )?(?:police|authorities|security forces|army|troops))\b/i],
  ['killing', /\b(?:(?:was|were|been|is) (?:reportedly |allegedly )?found (?:stabbed|shot|beaten|strangled|hanged)(?: to death| dead)?|(?:was|were|been|is) (?:reportedly |allegedly )?(?:killed|assassinated|executed|beheaded|shot dead|eliminated)(?: in (?:an? |the )?(?:[\w.-]+ ){0,2}(?:airstrike|air strike|drone strike|strike|raid|operation|clash(?:es)?|fighting))?|assassinated|beheaded|died\b(?! (?:in|during) (?:an? |the )?(?:[\w.-]+ ){0,2}(?:attack|bombing|blast|explosion|ambush))|assassinat(?:ed|ion) of|killing of|and (?:later |then |subsequently )?executed(?= in | on | by | after |[.,;])|(?:killed|died) in (?:an? |the )?(?:[\w.-]+ ){0,2}(?:airstrike|air strike|drone strike|strike|raid|operation|clash(?:es)?|fighting)|death of)\b/i],
  // "ISKP killed the Taliban's governor of Balkh": a figure killed by office
  ['killing', /\b(?:killed|assassinated|eliminated) (?:the |a |an |its |their )?(?:[\w’'-]+ ){0,3}(?:governor|commander|leader|emir|amir|chief|spokesman|cleric|deputy|founder|head|minister|mayor|financier|facilitator|recruiter|ideologue|bomb-?maker|official|secretary-general)\b/i],
  // "U.S. forces killed Khalid al-Jabouri": a named figure killed (case matters here)
  // "the FSB killed him in a raid": the person the sentence before was about (read where the sentence names no one)
  ['killing', /\b(?:killed|assassinated|executed|eliminated) (?:him|her)\b/i],
  ['killing', /\b(?:killed|assassinated|eliminated) (?=\p{Lu}\p{Ll}+ \p{Lu}|(?:al|el|ad|as|an|ar|at|az|ash|ul)-\p{Lu})/u],
  // ("an armed encounter with NPA fighters": the word for a firefight in the Philippines' and South Asia's reporting)
  // (not "the war in Gaza": a war is no one occasion)
  ['clash', /\b(?:(?<!\b(?:[Mm]inisters?|[Pp]residents?|[Ss]enators?|[Ll]awmakers|MPs|[Dd]iplomats|[Jj]udges|[Pp]arties|[Ss]pokes(?:man|woman)) (?:(?:publicly|openly|verbally|repeatedly|sharply|again|have|has|had) )?)clash(?:ed|es)?(?! of (?:opinions?|views|interests|ideas|personalities|cultures|civili[sz]ations|wills|visions)\b)|encounters? (?:with|between)|(?:conducted|carried out|launched) (?:[\w-]+ ){0,2}operations?|operations? (?:conducted|carried out) by|firefight|gun ?battle|shoot-?outs?|fought (?:against|with)|(?:security|military|counter-?terror(?:ism)?|special) operations?|(?:army|air|(?:air|aerial)(?: and |-and-)ground|joint|combined|clearance|counter-?insurgency) operation(?!s)|offensive (?:against|on)|(?:retook|recaptured|regained control of) (?:the |a )?(?:[\w-]+ ){0,3}(?:town|city|village|district|capital|base|port|area)|launched (?:a |an )?(?:[\w-]+ ){0,2}(?:offensive|counter-?offensive|operation|campaign)|airstrikes?|air strikes?|drone strikes?|raid(?:ed|s)? (?:on|against)(?! (?:\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December)))\b/i],
  // ("a senior attack planner", "an attack cell": the word names what serves attacks, not one)
  ['attack', /\b(?:attack(?:ed|s)?(?! (?:planners?|planning|cells?|networks?|teams?|squads?|plots?|capabilit(?:y|ies)|methods?|manuals?|guides?|helicopters?|vectors?)\b)|bomb(?:ing|ings|ed)|suicide (?:bomb(?:ing|ers?)|attacks?)|struck(?! (?:a |an |the )?(?:[\w-]+ )?(?:deal|agreement|accord|bargain|compromise|balance|chord|note|tone|pact|truce|ceasefire|alliance|partnership)s?\b| (?:down|off|out)\b)|stormed(?! (?:out|off)\b)|overran|overrun|explosions?|blasts?|shooting(?! (?:range|ranges|practice|training|club|competition|lessons?|star|script|schedule)\b)|ambush(?:ed)?|assault(?:ed)?(?! (?:rifles?|weapons?|guns?|boats?|craft|course|charges?)\b)|massacre|hostage(?! (?:negotiations?|negotiators?|talks|deal|exchange|swap|diplomacy)\b)|siege|stabbing|opened fire|detonated|rocket (?:attack|fire)|(?:SV|PB|V)?IEDs?|car bomb|grenade(?! launchers?\b)|targeted (?![^.;]{0,80}?\bwith (?:(?:new|fresh|further|financial|economic|targeted|travel) )?(?:sanctions|measures|restrictions|designations|legislation|lawsuits|charges|asset freezes|bans)\b)(?:[^\s,.;]+,? (?:and )?){0,6}(?:with|in)(?! (?:its|their|his) propaganda)|(?:killed|killing) [“"]?(?:(?:nearly|almost|about|around|roughly|up to|between) (?=\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|a dozen|dozens|hundreds))?(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a dozen|over|more|at least|dozens|scores|hundreds|several|many|numerous)|rammed(?! (?:his|her|their) (?:car|vehicle|truck|van)\b(?! into))|raided|kidnapped|abducted|(?:killed|assassinated) (?:the |a |an |its |their )?(?:[\w’'-]+ ){0,3}(?:governor|commander|emir|amir|spokesman|cleric|deputy|mayor|financier|recruiter|bomb-?maker|official|judge|prosecutor|imam|chief|journalist|reporter|activist|priest|pastor|teacher|lawyer|policeman|police officer|elder|politician|candidate|councillor|lawmaker|legislator|doctor|aid worker)|(?<=\b(?:the|a|an|their|its|his|her) (?:[\w-]+ )?)(?:kidnapping|abduction)(?! for ransom)|fired (?:on|upon) (?:a|an|the)\b|fired (?:[\w-]+ ){0,2}(?:rounds|shots|bullets|rockets|mortars?|mortar rounds|grenades?|missiles?) (?:at|on|into)|blew (?:himself|herself|themselves) up|hijack(?:ed|ing)(?! (?:the |a |an |their |its )?(?:[\w-]+ )?(?:protests?|movement|narrative|debate|agenda|process|revolution|uprising|cause|conversation|discourse|election|campaign)\b)|shot (?:dead|and killed)|gunned down|stabbed(?: to death)?|knife attack|(?<=\b(?:survived|escaped|foiled|thwarted|in|an?|the) (?:[\w-]+ )?)assassination attempt|attempt on (?:his|her|the [\w-]+[’']s) life|drove (?:[\w-]+ ){0,4}into (?:a |the )?crowd|(?:sank|sunk|seized|seizure of|(?:attempted|tried) to seize) (?:the |a |an |two |three )?(?:[\w-]+ ){0,3}(?:ships?|vessels?|carriers?|tankers?|freighters?|boats?|dhows?|frigates?|warships?|corvettes?))\b/i],
];

/** Each trigger read only where its opening words stand (anchored-pattern.ts). */
const ANCHORED_TRIGGERS: readonly (readonly [EventType, AnchoredPattern])[] = TRIGGERS.map(([t, re]) => [t, new AnchoredPattern(re)] as const);

export interface EventFinderInput {
  text: string;
  sentences: readonly Sentence[];
  mentions: readonly Mention[];
  entityOf: readonly string[];
  dates: readonly DateMention[];
  /** Dates the text tells but nothing places in time ("on Wednesday" with no year anywhere): an event they date is kept undated. */
  undated?: readonly UndatedMention[];
  hedges: readonly HedgeMention[];
  gazetteer: Gazetteer;
  /** Where the words of `text` start, for the sentences' triggers (made here when not given). */
  words?: WordIndex;
  /** The items of a digest or a bulletin (dated-items.ts): their leading date and place are their sentences'. */
  items?: readonly DatedItem[];
  /** A second opinion on each event's country (event-country.ts); absent or null: the rules' countries. */
  countryRanker?: EventCountryRanker | null;
}

/**
 * Events, one per sentence and kind, that the sentence dates: the trigger words of the
 * kind, the date nearest the trigger, the place from the sentence's locations (else the
 * country its demonyms or state bodies point to), the actors named in it, and the counts
 * it gives. The same kind in the same month and country is one event.
 */
export function findEvents(input: EventFinderInput): ExtractedEvent[] {
  const doc = readEventDocument(input);
  const { text, gazetteer, events, mentions, entityOf, triggerOf, retold, paragraphOf } = doc;
  const reading = startReading();
  for (const s of input.sentences) {
    const scope = readSentence(doc, reading, s);
    if (scope === null) continue;
    const found = findTriggers(doc, scope);
    const sentenceEvents = events.length;
    const triggerScope: EventSentenceScope = { ...scope, found, sentenceEvents };
    for (let fi = 0; fi < found.length; fi++) addTriggerEvents(doc, triggerScope, fi);
    dropMeansOfKilling(events, sentenceEvents, personKeysOf(scope.inS));
    takeClaimsOfTold(doc, scope, sentenceEvents);
  }
  // (not a Set of a mapped array: see addTriggerEvents)
  const personKeys = new Set<string>();
  mentions.forEach((m, k) => {
    if (m.type === 'person') personKeys.add(entityOf[k] as string);
  });
  const merged = mergeEvents(events, personKeys, retold, triggerOf);
  if (!input.countryRanker) return merged;
  const choices = eventCountryChoices({ text, sentences: input.sentences, mentions, entityOf, gazetteer, paragraphOf }, merged, merged.map((e) => triggerOf.get(e) ?? e.span.start));
  return placeEvents(merged, choices, input.countryRanker(choices));
}

/** The document as the event finder reads it: what the event readers share, and the lists the sentence reader walks. */
interface EventDocument extends EventDocumentScope {
  mentions: readonly Mention[];
  entityOf: readonly string[];
  dates: readonly DateMention[];
  undated: readonly UndatedMention[];
  items: readonly DatedItem[];
  words: WordIndex;
  /** Where each trigger pattern's opening words stand in the text (anchored-pattern.ts). */
  triggerStarts: readonly (Int32Array | null)[];
  /** The countries the report names, where a heading's region is looked for. */
  namedCountries: ReadonlySet<string>;
  paragraphOf: (pos: number) => number;
}

/** The document's lists, its paragraphs, its state bodies and forces, and the country it is mostly about, read once. */
function readEventDocument(input: EventFinderInput): EventDocument {
  const { text, entityOf, hedges, gazetteer } = input;
  const items = input.items ?? [];
  // ("- 12 May, Kabankalan City: …": an item's leading day the date reader leaves alone is read where it stands)
  const dates = withItemDates(input.dates, items);
  const mentions = withoutActingContainers(text, input.mentions);
  const words = input.words ?? new WordIndex(text);
  // (filled by a loop, not made with `map`: findTriggers reads it, see addTriggerEvents)
  const triggerStarts: (Int32Array | null)[] = [];
  for (const [, pattern] of ANCHORED_TRIGGERS) triggerStarts.push(pattern.startsIn(words));
  const events: ExtractedEvent[] = [];
  const undated = input.undated ?? [];
  // paragraph breaks found once; two positions share a paragraph when no break lies between them
  const breaks: number[] = [];
  for (const b of text.matchAll(/\n\s*\n/g)) breaks.push(b.index);
  // (an item of a digest, a bulletin or a chronology is a paragraph of its own)
  if (items.length > 0) {
    for (const item of items) breaks.push(item.start - 1);
    breaks.sort((a, b) => a - b);
  }
  const paragraphOf = (pos: number): number => countBefore(breaks, (b) => b, pos);
  const sameParagraph = (from: number, to: number): boolean => paragraphOf(from) === paragraphOf(to);
  const dominant = dominantCountry(mentions);
  // the countries the report names, where a heading's region is looked for ("NORTH-WEST REGION" in a digest on Cameroon)
  // (the dominant country put in first, not added by a call made only when there is one: the first report with one threw the
  // event finder's optimised code away, the call never having run before it was compiled; the set is only asked what it holds)
  const namedCountries = new Set<string>(dominant ? [dominant] : []);
  for (const m of mentions) if (m.type === 'location' && m.place?.level === 'country') namedCountries.add(m.place.country);
  // state bodies and forces ("U.S. special forces", "Turkish police"): they act or arrest, they are no place of a violent event
  const stateKeys = new Set<string>();
  const forceKeys = new Set<string>();
  mentions.forEach((m, k) => {
    if (isStateBody({ key: m.key, type: m.type, name: m.text, referenceId: m.ref ? `ref:${m.ref.id}` : null })) {
      stateKeys.add(entityOf[k] as string);
      if (FORCE_NAME.test(m.text)) forceKeys.add(entityOf[k] as string);
    }
  });
  const siteCountry = sitesCountries(text, mentions);
  /** Events told as a reference back ("after the bombing", "the death of X"): they merge with the telling of the same month. */
  const retold = new Set<ExtractedEvent>();
  /** What the trigger reader shares across sentences (the last attack or killing told, for a release about "the attack"). */
  const triggerOf = new Map<ExtractedEvent, number>();
  const named: NamedAt[] = mentions.map((m, k) => ({ m, key: entityOf[k] as string, type: m.type }));
  return {
    text, gazetteer, hedges, events, retold, triggerOf, stateKeys, forceKeys, siteCountry, dominant, sameParagraph, lastToldCountry: null, named,
    mentions, entityOf, dates, undated, items, words, triggerStarts, namedCountries, paragraphOf,
  };
}

/**
 * Where the sentence reader stands in the document's lists, and what the sentences read so far leave for the next: the
 * last country, date, group and person told (for "the group", "He was killed", "The attack killed four." after them).
 */
interface SentenceReading {
  /** The next mention, date, undated date and item that may lie in the sentence. */
  mi: number;
  di: number;
  ui: number;
  ii: number;
  /** Each item's leading place and its heading's, read once. */
  itemPlaces: Map<DatedItem, { place: EventLocation | null; heading: string | null }>;
  lastCountry: { country: string; sentence: number; end: number } | null;
  lastDated: { date: FuzzyDate; sentence: number; end: number } | null;
  /** The last sentence dated only by words nothing places in time ("on Wednesday" with no year anywhere). */
  lastUndated: { sentence: number; end: number } | null;
  lastGroup: { key: string; end: number } | null;
  lastPerson: { key: string; sentence: number; end: number } | null;
  /** The first person the last sentence naming one named (its subject, most often), for "killed him" in the next. */
  lastSubject: { key: string; sentence: number; end: number } | null;
}

function startReading(): SentenceReading {
  return { mi: 0, di: 0, ui: 0, ii: 0, itemPlaces: new Map(), lastCountry: null, lastDated: null, lastUndated: null, lastGroup: null, lastPerson: null, lastSubject: null };
}

/** A sentence read for its events, before its triggers are found. */
type SentenceRead = Omit<EventSentenceScope, 'found' | 'sentenceEvents'>;

/**
 * What a sentence names and dates, and what the sentences before it left; null for a heading, a caption, or a sentence
 * nothing dates (what it names is still remembered for the sentences after it).
 */
function readSentence(doc: EventDocument, reading: SentenceReading, s: Sentence): SentenceRead | null {
  const { text, gazetteer } = doc;
  const sentence = text.slice(s.start, s.end);
  const item = itemOf(doc, reading, s);
  const itemPlace = item ? placesOfItem(doc, reading, item) : undefined;
  const inS = mentionsIn(doc, reading, s);
  const sDates = datesIn(doc, reading, s);
  const sUndated = undatedIn(doc, reading, s);
  // (a neighbour across a border, where people come from, a place in a "one of whom" aside: no place of the sentence's events)
  const located = inS.filter(({ m: x }) => x.type !== 'location' || !isAsidePlace(text, s.start, x));
  const location = locate(located, sentence, gazetteer);
  const before = carryOver(doc, reading, s, sentence, inS, sDates, sUndated, location);
  // headings ("The May 2021 Market Bombing in Mosul") and figure or table captions name events, they do not report them
  if (!/[.!?"”’)]\s*$/.test(sentence.trim()) && sentence.split(/\s+/).length < 16) return null;
  if (/^\s*(?:Figure|Fig\.|Table|Chart|Graph|Map|Source)\s*\d*\b/.test(sentence)) return null;
  const { carried, carriedUndated } = carriedDate(doc, s, sentence, item, sDates, sUndated, before);
  // (a sentence whose only date nothing places in time still tells its events: they are kept undated)
  if (sDates.length === 0 && !carried && !carriedUndated && sUndated.length === 0) return null;
  // the places the sentence names, without a country that only modifies a force ("a United States strike")
  const placed = locate(located.filter(({ m: x }) => x.type === 'location' && !isForceModifier(text, x)), sentence, gazetteer);
  return {
    s, sentence, inS, sDates, sUndated, carried, carriedUndated, groupBefore: before.groupBefore, pronounPerson: before.pronounPerson,
    previousCountry: before.previousCountry, location, placed, itemPlace: itemPlace?.place ?? null, headingCountry: itemPlace?.heading ?? null,
  };
}

/** The item of a digest, a bulletin or a chronology the sentence stands in, or null. */
function itemOf(doc: EventDocument, reading: SentenceReading, s: Sentence): DatedItem | null {
  const { items } = doc;
  while (reading.ii < items.length && (items[reading.ii] as DatedItem).end <= s.start) reading.ii++;
  return reading.ii < items.length && (items[reading.ii] as DatedItem).start <= s.start ? (items[reading.ii] as DatedItem) : null;
}

/** The place an item opens with ("- 12 May, Catubig, Northern Samar: …") and the country its heading names, read once. */
function placesOfItem(doc: EventDocument, reading: SentenceReading, item: DatedItem): { place: EventLocation | null; heading: string | null } {
  const { text, gazetteer, mentions, namedCountries } = doc;
  let itemPlace = reading.itemPlaces.get(item);
  if (!itemPlace) {
    itemPlace = {
      place: item.place ? placeWithin(mentions, item.place, gazetteer) : null,
      heading: item.heading ? placeWithin(mentions, item.heading, gazetteer, text, namedCountries)?.country ?? null : null,
    };
    reading.itemPlaces.set(item, itemPlace);
  }
  return itemPlace;
}

/** The mentions that start in the sentence, with their entities. */
function mentionsIn(doc: EventDocument, reading: SentenceReading, s: Sentence): { m: Mention; key: string }[] {
  const { mentions, entityOf } = doc;
  const inS: { m: Mention; key: string }[] = [];
  while (reading.mi < mentions.length && (mentions[reading.mi] as Mention).start < s.start) reading.mi++;
  for (let k = reading.mi; k < mentions.length && (mentions[k] as Mention).start < s.end; k++) inS.push({ m: mentions[k] as Mention, key: entityOf[k] as string });
  return inS;
}

/** The dates that start in the sentence, but a birth date. */
function datesIn(doc: EventDocument, reading: SentenceReading, s: Sentence): DateMention[] {
  const { text, dates } = doc;
  while (reading.di < dates.length && (dates[reading.di] as DateMention).start < s.start) reading.di++;
  const sDates: DateMention[] = [];
  for (let k = reading.di; k < dates.length && (dates[k] as DateMention).start < s.end; k++) {
    const d = dates[k] as DateMention;
    // "born in Kulob in 1989": a birth date dates no event of the sentence
    if (!BORN_BEFORE.test(text.slice(Math.max(s.start, d.start - 50), d.start))) sDates.push(d);
  }
  return sDates;
}

/** The dates in the sentence that nothing places in time. */
function undatedIn(doc: EventDocument, reading: SentenceReading, s: Sentence): UndatedMention[] {
  const { undated } = doc;
  while (reading.ui < undated.length && (undated[reading.ui] as UndatedMention).start < s.start) reading.ui++;
  const sUndated: UndatedMention[] = [];
  for (let k = reading.ui; k < undated.length && (undated[k] as UndatedMention).start < s.end; k++) sUndated.push(undated[k] as UndatedMention);
  return sUndated;
}

/** What the sentences before leave to this one (carryOver). */
interface CarriedOver {
  previousCountry: { country: string; sentence: number; end: number } | null;
  previousDated: { date: FuzzyDate; sentence: number; end: number } | null;
  previousUndated: { sentence: number; end: number } | null;
  groupBefore: string | null;
  pronounPerson: string | null;
}

/**
 * What the sentences before left to this one (the last country, date, group and person told), and what this one leaves
 * to the next: "its fighters", "He was killed in a military operation", "the FSB killed him" speak of those told before.
 */
function carryOver(doc: EventDocument, reading: SentenceReading, s: Sentence, sentence: string, inS: readonly { m: Mention; key: string }[],
  sDates: readonly DateMention[], sUndated: readonly UndatedMention[], location: EventLocation): CarriedOver {
  const { text, sameParagraph } = doc;
  const previousCountry = reading.lastCountry;
  if (location.country) reading.lastCountry = { country: location.country, sentence: s.index, end: s.end };
  const previousDated = reading.lastDated;
  // the group the paragraph was last about, for "its fighters", "the group" in this sentence
  const groupBefore = reading.lastGroup && sameParagraph(reading.lastGroup.end, s.start) ? reading.lastGroup.key : null;
  const groupHere = inS.findLast(({ m: x }) => x.type === 'group');
  if (groupHere) reading.lastGroup = { key: groupHere.key, end: groupHere.m.end };
  // "He was killed in a military operation": the person the sentence before named, when this one names none
  const personBefore = reading.lastPerson;
  const subjectBefore = reading.lastSubject;
  const personHere = inS.findLast(({ m: x }) => x.type === 'person');
  if (personHere) reading.lastPerson = { key: personHere.key, sentence: s.index, end: personHere.m.end };
  const firstPerson = inS.find(({ m: x }) => x.type === 'person');
  if (firstPerson) reading.lastSubject = { key: firstPerson.key, sentence: s.index, end: firstPerson.m.end };
  // "He led the province until the FSB killed him in 2016": "him" is the one the sentence before was about
  const killedPronoun = !personHere && subjectBefore && s.index - subjectBefore.sentence <= 1 && sameParagraph(subjectBefore.end, s.start) &&
    KILLED_PRONOUN.test(sentence) ? subjectBefore.key : null;
  const pronounPerson = !personHere && personBefore && s.index - personBefore.sentence <= 1 && sameParagraph(personBefore.end, s.start) &&
    /^\s*(?:He|She)\s+(?:(?:was|had been|is)\s)/.test(text.slice(s.start, s.start + 30)) ? personBefore.key : killedPronoun;
  const firstDate = sDates.find((d) => Number(d.date.end.slice(0, 4)) - Number(d.date.start.slice(0, 4)) <= 1 && !PERIOD_BOUND.test(text.slice(Math.max(0, d.start - 20), d.start)));
  if (firstDate) reading.lastDated = { date: firstDate.date, sentence: s.index, end: s.end };
  const previousUndated = reading.lastUndated;
  if (firstDate) reading.lastUndated = null;
  else if (sUndated.length > 0) reading.lastUndated = { sentence: s.index, end: s.end };
  return { previousCountry, previousDated, previousUndated, groupBefore, pronounPerson };
}

/**
 * The date a sentence without one of its own goes on with ("The attack killed four."): its item's, or the dated sentence's
 * before it; or, going on from a sentence dated only by words nothing places in time, none (its events are undated too).
 */
function carriedDate(doc: EventDocument, s: Sentence, sentence: string, item: DatedItem | null, sDates: readonly DateMention[], sUndated: readonly UndatedMention[],
  before: CarriedOver): { carried: FuzzyDate | null; carriedUndated: boolean } {
  const { sameParagraph } = doc;
  const { previousDated, previousUndated } = before;
  // a sentence without a date may continue the dated one before it ("The attack killed four.")
  // (not one told "weeks earlier", "months before": an earlier time the text does not give)
  // (in an item of a digest or a chronology, the date the item opens with, however many sentences it holds)
  // (not one that tells its own time in words nothing places: "Last year police arrested three men" after a day of 2020;
  // "the same evening", "two days later" count from the date before, and go on with it)
  // (nor one that names a month the date reader could not place: "Missile attacks followed from December.")
  const ownUndated = sUndated.some((u) => !COUNTED_FROM_BEFORE.test(u.text)) || (sDates.length === 0 && MONTH_NAMED.test(sentence));
  // (nor one told "since then": a span after the date before, by an amount the text does not give)
  const carried = sDates.length === 0 && !VAGUELY_BEFORE.test(sentence) && !SINCE_THEN.test(sentence)
    ? (item?.date && item.date.end <= s.start ? item.date.date
      : previousDated && !ownUndated && s.index - previousDated.sentence <= 3 && sameParagraph(previousDated.end, s.start) ? previousDated.date : null)
    : null;
  // (so may one continuing a sentence dated only by words nothing places in time: its events are undated too)
  const carriedUndated = sDates.length === 0 && !carried && previousUndated !== null && s.index - previousUndated.sentence <= 3 && sameParagraph(previousUndated.end, s.start);
  return { carried, carriedUndated };
}

/** The triggers of a sentence, by kind priority (a pledge's words win over an attack's), then in text order. */
function findTriggers(doc: EventDocument, scope: SentenceRead): { type: EventType; m: RegExpExecArray }[] {
  const { text, words, triggerStarts } = doc;
  const { s, sentence, inS, pronounPerson, groupBefore } = scope;
  const taken: [number, number][] = [];
  const hasPlot = ANCHORED_TRIGGERS.some(([t, pattern], k) => t === 'plot' && pattern.firstIn(sentence, s.start, words, triggerStarts[k] ?? null) !== null);
  const hasPerson = inS.some(({ m: x }) => x.type === 'person') || pronounPerson !== null;
  // triggers by kind priority (a pledge's words win over an attack's), then told in text order
  const found: { type: EventType; m: RegExpExecArray }[] = [];
  for (let k = 0; k < ANCHORED_TRIGGERS.length; k++) {
    const [type, pattern] = ANCHORED_TRIGGERS[k]!;
    // "plotting attacks": the attack did not happen; a killing names its victim ("two fans were shot dead" is an attack)
    // (such a trigger takes no words from another either, so its pattern need not run)
    if (type === 'killing' && !hasPerson) continue;
    for (const m of pattern.matchesIn(sentence, s.start, words, triggerStarts[k] ?? null)) {
      // ("security forces said they had killed two militants who were preparing to attack": the forces' killing is told)
      if (type === 'attack' && hasPlot && !(FORCE_VERB.test(m[0]) && forceActs(sentence, m.index, inS, s.start))) continue;
      const at = s.start + m.index;
      const atEnd = at + m[0].length;
      if (taken.some(([a, b]) => at < b && atEnd > a)) continue;
      taken.push([at, atEnd]);
      // "ISKP claimed the attack on …": a claim of responsibility names the attack's perpetrator; it is
      // no release of propaganda unless an outlet or a statement carries it ("through its media wing", "via Amaq")
      // (one made on a day of its own, "claimed responsibility the following day", is a release: the day it was made)
      if (type === 'propaganda' && isBareClaim(m[0], sentence, inS.map(({ m: x }) => x)) && !CLAIM_DAY_AFTER.test(sentence.slice(m.index + m[0].length))) {
        found.push({ type: 'attack', m });
        continue;
      }
      // "the ministry banned TRF": outlawing a group is a designation, not a policy
      // ("banned Hamas activities in Germany", "banned all Hezbollah activity": a ban on what a group does is a policy)
      // (so is "Pakistan banned it in 2002", "X, the group blamed for …, was banned in March 2017": the group the
      // sentence names before the ban, by a pronoun or as the subject of the passive)
      if (type === 'policy' && /^(?:banned|outlawed)\s*$/i.test(m[0]) && (inS.some(({ m: x }) => x.type === 'group' && x.start >= at + m[0].trimEnd().length && x.start - at < 20) ||
        (/^\s+(?:it|them)\b/i.test(sentence.slice(m.index + m[0].length)) && (groupBefore !== null || inS.some(({ m: x }) => x.type === 'group'))) ||
        (/\b(?:was|were|is|are|has been|have been|had been)\s+(?:\w+ly\s+)?$/i.test(sentence.slice(Math.max(0, m.index - 25), m.index)) &&
          inS.some(({ m: x }) => x.type === 'group' && x.end <= at && !/[;]/.test(text.slice(x.end, at))))) &&
        !BANNED_ACTIVITY.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 80))) {
        found.push({ type: 'designation', m });
        continue;
      }
      // "pledged allegiance to X in a video released in mid-2014": the video carries the pledge, it is no release of its own
      if (type === 'propaganda' && found.some((f) => f.type === 'pledge' && f.m.index < m.index && PLEDGE_MEDIUM.test(sentence.slice(f.m.index + f.m[0].length, m.index)))) continue;
      // "an executive order directed the re-designation of X": the order is a policy; the listing comes when a body makes it
      if (type === 'designation' && ORDER_DIRECTS.test(sentence.slice(Math.max(0, m.index - 120), m.index))) {
        found.push({ type: 'policy', m });
        continue;
      }
      found.push({ type, m });
      // "claimed a series of attacks on 26 August": the claim and the attacks it announces
      if (type === 'propaganda' && /^claimed (?:a|an|a series of|a wave of|several|multiple)\s/i.test(m[0])) found.push({ type: 'attack', m });
    }
  }
  found.sort((x, y) => x.m.index - y.m.index);
  return found;
}

/**
 * "Al-Shabaab claimed all three attacks.", "The attack was attributed to JAS.", "ISKP claimed the attack through Amaq.": a
 * claim of several attacks, a blame, or a claim an outlet carries, of what the paragraph told before (event-roles.ts).
 */
function takeClaimsOfTold(doc: EventDocument, scope: SentenceRead, sentenceEvents: number): void {
  const { text, events, triggerOf, sameParagraph } = doc;
  const { s, inS, sDates, groupBefore } = scope;
  const toldBefore = (e: ExtractedEvent): boolean => e.span.sentence < s.index && sameParagraph(triggerOf.get(e) ?? e.span.start, s.start);
  /** The last attack or killing the paragraph told at most `within` sentences before this one. */
  const lastViolentTold = (within: number): ExtractedEvent | null =>
    events.findLast((e) => (e.type === 'attack' || e.type === 'killing') && s.index - e.span.sentence <= within && toldBefore(e)) ?? null;
  takeClaimOfSeveral(text, s.start, s.end, inS, groupBefore, () => events.filter((e) => s.index - e.span.sentence <= 8 && toldBefore(e)));
  // (a date after "since" dates a span, no event of the sentence's own: "which has used women as bombers since 2014")
  if (events.length === sentenceEvents && sDates.every((d) => /\bsince\s+$/i.test(text.slice(Math.max(0, d.start - 8), d.start)))) {
    takeBlameOfTold(text, s.start, s.end, inS, () => lastViolentTold(3));
  }
  if (sDates.length === 0) takeClaimOfTold(text, s.start, s.end, inS, () => lastViolentTold(2));
}

/**
 * The event (or one per country listed) that trigger `fi` of a sentence tells, unless it is generic,
 * negated, a tally, a reference back or undated. (A function of its own: V8 optimises it in a fraction
 * of the time the whole sentence loop took, and re-optimises it cheaply when the shapes it sees change.)
 * Each step is a function of its own for the same reason, and so that each reads as the step it is: the
 * guards that find no occasion (isNoOneOccasion … isNoKillingOfTheNamed), how the trigger is referred to,
 * its date, its roles and perpetrators, its kind, its place, and the event recorded. (The guards are pure:
 * only the ones that apply to a killing must come before a killing read as a police fight's clash.)
 *
 * (Neither it nor findEvents reads an array it has made with `map`: V8 makes that array holey where the
 * function runs optimised and packed where it runs in the interpreter, whose kind the optimised code was
 * compiled for, so each read of it threw the optimised code away and had it compiled again, a second of
 * compiling each time, over and over through the first few hundred reports.)
 */
function addTriggerEvents(doc: EventDocumentScope, scope: EventSentenceScope, fi: number): void {
  const { s, sentence, found, pronounPerson, inS } = scope;
  const { type, m } = found[fi]!;
  // the counts a trigger governs: from the trigger before it to the trigger after it
  // (the first also looks back: "three guards were killed in an ambush")
  const countFrom = fi > 0 ? m.index : 0;
  const countTo = fi + 1 < found.length ? found[fi + 1]!.m.index : sentence.length;
  const at = s.start + m.index;
  const atEnd = at + m[0].length;
  const t: TriggerRead = { fi, type, m, at, atEnd, countFrom, countTo };
  // (the guards before a killing read as a police fight's clash are those that apply to a killing, not to the clash it becomes)
  if (isNoOneOccasion(scope, t) || isNotTold(scope, t)) return;
  if (type === 'killing' && isKilledInPoliceFight(sentence, m)) {
    if (found.some((f) => f.type === 'killing' && f.m.index < m.index)) return;
    const asClash = [...found];
    asClash[fi] = { type: 'clash', m };
    addTriggerEvents(doc, { ...scope, found: asClash }, fi);
    return;
  }
  if (isNoReleaseTold(doc, scope, t) || isNoListingMade(scope, t) || isNoArrestMade(scope, t) || isAnotherMatter(scope, t) || isNoKillingOfTheNamed(doc, scope, t)) return;
  const reference = readReference(scope, t);
  // "the war in Gaza": a war the text refers to, not a clash on its date
  if (type === 'clash' && reference.definite && /^war\b/i.test(m[0])) return;
  const { date, toldUndated, continuesUndated } = dateOfTrigger(doc, scope, t, reference);
  // "… attacked a mosque in Herat. The Islamic State claimed responsibility.": a claim with no date of its own tells no attack
  // of its own; it names the perpetrator of the attack the paragraph told just before
  if (!date && type === 'attack' && CLAIM_OF_TOLD.test(m[0])) {
    takeClaimOfToldAttack(doc, scope);
    return;
  }
  if (!date && !toldUndated && !continuesUndated) return;
  if (isToldByAnother(doc, scope, t, date)) return;
  const { head, roles } = rolesOfTrigger(doc, scope, t);
  // a killing is of a named person ("a second suspect was killed in a clash", "11 members were killed" tell a clash or an attack)
  // ("a second was killed in a clash with soldiers": the clash it names is the event)
  if (type === 'killing' && ![...roles.targetKeys, ...roles.actorKeys].some((k) => inS.some(({ m: x, key }) => key === k && x.type === 'person') || k === pronounPerson)) {
    if (/\b(?:clash(?:es)?|air ?strike|drone strike|strike|raid|operation|fighting)$/i.test(m[0])) {
      const asClash = [...found];
      asClash[fi] = { type: 'clash', m };
      addTriggerEvents(doc, { ...scope, found: asClash }, fi);
    }
    return;
  }
  takePerpetrators(doc, scope, t, roles, head);
  // "the Ministry of Interior released a statement": a state body's statement is no propaganda (a group's or an outlet's
  // release is; the statement may tell events of its own)
  if (type === 'propaganda' && roles.actorKeys.length > 0 && roles.actorKeys.every((k) => doc.stateKeys.has(k))) return;
  // "U.S. forces carried out airstrikes against …", "a joint raid by Iraqi forces killed 15 militants": a state's force is a clash
  // "the army said it had killed 80 attackers", "special forces killed the hostage-takers": the end of the attack told, no clash of its own
  if (type === 'attack' && FORCE_VERB.test(m[0]) && KILLED_ATTACKERS.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 60)) && forceActs(sentence, m.index, inS, s.start)) return;
  const kind = kindOfTrigger(doc, scope, t, roles);
  // ("U.S. forces killed X … and detained two others in Deir ez-Zor": the force's country is not where it made the arrest either)
  // (", which killed 90", ", killing two": a participle that goes on telling the event before it is placed where that event is)
  const goesOn = GOES_ON_TELLING.test(sentence.slice(Math.max(0, m.index - 8), m.index + m[0].length));
  let loc = placeNamedFor(doc, scope, t, roles, goesOn);
  loc = placeOfListing(doc, scope, t, roles, loc);
  loc = placeOfRelease(doc, scope, t, loc);
  loc = placeFromContext(doc, scope, t, loc);
  loc = placeOnTheGround(doc, scope, t, roles, loc);
  recordEvents(doc, scope, t, { kind, date, roles, loc, goesOn, reference, continuesUndated });
}

/** How a trigger is referred to (readReference). */
interface TriggerReference {
  back: RegExpExecArray | null;
  backReference: boolean;
  backFrom: number;
  definite: boolean;
  deathSpokenOf: boolean;
}

/** A trigger's date, or how it is told undated (dateOfTrigger). */
interface TriggerDate {
  date: FuzzyDate | null;
  toldUndated: boolean;
  continuesUndated: boolean;
}

type EventRoles = ReturnType<typeof assignEventRoles>;

/** The clause a trigger's roles are read from, and the roles (rolesOfTrigger). */
interface TriggerRoles {
  head: RegExpExecArray;
  roles: EventRoles;
}

/** What a trigger tells, ready to record (recordEvents). */
interface TriggerTold {
  kind: EventType;
  date: FuzzyDate | null;
  roles: EventRoles;
  loc: EventLocation;
  goesOn: boolean;
  reference: TriggerReference;
  continuesUndated: boolean;
}

/**
 * How the trigger is referred to: after "after the", "since its" (a reference back, and where dates inside it begin), with
 * "the" ("the attack", "either attack"), or as "the death of": each keeps the date of the sentence from it or narrows it.
 */
function readReference(scope: EventSentenceScope, t: TriggerRead): TriggerReference {
  const { s, sentence } = scope;
  const { type, m, atEnd } = t;
  // "two days after the bombing", "after his arrest": a reference back to an event told before,
  // unless its own date stands right by it ("since the Garissa college siege of 2015")
  const backWindow = Math.max(0, m.index - 40);
  const back = BACK_REFERENCE.exec(sentence.slice(backWindow, m.index));
  const backReference = back !== null;
  // dates inside the reference ("since the 2020 war in Tigray") or right after it still date it
  const backFrom = back ? s.start + backWindow + back.index : atEnd;
  // "the attack" ("either attack", "both attacks") refers back to an event told before, unless a date stands right by it
  // ("the planning of the Crocus City Hall attack": an event named by its place is one told before too)
  const definite = (type === 'attack' || type === 'clash' || type === 'plot') && (/\b(?:the|either|both|each|neither)\s+(?:[\w-]+\s+){0,2}$/i.test(sentence.slice(Math.max(0, m.index - 30), m.index)) ||
    /\bthe\s+(?:\p{Lu}[\p{L}’'-]*\s+){1,5}$/u.test(sentence.slice(Math.max(0, m.index - 60), m.index))) || isArrestReferredTo(sentence, m);
  // "the death of his successor": a death told (or not) elsewhere, dated only by its own sentence
  const deathSpokenOf = type === 'killing' && /^(?:death|assassination|killing) of/i.test(m[0]) && /\bthe\s+$/i.test(sentence.slice(Math.max(0, m.index - 10), m.index));
  return { back, backReference, backFrom, definite, deathSpokenOf };
}

/**
 * The date of the trigger's event: the nearest of the sentence's own dates that date an occasion (not a period's bound, a
 * writing's date or another occasion's), else the date carried from the sentence before; or none, told undated.
 */
function dateOfTrigger(doc: EventDocumentScope, scope: EventSentenceScope, t: TriggerRead, reference: TriggerReference): TriggerDate {
  const { text } = doc;
  const { sentence, sDates, sUndated, carried, carriedUndated } = scope;
  const { type, m, at, atEnd } = t;
  const { back, backReference, backFrom, definite, deathSpokenOf } = reference;
  // "left HTS in July 2017 and later fought against it": a date before "and later" dates the earlier verb only
  // ("led it until his arrest, was convicted in November 2022": a date past the clause that ends "until …" is another verb's)
  const untilReference = back !== null && /^(?:until|till)\b/i.test(back[0]);
  // ("The arrests come six years after the Nov. 2, 2020 attack": a date another occasion told before or after is named by
  // dates that occasion; not a claim of it, nor a death in it: "IS claimed it after the 3 May bombing")
  const own = (backReference ? sDates.filter((d) => d.start >= backFrom) : sDates)
    .filter((d) => !(d.end <= at && LATER_BETWEEN.test(text.slice(d.end, at))) && !(untilReference && d.start >= atEnd && /[,;]/.test(text.slice(atEnd, d.start))) &&
      !(type !== 'propaganda' && type !== 'killing' && namesOtherOccasion(text, d, at, atEnd)) &&
      // ("mentioned TRF in its July 2025 report, noting that it had claimed the attack", "its editorial of 2 January 2025 to
      // the attack": the date of the text that speaks of an event is that text's, a release's own date only)
      !(type !== 'propaganda' && type !== 'designation' && type !== 'policy' && datesWriting(text, d)) &&
      // ("Khan planned a mass shooting … on or around 7 October", "arrested a cell planning attacks during Navruz in March":
      // a date a verb of planning governs is the planned occasion's, not of the plot found out or of the arrest)
      // (a year is the plot's too: "a cell planning bombings in Tehran in 2019 was broken up")
      !((type === 'plot' || type === 'arrest') && d.start >= at && d.date.precision !== 'year' && PLANNED_BEFORE_DATE.test(text.slice(at, d.start))));
  // "its external plotting since 2022": a period's start dates no attack, plot or arrest
  // ("named emir after 2020": a year after or before which dates no occasion either; "appointed by the end of 2016" does)
  // (but "since September 2014, when his predecessor was killed" dates the "when" clause's event)
  // ("a bond it renewed publicly after 2021": so for a pledge, a merger or a release)
  // ("announced arrests, continuing a trend seen since the Crocus City Hall attack in March 2024": a date after "since"
  // past the trigger dates the start of the span it stands in, not the trigger)
  const occasions = type !== 'designation' && type !== 'policy' ? own.filter((d) => !(VIOLENT.has(type) && PERIOD_BOUND.test(text.slice(Math.max(0, d.start - 20), d.start)) && !/^,?\s+when\b/i.test(text.slice(d.end, d.end + 8))) &&
    !(VIOLENT.has(type) && d.start >= atEnd && /\bsince\b/i.test(text.slice(atEnd, d.start))) &&
    // ("told parliament in September 2023 that there was evidence linking agents to the killing of X": the date is the telling's)
    !(deathSpokenOf && d.end <= at && /\bthat\b/i.test(text.slice(d.end, at))) &&
    !(d.date.precision === 'year' && /\b(?:after|before)\s+$/i.test(text.slice(Math.max(0, d.start - 10), d.start)))) : own;
  let date = occasions.length > 0 ? nearestDate(occasions, at, atEnd, text, backReference ? 45 : definite ? 60 : Infinity) : null;
  // "the 2010 attack in which members of the PFI cut off a lecturer's hand … on 4 July 2010", "its attacks of 2024, in Kerman
  // in January": a year the trigger is named by, told to its day or month further on in the sentence, is that day's or month's
  if (date?.precision === 'year') date = dayOfYearTold(occasions, date, at, atEnd, text) ?? date;
  // ("He was later extradited to Brazil", "they were subsequently released": a later step the sentence gives no date of,
  // not of the day the sentence before told)
  if (!date && carried && !definite && !deathSpokenOf && !backReference && CARRIED.has(type) &&
    !/\b(?:later|subsequently|eventually|afterwards|thereafter)\s+(?:\w+\s+)?$/i.test(sentence.slice(Math.max(0, m.index - 30), m.index))) date = carried;
  // "Three people detained on Wednesday were released" in a story with no year: told, but nothing places it in
  // time; kept with its date unknown (null), under the same guards and reach as a date (never an invented year)
  const toldUndated = !date && isUndatedOccasion(sUndated, at, atEnd, backReference ? backFrom : null, backReference ? 45 : definite ? 60 : Infinity);
  // (a sentence going on telling an undated one tells the same event: "… on Wednesday. It killed nine.")
  const continuesUndated = !date && !toldUndated && carriedUndated && !definite && !deathSpokenOf && !backReference && CARRIED.has(type);
  return { date, toldUndated, continuesUndated };
}

/**
 * "… attacked a mosque in Herat. The Islamic State claimed responsibility.": a claim with no date of its own tells no attack
 * of its own; it names the perpetrator of the attack the paragraph told just before.
 */
function takeClaimOfToldAttack(doc: EventDocumentScope, scope: EventSentenceScope): void {
  const { text, events, sameParagraph } = doc;
  const { s, sentence, inS, groupBefore } = scope;
  // (the paragraph of the attack's trigger: an item of a digest, "(b) On 13 March …", opens after its label)
  // ("a suicide bomber killed the minister X in his office. ISKP claimed the attack": the killing told is the claimed attack)
  const told = events.findLast((e) => (e.type === 'attack' || e.type === 'killing') && s.index - e.span.sentence <= 2 && sameParagraph(doc.triggerOf.get(e) ?? e.span.start, s.start));
  if (told) takeAsActors(told, claimantsOf(text, s.start, s.end, inS));
  // ("The group claimed responsibility the next day.": the group the paragraph is about)
  if (told && told.actorKeys.length === 0 && groupBefore && !told.targetKeys.includes(groupBefore) && GROUP_CLAIMED.test(sentence) &&
    !inS.some(({ m: x }) => x.type === 'group')) takeAsActors(told, [groupBefore]);
}

/**
 * A trigger the sentence tells as part of another event or as a time it does not give: "in the following weeks", a
 * killing retold after "said", an accident's dead, the operation an arrest was made in, a clash's toll, a raid's end.
 */
function isToldByAnother(doc: EventDocumentScope, scope: EventSentenceScope, t: TriggerRead, date: FuzzyDate | null): boolean {
  const { events } = doc;
  const { s, sentence, sDates, found, carried } = scope;
  const { type, m, at } = t;
  // "arrested in the following weeks", "some months later": a time after the date told, by an amount the text does not give
  // (unless the date reader read that time itself: "the following weeks" after a day it knows)
  const vague = CARRIED.has(type) ? VAGUELY_AFTER.exec(sentence.slice(m.index, m.index + m[0].length + 60).split(/[;]/)[0] as string) : null;
  if (vague && !sDates.some((d) => d.start < at + vague.index + vague[0].length && d.end > at + vague.index)) return true;
  // "X and Y were killed in August 2022; the party confirmed their deaths in April 2023 and said they had been killed by
  // the military": a killing the sentence told, retold after a reporting verb (dated by the report, not by the death)
  const firstOfKind = found.find((f) => f.type === type)!.m;
  if ((type === 'killing' || type === 'arrest') && firstOfKind !== m && REPORTED_BETWEEN.test(sentence.slice(firstOfKind.index + firstOfKind[0].length, m.index))) return true;
  // "the Tempi rail disaster of February 2023 that killed 57 people": an accident's dead, no attack
  if (type === 'attack' && /^kill(?:ed|ing)\b/i.test(m[0]) && ACCIDENT_BEFORE.test(sentence.slice(Math.max(0, m.index - 60), m.index))) return true;
  // "announced the arrest of its leader … in a joint operation by the DSS": the operation an arrest was made in is the arrest
  if (type === 'clash' && /operations?$/i.test(m[0]) && found.some((f) => f.type === 'arrest' && f.m.index < m.index) &&
    /\b(?:in|during|through)\s+(?:a|an|the)\s+$/i.test(sentence.slice(Math.max(0, m.index - 20), m.index))) return true;
  // "a combined air and ground operation near Téra killed 30 militants": the armed men a clash kills are its toll, no attack
  // of their own (civilians it kills are: "a drone strike on the market killed 14 civilians")
  if (type === 'attack' && /^kill(?:ed|ing)\b/i.test(m[0]) && !CIVILIANS_KILLED.test(sentence.slice(m.index, m.index + m[0].length + 90)) &&
    found.some((f) => f.type === 'clash' && f.m.index < m.index && CLASH_TOLL_BETWEEN.test(sentence.slice(f.m.index + f.m[0].length, m.index)))) return true;
  // "On 26 April, security forces raided a safe house. The occupants detonated explosives, killing 15": an attack the
  // next sentence tells without a date or a doer of its own, right after a state force's raid of that day, is the raid's end
  const lastTold = events.at(-1);
  if (type === 'attack' && date !== null && date === carried && lastTold && lastTold.type === 'clash' && lastTold.date === carried &&
    s.index - lastTold.span.sentence === 1 && RAID_ENDS.test(sentence.slice(0, m.index + m[0].length))) return true;
  return false;
}

/**
 * Who did it and to whom, read from the clause of the first trigger of its kind (a participle goes on telling it): the
 * roles the sentence gives, the person a pronoun stands for, the ones who fought an attack off, a carried subject.
 */
function rolesOfTrigger(doc: EventDocumentScope, scope: EventSentenceScope, t: TriggerRead): TriggerRoles {
  const { text, stateKeys } = doc;
  const { s, sentence, inS, sDates, found, pronounPerson } = scope;
  const { type, m, at } = t;
  // ", killing 21": a participle goes on telling the first trigger of its kind, whose clause names the parties
  // (not one another clause with its own subject tells: "Germany banned the PKK in 1993; the United States designated it in
  // 1997", "The United States designated it in 2001, and Pakistan banned it in 2002")
  const first = found.find((f) => f.type === type)!.m;
  // (nor one a relative clause tells of the ones the first struck: "killed 40 Boko Haram fighters who attacked a base")
  const head = first !== m && ((type === 'designation' || type === 'policy') && OWN_CLAUSE_BETWEEN.test(sentence.slice(first.index + first[0].length, m.index)) ||
    RELATIVE_SUBJECT_BEFORE.test(sentence.slice(Math.max(0, m.index - 30), m.index))) ? m : first;
  const roles = assignEventRoles(type, text, s.start, s.end, s.start + head.index, s.start + head.index + head[0].length, inS);
  if (pronounPerson && (type === 'killing' || type === 'arrest') && !roles.targetKeys.includes(pronounPerson)) roles.targetKeys.push(pronounPerson);
  // "Nigerien troops repelled a night attack on their base": the ones who fought an attack off were its target, not its doers;
  // its doers are the groups the attack's own words name ("repulsed an ISWAP attack", "repelled an attack by ISWAP")
  const lookBack = Math.max(0, m.index - 40);
  const repelled = type === 'attack' || type === 'clash' ? REPELLED_BEFORE.exec(sentence.slice(lookBack, m.index)) : null;
  if (repelled) {
    const objectStart = s.start + lookBack + repelled.index;
    const doers = [...new Set(inS.filter(({ m: x }) => x.type === 'group' && x.start >= objectStart &&
      (x.end <= t.atEnd || /^\s+by\s+(?:the\s+)?$/i.test(text.slice(t.atEnd, x.start)))).map(({ key }) => key))];
    for (const k of roles.actorKeys) if (!doers.includes(k) && !roles.targetKeys.includes(k)) roles.targetKeys.push(k);
    roles.targetKeys = roles.targetKeys.filter((k) => !doers.includes(k));
    roles.actorKeys = doers;
  }
  // "Ugandan security services disrupted a plot. Six suspects were arrested.": a passive arrest whose sentence names no one
  // before it, nor a date of its own, was made by the state body the sentence before opens on (carried-subject.ts)
  if (type === 'arrest' && roles.actorKeys.length === 0 && sDates.length === 0 && /\b(?:was|were|been|are|is)\s+(?:\w+ly\s+)?$/i.test(text.slice(Math.max(s.start, at - 30), at)) &&
    !inS.some(({ m: x }) => x.end <= at && (x.type === 'person' || x.type === 'group' || x.type === 'organization'))) {
    const body = carriedStateBody(doc.named, text, s.start, (key) => stateKeys.has(key));
    if (body && !roles.targetKeys.includes(body.key)) roles.actorKeys.push(body.key);
  }
  // "Investigators said he had pledged allegiance to IS": the one who pledged or plotted, named before in the paragraph (carried-subject.ts)
  if ((type === 'pledge' || type === 'plot') && roles.actorKeys.length === 0) {
    const carriedActorHere = carriedActor(doc.named, text, s.start, at);
    if (carriedActorHere && !roles.targetKeys.includes(carriedActorHere.key)) roles.actorKeys.push(carriedActorHere.key);
  }
  // "Its first emir, Hafiz Saeed Khan, was …; he was killed in a U.S. strike": "he" is the person the sentence named before
  if ((type === 'killing' || type === 'arrest') && /\b(?:he|she)\s+(?:(?:was|had been|has been)\s+)?(?:\w+ly\s+)?$/i.test(text.slice(Math.max(s.start, s.start + head.index - 30), s.start + head.index))) {
    const named = inS.findLast(({ m: x }) => x.type === 'person' && x.end <= s.start + head.index);
    if (named && !roles.targetKeys.includes(named.key)) {
      roles.targetKeys.push(named.key);
      roles.actorKeys = roles.actorKeys.filter((k) => k !== named.key);
    }
  }
  return { head, roles };
}

/**
 * The perpetrators the paragraph or the sentence names apart from the trigger's clause: the group the paragraph is about
 * ("its fighters stormed …"), the claimant, the group blamed; never a state body for a plot.
 */
function takePerpetrators(doc: EventDocumentScope, scope: EventSentenceScope, t: TriggerRead, roles: EventRoles, head: RegExpExecArray): void {
  const { text, stateKeys } = doc;
  const { s, sentence, inS, groupBefore } = scope;
  const { type } = t;
  // "its fighters stormed …", "the group was responsible for …": the group the paragraph is about acted
  if (roles.actorKeys.length === 0 && groupBefore && !roles.targetKeys.includes(groupBefore) && (type === 'attack' || type === 'clash' || type === 'killing') &&
    (/^(?:\S+\s+){0,6}?(?:its|their) (?:fighters|militants|members|gunmen|operatives|cells?|suicide bombers?|bombers?)\b|^\s*(?:\S+\s+){0,6}?the (?:group|organi[sz]ation|movement)\b(?![’']s| of)/i.test(sentence.slice(0, head.index)) ||
      // ("Its most significant attack remains the assault on Palma", "The group's deadliest bombing": its own attack)
      GROUP_OWN_BEFORE.test(sentence.slice(Math.max(0, head.index - 60), head.index))) &&
    !/\b(?:was|were|been)\s+(?:\w+\s+)?$/i.test(sentence.slice(0, head.index)) &&
    !inS.some(({ m: x }) => x.type === 'group' && x.end <= s.start + head.index)) roles.actorKeys.push(groupBefore);
  // "…, killing 21; ISIL-K claimed responsibility": the claimant of an attack the sentence tells acted, whichever clause claims it
  // (never its target: "gunmen attacked a school, and IS later claimed the attack")
  if (type === 'attack') takeAsActors(roles, claimantsOf(text, s.start, s.end, inS));
  // "…, killing six; the group claimed the attack", "…, which killed 21 and was also claimed by the group": the group the
  // paragraph is about claimed it (when the sentence names no group of its own)
  if (type === 'attack' && roles.actorKeys.length === 0 && groupBefore && !roles.targetKeys.includes(groupBefore) && GROUP_CLAIMED.test(sentence) &&
    !inS.some(({ m: x }) => x.type === 'group')) takeAsActors(roles, [groupBefore]);
  // "no group claimed it, but police attributed it to the X front", "Chinese authorities blamed the ETIM": the group the
  // sentence lays an attack or a killing at is its perpetrator, as the gold codes it
  if (type === 'attack' || type === 'killing') takeAsActors(roles, blamedIn(text, s.start, s.end, inS));
  // "Austrian police arrested three men who were allegedly planning an attack", "security services disrupted a plot": a state
  // body or force foils a plot, it never plots (its plotters are the men or the group it names)
  if (type === 'plot') roles.actorKeys = roles.actorKeys.filter((k) => !stateKeys.has(k));
}

/** The kind of event told: an attack by a state's force, or between armed groups, is a clash; an office holder shot, a killing. */
function kindOfTrigger(doc: EventDocumentScope, scope: EventSentenceScope, t: TriggerRead, roles: EventRoles): EventType {
  const { stateKeys, forceKeys } = doc;
  const { s, sentence, inS } = scope;
  const { type, m } = t;
  // ("military aircraft struck …", "GDI forces reportedly killed four fighters", "killing two others in a raid": a force's strike or raid is a clash too)
  // ("soldiers killed at least 223 villagers", "an RSF assault on the camp killed 40 civilians": a force that kills
  // civilians, not armed men, massacres; that is an attack, not a clash - a strike at a group that also kills civilians stays one)
  const onCivilians = type === 'attack' && !/\b(?:air ?strikes?|drone strikes?|strikes?|raids?)\b/i.test(m[0]) && CIVILIANS_KILLED.test(sentence.slice(m.index, m.index + m[0].length + 90));
  const kind: EventType = type === 'attack' && !onCivilians && ((roles.actorKeys.length > 0 && roles.actorKeys.every((k) => stateKeys.has(k)) && roles.actorKeys.some((k) => forceKeys.has(k))) ||
    (FORCE_VERB.test(m[0]) && forceActs(sentence, m.index, inS, s.start)) || (/^kill(?:ed|ing)\b/i.test(m[0]) && IN_OPERATION.test(sentence.slice(m.index, m.index + 80))) ||
    (isGroupOnGroup(roles, inS) && !BOMBING_WORD.test(sentence))) ? 'clash' : type === 'attack' && isOfficeHolderShot(sentence, m) ? 'killing' : type;
  return kind;
}

/** The place the sentence names nearest the trigger (not a state body nor a force's country), else the sentence's. */
function placeNamedFor(doc: EventDocumentScope, scope: EventSentenceScope, t: TriggerRead, roles: EventRoles, goesOn: boolean): EventLocation {
  const { text, gazetteer, stateKeys, siteCountry } = doc;
  const { sentence, inS, location, placed } = scope;
  const { type, at, atEnd } = t;
  const violent = type === 'attack' || type === 'clash' || type === 'killing';
  // a state body places an arrest or a designation, not a violent event nor an appointment; a site takes the country the text gave it
  const withoutBodies = violent || type === 'appointment';
  // (a designation is made where the state that lists sits, named before the verb: the places after it are where the
  // group operates or its members went, "proscribed X on the assessment that members who fought in Syria …")
  let loc = localPlace(text, inS.filter(({ m: x }) => !((withoutBodies || type === 'arrest') && isForceModifier(text, x)) &&
    !(withoutBodies && stateKeys.has(x.key) && !roles.targetKeys.includes(x.key)) && !(type === 'designation' && x.end > at)).map(({ m: x }) => x), at, atEnd, siteCountry, gazetteer, type === 'arrest', goesOn, VIOLENT.has(type)) ??
    (ORGANISATIONAL.has(type) || type === 'propaganda' || type === 'designation' ? emptyLocation() : violent ? placed : location);
  // "pledged allegiance … online": a pledge on the internet happens nowhere
  const pledgedOnline = type === 'pledge' && /\b(?:online|on (?:social media|Telegram|the internet)|in (?:a|an) (?:video|audio|online))\b/i.test(sentence);
  if (pledgedOnline) loc = emptyLocation();
  return loc;
}

/** Where a listing is made (the state that lists) and where a group's merger happens (where the group is based). */
function placeOfListing(doc: EventDocumentScope, scope: EventSentenceScope, t: TriggerRead, roles: EventRoles, placedSoFar: EventLocation): EventLocation {
  const { text, gazetteer, events, stateKeys, dominant, sameParagraph } = doc;
  const { s, sentence, inS, previousCountry } = scope;
  const { type, m, at, atEnd } = t;
  let loc = placedSoFar;
  const actorMentions = inS.filter(({ m: x }) => x.type !== 'location');
  // a designation belongs to the state that designates: "designated by the United States", "the U.S. Treasury designated"
  const designator = type === 'designation' ? designatingCountry(text, inS.map(({ m: x }) => x), at, atEnd, gazetteer) : null;
  if (designator) loc = { ...emptyLocation(), country: designator };
  // "designated the group a Foreign Terrorist Organization": a listing only the United States keeps names its designator
  // (and so does an order directing such a listing, "directed the re-designation of X as an FTO")
  else if ((type === 'designation' && US_LISTING.test(sentence)) || (type === 'policy' && /designat/i.test(m[0]) && US_LISTING.test(m[0]))) loc = { ...emptyLocation(), country: 'US' };
  // "the Government proscribed NTJ": a government the text does not name is that of the country the paragraph is about
  // (and so is a national body the text names without its country: "the Financial Crimes Investigation Board (MASAK) froze …")
  else if (type === 'designation' && !loc.country && (UNNAMED_GOVERNMENT.test(sentence.slice(Math.max(0, m.index - 40), m.index)) ||
    inS.some(({ m: x, key }) => roles.actorKeys.includes(key) && x.type === 'organization' && NATIONAL_BODY.test(x.text))) && !SUPRANATIONAL.test(sentence)) {
    const country = previousCountry && s.index - previousCountry.sentence <= 2 && sameParagraph(previousCountry.end, s.start) ? previousCountry.country : dominant;
    if (country) loc = { ...emptyLocation(), country };
  } else if (type === 'designation' && !loc.country && !SUPRANATIONAL.test(sentence) && !/\b(?:Committee|Consolidated List|resolution \d+)\b/.test(sentence) &&
    // ("Tether said it had frozen wallets": a company or a group that lists or freezes is no state)
    !inS.some(({ m: x, key }) => roles.actorKeys.includes(key) && !stateKeys.has(key) && (x.type === 'organization' || x.type === 'media'))) {
    // "The Department had designated X", "the UDA was proscribed in 1992", "a federal court proscribed IPOB": a listing
    // that names no designator is made by the one that listed just before in the paragraph, else by the state the
    // paragraph or the report is about (a body above states, the UN or the EU, is named when it lists)
    const listedBefore = events.findLast((e) => e.type === 'designation' && e.location.country && s.index - e.span.sentence <= 3 && sameParagraph(e.span.start, s.start));
    const country = listedBefore?.location.country ??
      (previousCountry && s.index - previousCountry.sentence <= 2 && sameParagraph(previousCountry.end, s.start) ? previousCountry.country : dominant);
    if (country) loc = { ...emptyLocation(), country };
  }
  if (!loc.country && ORGANISATIONAL.has(type) && type !== 'appointment' && type !== 'pledge' && !/\bonline\b/i.test(sentence)) {
    // a group's merger happens where the group is based (a pledge of allegiance is placed only where the text places it)
    const based = actorMentions.find(({ m: x }) => x.ref?.country && x.type === 'group')?.m.ref?.country;
    if (based) loc = { ...emptyLocation(), country: based };
  }
  return loc;
}

/** Where a release happens: where the attack it speaks of did, or nowhere in particular. */
function placeOfRelease(doc: EventDocumentScope, scope: EventSentenceScope, t: TriggerRead, placedSoFar: EventLocation): EventLocation {
  const { events, sameParagraph } = doc;
  const { s, sentence, inS } = scope;
  const { type } = t;
  let loc = placedSoFar;
  // a claim or a video about an attack told just before happens where the attack did
  // (only a release that speaks of an attack or claims one; the release told just before it counts too, "the next day")
  const lastEvent = events.at(-1);
  // a release that speaks of no attack done happens nowhere in particular: the places it names are what it
  // threatens, addresses or discusses ("threatening that France could be attacked", "calling on migrants in
  // Russia", "devoted to the war in Gaza"), unless it was broadcast or filmed there
  const aboutAttack = type === 'propaganda' && speaksOfAttackDone(sentence);
  if (type === 'propaganda' && !aboutAttack && !RELEASED_THERE.test(sentence)) loc = emptyLocation();
  // (a state body that speaks in the sentence, "U.S. officials said", does not place the claim)
  const namesPlace = inS.some(({ m: x }) => x.type === 'location' && (x.place !== null || Boolean(x.ref?.country)));
  // ("the next day": the attack told up to two sentences before, in the same paragraph)
  if ((!loc.country || !namesPlace) && type === 'propaganda' && lastEvent && s.index - lastEvent.span.sentence <= 2 &&
    (s.index - lastEvent.span.sentence <= 1 || sameParagraph(lastEvent.span.start, s.start)) &&
    lastEvent.location.country && aboutAttack) {
    loc = { ...emptyLocation(), country: lastEvent.location.country };
  }
  // "an editorial celebrating the attack", "after the Crocus City Hall attack, … released": the attack the report told last
  if (!loc.country && type === 'propaganda' && /\bthe\s+(?:[\w-]+\s+){0,4}(?:attack|bombings?|massacre|assault|killing)\b/i.test(withoutCallsFor(sentence))) {
    if (doc.lastToldCountry) loc = { ...emptyLocation(), country: doc.lastToldCountry };
  }
  return loc;
}

/** A place the sentence does not give: the country of a force fought, the item's place, the paragraph's or the report's country. */
function placeFromContext(doc: EventDocumentScope, scope: EventSentenceScope, t: TriggerRead, placedSoFar: EventLocation): EventLocation {
  const { text, forceKeys, dominant, sameParagraph } = doc;
  const { s, sentence, inS, previousCountry, placed, itemPlace, headingCountry } = scope;
  const { type, m } = t;
  const violent = type === 'attack' || type === 'clash' || type === 'killing';
  let loc = placedSoFar;
  // "pledged allegiance to IS online in July 2024": the pledge itself made online takes no country from the paragraph either
  const madeOnline = type === 'pledge' && /\b(?:pledg\w*|swore|sworn)\b[^.;,]{0,60}\b(?:online|on (?:social media|Telegram|the internet))\b/i.test(sentence);
  // a release happens nowhere in particular: only a place the sentence names, or the attack it claims, places it
  // (an appointment to a state's office, "inaugurated as President", is the state's; a group's leader is named nowhere)
  // "a clash with Indian security forces in Shopian", "attacked Nigerien troops": a state's force fought or struck where the
  // sentence names no country is in its own state (a force that strikes, "U.S. forces struck …", may be far from home)
  if (!loc.country && violent && !placed.country) {
    const opposed = inS.find(({ m: x, key }) => forceKeys.has(key) && /^org:[A-Z]{2}:/.test(x.key) && FORCE_OPPOSED_BEFORE.test(text.slice(Math.max(s.start, x.start - 30), x.start)));
    if (opposed) loc = { ...emptyLocation(), country: opposed.m.key.slice(4, 6) };
  }
  const stateOffice = type === 'appointment' && /\b(?:president|prime minister|minister|secretary-general)$/i.test(m[0]);
  // "- 16 May, Catubig, Northern Samar: … His death …": the place the item opens with, where the sentence names none
  if (!loc.country && itemPlace?.country && (VIOLENT.has(type) || type === 'policy')) loc = itemPlace;
  if (!loc.country && !madeOnline && type !== 'designation' && type !== 'propaganda' && (type !== 'appointment' || stateOffice) && previousCountry && s.index - previousCountry.sentence <= 2 && sameParagraph(previousCountry.end, s.start)) {
    // the country the paragraph was just about, if the report is mostly about it; else the report's own country
    const country = dominant && previousCountry.country !== dominant && s.index - previousCountry.sentence > 1 ? dominant : previousCountry.country;
    loc = { ...emptyLocation(), country };
  } else if (!loc.country && !madeOnline && type !== 'designation' && type !== 'propaganda' && (type !== 'appointment' || stateOffice) && (headingCountry ?? dominant)) {
    // (the country the heading over the item names, "Eastern Visayas", "3. ITALY", before the report's own)
    loc = { ...emptyLocation(), country: headingCountry ?? dominant };
  }
  return loc;
}

/** A town in the acting body's country, the side of a border named, else the country of the force that fought. */
function placeOnTheGround(doc: EventDocumentScope, scope: EventSentenceScope, t: TriggerRead, roles: EventRoles, placedSoFar: EventLocation): EventLocation {
  const { gazetteer } = doc;
  const { sentence, inS, location } = scope;
  const { type } = t;
  const violent = type === 'attack' || type === 'clash' || type === 'killing';
  let loc = placedSoFar;
  // "The Lebanese Army arrested a man in Tripoli": a town's name several countries share is the one in the acting body's country
  const town = loc.country && (type === 'arrest' || violent)
    ? inS.find(({ m: x }) => x.type === 'location' && x.place && x.place.level !== 'country' && x.place.country === loc.country) : undefined;
  if (town) {
    // (the body's country from its key, "org:LB:state", or its nationality, "the Lebanese Army")
    for (const { m: x, key } of inS) {
      if (!roles.actorKeys.includes(key) || x.type !== 'organization') continue;
      const home = /^org:([A-Z]{2}):/.exec(x.key)?.[1] ?? gazetteer.countryOfDemonym(x.text.split(/\s+/)[0] ?? '');
      if (home && home !== loc.country && gazetteer.lookup(town.m.text).some((p) => p.country === home && p.level !== 'country')) {
        loc = { ...emptyLocation(), country: home, place: town.m.text };
        break;
      }
    }
  }
  // "shot dead in Mashkel, on the Pakistani side of the border": the side of the border the sentence names is the country
  const side = violent || type === 'arrest' ? BORDER_SIDE.exec(sentence) : null;
  const sideCountry = side ? gazetteer.countryOfDemonym(side[1] as string) : null;
  if (sideCountry) loc = { ...loc, country: sideCountry, latitude: null, longitude: null, admin1: loc.country === sideCountry ? loc.admin1 : null };
  // nothing else places it: the country of the force that fought ("Puntland forces launched an offensive")
  // (not a named figure's killing: "French forces killed him" tells where the force came from, not where he died)
  if (!loc.country && violent && type !== 'killing' && location.country) loc = location;
  return loc;
}

/** The event (or one per country listed after the trigger) recorded, or the counts of the one a participle goes on telling. */
function recordEvents(doc: EventDocumentScope, scope: EventSentenceScope, t: TriggerRead, told: TriggerTold): void {
  const { text, hedges, events, retold } = doc;
  const { s, sentence, inS, sentenceEvents } = scope;
  const { fi, type, m, at, countFrom, countTo } = t;
  const { kind, date, roles, loc, goesOn, reference, continuesUndated } = told;
  const { backReference, definite } = reference;
  // "struck Mali, Niger, and Burkina Faso": one event per country listed after the trigger
  const listStart = at + Math.max(0, m[0].search(/\s/));
  // (arrests only where the list says where they were made, "arrests in Germany and Austria", not "men from Morocco and Algeria")
  const listed = type === 'attack' || type === 'clash' || type === 'arrest' ? countriesListedAfter(text, inS.map(({ m: x }) => x), listStart, type === 'arrest' ? /\bin\s+(?:the\s+)?$/i : null) : [];
  // "bombings in Kerman, Iran, on 3 January, which killed more than 90, and the attack on X near Moscow", "attacked a gathering
  // in Y, killing nine": a participle or a relative clause goes on telling the event its sentence told already (the place
  // nearest the participle is not that event's)
  // (its counts are that event's: "an ISKP suicide bomber killed the governor …, killing 14 others")
  // (looked for among the sentence's own events only: searched from the document's first, a long report's later sentences
  // each went through thousands, ~6% of a 4 MB document's extraction)
  const toldOn = fi > 0 && goesOn
    ? events.slice(sentenceEvents).find((e) => e.span.sentence === s.index && e.type === kind && e.date?.start === date?.start) : undefined;
  if (toldOn) {
    const counts = countsIn(sentence.slice(countFrom, countTo));
    toldOn.counts = { fatalities: toldOn.counts.fatalities ?? counts.fatalities, wounded: toldOn.counts.wounded ?? counts.wounded, arrested: toldOn.counts.arrested ?? counts.arrested };
    return;
  }
  const locations: EventLocation[] = [];
  if (listed.length >= 2) for (const c of listed) locations.push({ ...emptyLocation(), country: c });
  else locations.push(loc);
  for (const l of locations) {
    const event: ExtractedEvent = {
      type: kind,
      date,
      location: l,
      actorKeys: [...roles.actorKeys],
      targetKeys: [...roles.targetKeys],
      counts: countsIn(sentence.slice(countFrom, countTo)),
      summary: sentence.trim().slice(0, 300),
      hedge: governingHedge(text, hedges, at, s.start),
      span: { start: s.start, end: s.end, sentence: s.index },
    };
    events.push(event);
    doc.triggerOf.set(event, at);
    // ("TRF claimed the attack": a claim names an attack told before)
    if (backReference || definite || continuesUndated || (type === 'attack' && CLAIM_OF_TOLD.test(m[0]))) retold.add(event);
    if ((event.type === 'attack' || event.type === 'killing') && event.location.country) doc.lastToldCountry = event.location.country;
  }
}

/** "was shot dead by police", "killed by a police sniper": the police killed the one the trigger names. */
const BY_POLICE_AFTER = /^\s*(?:\w+ly\s+)?by\s+(?:a\s+|the\s+)?(?:[\w-]+\s+)?(?:police(?:men)?|police officers|officers|gendarmes|police snipers?)\b/i;
/** "officers, who returned fire and ", "a third suspect opened fire and ": a fight told just before the killing. */
const FIGHT_THEN_KILLED_BEFORE = /\b(?:returned fire|opened fire|fired back|exchanged fire)\s+and\s+(?:(?:was|were)\s+)?$/i;
/**
 * "The attacker, X, was shot dead by police", "officers, who returned fire and killed him", "taken in a raid in which a third
 * suspect opened fire and was killed": one killed by the police in a fight (or shot by them), not a figure killed by design.
 */
function isKilledInPoliceFight(sentence: string, m: RegExpExecArray): boolean {
  if (!/\b(?:killed|shot dead)\b/i.test(m[0])) return false;
  if (/\bshot dead$/i.test(m[0]) && BY_POLICE_AFTER.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 40))) return true;
  return FIGHT_THEN_KILLED_BEFORE.test(sentence.slice(Math.max(0, m.index - 40), m.index)) && POLICE_OR_RAID.test(sentence.slice(0, m.index));
}

/**
 * "gunmen shot dead a village councillor", "The separatist leader was shot dead outside a temple": one person
 * shot by the office they held, a targeted killing (not an attack on many).
 */
function isOfficeHolderShot(sentence: string, m: RegExpExecArray): boolean {
  if (!/^(?:shot (?:dead|and killed)|gunned down|stabbed(?: to death)?)$/i.test(m[0])) return false;
  const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 60);
  const before = sentence.slice(Math.max(0, m.index - 80), m.index);
  return OFFICE_HOLDER_AFTER.test(after) || OFFICE_HOLDER_BEFORE.test(before);
}
/** Offices and roles whose holder's killing is a targeted one. */
const OFFICE = '(?:leader|commander|chief|emir|amir|governor|mayor|councill?or|judge|prosecutor|journalist|imam|cleric|politician|lawmaker|legislator|senator|candidate|activist|official|spokesman|minister|chairman|head)';
/** "… a village councillor": one holder of an office as the object. */
const OFFICE_HOLDER_AFTER = new RegExp(`^\\s+(?:a|an|the)\\s+(?:[\\p{L}’'-]+\\s+){0,3}${OFFICE}\\b(?![-\\p{L}])`, 'iu');
/** "The separatist leader was …": one holder of an office as the subject of the passive. */
const OFFICE_HOLDER_BEFORE = new RegExp(`(?:^|[,;]\\s+|\\b(?:when|after)\\s+)(?:a|an|the)\\s+(?:[\\p{L}’'-]+\\s+){0,3}${OFFICE}\\s+(?:was|had been)\\s+(?:\\w+ly\\s+)?$`, 'iu');

/** "the group (later) claimed the attack", "it claimed responsibility", "was (also) claimed by the group": a claim by the group the paragraph is about. */
const GROUP_CLAIMED = /\b(?:(?:the|this) (?:group|organi[sz]ation|movement|network)|\bit)\s+(?:(?:has|had|later|also|subsequently|quickly|swiftly|promptly|reportedly|formally|publicly)\s+){0,2}(?:claimed\s+(?:(?:full\s+)?responsibility|credit|the\s+(?:attack|bombing|assault|killings?|operation|ambush|raid)|it\b)|took\s+responsibility)|\bclaimed by (?:the|this) (?:group|organi[sz]ation|movement|network)\b/i;
/** Between two triggers: a clause of its own, with its own subject ("…; the United States designated", "…, and Pakistan banned"). */
const OWN_CLAUSE_BETWEEN = /;|,\s+(?:and|while|but|whereas)\s+(?:the\s+)?\p{Lu}/u;
/** "ELN units attacked positions held by the 33rd Front": armed groups fighting each other clash; an attack has victims. */

function isGroupOnGroup(roles: { actorKeys: readonly string[]; targetKeys: readonly string[] }, inS: readonly { m: Mention; key: string }[]): boolean {
  const isGroup = (k: string): boolean => inS.some(({ m, key }) => key === k && m.type === 'group');
  return roles.actorKeys.length > 0 && roles.actorKeys.every(isGroup) && roles.targetKeys.length > 0 && roles.targetKeys.every(isGroup);
}

/**
 * Whether a date nothing places in time dates the trigger at [at, atEnd): one in its sentence (after a
 * reference back, when there is one), within `within` characters of the trigger.
 */
function isUndatedOccasion(undated: readonly UndatedMention[], at: number, atEnd: number, from: number | null, within: number): boolean {
  return undated.some((d) => (from === null || d.start >= from) && (d.start >= atEnd ? d.start - atEnd : d.end <= at ? at - d.end : 0) <= within);
}

/**
 * "Cameroon welcomed the arrest", "Nigeria's government has said the arrest was lawful", "Okoro's arrest is unlikely to
 * reduce violence": an arrest named by the noun alone, with no one or nowhere after it, is one told before (not "the
 * arrest of four men", "his arrest in Turkey in 2018", which tell it).
 */
function isArrestReferredTo(sentence: string, m: RegExpExecArray): boolean {
  return /^arrest$/i.test(m[0]) && /(?:\b(?:the|his|her|their|its)|\p{Lu}[\p{L}’'-]*[’']s)\s+$/u.test(sentence.slice(Math.max(0, m.index - 40), m.index)) &&
    !/^\s+(?:of|in|at|on|near|by|during|after|last|this|earlier|late|early)\b/i.test(sentence.slice(m.index + m[0].length));
}

/** The keys of the persons a sentence names. */
function personKeysOf(inS: readonly { m: Mention; key: string }[]): Set<string> {
  return new Set(inS.filter(({ m }) => m.type === 'person').map(({ key }) => key));
}

/**
 * "an ISIL-K suicide bomber killed the Taliban governor …", "a U.S. drone strike killed al-Aruri": when a
 * sentence tells the killing of a named person, the bombing or the strike that killed them is its means,
 * not another event (unless the sentence counts more dead than the one).
 */
function dropMeansOfKilling(events: ExtractedEvent[], from: number, persons: ReadonlySet<string>): void {
  const killings = events.slice(from).filter((e) => e.type === 'killing' && e.targetKeys.some((k) => persons.has(k)));
  if (killings.length === 0) return;
  for (let i = events.length - 1; i >= from; i--) {
    const e = events[i] as ExtractedEvent;
    if (e.type !== 'attack' && e.type !== 'clash') continue;
    if (!killings.some((k) => k.date?.start.slice(0, 7) === e.date?.start.slice(0, 7))) continue;
    if ((e.counts.fatalities ?? 0) > 1 || (e.counts.wounded ?? 0) > 0) continue;
    events.splice(i, 1);
  }
}

/** A place the sentence names only by the way: across a border ("on the border with Uganda"), as people's origin ("citizens of Tajikistan"), in a "one of whom" aside. */
function isAsidePlace(text: string, sentenceStart: number, m: Mention): boolean {
  if (NOT_THE_PLACE_BEFORE.test(text.slice(Math.max(sentenceStart, m.start - 40), m.start)) || isPeoplesNationality(text, m)) return true;
  // "funds from a Syria-based Ingush fighter": where someone is based, not where the event was
  if (/^-based\b/.test(text.slice(m.end, m.end + 7))) return true;
  // "Washington moved again", "Tehran denied any role": a capital that speaks or acts is its government, not a place
  if (isGovernmentByItsSeat(text, m)) return true;
  // "The United States conducted air strikes against …", "India launched Operation Sindoor": the state acts, elsewhere
  if (m.place?.level === 'country' && STATE_ACTS_AFTER.test(text.slice(m.end, m.end + 50))) return true;
  // "X, a Chilean militant previously convicted in Spain, was arrested": a place inside an aside about the subject (the
  // anchored test of what follows first: the one before is tried at every capital of 160 characters)
  if (APPOSITIVE_CLOSES_AFTER.test(text.slice(m.end, m.end + 160)) && APPOSITIVE_BEFORE.test(text.slice(Math.max(sentenceStart, m.start - 160), m.start))) return true;
  return ASIDE_BEFORE.test(text.slice(Math.max(sentenceStart, m.start - 160), m.start));
}
/** ", a Chilean militant previously convicted in", ", who had tried to join the group in": an aside opened after a name, before a place. */
const APPOSITIVE_BEFORE = /\p{Lu}[\p{L}’'-]*,\s+(?:an?|the|who)\s[^,;()]*$/u;
/** "…, was arrested": the aside closed by a comma, the sentence's verb right after it. */
const APPOSITIVE_CLOSES_AFTER = /^[^,;.()]*,\s+(?:(?:was|were|had|has|is)\s+(?:\w+ly\s+|later\s+|also\s+)?(?:arrested|detained|killed|shot|sentenced|charged|captured|extradited|convicted|released|found|named|appointed|designated)\b|(?:(?:later|then|also)\s+)?(?:was|were)\s)/i;
/**
 * A site the text sets nowhere itself takes the country of the place named before it in its paragraph (find-mentions):
 * not a state that acts there as a government ("The United States designated the group … On 2 June, its fighters
 * attacked a checkpoint at Bir Lahfan"), which sets nothing; such a site is left without a country.
 */
function withoutActingContainers(text: string, mentions: readonly Mention[]): readonly Mention[] {
  let out: Mention[] | null = null;
  mentions.forEach((m, i) => {
    if (!m.key.startsWith('site:') || m.basis !== 'pattern' || m.place?.level !== 'country') return;
    for (let k = i - 1; k >= 0 && k >= i - 12; k--) {
      const n = mentions[k] as Mention;
      if (n.end > m.start) continue;
      if (/\n\s*\n/.test(text.slice(n.end, m.start))) return;
      if (n.type !== 'location' || !(n.place?.country ?? n.ref?.country)) continue;
      if ((n.place?.country ?? n.ref?.country) === m.place.country && isGovernmentByItsSeat(text, n)) {
        out ??= [...mentions];
        out[i] = { ...m, place: null };
      }
      return;
    }
  });
  return out ?? mentions;
}

/**
 * A country, or a city or division, named as the subject of a government's verb: "Washington moved again", "Moscow
 * blamed Kyiv", "The United States designated it …", "Pakistan said the strikes hit …": the state speaks or acts.
 */
function isGovernmentByItsSeat(text: string, m: Mention, countries = true): boolean {
  return m.type === 'location' && m.place !== null && m.place !== undefined && (countries || m.place.level !== 'country') && SEAT_ACTS_AFTER.test(text.slice(m.end, m.end + 40));
}
const SEAT_ACTS_AFTER = /^\s+(?:(?:also|quickly|again|has|have|had|then|later)\s+)*(?:moved|responded|retaliated|denied|blamed|accused|condemned|rejected|insisted|warned|announced|said|says|imposed|designated|sanctioned|demanded|vowed|signalled|signaled|protested)\b/i;
const STATE_ACTS_AFTER = /^\s+(?:of America\s+)?(?:(?:also|reportedly|then|later|subsequently|has|have|had)\s+)*(?:conducted|carried out|launched|struck|bombed|deployed|sent|shelled|fired)\b/i;
const ASIDE_BEFORE = /,\s+(?:one|some|all|both|two|three|none|many|most) of (?:whom|which)\b[^,;]*$/i;

/** Words after a country or a state that make it the side that struck, not the place: "a United States strike", "U.S. special forces raid". */
const FORCE_AFTER = /^\s*(?:[\w-]+\s+)?(?:air\s?strikes?|drone strikes?|strikes?|raids?|forces|troops|soldiers|military|army|drones?|jets|aircraft|warplanes|personnel|operations?|offensive|counter-?offensive)\b/i;
/** "a joint United States and Afghan operation": a state named with another state's adjective before the force's noun. */
const JOINT_FORCE_AFTER = /^\s+and\s+(?:the\s+)?\p{Lu}[\p{L}.’'-]*\s+(?:[\p{Ll}-]+\s+)?(?:air\s?strikes?|drone strikes?|strikes?|raids?|forces|troops|soldiers|military|army|operations?|offensive)\b/u;

/**
 * "the Togo national football team", "a New Zealand pilot", "two China-born engineers", "Russia's ambassador": a country naming where people
 * come from, as a modifier of the people, not where the event was (victims abroad are often named so).
 */
function isPeoplesNationality(text: string, m: Mention): boolean {
  return m.type === 'location' && m.place?.level === 'country' && PEOPLE_AFTER.test(text.slice(m.end, m.end + 50));
}
const PEOPLE_AFTER = /^(?:-born|['’]s)?\s+(?:national\s+(?:[\w-]+\s+)?team|(?:national|citizen|tourist|aid|embassy|consulate|government)\s+(?:workers?|staff|officials?|employees?)|nationals|citizens|tourists?|pilots?|engineers?|journalists?|diplomats?|ambassadors?|envoys?|consuls?|missionar(?:y|ies)|students?|hostages?|passengers?|workers?|nurses?|doctors?|teachers?|businessm[ae]n|crew)\b/i;

function isForceModifier(text: string, m: Mention): boolean {
  if (m.type !== 'location' || m.place?.level !== 'country') return false;
  const after = text.slice(m.end, m.end + 60);
  return FORCE_AFTER.test(after) || JOINT_FORCE_AFTER.test(after);
}

/** "Crocus City Hall … near Moscow": the country a site is given where the text places it, for its other mentions. */
function sitesCountries(text: string, mentions: readonly Mention[]): Map<string, string> {
  const out = new Map<string, string>();
  mentions.forEach((m, i) => {
    if (!m.key.startsWith('site:') || out.has(m.key)) return;
    const own = m.place?.country ?? m.ref?.country;
    if (own) { out.set(m.key, own); return; }
    for (let k = i + 1; k < mentions.length; k++) {
      const n = mentions[k] as Mention;
      if (n.start - m.end >= 80) break;
      if (n.type !== 'location' || /[.;]/.test(text.slice(m.end, n.start))) continue;
      const c = n.place?.country ?? n.ref?.country;
      if (c) { out.set(m.key, c); break; }
    }
  });
  return out;
}

/** "Its most significant ", "the group's deadliest ": the attack the trigger names is the paragraph's group's own. */
const GROUP_OWN_BEFORE = /(?:^|[.;:]\s+|,\s+)(?:its|the (?:group|organi[sz]ation|movement)[’']s)\s+(?:(?:most|first|last|latest|deadliest|largest|biggest|bloodiest|best-known|major|significant|consequential|notorious|high-profile|recent|previous)\s+){0,3}$/i;
/** A claim of an attack already told: "claimed the attack", "claimed responsibility". */
const CLAIM_OF_TOLD = /^(?:claimed (?:responsibility|credit|the|this|that|these|both)\b|claims? of responsibility)/i;
/** "claimed responsibility the following day", "claimed the attack two days later": a claim dated apart from the attack. */
const CLAIM_DAY_AFTER = /^\s*(?:for (?:it|the \w+)\s+)?(?:on\s+)?(?:the (?:following|next) (?:day|morning|evening|week)|(?:a|one|two|three) (?:days?|weeks?) later|the day after)\b/i;
/** A claim of responsibility that no outlet, statement or release carries. */
function isBareClaim(trigger: string, sentence: string, named: readonly Mention[]): boolean {
  // ("which the front claimed at the time", "that attack was reportedly claimed by X": a claim told of an attack, in passing)
  if (!/^(?:claimed (?:responsibility|credit|the |this |that |a |an |these |both )|claims? of responsibility|(?:which|that) (?:[\w’'-]+ ){1,3}claimed$)/i.test(trigger)) return false;
  if (named.some((x) => x.type === 'media')) return false;
  return !/\b(?:media|statement|video|audio|channel|Telegram|website|magazine|newsletter|outlet|agency|communiqu[eé]|message|posted|published|released)\b/i.test(sentence);
}

/** Between a pledge and the release that carries it: "… to X in a video", "… through an audio message". */
const PLEDGE_MEDIUM = /^[^.;]{0,80}\b(?:in|through|via|by)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}$/i;
/** The head words of a state's own body: "Financial Crimes Investigation Board", "Ministry of Interior", "Federal High Court". */
const NATIONAL_BODY = /\b(?:Board|Ministry|Directorate|Department|Agency|Office|Commission|Court|Prosecutor(?:'s Office)?|Service|Police|Gendarmerie)\b/;
/** Bodies above states, whose listings are no one state's: the UN, its Security Council and committees, the EU. */
const SUPRANATIONAL = /\b(?:United Nations|UN|Security Council|European Union|EU|1267|FATF|Financial Action Task Force|Interpol)\b/;
/** Before a force that is fought or struck: "a clash with", "attacks on", "ambushed". */
const FORCE_OPPOSED_BEFORE = /\b(?:with|against|on|targeting|attacked|ambushed|struck|killed|killing)\s+(?:the\s+|a\s+|an\s+)?$/i;
/** "the Government", "the authorities", "the cabinet" as the subject of a listing, naming no state. */
const UNNAMED_GOVERNMENT = /\b(?:the|its|that country[’']s)\s+(?:government|authorities|cabinet|parliament|council of ministers)\s+(?:(?:has|had|also|formally)\s+)*$/i;
/** After "banned": what a group does, not the group ("Hamas activities", "all Hezbollah activity", "the group's activities"). */
const BANNED_ACTIVITY = /^\s*(?:[Aa]ll\s+|[Tt]he\s+|[Aa]ny\s+)?(?:(?:\p{Lu}[\p{L}’'-]*|its|their|the group[’']s)\s+){1,4}activit(?:y|ies)\b/u;
/** An order that directs a listing: "an executive order of 22 January directed the re-designation", "signed a decree ordering that … be designated". */
const ORDER_DIRECTS = /\b(?:executive order|presidential (?:order|decree|memorandum)|decree)\b[^.;]{0,60}\b(?:direct|order|instruct)(?:ed|s|ing)\b[^.;]{0,50}$/i;

/** Listings only the United States keeps: FTO, SDGT, OFAC's lists, Rewards for Justice. */
const US_LISTING = /\b(?:Foreign Terrorist Organi[sz]ations?|FTO|Specially Designated Global Terrorists?|SDGT|OFAC|Rewards for Justice)\b/;
/** "the FSB killed him", "assassinated her": a killing whose victim a pronoun names. */
const KILLED_PRONOUN = /\b(?:killed|assassinated|executed|eliminated|shot dead)\s+(?:him|her)\b/i;
/** Verbs a force strikes with ("struck", "killed two", "stormed"), not nouns of the event ("hostage", "explosion"). */
const FORCE_VERB = /^(?:attacked|struck|stormed|overran|bombed|ambushed|assaulted|opened fire|kill(?:ed|ing)|shot|gunned|targeted|raided)\b/i;
/** The attackers as a force's object: "killed 80 attackers", "killed all three assailants", "killed the hostage-takers". */
const KILLED_ATTACKERS = /^\s*(?:(?:the|all|both|at least|\d+|one|two|three|four|five|six|seven|eight|nine|ten|\w+ty|of the)\s+){0,3}(?:attackers?|assailants?|hostage-takers?|perpetrators?|gunmen|bombers?)\b/i;
/** "killed at least 223 villagers", "killing 40 civilians": the dead a clause counts are civilians. */
const CIVILIANS_KILLED = /\b(?:killed|killing|massacred|executed)\s+(?:(?:at least|more than|over|about|around|nearly|some|up to|dozens of|hundreds of|scores of|\d[\d,]*|[a-z]+ty(?:-[a-z]+)?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+){0,3}(?:unarmed\s+|[\w-]+\s+)?(?:civilians|villagers|residents|inhabitants|worshippers|patients|displaced|herders|farmers|passers-by|children|women|inmates|prisoners|detainees|protesters|demonstrators|mourners|pilgrims)\b/i;
/** Between a clash's word and the "killed" that counts its dead, in one clause: "operation near Téra killed", "raid on the camp, killing". */
const CLASH_TOLL_BETWEEN = /^(?![^;:.]*,\s+(?:and|but|while|whereas)\s)[^;:.]{0,80}$/;
/** "killing two others in a raid", "killed four in an operation": the killing is a security operation's. */
const IN_OPERATION = /^[^.;]{0,60}?\b(?:in|during)\s+(?:a|an|the|one)\s+(?:[\w-]+\s+){0,2}(?:raid|operation|shootout|gunfight|firefight|air ?strike|drone strike)\b/i;
/** Where a force subject stands: at the clause's start, after an opening phrase and a comma, or after "when", "and"… with a few modifiers. */
const FORCE_OPENS = /(?:^(?:(?:On|In)\s+(?:\d{1,2}\s+)?\p{Lu}\p{Ll}+(?:\s+\d{1,2})?(?:\s+\d{4})?\s+)?|,\s*|\b(?:when|after|then|while|before|until|where)\s+)(?:the\s+|a\s+|an\s+)?(?:[\p{L}.’'()-]+\s+){0,4}$/iu;
/** A force that a verb or a preposition before it makes the object. */
const FORCE_ACTED_ON = /\b(?:on|against|at|targeting|of|with|by|to|from|among|killing|killed|attacked|ambushed|struck|stormed|raided|bombed|shelled|hit|targeted|overran|besieged)\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}.’'()-]+\s+){0,4}$/iu;
/** Words that name a state's armed force or its means, as a clause's subject. */
const FORCE_WORD = /\b(?:forces|troops|soldiers|aircraft|warplanes|jets|drones|helicopters|gunships|commandos|gendarmes|policemen|police|army|military|air force|navy)\b/gi;
/** Between such a subject and the trigger: another doer, a relative clause, a speech verb (not "said they had"), a preposition making the force an object. */
const NOT_FORCE_SUBJECT = /\b(?:who|which|that|whom|whose|militants?|gunmen|fighters|insurgents|attackers?|jihadists?|bombers?|assailants|terrorists|uniforms?|(?:said|stated|reported|announced|claimed)(?!\s+(?:that\s+)?(?:they|it)\s+had\b))\b/i;

/**
 * Whether a state's force is the subject of the violent trigger at `index` of `sentence`: "military aircraft struck",
 * "Special forces of the FSIN stormed", "security forces loyal to X said they had killed". Not a force the clause
 * names as a target ("attacked soldiers"), a source ("the army said militants attacked") or a group's ("Taliban forces").
 */
function forceActs(sentence: string, index: number, inS: readonly { m: Mention }[], sentenceStart: number): boolean {
  const before = sentence.slice(Math.max(0, index - 160), index);
  const cut = Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf(' – '), before.lastIndexOf('—'));
  // (" Soldiers of …" after a colon: the clause opens at its first word)
  const clause = (cut >= 0 ? before.slice(cut + 1) : before).trimStart();
  const offset = index - clause.length;
  let last: RegExpExecArray | null = null;
  FORCE_WORD.lastIndex = 0;
  for (let f = FORCE_WORD.exec(clause); f !== null; f = FORCE_WORD.exec(clause)) last = f;
  if (!last) return false;
  const between = clause.slice(last.index + last[0].length);
  if (between.length > 110 || NOT_FORCE_SUBJECT.test(between)) return false;
  // the force is the head of its phrase, not a modifier ("a police post", "the military section of the airport")
  if (!/^(?:\s*$|\s*[(,]|\s+(?:of|from|loyal|in|under|reportedly|allegedly|then|later|also|subsequently|had|have|has|and|said|claimed|stated)\b)/i.test(between)) return false;
  // the force opens its clause ("On 25 December, military aircraft struck", "Tensions rose when Pakistani aircraft struck"),
  // it is not acted on ("attacks on security forces", "JNIM attacked the army base", "ambushed a patrol of soldiers")
  const prefix = clause.slice(0, last.index);
  if (!FORCE_OPENS.test(prefix) || FORCE_ACTED_ON.test(prefix)) return false;
  // "Taliban forces", "ISWAP fighters": a group's men are no state's force
  const forceAt = sentenceStart + offset + last.index;
  // ("the Arakan Rohingya Salvation Army (ARSA) attacked police posts": a word of a group's own name is no state's force either)
  return !inS.some(({ m: x }) => x.type === 'group' && x.start <= forceAt && (x.end > forceAt || forceAt - x.end <= 30));
}

/** Names of armed state forces (not ministries or officials). */
const FORCE_NAME = /\b(?:forces|troops|army|military|soldiers|police|gendarmerie|navy|air force|special|security service|commandos?|guards?)\b/i;
/** A release that speaks of an attack: a claim, a video of the attackers. */
const ABOUT_ATTACK = /\b(?:attack|attackers?|assailants?|gunmen|bomb(?:ing|er)s?|operation|claim(?:ed|s|ing)?|responsibility|massacre|assault|raid|killing)s?\b/i;
/**
 * Whether a date names another occasion than the trigger at [at, atEnd), one the trigger's is told after or before: it
 * stands between "after the" and that occasion's noun ("six years after the Nov. 2, 2020 attack", "since the 2015 Paris
 * attacks"; not "Russia detained four men for the March 2024 attack", told by the attack's date).
 */
function namesOtherOccasion(text: string, d: DateMention, at: number, atEnd: number): boolean {
  if (!/\b(?:after|since|following|before|ahead of|prior to)\s+(?:the|a|an|its|their|that|this)\s+$/i.test(text.slice(Math.max(0, d.start - 20), d.start))) return false;
  const noun = OCCASION_NOUN_AFTER.exec(text.slice(d.end, d.end + 60));
  if (!noun) return false;
  const nounStart = d.end + noun[0].length - (noun[1] as string).length;
  return nounStart < at || nounStart >= atEnd;
}

/** A noun of a text or a speech right after a date: "its July 2025 report", "the 3 May statement", "its November issue". */
const WRITING_AFTER_DATE = /^(?:['’]s)?\s+(?:(?:annual|monthly|weekly|quarterly|latest|interim|final|special|televised|public|written)\s+)?(?:reports?|editorials?|issues?|statements?|communiqu[eé]s?|bulletins?|briefings?|updates?|assessments?|testimony|hearings?|speech(?:es)?|address(?:es)?|interviews?|articles?|letters?|notes?|editions?)\b/i;
/** Such a noun with "of" or "dated" right before a date: "its editorial of 2 January 2025", "a statement dated 4 May". */
const WRITING_BEFORE_DATE = /\b(?:reports?|editorials?|issues?|statements?|communiqu[eé]s?|bulletins?|briefings?|updates?|assessments?|testimony|speech|address|interviews?|articles?|letters?|notes?|editions?)\s+(?:of|dated|from)\s+$/i;

/** A date that dates a text or a speech about events, not the events it tells: "in its July 2025 report", "its editorial of 2 January". */
function datesWriting(text: string, d: DateMention): boolean {
  return WRITING_AFTER_DATE.test(text.slice(d.end, d.end + 40)) || WRITING_BEFORE_DATE.test(text.slice(Math.max(0, d.start - 30), d.start));
}

/** A verb of planning between a trigger and a date after it, in one clause: "planned a mass shooting at a centre in New York on". */
const PLANNED_BEFORE_DATE = /\b(?:plann(?:ed|ing)|plans? to|intend(?:ed|ing|s)? to)\b[^;,]*$/i;

/** The noun of an occasion right after a date, past a name or two: " attack", " Paris attacks", ", bombing". */
const OCCASION_NOUN_AFTER = /^,?\s+(?:\p{Lu}[\p{L}’'-]*\s+){0,2}(attacks?|bombings?|shootings?|stabbings?|massacres?|raids?|assaults?|ambush(?:es)?|sieges?|explosions?|blasts?|hostage-taking|coup(?: attempt)?)\b/u;

/** "… and later fought", ", and subsequently": a later verb the date before does not date. */
const LATER_BETWEEN = /\band\s+(?:\w+\s+){0,2}(?:later|subsequently|eventually|afterwards|thereafter)\b/i;
/** What a release calls for or threatens, to the end of its clause: "threatening that … could attack", "urging readers to carry out attacks". */
const CALLED_FOR = /\b(?:threat\w*|warn\w*|urg\w*|call\w* (?:on|upon|for)|incit\w*|encourag\w*|exhort\w*|promis\w*|vow\w*)\b[^.;]*/gi;
/** A release that speaks of an attack done (claims it, shows its attackers), not only of attacks it calls for. */
function speaksOfAttackDone(sentence: string): boolean {
  return ABOUT_ATTACK.test(withoutCallsFor(sentence));
}
const MODALS = new RegExp(MODAL.source, 'gi');
/** A sentence without what it calls for, threatens or supposes. */
function withoutCallsFor(sentence: string): string {
  return sentence.replace(CALLED_FOR, ' ').replace(MODALS, ' ');
}
/** "an FM radio station broadcasting in Nangarhar", "a video filmed in Raqqa": where a release was made. */
const RELEASED_THERE = /\b(?:broadcast\w*|radio|filmed|recorded|shot|printed|distributed|graffiti|leaflets?|night letters?|posters?)\b[^.;]{0,60}\b(?:in|from|across|throughout)\s/i;
const BACK_REFERENCE = /\b(?:following|after|since|before|until|till|prior to|in the wake of|in response to|ahead of|days? after|weeks? after)\s+(?:the|this|that|his|her|their|its)\s+(?:[\w-]+\s+){0,4}$/i;
const FROM_LIST = /\bfrom\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*(?:\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+))*$/u;
/** "since 2019", "by mid-2025", "until 2021": a date that bounds a period, not the date of an occasion. */
const PERIOD_BOUND = /\b(?:since|by|until|till|through|throughout)\s+(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?$/i;
const NOT_THE_PLACE_BEFORE = /\b(?:borders? with|bordering|citizens? of|nationals? of|natives? of|born in|born and raised in|originally from|based in|(?:officers?|officials?|pilots?|soldiers?|workers?|engineers?|tourists?|journalists?|diplomats?|players?|students?|teachers?|doctors?|nurses?|missionar(?:y|ies)|hostages?|passengers?|volunteers?|men|women|man|woman|family|families|team) from)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*(?:\s*,\s*|\s+and\s+|\s+or\s+))*$/iu;
const BORN_BEFORE = /\bborn\b[^.;,]{0,40}(?:,[^.;,]{0,30})?$/i;
/** Those a raid found, acting at its end: "The occupants detonated", "The suspects opened fire", "the men inside blew themselves up". */
const RAID_ENDS = /^\s*(?:The|Its|Their)\s+(?:occupants|suspects|militants|men|gunmen|fighters|attackers|residents)\b(?:\s+inside)?\s+(?:then\s+)?(?:detonated|opened fire|blew themselves up|exploded|set off)\b/;
/** "on the Pakistani side of the border": the side a place lies on, named by its nationality. */
const BORDER_SIDE = /\bon the (\p{Lu}[\p{L}-]+) side of the (?:border|frontier|boundary|Line of Control)\b/u;
/** ", and its magazine published", ", but the army said": a clause with a subject and a verb of its own after a comma. */
const NEW_CLAUSE_BETWEEN = /,\s+(?:and|but|while|whereas)\s+(?:(?:the|its|his|her|their|a|an)\s+)?(?!(?:then|later|also|subsequently|afterwards|again)\b)(?:[\p{L}’'-]+\s+){1,3}(?:published|released|said|announced|claimed|arrested|detained|killed|attacked|was|were|had|has|have)\b/u;
/** ", and that …", ", but …": a clause boundary between a date and the trigger. */
const OTHER_CLAUSE_BETWEEN = /,\s+(?:and|but|while|whereas)\s+(?:that|then|later|subsequently|\w+\s+(?:had|has|have|was|were))\b/i;
/** "fighters who ", "militants that had ": a trigger told in a relative clause of the people named before it (not "an attack … that killed"). */
const RELATIVE_SUBJECT_BEFORE = /\b(?:(?:fighters|militants|members|gunmen|insurgents|men|attackers|suspects)\s+(?:who|that)|who)\s+(?:had\s+)?(?:(?:allegedly|reportedly|earlier|previously)\s+)?$/i;
/** "repelled a night attack on", "fought off an assault": a trigger named as what its subject fought off. */
const REPELLED_BEFORE = /\b(?:repell?ed|repuls(?:ed|ing)|repell?ing|fought off|fighting off|beat back|beating back|beaten back|thwarted|foiled)\s+(?:(?:an?|the|another)\s+)?(?:[\w-]+\s+){0,2}$/i;
/** ", and the United Kingdom proscribed": a clause opened with a subject of its own that a name opens, before a trigger. */
const CLAUSE_WITH_NAMED_SUBJECT_BETWEEN = /,\s+(?:and|but|while|whereas)\s+(?:the\s+)?\p{Lu}[^,;]*$/u;
/** ", a measure that took effect in", ", a move which": a relative clause on a noun set beside a clause, not yet closed. */
const APPOSITIVE_CLAUSE_OPENED = /,\s+(?:a|an)\s+(?:[\p{L}-]+\s+){1,2}(?:that|which)\s[^,;()]*$/u;
/** ", who was assassinated by …": a relative clause about someone opened between a date and the trigger, not closed before it. */
const RELATIVE_OPENED_BETWEEN = /,\s+(?:who|whom|whose)\b[^,;()]*$/i;
/** ", killing nine", ", which killed more than 90": a participle or relative clause that goes on telling the event before it. */
const GOES_ON_TELLING = /,\s*(?:which\s+|that\s+)?(?:killing|wounding|injuring|killed|wounded|injured)\s[^,]*$/i;
/** "in the following weeks", "over the next months", "some months later": a time after the one told, by an amount the text does not give. */
const VAGUELY_AFTER = /\b(?:(?:in|over|during|within)\s+the\s+(?:following|next|ensuing|subsequent|coming)\s+(?:few\s+|several\s+)?(?:days|weeks|months|years)|(?:some|several|a few|many)\s+(?:days|weeks|months|years)\s+later)\b/i;
/** Between a trigger and the same kind's next one: a reporting verb, after which the event is retold ("confirmed their deaths … and said they had been killed"). */
const REPORTED_BETWEEN = /\b(?:said|confirmed|announced|acknowledged|admitted|reported|stated|claimed)\b/i;
/** Before "killed 57": an accident or a disaster, whose dead no one attacked. */
const ACCIDENT_BEFORE = /\b(?:disaster|accident|crash|collision|derailment|earthquake|flood(?:ing)?|fire|blaze|storm|cyclone|landslide|stampede|pandemic|epidemic|outbreak)\b[^.;,]*$/i;
/** "have died in clashes since then", "in the years since": a span after the date before, not its occasion. */
const SINCE_THEN = /\b(?:since then|ever since|since that (?:time|date|day)|in the (?:days|weeks|months|years) since)\b/i;
/** A month named in running text (not "May", the verb as often as the month). */
const MONTH_NAMED = /\b(?:January|February|March|April|June|July|August|September|October|November|December)\b/;
/** Words of a time told from the date before them: "the same evening", "two days later", "the following week". */
const COUNTED_FROM_BEFORE = /\b(?:same|that|later|earlier|following|next|after|afterwards|before|previous|subsequent|ensuing|hours)\b/i;
/** "detained weeks earlier", "months before": a time before the date told, by an amount the text does not give. */
const VAGUELY_BEFORE = /\b(?:(?:some|several|a few|many)\s+)?(?:days|weeks|months|years)\s+(?:earlier|before|prior)\b/i;

/** Kinds of event a following undated sentence may go on telling. */
const CARRIED = new Set<EventType>(['attack', 'arrest', 'propaganda', 'killing', 'clash', 'plot']);

/**
 * The place an event trigger points to: a location right after it ("attacked a post in X",
 * "war on Ukraine") or, failing that, the nearest one before it in the same clause.
 */
function localPlace(text: string, mentions: readonly Mention[], at: number, atEnd: number, siteCountry: ReadonlyMap<string, string>, gazetteer: Gazetteer, byAgent = false, backOnly = false, onTheGround = true): EventLocation | null {
  let best: Mention | null = null;
  let bestD = Infinity;
  for (const m of mentions) {
    const stateBody = m.type === 'organization' && (/^org:[A-Z]{2}:/.test(m.key) || Boolean(m.ref?.country));
    if (!stateBody && (m.type !== 'location' || !(m.place || m.ref?.country || m.key.startsWith('site:')))) continue;
    const after = m.start >= atEnd;
    // ("bombings in Kerman, Iran, on 3 January, which killed 90, and the attack on X": a participle's place is its head's, before it)
    if (backOnly && after) continue;
    // "the pipeline that carried gas to Israel": where something went, not where the event was
    if (after && m.type === 'location' && /\b(?<!(?:next|close|adjacent) )(?:to|towards)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.start - 20), m.start))) continue;
    const between = after ? text.slice(atEnd, m.start) : text.slice(m.end, at);
    // "seasonal labourers from Kyrgyzstan": where people come from, not where the event was
    // (and the rest of the list: "men from Tajikistan, Turkmenistan and Kyrgyzstan")
    if (FROM_LIST.test(text.slice(Math.max(0, m.start - 90), m.start))) continue;
    // "killed X, a commander who planned attacks in Kenya, in a strike in Somalia": a place inside an appositive
    if (after && /,\s+(?:an?|the|who|which|whose|(?:one|some|all|both|two|three|none|many|most) of (?:whom|which))\b[^,]*$/i.test(between)) continue;
    // "on the border with Uganda", "citizens of Tajikistan": a neighbour, or where people come from
    if (NOT_THE_PLACE_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) || isPeoplesNationality(text, m)) continue;
    if (m.place?.level === 'country' && STATE_ACTS_AFTER.test(text.slice(m.end, m.end + 50))) continue;
    // "clashed near the Mali border west of Ayorou": a border named by the country beyond it, which one side does not say
    if (m.place?.level === 'country' && /^\s+(?:border|frontier)s?\b/i.test(text.slice(m.end, m.end + 12))) continue;
    // (a state that designates or legislates is where its act is: "The United States designated X")
    if (isGovernmentByItsSeat(text, m, onTheGround)) continue;
    // "three Turkey-based individuals": where people are based, not where the event was
    if (/^-based\b/.test(text.slice(m.end, m.end + 7))) continue;
    // "warning that “Spain, Italy …”": a place inside a quotation
    if (after && (between.match(/[“"]/g) ?? []).length > (between.match(/[”]/g) ?? []).length) continue;
    // "X, a Chilean previously convicted in Spain, was arrested": a place inside an aside about the subject, closed right before the verb
    // (or closed right before the trigger: "X, a convert who had tried to join the group in Syria, shot dead four people in Vienna")
    if (!after && (APPOSITIVE_CLOSES_AFTER.test(text.slice(m.end, m.end + 160)) || /^[^,;.()]*,\s*$/.test(text.slice(m.end, at))) &&
      APPOSITIVE_BEFORE.test(text.slice(Math.max(0, m.start - 160), m.start))) continue;
    // (a sentence's end, not the stops of "U.S." or "U.K." between them)
    if (/[;]|\.\s/.test(between.replace(INITIALISM, 'X')) || between.length > 120) continue;
    // ("near al-Arish": an article the name's mention leaves out)
    const cue = /\b(?:in|into|at|near|on|outside|across|inside|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:[a-z]{1,3}-)?$/i.test(text.slice(Math.max(0, m.start - 40), m.start));
    // a place named outright beats a state body's nationality ("a Turkish drone strike near Qamishli")
    // ("detained by Pakistani authorities near the border": the body that arrests, named as the agent, arrests at home; not a force sent abroad)
    const agent = byAgent && stateBody && after && /^\s*by\s+(?:the\s+)?$/i.test(between) && !/\b(?:forces|troops|soldiers|military|army)\b/i.test(m.text);
    const d = (between.length + (stateBody && !agent ? 60 : 0)) * (after ? 1 : 1.3) * (cue ? 0.6 : 1);
    if (d < bestD) { bestD = d; best = m; }
  }
  if (!best) return null;
  if (best.type !== 'organization' && !best.place && !best.ref?.country) {
    // a site with no country of its own ("Lake Chad"): a state body in the clause names it
    const body = mentions.find((m) => m.type === 'organization' && /^org:[A-Z]{2}:/.test(m.key) && Math.abs(m.start - at) < 120);
    const near = mentions.find((m) => m.start > best!.end && m.start - best!.end < 80 && m.type === 'location' && (m.place || m.ref?.country));
    if (!near && body) return { ...emptyLocation(), country: body.key.slice(4, 6), place: best.text };
  }
  if (best.type === 'organization') return { ...emptyLocation(), country: best.ref?.country ?? best.key.slice(4, 6) };
  // "in Toledo, Ohio", "in Tripoli, Lebanon": the division or country after the comma says which town of that name it is
  // (the name after the comma read from the text when no mention holds it)
  // ("in Mudiyah district of Abyan": a district's own division after "of" says the same)
  const qualifier = mentions.find((m) => m.start > best!.end && (/^\s*,\s*$/.test(text.slice(best!.end, m.start)) ||
    (/\b(?:district|county|municipality|sub-district|subdistrict|village|town)$/i.test(best!.text) && /^\s+of\s+$/.test(text.slice(best!.end, m.start)))) && m.type === 'location' &&
    (m.place?.level === 'admin1' || m.place?.level === 'country'))?.place ?? qualifierAfter(text, best.end, gazetteer);
  const bestCountry = best.place?.country ?? best.ref?.country;
  if (qualifier && bestCountry && qualifier.country !== bestCountry && (best.place?.level !== 'country' || best.key.startsWith('site:'))) {
    return { ...emptyLocation(), country: qualifier.country, admin1: qualifier.level === 'admin1' ? qualifier.admin1 : null, place: best.text, geoPrecision: qualifier.level === 'country' ? 3 : 2 };
  }
  const loc = placeOf(best);
  if (!loc.country) {
    // "the Crocus City Hall concert venue near Moscow": a site takes its country from the next place named
    const near = mentions.find((m) => m.start > best!.end && m.start - best!.end < 80 && m.type === 'location' && (m.place || m.ref?.country));
    if (near) {
      const p = placeOf(near);
      return { ...p, place: loc.place ?? p.place };
    }
    const told = siteCountry.get(best.key);
    if (told) return { ...loc, country: told };
    // "in Cameroon's Far North region, … in the village of Mozogo": the place the clause named before it
    // (not a state that acts, "The United States conducted air strikes … in the Golis Mountains": it struck elsewhere)
    const before = [...mentions].reverse().find((m) => m.end <= best!.start && best!.start - m.end < 160 && m.type === 'location' && (m.place?.country || m.ref?.country) && !/[.;]/.test(text.slice(m.end, best!.start)) &&
      !(m.place?.level === 'country' && (STATE_ACTS_AFTER.test(text.slice(m.end, m.end + 50)) || isForceModifier(text, m))));
    if (before) return { ...loc, country: before.place?.country ?? before.ref?.country ?? null };
  }
  return loc;
}

/** The division or country a comma puts after a town's name ("Toledo, Ohio"), read from the text. */
function qualifierAfter(text: string, end: number, gazetteer: Gazetteer): Place | null {
  // (", Homs", or a digest's bracket: "near Palmyra (Homs):")
  const name = /^\s*(?:,\s*|\(\s*(?=[^()]{1,40}\)))(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2})/u.exec(text.slice(end, end + 60))?.[1];
  const place = name ? gazetteer.lookup(name)[0] : undefined;
  return place && (place.level === 'admin1' || place.level === 'country') ? place : null;
}

/** The country of the state or state body that designates, named as the agent after the trigger or as its subject. */
function designatingCountry(text: string, mentions: readonly Mention[], at: number, atEnd: number, gazetteer: Gazetteer): string | null {
  const countryOf = (m: Mention): string | null =>
    m.type === 'location' && m.place?.level === 'country' ? m.place.country
      : m.type === 'organization' ? (/^org:([A-Z]{2}):/.exec(m.key)?.[1] ?? m.ref?.country ?? null) : null;
  const agent = mentions.find((m) => m.start >= atEnd && /^\s*by\s+(?:the\s+)?$/i.test(text.slice(atEnd, m.start)));
  if (agent) return countryOf(agent);
  // ("The U.S. designated X": a country as the subject designates too)
  // ("Washington designated X": a capital that lists is its state)
  const seatOf = (m: Mention): string | null => (isGovernmentByItsSeat(text, m, false) ? m.place?.country ?? null : null);
  const seat = [...mentions].reverse().find((m) => m.end <= at && at - m.end < 40 && seatOf(m) !== null && /^\s*(?:has\s+|had\s+|also\s+)*$/.test(text.slice(m.end, at)));
  if (seat) return seatOf(seat);
  const subject = [...mentions].reverse().find((m) => m.end <= at && at - m.end < 40 && countryOf(m) !== null && /^\s*(?:has\s+|had\s+|also\s+)*$/.test(text.slice(m.end, at)));
  if (subject) {
    // "the United States and Canada designated": the first of the states named together
    let first = subject;
    for (;;) {
      const prior = [...mentions].reverse().find((m) => m.end <= first.start && countryOf(m) !== null && /^\s*(?:,|and|,\s*and)\s*(?:the\s+)?$/i.test(text.slice(m.end, first.start)));
      if (!prior) break;
      first = prior;
    }
    return countryOf(first);
  }
  // "The U.S. designated …", "Britain has designated …": a country's name or adjective right before the verb
  // ("the United States Treasury imposed sanctions": a country heading the name of its body)
  const named = /(?:^|[\s(])((?:[A-Z]\.){2,}|[A-Z][\w.-]+(?: [A-Z][\w-]+)?)\s+(?:government\s+|(?:Treasury|State Department|Justice Department|Home Office|Foreign Office)\s+)?(?:(?:has|had|also)\s+)*$/.exec(text.slice(Math.max(0, at - 60), at))?.[1];
  // "the U.S. Treasury Department's Office of Foreign Assets Control (OFAC) designated": a state body heading the subject
  const body = [...mentions].reverse().find((m) => m.end <= at && at - m.end < 100 && m.type === 'organization' && countryOf(m) !== null && !/[.;,]|\b(?:and|but|while|after|before)\b/.test(text.slice(m.end, at)));
  const place = named ? gazetteer.lookup(named)[0] : undefined;
  // ("Washington designated X": a seat of government the mentions left unread, named as the subject, is its state)
  return (named ? gazetteer.countryOfDemonym(named) : null) ?? (place?.level === 'country' || (place && /^\p{Lu}\p{Ll}+$/u.test(named ?? '')) ? place.country : null) ?? (body ? countryOf(body) : null);
}

/** How precise a place is: a site (4), a town (3), a division (2), a country (1); the most precise wins. */
function placeRank(m: Mention): number {
  return m.key.startsWith('site:') ? 4 : m.place?.level === 'city' ? 3 : m.place?.level === 'admin1' ? 2 : 1;
}

/**
 * The most precise place named in [span.start, span.end): an item's leading place, a heading's. A heading
 * the mentions do not name ("GREECE" in capitals) is looked up whole when `text` is given: a country, or a
 * division of a country the report names (`countries`; "NORTH-WEST REGION" in a digest on Cameroon is
 * Cameroon's, not South Africa's North West).
 */
function placeWithin(
  mentions: readonly Mention[], span: { start: number; end: number }, gazetteer: Gazetteer, text?: string, countries: ReadonlySet<string> = new Set(),
): EventLocation | null {
  let best: Mention | null = null;
  for (let k = countBefore(mentions, (m) => m.start, span.start); k < mentions.length && (mentions[k] as Mention).start < span.end; k++) {
    const m = mentions[k] as Mention;
    if (m.type !== 'location' || !(m.place?.country ?? m.ref?.country)) continue;
    if (!best || placeRank(m) > placeRank(best)) best = m;
  }
  if (best) return placeOf(best);
  if (text === undefined) return null;
  const words = text.slice(span.start, span.end).trim().toLowerCase().replace(/(^|[\s-])\p{Ll}/gu, (c) => c.toUpperCase());
  const place = gazetteer.lookup(words, countries).find((p) => p.level === 'country' || (p.level === 'admin1' && countries.has(p.country)));
  return place ? { ...emptyLocation(), country: place.country } : null;
}

function placeOf(best: Mention): EventLocation {
  const loc = emptyLocation();
  const p = best.place;
  loc.country = p?.country ?? best.ref?.country ?? null;
  if (p && p.level !== 'country') {
    loc.admin1 = p.admin1;
    loc.place = best.key.startsWith('site:') || p.level === 'city' ? best.text : null;
    loc.latitude = p.latitude;
    loc.longitude = p.longitude;
    loc.geoPrecision = p.level === 'city' ? 1 : 3;
  } else if (best.key.startsWith('site:')) {
    loc.place = best.text;
  } else if (p) {
    loc.geoPrecision = 3;
  }
  return loc;
}

const ORGANISATIONAL = new Set<EventType>(['merger', 'pledge', 'appointment']);

/** The country a report names most (through its places), when one stands out: at least a third of the place mentions. */
function dominantCountry(mentions: readonly Mention[]): string | null {
  const counts = new Map<string, number>();
  let total = 0;
  for (const m of mentions) {
    const c = m.type === 'location' ? (m.place?.country ?? m.ref?.country) : undefined;
    if (!c) continue;
    counts.set(c, (counts.get(c) ?? 0) + 1);
    total += 1;
  }
  let best: string | null = null;
  let n = 0;
  for (const [c, k] of counts) if (k > n) { best = c; n = k; }
  return best && n >= 3 && n * 3 >= total ? best : null;
}

/** Countries named one after another right after `from`: "Iran, Türkiye, and Russia" (the first after `lead` where one is given). */
function countriesListedAfter(text: string, mentions: readonly Mention[], from: number, lead: RegExp | null = null): string[] {
  const out: string[] = [];
  let pos = from;
  for (const m of mentions) {
    if (m.start < from) continue;
    const gap = text.slice(pos, m.start);
    if (out.length === 0 ? gap.length > 30 || /[.;,]/.test(gap) || (lead !== null && !lead.test(gap)) : !/^\s*(?:,\s*(?:and\s+)?|and\s+)$/.test(gap)) break;
    if (m.place?.level !== 'country') break;
    out.push(m.place.country);
    pos = m.end;
  }
  return out;
}

function emptyLocation(): EventLocation {
  return { country: null, admin1: null, admin2: null, place: null, latitude: null, longitude: null, geoPrecision: null };
}

function locate(inS: readonly { m: Mention }[], sentence: string, gazetteer: Gazetteer): EventLocation {
  const loc = emptyLocation();
  // the most precise place wins: a site or town, then a division, then a country (the first named of the most precise)
  // (read in one pass, no mapped array sorted: see addTriggerEvents)
  let best: Mention | null = null;
  for (const { m } of inS) if (m.type === 'location' && (m.place || m.ref?.country) && (best === null || placeRank(m) > placeRank(best))) best = m;
  if (best) return placeOf(best);
  // no place named: a state body or a nationality points to the country
  const org = inS.find(({ m }) => /^org:[A-Z]{2}:/.test(m.key))?.m;
  if (org) loc.country = org.key.slice(4, 6);
  else {
    const d = /\b([A-Z][a-z]+)\b(?= (?:authorities|officials|police|militants|fighters|jihadis|border))/.exec(sentence);
    if (d) loc.country = gazetteer.countryOfDemonym(d[1] as string);
  }
  return loc;
}

/**
 * The day or month a sentence tells in the year an event's date gives only ("the 2010 attack … on 4 July 2010"): the nearest
 * one after the trigger in its clause (not past a semicolon, not in an aside), or null.
 */
function dayOfYearTold(dates: readonly DateMention[], year: FuzzyDate, at: number, atEnd: number, text: string): FuzzyDate | null {
  const told = dates.filter((d) => (d.date.precision === 'day' || d.date.precision === 'month') && d.start >= atEnd &&
    d.date.start.slice(0, 4) === year.start.slice(0, 4) && d.date.end.slice(0, 4) === year.end.slice(0, 4) &&
    !text.slice(atEnd, d.start).includes(';') && !isInAside(text, d, at, atEnd));
  return told[0]?.date ?? null;
}

function nearestDate(dates: readonly DateMention[], at: number, atEnd: number, text: string, within: number): FuzzyDate | null {
  // "was named finance chief in 2019": a date the trigger's own clause gives right after it
  // (and "killed in a clash … the following month": a relative date closing the trigger's clause)
  const own = dates.find((d) => d.start >= atEnd && d.start - atEnd <= 50 && (/\b(?:in|on|by|during)\s+(?:(?:early|mid|late|the end of|the beginning of)\s*-?\s*)?$/i.test(text.slice(Math.max(atEnd, d.start - 20), d.start)) ||
    (d.isRelative && /^the (?:following|next) (?:day|week|month)$/i.test(d.date.text ?? ''))) &&
    !/[,;]/.test(text.slice(atEnd, d.start)) && Number(d.date.end.slice(0, 4)) - Number(d.date.start.slice(0, 4)) <= 1);
  if (own && own.start - atEnd <= within) return own.date;
  let best: DateMention | null = null;
  let bestD = Infinity;
  const sameClauseAfter = dates.some((d) => d.start >= atEnd && d.start - atEnd <= 120 && !/[,;]/.test(text.slice(atEnd, d.start)));
  const ownClauseAfter = (): boolean => dates.some((d) => d.start >= atEnd && d.start - atEnd <= 120 && !text.slice(atEnd, d.start).includes(';') &&
    !/,\s+(?:and|but|while|whereas)\s/.test(text.slice(atEnd, d.start)) && !isInAside(text, d, at, atEnd));
  for (const d of dates) {
    // "since 2021" dates a period, not the occasion, unless it is the only date
    if (dates.length > 1 && /\bsince\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, d.start - 12), d.start))) continue;
    // a decade or a span of years says when, not on which occasion
    const years = Number(d.date.end.slice(0, 4)) - Number(d.date.start.slice(0, 4));
    if (years > 1 || (years === 1 && d.date.start.endsWith('-01-01') && d.date.end.endsWith('-12-31'))) continue;
    // ("The council, which banned the party in June 2021, listed four people on 16 May": a date in an aside dates the aside)
    if (isInAside(text, d, at, atEnd)) continue;
    // ("was absorbed into ISKP; the Taliban responded … later that year": a date past a semicolon is another clause's)
    // ("The group claimed the bombing, and its magazine published a photograph in its November issue": so is one past
    // ", and" opening a clause with a subject of its own)
    if (d.start >= atEnd && (text.slice(atEnd, d.start).includes(';') || (text.slice(atEnd, d.start).includes(',') && NEW_CLAUSE_BETWEEN.test(text.slice(atEnd, d.start))))) continue;
    // ("moved to Bajaur in late 2024, and that some had been arrested by the CTD … in February 2025": a date before
    // the trigger across ", and that …" is the other clause's when the trigger's own clause gives one after it)
    if (d.start < at && OTHER_CLAUSE_BETWEEN.test(text.slice(d.end, at)) && sameClauseAfter) continue;
    // ("proclaimed in August 2021 by X, son of Y, who was assassinated … on 9 September 2001": the trigger stands in a
    // relative clause opened after the date before it, and its own clause gives a date after it)
    if (d.start < at && RELATIVE_OPENED_BETWEEN.test(text.slice(d.end, at)) && sameClauseAfter) continue;
    // ("Canada listed the group in February 2021, and the United Kingdom proscribed it, including its other name, in April
    // 2021": a date before ", and" opening a clause with a named subject is the other clause's when the trigger's gives one)
    if (d.start < at && CLAUSE_WITH_NAMED_SUBJECT_BETWEEN.test(text.slice(d.end, at)) && ownClauseAfter()) continue;
    // ("Washington announced five days later that it would designate the group, a measure that took effect in February": a
    // date in a clause on a noun set beside the trigger's clause is that clause's, when the sentence gives another)
    if (d.start >= atEnd && dates.length > 1 && APPOSITIVE_CLAUSE_OPENED.test(text.slice(atEnd, d.start))) continue;
    const dist = d.start < at ? at - d.end : (d.start - atEnd) * 1.5;
    if (dist < bestD && dist <= within) { bestD = dist; best = d; }
  }
  return best?.date ?? null;
}

const COUNT = '(\\d{1,3}(?:,\\d{3})*|\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty|forty|fifty|a dozen|dozens|hundreds)';
const QUAL = '(?:at least |over |more than |nearly |about |around |some |approximately |up to |an estimated |between )?';

const FATALITIES: readonly RegExp[] = [
  new RegExp(`\\bkill(?:ed|ing) ${QUAL}${COUNT}\\b`, 'i'),
  new RegExp(`\\b${QUAL}${COUNT} (?:(?!and |or )[\\w-]+ ){0,3}(?:were |was |had been |are )?(?:killed|dead|died)\\b`, 'i'),
  new RegExp(`\\bdeath toll (?:of |rose to |reached |at )?${QUAL}${COUNT}\\b`, 'i'),
];
const WOUNDED: readonly RegExp[] = [
  new RegExp(`\\b(?:wound|injur)(?:ed|ing) ${QUAL}${COUNT}\\b`, 'i'),
  // ("killed at least 12 people and wounded dozens": the figure of another verb, across "and", is not the wounded's)
  new RegExp(`\\b${QUAL}${COUNT} (?:(?!and |or )[\\w-]+ ){0,3}(?:were |was )?(?:wounded|injured)\\b`, 'i'),
];
const ARRESTED: readonly RegExp[] = [
  new RegExp(`\\b(?:arrest|detain)(?:ed|ing) ${QUAL}${COUNT}\\b`, 'i'),
  new RegExp(`\\b${QUAL}${COUNT} (?:[\\w-]+ ){0,3}(?:were |was |had been )?(?:arrested|detained|apprehended)\\b`, 'i'),
  new RegExp(`\\b(?:arrest|apprehension|detention) of (?:the |a )?${COUNT}\\b`, 'i'),
];

/** Killed, wounded and arrested counts the sentence states. */
export function countsIn(sentence: string): EventCounts {
  return {
    fatalities: firstCount(sentence, FATALITIES) ?? killedList(sentence),
    wounded: firstCount(sentence, WOUNDED),
    arrested: firstCount(sentence, ARRESTED),
  };
}

function firstCount(sentence: string, patterns: readonly RegExp[]): number | null {
  for (const re of patterns) {
    const m = re.exec(sentence);
    if (!m) continue;
    const v = parseNumber((m[1] as string).toLowerCase());
    if (v !== null && Number.isInteger(v) && v < 100_000 && !/^(?:19|20)\d\d$/.test(m[1] as string)) return v;
  }
  return null;
}

/** "killed two Kenyans, a Briton, and a Dane" → 4. */
function killedList(sentence: string): number | null {
  const m = /\bkilled ((?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|an?) [\w-]+(?:,? (?:and )?)?){2,6})/i.exec(sentence);
  if (!m) return null;
  let total = 0;
  for (const item of (m[1] as string).split(/,\s*(?:and\s+)?|\s+and\s+/)) {
    const head = item.trim().split(/\s+/)[0];
    if (!head) continue;
    const v = parseNumber(head.toLowerCase());
    if (v === null) return null;
    total += v;
  }
  return total > 0 ? total : null;
}

function mergeEvents(events: readonly ExtractedEvent[], personKeys: ReadonlySet<string>, retold: ReadonlySet<ExtractedEvent>, triggerOf: Map<ExtractedEvent, number>): ExtractedEvent[] {
  // two killings of different named people in one month are two events
  const victims = (x: ExtractedEvent): string[] => [...x.targetKeys, ...x.actorKeys].filter((k) => personKeys.has(k));
  // two events told with two different days are two events, however alike
  // (within one sentence, "struck on 3 January … killing 95" is one event whatever the dates near its words)
  const isOtherDay = (a: ExtractedEvent, b: ExtractedEvent): boolean =>
    a.span.sentence !== b.span.sentence && !retold.has(a) && !retold.has(b) && a.date?.precision === 'day' && b.date?.precision === 'day' && a.date.start !== b.date.start;
  // two undated events are one only when told in one sentence or one refers back to the other ("the attack")
  const isOtherUndated = (a: ExtractedEvent, b: ExtractedEvent): boolean =>
    a.date === null && b.date === null && a.span.sentence !== b.span.sentence && !retold.has(a) && !retold.has(b);
  const isOtherKilling = (a: ExtractedEvent, b: ExtractedEvent): boolean =>
    a.type === 'killing' && victims(a).length > 0 && victims(b).length > 0 && !victims(a).some((k) => victims(b).includes(k));
  const out: ExtractedEvent[] = [];
  /** The merged events every telling of which refers back to one told before. */
  const onlyRetold = new Set<ExtractedEvent>();
  const isYearOnly = (x: ExtractedEvent): boolean => x.date !== null && x.date.start.slice(0, 4) === x.date.end.slice(0, 4) && x.date.start.endsWith('-01-01') && x.date.end.endsWith('-12-31');
  // a report retells an event more or less precisely ("in 2017" … "in February 2017"): the precise telling wins
  const sorted = [...events].sort((a, b) => Number(isYearOnly(a)) - Number(isYearOnly(b)));
  // (the events told so far, by kind, country and month or year: each event looks only at its own bucket)
  const byMonth = new Map<string, number[]>();
  const byYear = new Map<string, number[]>();
  const bucket = (map: Map<string, number[]>, key: string): number[] => {
    let list = map.get(key);
    if (!list) { list = []; map.set(key, list); }
    return list;
  };
  for (const e of sorted) {
    const base = `${e.type}|${e.location.country ?? ''}`;
    const month = e.date?.start.slice(0, 7);
    const year = e.date?.start.slice(0, 4);
    const candidates = [...(byMonth.get(`${base}|${month}`) ?? []), ...(isYearOnly(e) ? (byYear.get(`${base}|${year}`) ?? []) : [])].sort((a, b) => a - b);
    const at = candidates.find((j) => !isOtherKilling(out[j] as ExtractedEvent, e) && !isOtherDay(out[j] as ExtractedEvent, e) && !isOtherUndated(out[j] as ExtractedEvent, e));
    const same = at === undefined ? undefined : out[at];
    if (!same) {
      bucket(byMonth, `${base}|${month}`).push(out.length);
      if (e.date && e.date.start.slice(0, 4) === e.date.end.slice(0, 4)) bucket(byYear, `${base}|${year}`).push(out.length);
      const copy = { ...e, actorKeys: [...e.actorKeys], targetKeys: [...e.targetKeys] };
      out.push(copy);
      const trigger = triggerOf.get(e);
      if (trigger !== undefined) triggerOf.set(copy, trigger);
      if (retold.has(e)) onlyRetold.add(copy);
      continue;
    }
    if (!retold.has(e)) onlyRetold.delete(same);
    for (const a of e.targetKeys) if (!same.targetKeys.includes(a)) same.targetKeys.push(a);
    for (const a of e.actorKeys) if (!same.actorKeys.includes(a) && !same.targetKeys.includes(a)) same.actorKeys.push(a);
    if (e.date && same.date && e.date.precision === 'day' && same.date.precision !== 'day') same.date = e.date;
    same.counts = {
      fatalities: same.counts.fatalities ?? e.counts.fatalities,
      wounded: same.counts.wounded ?? e.counts.wounded,
      arrested: same.counts.arrested ?? e.counts.arrested,
    };
    if (!same.location.place && e.location.place) same.location = e.location;
  }
  // "the March 2024 attack followed": a violent event told without its place is the one of that month told with it
  // ("after the attack on tourists at X on 22 April", "TRF claimed the attack": so is one only referred back to, whose
  // country is only the paragraph's or the report's, when one of that month is told where a place is named)
  const isPlacedByParagraph = (e: ExtractedEvent): boolean => e.location.country !== null && e.location.geoPrecision === null && e.location.place === null && e.location.admin1 === null;
  const placed = new Map<string, ExtractedEvent[]>();
  for (const e of out) {
    if (e.location.country === null) continue;
    const key = `${e.type}|${e.date?.start.slice(0, 7)}`;
    placed.set(key, [...(placed.get(key) ?? []), e]);
  }
  return out.filter((e) => {
    const referredBack = e.location.country !== null && onlyRetold.has(e) && isPlacedByParagraph(e);
    if ((e.location.country !== null && !referredBack) || !VIOLENT.has(e.type)) return true;
    const same = (placed.get(`${e.type}|${e.date?.start.slice(0, 7)}`) ?? []).filter((x) => !referredBack || (x !== e && x.location.country !== e.location.country &&
      !isPlacedByParagraph(x) && !(x.date?.precision === 'day' && e.date?.precision === 'day' && x.date.start !== e.date.start)));
    if (same.length !== 1) return true;
    for (const a of e.actorKeys) if (!same[0]!.actorKeys.includes(a) && !same[0]!.targetKeys.includes(a)) same[0]!.actorKeys.push(a);
    return false;
  }).sort((a, b) => a.span.start - b.span.start);
}

/** The dates the date reader gave and the leading days of items it left alone, in text order. */
function withItemDates(dates: readonly DateMention[], items: readonly DatedItem[]): readonly DateMention[] {
  const own = items.filter((item) => item.isOwnDate && item.date !== null).map((item) => item.date as DateMention);
  if (own.length === 0) return dates;
  return [...dates, ...own].sort((a, b) => a.start - b.start);
}
