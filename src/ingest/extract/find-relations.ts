import type { EntityType, FuzzyDate, RelationType, Sentence } from '../../model/index.js';
import type { ReferenceMatcher } from '../reference/index.js';
import type { ExtractedEntity, ExtractedRelation } from '../extraction.js';
import type { DateMention } from './find-dates.js';
import { governingHedge, type HedgeMention } from './find-hedges.js';
import type { Mention } from './mention.js';
import { orientRelation } from './relation-signatures.js';
import { isStateBody } from './state-body.js';
import { AnchoredPattern } from './anchored-pattern.js';
import { carriedPerson, lastNamedBefore, paragraphStart, subjectPronounBefore } from './carried-subject.js';
import { WordIndex } from './word-index.js';
import { COMPASS_PART } from './genre-lexicon.js';
import { COUNTRY_FRAME_BEFORE, placesWithin, placingsOf, type Placing } from './places-within.js';
import { standaloneOccurrencesOfEach } from './standalone-occurrences.js';

type T = EntityType;
const ACTORS: readonly T[] = ['person', 'group', 'organization'];
const GROUPS: readonly T[] = ['group', 'organization'];

interface VerbRule {
  type: RelationType;
  re: RegExp;
  subject: readonly T[];
  object: readonly T[];
  /** The object comes first in the text ("X was recruited by Y" style), swap ends. */
  swap?: boolean;
  /** Several objects joined by commas and "and". */
  many?: boolean;
  /** The relation the object has with the subject too ("X was recruited into Y": Y recruited X). */
  reverse?: RelationType;
  /** The verb names no object: it is the group the paragraph named before the subject ("X is its leader"). */
  topic?: boolean;
  /** A noun of belonging ("wing of"): said only of the name it stands beside or is predicated of ("X, the armed wing of Y"). */
  belongs?: boolean;
  /** The group is named as a modifier of the role that follows it ("X was a senior ISKP commander"): only such a group is an object. */
  roleAfter?: boolean;
  /** The verb makes the group it names right after it ("formed the X", "launched a new movement, the X"), and no other. */
  founds?: boolean;
}

/** Verb patterns of the genre, with the kinds of entity each end may be. */
const VERB_RULES: readonly VerbRule[] = [
  { type: 'pledged_allegiance_to', re: /\b(?:(?:swore|sworn|swear|swearing|took|taken|taking) an? oath of (?:allegiance|loyalty) to|pledg\w* (?:their |his |its |her )?(?:allegiance|bay[’'`]?ah|loyalty) to|swore (?:allegiance|bay[’'`]?ah) to|pledg\w* (?:their |his |its )?allegiance .{0,40}?to|(?:declared|declares|declaring|renewed|renews|renewing|reaffirmed|reaffirms|pays|paid|paying|gave|gives|offered|offers) (?:its |their |his |her )?(?:formal |public |renewed )?(?:allegiance|bay[’'`]?ah|loyalty|pledge of allegiance|oath of allegiance) to)\s/gi, subject: ACTORS, object: ['group', 'person'], many: true },
  // "its leaders pledged to the Islamic State": a pledge to a named group or person, the word "allegiance" left out (not
  // "pledged to fight the Taliban": a name must follow; no `i` flag, so that it is a name)
  { type: 'pledged_allegiance_to', re: /\bpledged (?:itself |themselves |himself |herself )?to\s(?=(?:the )?[A-Z])/g, subject: ACTORS, object: ['group', 'person'], many: true },
  { type: 'merged_with', re: /\b(?:merged? (?:with|into)|merger (?:with|into)|joined forces with|was absorbed into|unified with|united with)\s/gi, subject: GROUPS, object: GROUPS },
  { type: 'merged_with', re: /\bintegrated\s/gi, subject: GROUPS, object: GROUPS },
  { type: 'merged_with', re: /\b(?:(?:through|by|in|from) (?:the |a )?(?:merger|merging|amalgamation|union) of)\s/gi, subject: GROUPS, object: GROUPS, many: true },
  { type: 'split_from', re: /\b(?:split (?:from|with)|broke (?:away )?(?:from|with)|defected from|splinter(?:ed)? (?:from|of)|breakaway (?:faction )?(?:from|of)|left)\s/gi, subject: ['person', 'group'], object: GROUPS },
  // "The CDN, which grew out of Los Zetas", "a militant group formed in 2012 by former members of Jundallah": a group born of another
  { type: 'split_from', re: /\b(?:grew out of|emerged (?:out of|from)|(?:formed|founded|created|established|set up) (?:in (?:(?:early|mid|late) )?(?:\w+ )?\d{4} )?by (?:former|ex-|disaffected|dissident|breakaway|defecting) (?:[\w-]+ )?(?:members|commanders|fighters|leaders|militants|cadres) of)\s/gi, subject: ['group'], object: ['group'] },
  { type: 'allied_with', re: /\b(?:allied (?:itself |himself |themselves )?with|provid\w* (?:[\w-]+ ){0,2}(?:support|safe havens?|shelter|sanctuary|protection) to|fight (?:in [A-Z][\w-]+ )?with|fought (?:in [A-Z][\w-]+ )?with|fighting (?:in [A-Z][\w-]+ )?with|alliance with|aligned (?:itself |himself |themselves )?with|cooperat\w* with|under the banner of|alongside|in cooperation with|received (?:[\w-]+ ){0,2}support from|hosted(?: or cooperated with)?|sheltered|close ties (?:with|to))\s/gi, subject: GROUPS, object: GROUPS, many: true },
  { type: 'rival_of', re: /\b(?:rival(?:s|ry)? (?:of|to|with)|clash\w* with|fought against|fighting against|fights against|war (?:against|with|on)|turned (?:its|their) guns on|conflict with|hostil\w* (?:to|toward)|competition with|compet(?:ing|es?|ed) (?:for [\w-]+(?: [\w-]+)? )?with)\s/gi, subject: GROUPS, object: GROUPS, many: true },
  { type: 'leader_of', re: /\b(?:(?:current |former |then |new |the |its |overall )*(?<!\b(?:deputy|vice|assistant)[ -])(?:leader|head|emir|amir|chief|founder|commander-in-chief|co-founder|(?:secretary|director)[ -]general|general secretary|secretary|chairman|chairperson|chairwoman) of|chaired|chairs|(?:the|its|his) (?:former |then |overall )?commander of|led|leads|heads|headed|founded|proclaimed|commands|commanded|(?:continues|continued|continue|went on|goes on) to (?:lead|head|command)|(?:was |were )?appointed (?:as )?(?:the )?(?:new )?(?:leader|head|emir|amir|chief)(?: of)?|(?:named|elected|installed|chosen|proclaimed) (?:as )?(?:the )?(?:new )?(?:leader|head|emir|amir|chief) of)\s/gi, subject: ['person'], object: GROUPS },
  { type: 'member_of', re: /\b(?:joined|join|defected to|belong(?:s|ed|ing)? to(?= the same\b)|(?:the )?(?:deputy|vice)[ -](?:leader|chairman|chairperson|head|chief|commander|emir|amir|president|secretary-general|secretary) of|(?:a |an )?(?:former |senior |prominent |leading |key )?(?:member|commander|spokesman|spokesperson|fighter|recruiter|militant|operative|official|ideologue|propagandist|recruit|emissary|representative|figure)s? (?:of|for|in|with)|fought (?:for|with)|fighting (?:for|with)|ranks of|swelled the ranks of|(?:served|serves|serving) as (?:an? |the )?(?:[\w-]+ )?(?:commander|member|fighter|official|spokesman|recruiter|operative|ideologue|propagandist|financier|facilitator|judge|governor|emir|amir) (?:for|of|in|with))\s/gi, subject: ['person'], object: GROUPS },
  { type: 'leader_of', re: /\b(?:is|was|became|becomes|remains|remained|serves as|served as)\s+(?:(?:still|now|also|widely|reportedly|allegedly|probably|likely|(?:assessed|believed|thought|said|reported|understood|known) to (?:be|have been))\s+)*(?:the (?:group|movement|organi[sz]ation|faction)[’']s|its|their) (?:(?:current|overall|new|top|supreme|de facto|actual)\s+)?(?:leader|emir|amir|head|chief)(?!\s+(?:of|in|for)\b)(?=[\s,.;])/gi, subject: ['person'], object: GROUPS, topic: true },
  // "X was a senior ISKP commander", "X, who serves as the Taliban’s acting interior minister", "X, described as the
  // ISIL-K intelligence chief for Kabul", "X, whom the police list as an al-Shabaab operative": the person holds a post in the
  // group named before the post
  { type: 'member_of', re: /\b(?:is|was|became|remains|remained|(?:serves|served|serving|described|identified|lists?|listed|designates|designated|regards|regarded|considers|considered) as)\s+(?:(?:still|now|also|reportedly|allegedly|then|once|later)\s+)*(?:an?|the|one of the)\s+(?:(?:most|very)\s+)?(?:(?:senior|top|prominent|former|leading|local|regional|veteran|high-ranking|mid-level|key|notorious|influential|powerful|military|de facto|acting|overall|supreme|new)\s+)*(?=[A-ZÀ-Ý])/gi, subject: ['person'], object: GROUPS, roleAfter: true },
  { type: 'member_of', re: /\b(?:recruited (?:into|to join)|inducted into|enlisted (?:in|into|with))\s/gi, subject: ['person'], object: GROUPS, reverse: 'recruited' },
  // "X formed the Loyalist Volunteer Force", "the CPC, formed by former President X", "X announced the creation of the ESN": a
  // group's founder, whom the genre counts among its leaders (the group right after the verb: not "formed an alliance with Y")
  { type: 'leader_of', re: /\b(?:formed|created|established|set up|launched|co-founded|announced the (?:creation|formation|founding|establishment|launch) of)\s/gi, subject: ['person'], object: GROUPS, founds: true },
  // "The AFF announced itself in 2022 under the leadership of General X": the group named before, the one who leads it after
  { type: 'leader_of', re: /\bunder the (?:overall |sole |joint )?(?:leadership|command) of\s/gi, subject: GROUPS, object: ['person'], swap: true, many: true },
  { type: 'directed', re: /\b(?:directed|orchestrated|masterminded|guided|instructed|ordered|commissioned|dispatched|tasked)\s/gi, subject: ['person', 'group'], object: ['person'], many: true },
  { type: 'directed', re: /\b(?:acted (?:[\w-]+ ){0,3}(?:under the direction of|on the orders of|on the instructions of|at the behest of)|(?:was|were) (?:acting )?(?:under the direction of|on the orders of))\s/gi, subject: ['person'], object: ['person', 'group'], swap: true, many: true },
  { type: 'recruited', re: /\b(?:recruited|recruiting|radicali[sz]ed)\s/gi, subject: ['person', 'group'], object: ['person'], many: true },
  // ("ISWAP has received funding from X": "funding" after a verb of getting is the receiver's, no funding it gives)
  { type: 'funded', re: /\b(?:funded|(?<!\b(?:receiv\w*|gets|got|getting|obtain\w*|seek\w*|sought)\s+(?:[\w-]+\s+){0,2})(?:funding|financing)|financed|financially support\w*|paid(?! (?:tribute|homage|respects|a visit|attention|lip service))|sent money to|provided (?:[\w-]+ ){0,2}(?:funding|money|financing|financial support) to|bankroll\w*|channell?ed (?:[\w-]+ ){0,2}(?:funds|money|payments) to|transferr?ed (?:[\w-]+ ){0,2}(?:funds|money) to|sen(?:t|ds?|ding) (?:(?:part|some|most|much|a share|a portion|a cut) of )?(?:the |its |his |her |their )?(?:profits|proceeds|money|funds|cash|revenues?|earnings|payments)(?: [\w-]+){0,3}? to|rais(?:ed|es|ing) (?:funds|money) for|suppl(?:y|ies|ied|ying)|(?<!\bfor )mov(?:e|es|ed|ing) (?:(?:the|its|his|her|their|some|part of the)\s+)?(?:funds|money|cash|payments|donations|proceeds)(?: (?:from|through|via) (?:the )?[A-Z][\w-]*)? to)\s/gi, subject: ACTORS, object: ACTORS },
  // "ISKP received $25,000 a month from the al-Siddiq office", "had received funds from X", "receives funding and weapons from
  // X": the sender funded the receiver (and "funding" after "received" is no verb of the receiver's: see the rule before)
  { type: 'funded', re: /\b(?:received|receives|receiving) (?=[^.;]{0,60}?(?:funds|funding|money|payments|financing|financial support|transfers|cash|\$|€|£)[^.;]{0,40}?\bfrom\s)(?:(?!(?:that|reports?|which|who|word|news|information|intelligence|warnings?|threats?)\b)[\w$€£,.’'-]+ ){0,6}?from\s/gi, subject: ACTORS, object: ACTORS, swap: true },
  // "ISSP, which has fought JNIM in Mali": two groups fighting each other
  { type: 'rival_of', re: /\b(?:fought|fights|fighting|battled|battles|battling)\s(?=(?:the\s+)?[A-Z])/g, subject: ['group'], object: ['group'] },
  // "ELN units attacked positions held by the 33rd Front", "the Taliban have conducted sustained operations against ISIL-K":
  // one armed group at war with another (a state's forces are kept apart: their operations are no rivalry)
  { type: 'rival_of', re: /\b(?:(?:attacked|ambushed|overran|raided)\s+(?:(?:the\s+)?(?:positions|bases|camps|fighters|members|strongholds|units)\s+(?:held by|of|belonging to)\s+)?(?=(?:the\s+)?[A-Z0-9])|(?:conducted|launched|intensified|waged|stepped up|continued|pursued|carried out)\s+(?:(?:its|their|a|an|the|sustained|military|security|counter-?terrorism|joint|major|ongoing|new|large-scale|repeated|several)\s+)*(?:operations?|offensives?|campaigns?|crackdowns?)\s+(?:against|on)\s)/g, subject: ['group'], object: ['group'] },
  // "In 2005 the UVF turned on the LVF", "the Taliban campaign against ISIL-K", "Foxtrot's feud with the Rumba network"
  { type: 'rival_of', re: /\b(?:turned on|feud(?:ed|ing|s)? with|campaigns? against)\s/gi, subject: ['group'], object: ['group'] },
  { type: 'communicated_with', re: /\b(?:met with|met|communicated with|(?:was |were )?in (?:contact|touch|communication) with|spoke (?:with|to)|corresponded with|contacted|messaged|exchanged messages with|talked (?:with|to)|discussed .{0,80}? with)\s/gi, subject: ['person', 'group'], object: ['person', 'group'], many: true },
  // (a state that accuses another or a group: "Pakistan accused the Taliban of sheltering the TTP")
  { type: 'criticized', re: /\b(?:criticiz\w*|criticis\w*|condemn\w*|denounc\w*|blamed(?! for)|blames(?! for)|accused(?! of)|accuses(?! of)|accusing(?! of)|lambast\w*|denigrat\w*|threatened(?! to\b)|mock\w*|vilif\w*|targeted (?=(?:[\w-]+ ){1,3}in (?:its|their|his) propaganda)|derided)\s/gi, subject: [...ACTORS, 'location'], object: ['person', 'group', 'organization', 'location'], many: true },
  { type: 'affiliated_with', re: /\b(?:affiliated with|an affiliate of|affiliate of|branch of|(?<!\b(?:armed|military|paramilitary) )wing of|linked (?:by (?:[\w-]+ ){1,4}?)?to|ties to|connected to|associated with|a province of|part of)\s/gi, subject: ['group', 'organization', 'person', 'media'], object: GROUPS },
  // "Jund al-Islam, a small group loyal to al-Qaeda", "X remains loyal to Y" (not "X defected, while the bulk of the group remains loyal to Y")
  { type: 'affiliated_with', re: /\bloyal to\s/gi, subject: GROUPS, object: GROUPS, belongs: true },
  // "the NPA, the armed wing of the CPP": a body's armed wing is affiliated with it, as the annotators of the newer sets count it (a
  // named unit or faction is one of its own, a member), said of the name it stands beside, as "branch of"
  { type: 'affiliated_with', re: /\b(?:armed|military|paramilitary) wing of\s/gi, subject: GROUPS, object: GROUPS, belongs: true },
  { type: 'located_in', re: /\b(?:(?:maintains?|maintained|retains?|retained|has|have|had|keeps?|kept) (?:a |an |its |their )?(?:[\w-]+ )?presence in(?: the (?:provinces|districts|regions|areas|states) of)?|strongholds? in|hideouts? in|based in|(?:has|have|had) (?:[\w-]+ )?(?:branches|chapters|cells|affiliates) in|(?:was|were) (?:founded|formed|established|created) in|expand\w* (?:(?:its|their) (?:[\w-]+ )?(?:operations|activities|presence|reach) )?(?:into|to)|spread (?:[\w-]+ )?(?:into|to)|(?:emerged|appeared|resurfaced|surfaced)(?: in (?:(?:early|mid|late) )?(?:\w+ )?\d{4})? (?:in|around)|operat(?:es|ed|ing|e) (?:in|from|out of|around|across|along)|(?:controls|controlled|controlling)(?!\s+(?:the\s+)?(?:trade|traffic|routes?|flows?|smuggling|markets?|supply)\b)|headquartered in|located in|active in|present in|resident in|(?:believed|reported|said|thought|assessed|understood|known|estimated) to (?:be|remain|have been|still be|be hiding|be living|live|reside) in|stationed in|hiding in|(?:persisted|persists|persist|entrenched|settled|pinned down) in|(?:been )?reduced to (?:a handful of |a few )?(?:[\w-]+ ){0,2}(?:cells|pockets|remnants|fighters|bands|units) in|sheltering in|alive in|living in|lives in|lived in|live in|concentrated in|concentrate in|resided in|resides in|residing in|(?:consolidated|established|extended|exercises|exercised|maintains|maintained|retains|retained|seized|took|taken|gained) control (?:over|of)(?: (?:the )?(?:[\w-]+ )?(?:areas|parts|swathes|stretches|territory)(?: of| in)?)?)\s/gi, subject: ['group', 'organization', 'person'], object: ['location'], many: true },
];

/** Each verb pattern read only where its opening words stand (anchored-pattern.ts). */
const VERB_PATTERNS: readonly AnchoredPattern[] = VERB_RULES.map((rule) => new AnchoredPattern(rule.re));

/**
 * The posts a person holds in a group, one lexicon for every reader of roles ("X leader Y", "Its spokesman, Y", "Y, a
 * senior X commander", "named Y as its emir", "Y was the X leader"): a leader's posts, the one who heads the body, and the
 * posts of its other men. (A "deputy" or "vice" before a leader's post makes a member: "its deputy leader, Y".)
 */
const LEADER_POSTS = [
  'leader', 'emir', 'amir', 'chief', 'head', 'founder', 'co-founder', 'secretary-general', 'director-general', 'secretary general', 'director general', 'general secretary', 'chairman', 'chairperson', 'chairwoman', 'president', 'secretary',
  'commander-in-chief', 'general commander', 'supreme commander',
] as const;
const MEMBER_POSTS = [
  'commander', 'member', 'spokesman', 'spokesperson', 'spokeswoman', 'recruiter', 'recruit', 'fighter', 'militant', 'official', 'officer', 'ideologue', 'operative',
  'propagandist', 'cleric', 'facilitator', 'financier', 'organiser', 'organizer', 'accountant', 'treasurer', 'coordinator', 'lieutenant', 'enforcer', 'courier',
  'negotiator', 'emissary', 'representative', 'bomber', 'gunman', 'councillor', 'councilor', 'functionary', 'appointee', 'lawmaker', 'handler', 'soldier', 'planner', 'strategist',
] as const;
/** The posts as one alternation, longest first ("secretary-general" before "secretary"). */
const POST_WORDS = [...LEADER_POSTS, ...MEMBER_POSTS].sort((x, y) => y.length - x.length).join('|');
/** The kinds of body a definite description names for the group the text is about: "The gang’s founder", "the cartel’s leader". */
const GROUP_KINDS = String.raw`group|organi[sz]ation|movement|faction|network|gang|cartel|militia|coalition|alliance|insurgency|outfit`;
/** "The group …", "The gang’s founder …", "Its …": a sentence that goes on about the group the text was about. */
const CONTINUES_OPENING = new RegExp(String.raw`^\s*(?:The (?:${GROUP_KINDS})|It|Its|They|Their)\b`);
/** "its deputy leader", "the vice-chairman": the second of a body, one of its men. */
const DEPUTY = /\b(?:deputy|vice)[\s-]/i;
/** Whether a role's words name the one who heads the body: a leader's post, not a deputy's ("its deputy leader, Y"). */
const isLeaderPost = (role: string, words: string): boolean => LEADER_ROLES.has(role.toLowerCase()) && !DEPUTY.test(words);

/** "X leader Y", "X’s current leader, Y", "X commander Y". */
const ROLE_BEFORE_PERSON = new RegExp(String.raw`^(?:\s*\([^()]{1,20}\)|\))?(?:[’']s|,\s+whose)?\s+(?:(?:current|former|then|new|late|last|own|founding|deputy|vice|overall|chief|senior|top|prominent|slain|self-proclaimed|alleged|suspected|reputed|purported|military|political|regional|provincial|local|national|acting|interim|longtime|long-time|imprisoned|jailed|exiled|detained|fugitive|elusive|notorious|veteran|suicide|(?:best|well|little|lesser)-known|[A-Z][a-z]+(?:an|en|i|ese|ish|ch))\s+)*(${POST_WORDS})s?\s*,?\s*(?:(?:going by the name|named|called|known as|known to (?:the |his |her |its |their )?[a-z]+ as|nicknamed|(?:who\s+(?:used|uses|went by|goes by)|using|under|known by)\s+(?:the|his|her)\s+(?:kunya|alias|name|nom de guerre))\s+)?["“]?$`, 'i');
/** A post in one of a body's departments: "interior ministry spokesman", "foreign policy chief", "head of counter-terrorism". */
const DEPARTMENT_POST = String.raw`(?:(?:[a-z][\w-]*\s+){1,2}(${POST_WORDS})|(?:deputy\s+)?(?:head|chief|director)\s+of\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)`;
/**
 * "’s interior ministry spokesman, ", "’s foreign policy chief, ", "’s head of counter-terrorism, ": a post in one department of
 * the body named before, then the person who holds it (words the closed list of ROLE_BEFORE_PERSON does not hold).
 */
const OWNED_DEPARTMENT_POST_BEFORE_PERSON = new RegExp(String.raw`^(?:\s*\([^()]{1,20}\))?[’']s\s+${DEPARTMENT_POST}\s*,\s*$`);
/** "interior ministry", "foreign policy", "media": the department a leader's post is over (its head is one of the body's men). */
const DEPARTMENT_WORD = /\b(?:ministry|policy|affairs|operations|finance|financial|media|security|intelligence|counter-?terrorism|information|relations|logistics|propaganda|recruitment|training|press|legal|communications)\b/i;
/** " of the ", " (Abu Y) of ": a person, then the body he belongs to ("Isnilon Hapilon of the Abu Sayyaf Group"). */
const PERSON_OF_BODY_GAP = /^(?:\s*\([^()]{1,30}\))?\s+of\s+(?:the\s+)?$/;
/** "’s foreign policy chief", "’s head of counter-terrorism": after "X, the GROUP", a post in one of its departments (as OWNED_DEPARTMENT_POST_BEFORE_PERSON). */
const DEPARTMENT_POST_AFTER_GROUP = new RegExp(String.raw`^(?:\s*\([^()]{1,20}\))?[’']s\s+${DEPARTMENT_POST}\s*[,;.)]`);
const HYPHEN_MODIFIER = /^[-–‑](?:aligned|affiliated|linked|allied|backed|based|inspired|led|leaning|style|controlled)\b/i;
const MODIFIED_THING = /^(?:[’']s)?\s+(?:flag|flags|banner|territory|territories|propaganda|video|videos|website|media|channel|magazine|ideology|brand|logo|caliphate|stronghold|strongholds|ranks)\b/i;
const GROUP_ROLE_IS = /^[’']s\s+(?:[\w-]+\s+){0,4}(?:propagandists|recruiters|members|commanders|leaders|fighters|operatives|officials|ideologues|facilitators|financiers|emirs)\b[^.;]{0,80}\b(?:is|was)\b[^.;]{0,60}$/i;
const ITS_ROLE = new RegExp(String.raw`^\s*(?:Its|Their|The (?:${GROUP_KINDS})[’']s)\s+(?:[a-z][\w-]*\s+){0,3}?(${POST_WORDS})(?:\s+(?:in|for)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})?` +
  // ("Its commander is believed to be X", "Its leader remains X": the post said of the person after the verb)
  String.raw`(?:\s+(?:is|was|remains|remained)\s+(?:(?:still|now|reportedly|widely|probably|likely)\s+)*(?:(?:believed|thought|said|reported|assessed|understood)\s+to\s+be\s+)?|\s*,?\s*)`);
/** A group's kin after "its": "main rival", "splinter", "ally, the " (the word's kind captured). */
const KIN_WORD = String.raw`(?:(?:main|chief|principal|local|bitter|long-time|longtime|closest|former|old|larger|smaller)\s+)*(rival|ally|splinter|offshoot)s?\s*,?\s*(?:the\s+)?$`;
/** "Its rival, the Islamic State West Africa Province": a group's kin named after the group the text was about. */
const ITS_KIN = new RegExp(String.raw`^\s*(?:Its|Their|The group[’']s|The movement[’']s)\s+${KIN_WORD}`, 'i');
const KIN_RELATION: Readonly<Record<string, RelationType>> = { rival: 'rival_of', ally: 'allied_with', splinter: 'split_from', offshoot: 'split_from' };
/** " and its splinter ", " and its rival, the ": between two groups, the second named as the first's kin. */
const AND_ITS_KIN = new RegExp(String.raw`^(?:\s*\([^()]{1,20}\)|\))?\s+and\s+(?:its|their)\s+${KIN_WORD}`, 'i');
const LEADER_ROLES: ReadonlySet<string> = new Set(LEADER_POSTS);
/** "the SDF’s commander, X", "Its commander, X": the one commander a body has leads it ("an ISKP commander, X" is one of many). */
const OWNED_COMMANDER = /^(?:\s*\([^()]{1,20}\)|\))?[’']s\s+(?:(?:overall|top|supreme)\s+)?commander\s*,/i;
/**
 * "The SAF commander, General X", "X, the M23 military commander, …": "the" and one commander of a body set beside the name
 * is its commander, who leads it ("the KH commander X" with no comma, "a senior ISKP commander", "the commander for Sidon": one
 * of its men).
 */
const THE_COMMANDER_BEFORE_PERSON = /^(?:\s*\([^()]{1,20}\)|\))?\s+(?:(?:military|overall|top|supreme|armed)\s+)?commander\s*,\s*$/i;
const THE_COMMANDER_AFTER_PERSON = /^\s+(?:(?:military|overall|top|supreme|armed)\s+)?commander\s*(?:[,;.)]|$)/i;
/** "the killing of its secretary-general, X," / "named X as its commander": a person's role in the group "its" stands for. */
const ITS_ROLE_BEFORE_PERSON = new RegExp(String.raw`\b(?:its|their|the (?:${GROUP_KINDS})[’']s)\s+(?:(?:current|former|new|top|overall|last|late|first|slain|longtime|long-time|founding|official|supreme|acting|military|political|deputy|vice)\s+)*(?:(?!(?:of|on|in|at|to|for|with|against|by|and|or|the|an?|its|their)\b)[\w-]+\s+){0,2}?(${POST_WORDS})\s*,?\s*$`, 'i');
const AS_ITS_ROLE_AFTER_PERSON = new RegExp(String.raw`^\s+as\s+(?:its|their)\s+(?:(?:new|top|overall|first|deputy)\s+)?(${POST_WORDS})\b`, 'i');
/**
 * ", the group’s spokesman,", ", the movement’s founder.": after a person, a post in the body a definite description stands
 * for, the group the text is about ("Idris Bakary, the group’s spokesman, denied …"; not "the group’s spokesman said": no person before).
 */
const THE_GROUPS_ROLE_AFTER_PERSON = new RegExp(String.raw`^\s*,\s+(?:its|the (?:${GROUP_KINDS})[’'\`]s)\s+(?:(?:current|former|new|top|overall|first|late|slain|longtime|long-time|founding|official|chief|senior|acting|military|political|deputy|vice|self-styled|self-proclaimed)\s+)*(${POST_WORDS})\s*(?:[,;.)]|$)`, 'i');
/** "as the new emir", "as the group’s new leader": a post a naming verb gives (not "as the new head of the council": a body of its own). */
const AS_THE_NEW_ROLE_AFTER_PERSON = new RegExp(String.raw`^\s+as\s+the\s+(?:(?:${GROUP_KINDS})[’']s\s+)?new\s+(${POST_WORDS})\b(?!\s+(?:of|in|for|at)\b)`, 'i');
/** "named ", "appointed ", "proclaimed ": the verb that gives the post after the name. */
const NAMING_VERB_BEFORE = /\b(?:named|appointed|chose|elected|proclaimed|declared|recogni[sz]ed|installed|designated|confirmed|announced)\s+$/i;
/** "… and named X as his successor": the successor of the leader the sentence named leads the same group. */
/**
 * " succeeded him as leader", " replaced her as the group’s emir": the person before took over the lead of the group the
 * paragraph is about from the one "him" stands for ("Musa Keita succeeded him as leader in 2009": Keita led it from 2009).
 */
const SUCCEEDED_PRONOUN_AS_LEADER_AFTER = new RegExp(String.raw`^\s+(?:(?:later|then|eventually|formally|quickly|soon)\s+)?(?:succeeded|replaced)\s+(?:him|her)\s+as\s+(?:(?:the|its)\s+)?(?:(?:${GROUP_KINDS})[’']s\s+)?(?:new\s+)?(?:leader|emir|amir|chief|head|commander)\b(?!\s+of\b)`, 'i');
const AS_SUCCESSOR_AFTER_PERSON = /^\s+as\s+(?:his|her)\s+successor\b/i;
const ROLE_NOUN_AFTER = /^(?:[’']s)?\s+(?:\w+\s+)?(?:member|commander|leader|handler|facilitator|recruiter|operative|fighter|militant|spokesman|official|financier|emir|amir|cell|affiliate|ally|allies|partner|supporter|sympathi[sz]er|loyalist|veteran|defector|ideologue|propagandist|cleric|preacher|emissary|representative)s?\b/i;
const SPEECH_BETWEEN = /\b(?:said|says|stated|(?<!United\s)states|reported|reports|announced|told|claimed|claims|added|noted|alleged|argued|believes|believed|assessed|asserted|according)\b/i;
/** What stands between the last of the merging groups and the group they formed: ", to form", "forming the new coalition". */
const FORMED_CUE = /^\s*,?\s*(?:to form|to create|to found|forming|creating|and formed|and created)\s+(?:(?:a|an|the)\s+(?:new\s+)?(?:[\w-]+\s+){0,2}(?:called|named|known as)\s+)?(?:the\s+)?$/i;
/** "A merged with B", "A joined forces with B". */
const MERGER_GAP = /^\s+(?:(?:had|has|have|then|later|formally|eventually|quickly)\s+)*(?:merged|united|combined|amalgamated|joined forces|joined)\s+(?:with\s+)?(?:the\s+)?$/i;
/** "sought to merge with", "plans to join": an intention, not a relation that holds. */
const INTENDED_BEFORE = /\b(?:sought|seeks?|seeking|tried|tries|trying|attempted|attempts?|attempting|planned|plans?|planning|wanted|wants?|wanting|intended|intends?|aimed|aims?|hoped|hopes?|hoping|offered|offers?|refused|refuses?|declined|failed|considered|considering|threatened) to\s+$/i;
/** "responding to criticism that X had denigrated Y": an allegation the text reports to rebut, not a fact. */
const REBUTTED_ALLEGATION = /\b(?:responding to|in response to|rejected|rejecting|denied|denying|dismissed|dismissing|refuted|refuting|rebutt\w*|countering)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:criticism|accusations?|allegations?|claims?|rumou?rs?|reports?|charges?|suggestions?)\s+that\b[^;,]*$/i;
/** "a group of veterans announced the formation of X", "X was founded": the sentence's new group is what it goes on about. */
const FORMATION_BEFORE = /\b(?:(?:announced|declared) the (?:formation|creation|founding|establishment) of|formed|founded|established|created|set up|launched)\s+(?:(?:the|a new|a)\s+)?(?:(?:group|faction|organi[sz]ation|movement|coalition|alliance),?\s+)?$/i;
/** "four groups: ", "three factions: ": a count that opens a list of names. */
const LIST_OPENER = /^\s*(?:[\w-]+\s+){0,2}(?:groups|factions|organi[sz]ations|movements|outfits|entities|brigades|battalions):\s*$/i;
/** "is reported to", "are believed to": the text's hedge on the subject's verb. */
const HEDGED_PASSIVE = /\b(?:is|are|was|were|has been|have been)\s+(?:widely\s+)?(?:reported|believed|said|assessed|thought|alleged|understood)\s+to\b/gi;
/**
 * "X, a senior AQIM commander", "X, a preacher and AQIM recruiter", "X, also an AQIM member", "X (Abu Y), an AQIM commander":
 * the person's role in a group after an appositive.
 */
const APPOSITIVE_ROLE_BEFORE_GROUP = /^(?:\s*\([^()]{1,60}\)|\))?,\s+(?:also\s+)?(?:(?:a|an|the|its)\s+)?(?:(?:former|senior|top|prominent|key|veteran|local|mid-level|high-ranking|founding|alleged|suspected|reputed|purported)\s+)*(?:[a-z][\w-]*\s+and\s+(?:(?:a|an)\s+)?)?$/;
/** "; he denies this", ", which he denies", ", a claim the group rejects": what the clause before says, its subject denies. */
const DENIED_AFTER = /[;,–—]\s*(?:(?:which|something|a claim|an allegation|a charge|a link|ties)\s+)?(?:he|she|they|it|the group|the movement|both men|all three)\s+(?:has\s+|have\s+|had\s+|strongly\s+|publicly\s+)*(?:denie[sd]|deny|dispute[sd]?|rejects?|rejected)\b(?:\s+(?:this|it|that|the (?:claim|allegation|accusation|link)s?|(?:any\s+)?(?:membership|links?|ties|involvement))\b|\s*[.;,]|\s*$)/i;

/** "with no known ties to", "did not join", "has never been linked to": the verb is denied, not said. */
const NEGATED_BEFORE = /\b(?:no|not|never|nor|neither|without|n[’']t)\s+(?:(?!(?:that|who|which|whom|and|but|because|after|before|when|while|although|as|if)\b)[\w-]+\s+){0,3}$/i;
/** "Shekau’s fighters joined …": a name that owns the noun before the verb is not its subject, unless it owns the body itself ("the Taliban’s government"). */
const POSSESSIVE_OWNER = /^[’']s\s+(?!(?:[\w-]+\s+)?(?:government|authorities|administration|regime|leadership|forces)\b)/i;
/** Participles of belonging that say it only of a name close before them ("a person the authorities linked to X" is not said of a name a clause earlier). */
const BELONGING_PARTICIPLE = /^(?:linked|connected|associated|affiliated|tied) /i;
/** A place after a preposition is where something happened, not the object of the verb: "criticised the treatment of migrants in Russia". */
const PLACE_ADVERBIAL = /\b(?:in|at|near|from|across|throughout|within|inside|outside|into|around)\s+(?:the\s+)?$/i;
/** "an ISKP handler", "ISKP’s finance cell": someone who acts for the group. */
const GROUP_AGENT_AFTER = /^(?:[’']s)?\s+(?:[\w-]+\s+)?(?:handler|operative|recruiter|commander|official|member|cell|office|facilitator|representative|emissary|media|leader|mentor)s?\b|^(?:[’']s)?\s+(?:[\w-]+\s+)?leadership\b/i;
/** A sentence with a subject pronoun may state a person’s relation without naming the person. */
const SUBJECT_PRONOUN_HERE = /\b(?:he|she)\b/i;
/**
 * "the Taliban governor of Balkh province, X", "the group’s Minister of the Interior, X", "the ISKP intelligence chief for
 * Kabul, X": a post in the group over a place or a portfolio, then the person who holds it (one of its men, not its leader).
 */
const GROUP_POST_BEFORE_PERSON = /^(?:\s*\([^()]{1,20}\))?(?:[’']s)?\s+(?:(?:acting|deputy|former|then|current|de facto|shadow|provincial|military|intelligence|finance|security|senior|top|regional|local|interim)\s+)*(?:minister|governor|chief|commander|emir|amir|head|spokesman|spokesperson|official|judge|director|wali)\s+(?:of|for|in)\s+(?:the\s+)?[^,;()]{1,40}?,\s*$/i;
/** ", a researcher at the": a person's post at a body named next. */
const WORKS_AT = /^,\s+(?:an?|the)\s+(?:(?:senior|former|visiting|research|leading|chief|lead)\s+)*(?:(?:researcher|analyst|fellow|professor|lecturer|scholar|expert|spokesman|spokesperson|employee|staffer)\s+(?:at|with|for)|(?:officer|official|agent|analyst)\s+(?:of|at|with))\s+(?:the\s+)?$/i;
/** "(JuA) faction", " wing": the named group is a part of another. */
const FACTION_AFTER = /^(?:\s*\([^()]*\))?\s+(?:faction|wing|splinter group)\b/i;
/** " camp in", "’s bases near": the group has a site in the place named next. */
const GROUP_SITE_IN = /^(?:[’']s)?\s+(?:[\w-]+\s+)?(?:camps?|bases?|strongholds?|hideouts?|enclaves?)\s+(?:in|near)\s+(?:the\s+)?$/i;
/** What follows "A and B" when they do something with each other: "continue to communicate with one another". */
const RECIPROCAL_AFTER = /^(?:\s*\([^()]*\))?(\s+(?:(?:have|has|had|also|reportedly|allegedly|still|now|continue to|continued to|are said to|are believed to|were said to)\s+)*)(communicat\w*|cooperat\w*|coordinat\w*|collaborat\w*)\s+(?:closely\s+)?with\s+(?:one another|each other)\b/i;
/** "the group", "this cartel": a description that stands for the group the text is about (not its owner: "the group's"). */
const GROUP_DESCRIPTION_BEFORE = /\b(?:the|this) (?:group|organi[sz]ation|movement|faction|cartel|gang|militia|insurgency|outfit)\b(?![’'])/i;
const GROUP_DESCRIPTION_AFTER = /^(?:the|this) (?:group|organi[sz]ation|movement|faction|cartel|gang|militia|insurgency|outfit|province)\b(?![’'])/i;
/** "’s faction, known as ": a person's following, then the name it goes by. */
const PERSONS_FACTION_KNOWN_AS = /^[’']s\s+(?:[\w-]+\s+){0,2}?(?:faction|network|wing|militia|loyalists|followers|organi[sz]ation|gang|cell)\s*,?\s+(?:(?:now|locally|also|commonly|widely)\s+)?(?:known as|called|named)\s+(?:the\s+)?$/i;
/** "’s delegation is headed by ", "’s armed wing, led by ": a part of a group, then the one who heads it. */
const GROUP_PART_HEADED_BY = /^[’']s\s+(?:[\w-]+\s+){0,2}?(?:delegation|wing|unit|office|committee|council|team|branch|cell|shura|negotiators)\s*,?\s+(?:(?:is|was|has been|had been|are|were)\s+)?(?:(?:now|currently|reportedly|still)\s+)?(?:headed|led|run|commanded|chaired)\s+by\s+(?:the\s+)?$/i;
/** " militia group", " armed group", " group": the kind of body a place-named appositive calls a name (not "-based", read apart). */
const PLACE_KIND_AFTER = /^\s+(?:(?:[a-z][\w-]*)\s+){0,2}?(?:group|militia|gang|faction|organi[sz]ation|movement|network|outfit|cartel|charity|association|coalition|insurgency)\b/;
/** " in ", " in central ", " fighters in northern ": what stands between a group and the land it is in. */
const GROUP_IN_PLACE = new RegExp(String.raw`^(?:\s+(?:fighters|militants|forces|units|combatants))?\s+(?:in|inside|across|throughout)\s+(?:(?:${COMPASS_PART}|rural)\s+)?$`, 'i');
/** " area of western ", " region of ": a place, then the place that holds it. */
const PLACE_OF_PLACE_GAP = new RegExp(String.raw`^(?:\s+(?:area|region|province|district|state|governorate|mountains|hills|desert|valley))?\s+of\s+(?:(?:${COMPASS_PART})\s+)?$`, 'i');
/** " and in ", ", and also in the hills of northern ": a list of the places a group is in that repeats its preposition. */
const LOCATED_LIST_GAP = new RegExp(String.raw`^\s*,?\s*and\s+(?:also\s+)?in\s+(?:the\s+)?(?:(?:[\w-]+\s+)?(?:area|region|province|district|state|mountains|hills|desert|valley)s?\s+of\s+)?(?:(?:${COMPASS_PART})\s+)?$`, 'i');
/** "’s rivalry with", "’s long campaign against": a group's relation with another, named as a noun the group owns. */
const RELATION_NOUN_OWNED = /^[’']s\s+(?:[\w-]+\s+){0,2}?(?:rivalry|rivalries|feud|war|conflict|campaign|alliance|hostility|competition)\s+(?:with|against|on|to)\s*$/i;
/** "’s leaders", "’s fighters", "’s Syrian branch": the group's own people or part, whose whereabouts are the group's. */
const GROUPS_PEOPLE_AFTER = /^[’']s\s+(?:(?:top|senior|remaining|main|core|local)\s+)?(?:leaders|leadership|fighters|militants|commanders|cadres|units|forces|(?:[A-Z][a-z]+(?:an|ian|i|ese|ish)\s+)?(?:branch|wing|cells|remnants))\b/;
/** A group's armed unit by the kind its name ends on: "33rd Front", "Jaime Martínez front", "Katiba Hanifa" is not (a name after). */
const UNIT_NAME = /\b(?:front|brigades?|battalion|bloc|column|regiment|squad|company|command|committee|division|faction)(?:\s+\d+)?$/i;
/** "’s armed wing, ", "’s military wing, the ": the group's armed part, named next. */
const ARMED_WING_NEXT = /^[’']s\s+(?:(?:armed|military|paramilitary)\s+)wing\s*,\s*(?:the\s+)?$/i;
/** " factions, led by the ", ", dominated by the ": a body, then the groups among its own that lead it. */
const FACTIONS_LED_BY = /^(?:\s*\([^()]{1,20}\))?(?:\s+(?:factions|groups|units|brigades|militias|forces)\s*,?\s+(?:(?:were|are)\s+)?(?:led|headed|spearheaded)|\s*,\s+(?:(?:which|that)\s+(?:is|was)\s+)?dominated(?:\s+militarily)?)\s+by\s+(?:the\s+)?$/i;
/** " cell as ", " unit as the ": after "the same GROUP", the part of it another person was in too. */
const SAME_UNIT_AS = /^\s+(?:cell|unit|network|faction|brigade|battalion|katiba|group)\s+as\s+(?:the\s+)?$/i;
/** "’s main faction, ", "’s Kandahar brigade, the ": a unit of the group's own, named next. */
const OWN_UNIT_NEXT = /^[’']s\s+(?:[\w-]+\s+){0,2}?(?:faction|brigade|battalion|unit|company|column|katiba)\s*,\s*(?:the\s+)?$/i;
/** " in ": a body's name, then the town or land it is in ("the Lake Chad Research Network in Maiduguri"). */
const ORG_IN_PLACE = /^\s+in\s+$/;
/** "The ", "In Germany, the ": what opens a sentence before the body it tells of. */
const BODY_OPENS_BEFORE = /^\s*(?:In\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2},\s+)?(?:[Tt]he\s+)?$/u;
/** " said", " has sentenced": what a body does, right after the town named after it. */
const BODY_ACTS_AFTER = /^\s+(?:(?:has|had|also|later)\s+)*(?:said|says|announced|stated|confirmed|reported|warned|sentenced|convicted|acquitted|charged|ordered|ruled|issued)\b/i;
/** "a researcher at the ", "an analyst with ": a person's post at the body named next. */
const WORKS_AT_BEFORE = /\b(?:researcher|analyst|fellow|professor|lecturer|scholar|expert|director|head|spokes(?:man|woman|person))\s+(?:at|with|of)\s+(?:the\s+)?$/i;
/** ", a monitoring group in ", ", a research institute based in ": an appositive naming the body's kind and where it is. */
const BODY_KIND_IN_PLACE = /^(?:\s*\([^()]{1,20}\))?,\s+an?\s+(?:[\w-]+\s+){0,2}?(?:group|organi[sz]ation|NGO|institute|think tank|charity|association|network|cent(?:re|er)|foundation|gang|militia|cartel)\s+(?:(?:based|headquartered)\s+)?in\s+$/i;
/** " businessman", " native": after "X, a PLACE": the person lives or works there. */
const PERSON_OF_PLACE_AFTER = /^(?:[-–‑]born)?\s+(?:businessman|businesswoman|merchant|trader|shopkeeper|resident|native|cleric|imam|preacher|lawyer|doctor)\b/i;
/** ", 20, from ", ", then 24 and from ", ", 31, of ": a wire's age of a person, then the town the person is from. */
const PERSON_AGE_FROM = /^,\s+(?:then\s+)?(?:aged\s+)?\d{1,2}(?:\s+and|,)?\s+(?:from|of)\s+(?:the\s+)?$/i;
/** ", a Lebanese-born businessman in ": a person's trade, then the town or land it is plied in. */
const PERSON_KIND_IN_PLACE = /^,\s+an?\s+(?:[\w-]+\s+){0,2}?(?:businessman|businesswoman|merchant|trader|shopkeeper|resident|cleric|imam|preacher|lawyer|doctor)\s+in\s+$/i;
/** " fighters of the ", " guerrillas from the ": the group's men of the unit named next ("NPA fighters of the Southwest Front"). */
const MEN_OF_UNIT = /^\s+(?:fighters|members|militants|guerrillas|combatants|cadres|rebels)\s+(?:of|from)\s+(?:the|its|their)\s+$/i;
/** "Its founders pledged …", "Their leaders have denied …": the group's own people, for the group the text is about. */
const ITS_PEOPLE_OPENING = /^\s*(?:Its|Their)\s+(?:(?:top|senior|founding|remaining)\s+)?(?:founders|leaders|leadership|fighters|commanders|emirs)\s+(?:(?:had|have|has|also|later|then|formally|publicly|reportedly|all)\s+)*$/;
/**
 * "It is led by X", "Since 2021 it has fought Y", "Two years later, it pledged …": a sentence whose subject is "it", alone or
 * after a time it opens on, goes on about the group the text was about (not "It is unclear …", "By then it was likely …").
 */
const IT_OPENING = /^\s*(?:It|(?:In|On|By|Since|After|Before|During|From|Until|Over|Within|Later|Then|Soon|Earlier|Afterwards|(?:Two|Three|A|Some) (?:years|months|weeks|year|month) later)\b(?:\s+(?:[a-z\d][\w-]*|January|February|March|April|May|June|July|August|September|October|November|December)){0,5}\s*,?\s+it)\s+(?!(?:is|was|has been|had been|remains|seems|appears)\s+(?:not\s+)?(?:un)?(?:likely|clear|possible|probable|believed|thought|said|reported|assessed|known|understood|estimated|expected|unknown|notable|worth|important|difficult|hard|easy)\b)/;
/** "alongside the ", "by ", "according to ": a preposition that makes the name after it no subject the text goes on about. */
const NOT_TOPIC_BEFORE = /\b(?:alongside|against|by|with|to|from|among|amongst|between|including|for|towards?|than)\s+(?:the\s+)?$/i;
/** The number or letter a numbered paragraph or item opens on, before its first word: "4.3 ", "30. ", "(b) ", "c. " (not a year: "2024 "). */
const PARAGRAPH_NUMBER = /^\s*(?:\d{1,3}(?:\.\d{1,3})*\.?|\([a-z]\)|[a-z]\.)\s+(?=[A-Z])/;
/** " and seven others ", " and two other men ": people named with the one before, one subject with it. */
const AND_OTHERS = /^\s*and\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|some|other|dozens of)\s+(?:others?|other\s+(?:men|fighters|members|militants|attackers|followers)|men|fighters|members|militants|attackers|followers|associates|companions)\s+$/i;
/** "contacts between A and B": the two named next are in touch. */
const CONTACTS_BETWEEN = /\b(?:contacts?|communications?|correspondence|meetings?|exchanges)\s+between\s+(?:the\s+)?$/i;
/** "found no evidence that", "it is unclear whether", "continue to deny that": what follows is not said to hold. */
const UNSUPPORTED_BEFORE = /\b(?:(?:no|little|scant|not\s+any)\s+(?:[\w-]+\s+)?(?:evidence|indication|sign|proof|confirmation)\s+(?:that|of)|(?:unclear|not clear|not known|unknown|not say|not confirm(?:ed)?)\s+(?:whether|if|that)|den(?:y|ies|ied|ying)\s+(?:(?:publicly|repeatedly|again|flatly|strongly)\s+)?that)\b[^.;]*$/i;
/**
 * "transferred at least $400,000 from ", "the transfer of funds from ", "funds were moved from ": money that went from the body
 * named next to the one named after it (" to ").
 */
const MONEY_FROM_BEFORE = /(?:\b(?:transferr?(?:ed|ing|s)?|transfers?|moved|moving|sent|sending|channell?(?:ed|ing)|routed|routing|funnell?(?:ed|ing)|wired|remitted)\s+(?:(?:at least|about|around|some|more than|over|nearly|up to|an estimated)\s+)?(?:[$€£][\d.,]+(?:\s+(?:million|billion))?|[\d.,]+\s+(?:million\s+)?(?:dollars|euros|pounds|rupees|roubles|rubles)|(?:the\s+|some\s+|its\s+)?(?:funds|money|cash|payments|donations))|\b(?:transfers?|movements?|flows?)\s+of\s+(?:funds|money|cash)|\b(?:funds|money|cash|payments)\s+(?:(?:have|has|had|were|was|are|is)\s+)?(?:(?:been|reportedly|allegedly|regularly)\s+)*(?:transferred|moved|sent|channell?ed|routed|funnell?ed|wired))\s+from\s+(?:the\s+)?$/i;
/** " to ", " (ISWAP) to the ": between the sender and the receiver of the money. */
const MONEY_TO_GAP = /^(?:\s*\([^()]{1,20}\))?\s+to\s+(?:the\s+)?$/i;
/** "fighting between the ", "the front between ", "clashes between ": the two named next fight each other. */
const HOSTILITIES_BETWEEN = /\b(?:fighting|clashes|clash|war|wars|conflict|feud|feuding|front|frontline|front line|rivalry|hostilities|battles?|infighting|turf war|confrontations?|competition|quarrels?)\s+between\s+(?:the\s+)?$/i;
/** "relations between ", "the relationship between ": two bodies, then what their ties are ("… remain hostile"). */
const RELATIONS_BETWEEN = /\b(?:relations|relationship|ties)\s+between\s+(?:the\s+)?$/i;
/** " remain hostile", " is openly antagonistic": ties between two bodies that make them rivals. */
const HOSTILE_AFTER = /^(?:\s*\([^()]*\))?\s+(?:remains?|remained|is|are|was|were|have been|has been|became|become)\s+(?:(?:openly|deeply|largely|mostly|highly|very|bitterly|increasingly)\s+)?(?:hostile|antagonistic|adversarial)\b/i;
/** " clashed near …", " fought each other": what follows "A and B" when they fought each other (not "clashed with C"). */
const MUTUAL_CLASH_AFTER = /^(?:\s+(?:fighters|militants|units|forces|members))?\s+(?:(?:have|has|had|repeatedly|again|also|reportedly|then|later)\s+)*(?:clashed|fought|feuded)\b(?!\s+(?:with|against|alongside|together|jointly|side|for|under|in\s+(?:support|defen[cs]e)|on\s+behalf))/i;
/**
 * " are bitter rivals", " remain sworn enemies": what follows "A and B" when each is the other's rival (not "are rivals of C",
 * nor "are rivals for": the pair itself is named as rivals).
 */
const MUTUAL_RIVALS_AFTER = /^(?:\s*\([^()]*\))?\s+(?:are|were|have\s+been|had\s+been|remain|remained|became|have\s+become|have\s+long\s+been|are\s+now)\s+(?:(?:long|now|still|also)\s+)?(?:(?:bitter|fierce|sworn|longtime|long-time|long-standing|deadly|violent|main|chief|arch-?|open|increasingly|regional|ideological)\s+)*(?:rivals|enemies|adversaries|foes|arch-?rivals|competitors)\b(?!\s+(?:of|to|for)\b)/i;
/** " compete for the same recruits": what follows "A and B" when they vie with each other (not "compete with C"). */
const MUTUAL_COMPETE_AFTER = /^(?:\s*\([^()]*\))?\s+(?:(?:have|has|had|also|still|now|openly|directly)\s+)*compet(?:e|es|ed|ing)\s+(?:fiercely\s+|directly\s+|openly\s+)?for\b/i;
/** "joint operations by", "a joint offensive of": the two bodies named next fight together (not "a joint raid by": one raid is no alliance). */
const JOINT_BEFORE = /\bjoint\s+(?:military\s+)?(?:operations|offensives?|campaigns?)\s+(?:by|of|between)\s+(?:the\s+)?$/i;
/** Relations a state body rarely has with an armed group: kept only when the text says so outright. */
const STATE_WARY = new Set<RelationType>(['affiliated_with', 'member_of', 'allied_with', 'pledged_allegiance_to', 'leader_of', 'merged_with', 'split_from', 'funded', 'directed']);
/** A body named as a part of another: "Counter Terrorism Department", "al-Karrar office", "Special Branch". */
const PART_NAME = /\b(?:office|department|unit|wing|branch|directorate|bureau|division|cell|command)$/i;
/** " (CTD) of the ", " of the Islamic State’s ": the part, then the body that has it. */
const PART_OF_GAP = /^(?:\s*\([^()]{1,20}\)|\))?\s+of\s+(?:the\s+)?(?:[\w-]+[’']s\s+)?$/i;
/** ", the regional office of the ": an appositive that names the body's part. */
const PART_APPOSITIVE_GAP = /^(?:\s*\([^()]{1,20}\))?,\s+(?:the|a|an|its)\s+(?:[\w-]+\s+){0,2}(?:office|department|unit|wing|branch|directorate|bureau|division)\s+of\s+(?:the\s+)?$/i;
/** " (LNA) of ": an armed group, then the person it belongs to ("the Libyan National Army (LNA) of Khalifa Haftar"). */
const GROUP_OF_PERSON = /^(?:\s*\([^()]{1,20}\)|\))?\s+of\s+$/;
/** ", under ", ", then under ": an armed group, then in an appositive the person it serves under ("the Southern Front, under X,"). */
const GROUP_UNDER_PERSON = /^(?:\s*\([^()]{1,20}\)|\))?,\s+(?:(?:then|now|long|still)\s+)?under\s+(?:the\s+(?:command|leadership)\s+of\s+)?$/i;
/** " leaders: ", "’s top leaders, including ": the group's leaders, listed next. */
const LEADERS_LISTED = /^(?:\s*\([^()]{1,20}\))?(?:[’']s)?\s+(?:(?:top|main|senior|founding|three|two|four|five)\s+)*leaders\s*(?::|,?\s+(?:including|among them|namely))\s*$/i;
/** "… named the bomber as ", ", naming the suicide bomber as “": a claim's name for its attacker, the person named next. */
const BOMBER_NAMED_BEFORE = /\bclaimed\b[^.;]*\bnam(?:ed|ing)\s+(?:the|one|a)\s+(?:(?:suicide|lone)\s+)?(?:bomber|attacker|gunman|assailant|perpetrator)s?\s+as\s+["“]?$/i;
/** What may stand between a group and its verb of claiming: its acronym, an adverb. */
const CLAIMER_GAP = /^(?:\s*\([^()]*\))?\s+(?:(?:also|later|quickly|swiftly|promptly|has|had|formally)\s+)*$/i;
/** "’s senior commanders - ", " commanders, including ": the group's commanders, listed next. */
const COMMANDERS_LISTED = /^(?:\s*\([^()]{1,20}\))?(?:[’']s)?\s+(?:(?:top|main|senior|veteran|three|two|four|five)\s+)*(?:commanders|members)\s*(?:[:–—]|\s-|,?\s+(?:including|among them|namely))\s*$/i;
/** " fighters, including a commander known as ": one of the group's men named. */
const MEN_INCLUDING = /^(?:[’']s)?\s+(?:fighters|members|militants|commanders|operatives|leaders|men)\s*,?\s+(?:including|among them)\s+(?:(?:a|an|one|senior|local|mid-level|top|former|prominent)\s+)*(?:(?:commander|leader|member|fighter|official|operative|militant)\s*,?\s*(?:(?:known as|named|called|identified as)\s+)?)?$/i;
/** "’s reported ties to ", "’s close links with the ": one group's ties to the group named next. */
const GROUP_TIES_TO = /^[’']s\s+(?:(?:reported|alleged|suspected|close|long-standing|longstanding|historical|historic|operational|financial|deep|growing)\s+)*(?:ties|links|connections)\s+(?:to|with)\s+(?:the\s+)?$/i;
/** "-based facilitator known as ", "-based Ingush fighter, ": a person's role after a place-based modifier, then the person. */
const BASED_PERSON_GAP = /^[-–‑]based\s+(?:[\w-]+\s+){0,2}?(?:facilitator|fighter|handler|recruiter|financier|militant|commander|cleric|preacher|operative|jihadist|leader|ideologue|emir|member|organi[sz]er|coordinator)\s*(?:,\s*|\s+(?:known as|named|called|identified as)\s+)$/i;
/** ", a faction that split from Boko Haram in 2012, ", ", which pledged allegiance to IS in 2016, ": an appositive with a relative clause of its own, or a relative clause, closed before the verb. */
const APPOSITIVE_CLAUSE_GAP = /^(?:\s*\([^()]*\))?\s*,\s+(?:(?:an?|the|one|aka|also known as|formerly)\s+[^,;()]*?\b(?:that|which|who|whose|allied|aligned|affiliated|linked|based|led|founded|formed|backed)\b|(?:which|who|whose)\b)[^,;()]*,\s*(?:(?:has|have|had|was|were|is|are|remains?|remained|also|reportedly|allegedly|still|now|then|later|\w+ly)\s+)*$/i;
/** What may stand between a subject and its verb for the verb to be said of that subject outright. */
const OUTRIGHT_GAP = /^\)?\s*(?:,\s*(?:which|who)\s+)?(?:(?:is|are|was|were|has|have|had|been|being|reportedly|allegedly|also|now|long|itself|themselves|openly|directly|secretly)\s+)*$/i;
/** "urged young men to", "called on Muslims to": the infinitive's subject is someone else. */
const PERSUADED_BETWEEN = /\b(?:urg|encourag|call(?:ed|s|ing)? (?:on|upon)|invit|persuad|ask|convinc|help|allow|order|instruct|tell|told|incit|exhort|appeal)\w*\b/i;
/** What an owned body is after its name: "Afghanistan’s Taliban government", "Syria’s HTS-led administration". */
const ROLE_OF_OWNER = /^\s+(?:government|authorities|administration|regime|rulers|leadership|forces|officials)\b/i;
/** "’s operations chief", " finance head": the head of one department of the group named before. */
const PORTFOLIO_POST_AFTER_GROUP = /^(?:[’']s)?\s+(?:operations|finance|financial|intelligence|security|media|propaganda|logistics|recruitment|training|religious|sharia|judicial|information|communications)\s+(?:chief|head|director)\b/i;
/** "’s interior minister", " minister for refugees": a minister of the group named before. */
const MINISTER_AFTER_GROUP = /^(?:[’']s)?\s+(?:(?:acting|deputy|former|then|de facto)\s+)?(?:[a-z][\w-]*\s+)?minister\b/;
const ROLE_AFTER_GROUP = new RegExp(String.raw`^(?:[’']s)?\s+(?:\w+\s+)?(${POST_WORDS})\b`, 'i');

export interface RelationFinderInput {
  text: string;
  sentences: readonly Sentence[];
  mentions: readonly Mention[];
  entityOf: readonly string[];
  entities: readonly ExtractedEntity[];
  dates: readonly DateMention[];
  hedges: readonly HedgeMention[];
  matcher: ReferenceMatcher;
  /** Where the words of `text` start, for the sentences' verb patterns (made here when not given). */
  words?: WordIndex;
}

/**
 * Relations between the entities of a document: verb patterns within a sentence
 * (subject nearest before the verb, objects after it), name patterns ("X leader Y",
 * "X-aligned Y", "X-based Y", "X’s news agency Y"), places within the narrowest place their sentence sets them in, and
 * the reference pack's background links when the document names both ends.
 */
export function findRelations(input: RelationFinderInput, laterUses: ReadonlySet<Mention> | null = null): ExtractedRelation[] {
  const { text, sentences, mentions, entityOf, entities, dates, hedges, matcher } = input;
  const words = input.words ?? new WordIndex(text);
  const verbStarts = VERB_PATTERNS.map((pattern) => pattern.startsIn(words));
  const out: ExtractedRelation[] = [];
  const typeOf = new Map(entities.map((e) => [e.key, e.type]));
  const stateBodies = new Set(entities.filter(isStateBody).map((e) => e.key));
  const add = (sourceKey: string, type: RelationType, targetKey: string, at: number, s: Sentence, dateList: readonly DateMention[]): void => {
    if (sourceKey === targetKey) return;
    // ("X is alleged to have been a member of National Action; he denies this": a tie its subject denies is no fact)
    if (DENIED_AFTER.test(text.slice(at, s.end))) return;
    // a date dates the relation only when it stands in the same clause as the verb
    // ("the former commander of OMON, Khalimov, who defected in 2015": a relative clause after the verb has dates of its own)
    const inClause = dateList.filter((d) => !/[;]|,\s+(?:while|but|whereas|although)\b/.test(text.slice(Math.min(d.end, at), Math.max(d.start, at))) &&
      !(d.start > at && /\b(?:who|which|whose)\b/i.test(text.slice(at, d.start))) &&
      // ("X, who was born in Kabul in 1994, has led ISKP since 2020": nor one before it, nor a birth date)
      // ("Ansaru, a faction that split from Boko Haram in 2012, remains active in …": nor one in an appositive's clause)
      !(d.end <= at && /\b(?:who|which|whose|(?:faction|group|organi[sz]ation|movement|outfit|militia) that)\b[^,;]*$/i.test(text.slice(s.start, d.start)) && /^[^;]*,/.test(text.slice(d.end, at))) &&
      !/\bborn\b[^.;,]{0,40}$/i.test(text.slice(Math.max(s.start, d.start - 45), d.start)));
    // "from 2016 until his reported death in August 2021": the date after "until" ends the relation
    const isEnd = (d: DateMention): boolean =>
      d.start > at &&
      (/\b(?:until|till|up to)\s+(?:[\w’']+\s+){0,4}$/i.test(text.slice(Math.max(at, d.start - 40), d.start)) ||
        (/\bto\s+$/i.test(text.slice(Math.max(at, d.start - 4), d.start)) && /\bfrom\s+\S+\s+to\s+$/i.test(text.slice(Math.max(at, d.start - 30), d.start))));
    const ends = inClause.filter(isEnd);
    const start = nearest(inClause.filter((d) => !isEnd(d)), at);
    const end = ends.length > 0 && (!start || ends[0]!.date.start >= start.start) ? ends[0]!.date : null;
    out.push({
      sourceKey, type, targetKey, start, end,
      hedge: governingHedge(text, hedges, at, s.start),
      span: { start: s.start, end: s.end, sentence: s.index },
    });
  };

  /** `sentence|a|b`: groups that merged into a third group in that sentence, not with each other. */
  const mergedApart = new Set<string>();
  const together = placingsOf(text, sentences, mentions, entityOf);
  const uses = laterUses ? withLaterUses(text, sentences, mentions, entityOf, typeOf) : usesOf(mentions, entityOf);
  // (a second reading reads only the sentences that name what the first did not see: a later use, an actor added or retyped)
  const fresh = laterUses ? new Set<Mention>(laterUses) : null;
  if (fresh && uses.length > mentions.length) {
    const given = new Set(mentions);
    for (const u of uses) if (!given.has(u.m)) fresh.add(u.m);
  }
  // (pushed, not mapped: see usesOf)
  const named: Named[] = [];
  for (const { m, key } of uses) named.push({ m, key, type: typeOf.get(key) ?? m.type });
  const doc: DocumentScope = { text, add, stateBodies, mergedApart, together, named };
  let mi = 0;
  let di = 0;
  let topic: string | null = null;
  for (const s of sentences) {
    const sentence = text.slice(s.start, s.end);
    while (mi < named.length && (named[mi] as Named).m.start < s.start) mi++;
    const inS: Named[] = [];
    for (let k = mi; k < named.length && (named[k] as Named).m.start < s.end; k++) inS.push(named[k] as Named);
    const previousTopic = topic;
    // (not one a preposition governs: "A mainly Tajik group that has fought alongside the Taliban.", "Listed by the United Nations in
    // 2012.": a sentence whose only actors are such is no sentence about them, and the text goes on about the group before; but
    // "produced by the Islamic State's media office": the owner of what the preposition governs may be what the text is about)
    const firstActor = inS.find((x) => (x.type === 'group' || x.type === 'organization' || x.type === 'person') &&
      !(NOT_TOPIC_BEFORE.test(text.slice(Math.max(s.start, x.m.start - 16), x.m.start)) && !/^[’']s?\s/.test(text.slice(x.m.end, x.m.end + 3))));
    // a sentence opening on "The group …" or "Its …" goes on about the same group
    // (after the number of a numbered paragraph: "4.3 Its founder …", "30. The group’s spokesman …")
    const opens = s.start + (PARAGRAPH_NUMBER.exec(sentence)?.[0].length ?? 0);
    const opening = text.slice(opens, s.end);
    const continues = CONTINUES_OPENING.test(opening);
    if (firstActor && !continues) topic = firstActor.type === 'group' || firstActor.type === 'organization' ? firstActor.key : null;
    const formed = inS.find((x) => x.type === 'group' && FORMATION_BEFORE.test(text.slice(Math.max(s.start, x.m.start - 60), x.m.start)));
    if (formed) topic = formed.key;
    const lastGroupBefore = (pos: number): string | null =>
      [...inS].reverse().find((x) => x.type === 'group' && x.m.end <= pos)?.key ?? previousTopic;
    // "Its leader, Mahdi Arsalon, …": the group the sentence before was about
    const its = ITS_ROLE.exec(opening);
    // ("The group’s spokesman": only a group the text was about, not a body that reported on it)
    if (its && previousTopic && (typeOf.get(previousTopic) === 'group' || !/group|movement/i.test(its[0]))) {
      const person = inS.find((x) => x.type === 'person' && x.m.start - opens <= its[0].length + 4);
      if (person) {
        const role = (its[1] as string).toLowerCase();
        add(person.key, isLeaderPost(role, its[0]) || role === 'commander' && !DEPUTY.test(its[0]) ? 'leader_of' : 'member_of', previousTopic, person.m.start, s, []);
      }
    }
    // "Its rival, the Islamic State West Africa Province, denied …": the group the sentence before was about
    const kinGroup = inS[0];
    const kin = kinGroup && kinGroup.type === 'group' ? ITS_KIN.exec(text.slice(opens, kinGroup.m.start)) : null;
    if (kin && kinGroup) {
      const about = previousTopic && typeOf.get(previousTopic) === 'group' ? previousTopic : lastNamedBefore(named, ['group'], s.start, paragraphStart(text, s.start))?.key;
      const type = KIN_RELATION[(kin[1] as string).toLowerCase()];
      if (about && type && about !== kinGroup.key) add(kinGroup.key, type, about, kinGroup.m.start, s, []);
    }
    if (inS.length < 1 && !SUBJECT_PRONOUN_HERE.test(sentence)) continue;
    if (fresh && !inS.some((x) => fresh.has(x.m))) continue;
    while (di < dates.length && (dates[di] as DateMention).start < s.start) di++;
    const sDates: DateMention[] = [];
    for (let k = di; k < dates.length && (dates[k] as DateMention).start < s.end; k++) sDates.push(dates[k] as DateMention);

    const scope: SentenceScope = { s, sentence, opens, inS, sDates, previousTopic, continues, lastGroupBefore };
    const firstOfSentence = out.length;
    const typesHere = new Set(inS.map((x) => x.type));
    const pronounHere = SUBJECT_PRONOUN_HERE.test(sentence);
    for (let k = 0; k < VERB_RULES.length; k++) {
      const rule = VERB_RULES[k]!;
      // every relation a verb match adds has an end among the sentence's mentions, of one of the
      // rule's kinds (subject or object: a passive swaps them): without one the pattern need not run
      // (or a pronoun stands for the person: "he had been in contact with an ISKP handler")
      if (!rule.subject.some((t) => typesHere.has(t)) && !rule.object.some((t) => typesHere.has(t)) && !(pronounHere && rule.subject.includes('person'))) continue;
      for (const v of VERB_PATTERNS[k]!.matchesIn(sentence, s.start, words, verbStarts[k] ?? null)) {
        // (a post in a group is read only where a group's name follows the verb's words: "was a senior ISKP commander";
        // "is a", "was the" stand in most sentences, and the reader is not cheap)
        if (rule.roleAfter && !inS.some((x) => x.m.start === s.start + v.index + v[0].length && GROUPS.includes(x.type))) continue;
        addVerbRelations(doc, scope, rule, v);
      }
    }
    addMergerRelations(doc, scope);
    addCoalitionMembers(doc, scope);
    addPairRelations(doc, scope);
    addNamePatternRelations(doc, scope);
    addOwnedRoleRelations(doc, scope);
    addPredecessorRelations(doc, scope, out.slice(firstOfSentence));
  }

  out.push(...placesWithin(text, sentences, mentions, entityOf, entities, together));

  // background links from the reference pack
  const byRef = new Map<string, ExtractedEntity>();
  for (const e of entities) if (e.referenceId?.startsWith('ref:')) byRef.set(e.referenceId.slice(4), e);
  for (const [id, e] of byRef) {
    for (const link of matcher.byId(id)?.links ?? []) {
      const target = byRef.get(link.target);
      const first = e.mentions[0];
      if (target && first) out.push({ sourceKey: e.key, type: link.type, targetKey: target.key, start: null, end: null, hedge: null, span: first });
    }
  }
  // ("Southeast Asia" in a Marawi dateline's story, "Europe" beside Russia: a region that spans countries is within none)
  const spansCountries = new Set(entities.filter(isRegionOfCountries).map((e) => e.key));
  const kept = out.filter((r) => (r.type !== 'merged_with' || !mergedApart.has(`${r.span.sentence}|${r.sourceKey}|${r.targetKey}`)) &&
    !(r.type === 'located_in' && spansCountries.has(r.sourceKey)));
  return withoutImpliedMembership(dedupe(orient(kept, typeOf)));
}

/** A region of several countries (the pack's regions that name no country: "Europe", "the Sahel", "Southeast Asia"). */
function isRegionOfCountries(e: ExtractedEntity): boolean {
  return e.type === 'location' && e.referenceId?.startsWith('ref:') === true && !e.attributes.some((a) => a.attribute === 'country');
}

const CAPITALISED_WORD = /^\p{Lu}/u;

/**
 * Each mention with its entity's key. (Pushed, not mapped: V8 makes an array it maps in optimised code holey and one mapped in
 * the interpreter packed, and every reader compiled for the one kind is thrown away and compiled again when the other comes,
 * the relation finder's first and second readings among them, over and over through the first few hundred reports.)
 */
function usesOf(mentions: readonly Mention[], entityOf: readonly string[]): { m: Mention; key: string }[] {
  const out: { m: Mention; key: string }[] = [];
  for (let k = 0; k < mentions.length; k++) out.push({ m: mentions[k] as Mention, key: entityOf[k] as string });
  return out;
}

/**
 * The mentions, and the later uses of the names of the text's groups, bodies and people that the mention finder read only
 * where a cue stood ("gunmen of Gran Grif, a gang based in …" … "Gran Grif’s leader, X, claimed …"): each further place a
 * sentence writes one of the names a mention of the entity had, as a word of its own and not inside a longer name.
 */
function withLaterUses(text: string, sentences: readonly Sentence[], mentions: readonly Mention[], entityOf: readonly string[], typeOf: ReadonlyMap<string, EntityType>): { m: Mention; key: string }[] {
  const out = usesOf(mentions, entityOf);
  if (sentences.length === 0) return out;
  const end = Math.min(text.length, Math.max(...sentences.map((s) => s.end)));
  const mask = new Uint8Array(end + 1);
  for (const m of mentions) mask.fill(1, Math.min(m.start, end), Math.min(m.end, end));
  const covered = (a: number, b: number): boolean => {
    for (let k = a; k < b; k++) if (mask[k] === 1) return true;
    return false;
  };
  const names = new Map<string, { key: string; m: Mention }>();
  const ambiguous = new Set<string>();
  mentions.forEach((m, k) => {
    const key = entityOf[k] as string;
    const type = typeOf.get(key) ?? m.type;
    if (type !== 'group' && type !== 'organization' && type !== 'person') return;
    const name = m.text.trim();
    // (a name of two words or more, or an acronym: a word alone may be a people's or a common name, "Baloch", "Meitei")
    if (!CAPITALISED_WORD.test(name) || !/\s/.test(name) && !/^[\p{Lu}\d.-]{2,}$/u.test(name)) return;
    const known = names.get(name);
    if (known && known.key !== key) ambiguous.add(name);
    else names.set(name, { key, m });
  });
  const added: { m: Mention; key: string }[] = [];
  const occurrences = standaloneOccurrencesOfEach(text, [...names.keys()].filter((name) => !ambiguous.has(name)), end);
  for (const [name, { key, m }] of names) {
    if (ambiguous.has(name)) continue;
    for (const at of occurrences.get(name) as number[]) {
      const stop = at + name.length;
      if (covered(at, stop)) continue;
      mask.fill(1, at, stop);
      added.push({ m: { ...m, start: at, end: stop, text: name, basis: 'coreference', token: -1 }, key });
    }
  }
  if (added.length === 0) return out;
  for (const use of added) out.push(use);
  return out.sort((a, b) => a.m.start - b.m.start);
}

/**
 * The relations of belonging and leadership, which the rules read surest: the only ones the second reading adds (on the study
 * sets the places, criticisms, funding and mergers it read were as often wrong as right).
 */
const SECOND_READING_TYPES: ReadonlySet<RelationType> = new Set<RelationType>(['leader_of', 'member_of', 'allied_with', 'affiliated_with', 'pledged_allegiance_to', 'recruited']);

/**
 * The relations a second reading of the sentences finds that `known` lacks: with the actors the entity judge added or retyped
 * (entity-classifier.ts: "Palestine Action was founded in July 2020 by X and Y", a name the rules left out) read beside the
 * rules' mentions, and the later uses of the names the mention finder read only where a cue stood ("gunmen of Gran Grif, a
 * gang based in …" … "Gran Grif’s leader, X, claimed …").
 */
export function relationsOfLaterUses(input: RelationFinderInput, entities: readonly ExtractedEntity[], known: readonly ExtractedRelation[]): ExtractedRelation[] {
  const ruledType = new Map(input.entities.map((e) => [e.key, e.type]));
  const typeOf = new Map(entities.map((e) => [e.key, e.type]));
  const all: { m: Mention; key: string }[] = [];
  const fresh = new Set<Mention>();
  input.mentions.forEach((m, i) => {
    const key = input.entityOf[i] as string;
    const type = typeOf.get(key);
    if (!type) return;
    const retyped = type === m.type ? m : { ...m, type };
    if (retyped !== m) fresh.add(retyped);
    all.push({ m: retyped, key });
  });
  for (const e of entities) {
    if (ruledType.has(e.key)) continue;
    for (const s of e.mentions) {
      const m: Mention = { start: s.start, end: s.end, text: input.text.slice(s.start, s.end), type: e.type, basis: 'pattern', key: e.key, ref: null, place: null, name: e.name, token: -1 };
      fresh.add(m);
      all.push({ m, key: e.key });
    }
  }
  all.sort((a, b) => a.m.start - b.m.start);
  const have = new Set(known.map((r) => `${r.sourceKey}|${r.type}|${r.targetKey}`));
  // (pushed, not mapped: see usesOf)
  const mentions: Mention[] = [];
  const entityOf: string[] = [];
  for (const x of all) {
    mentions.push(x.m);
    entityOf.push(x.key);
  }
  return findRelations({ ...input, mentions, entityOf, entities }, fresh)
    .filter((r) => SECOND_READING_TYPES.has(r.type) && typeOf.has(r.sourceKey) && typeOf.has(r.targetKey) &&
      !have.has(`${r.sourceKey}|${r.type}|${r.targetKey}`) && !have.has(`${r.targetKey}|${r.type}|${r.sourceKey}`));
}

/** An entity a sentence names: the mention, its entity's key and type. */
interface Named { m: Mention; key: string; type: EntityType }

/** What the relation readers share over one document. */
interface DocumentScope {
  text: string;
  add: (sourceKey: string, type: RelationType, targetKey: string, at: number, s: Sentence, dateList: readonly DateMention[]) => void;
  stateBodies: ReadonlySet<string>;
  /** `sentence|a|b`: groups that merged into a third group in that sentence, not with each other. */
  mergedApart: Set<string>;
  /** `inner|outer`: places the text names together, the first within the second. */
  together: ReadonlyMap<string, Placing>;
  /** Every mention with its entity, in text order: where a pronoun finds the person it stands for. */
  named: readonly Named[];
}

/** The sentence being read, with what it names and dates and the group the text was about before it. */
interface SentenceScope {
  s: Sentence;
  sentence: string;
  /** Where its words open: after the number of a numbered paragraph ("4.3 ", "30. ", "(b) "), else where it starts. */
  opens: number;
  inS: readonly Named[];
  sDates: readonly DateMention[];
  previousTopic: string | null;
  /** The sentence opens on "The group …" or "Its …". */
  continues: boolean;
  lastGroupBefore: (pos: number) => string | null;
}

/**
 * The relations one verb match states: its subject (nearest before, past appositives and participles),
 * its objects (after it, listed), the group a definite description or the paragraph is about.
 * (Each reader is a function of its own: V8 optimises a small function in a fraction of the time a
 * whole-document loop of this size takes, and it re-optimises it each time the shapes it sees change.)
 */
function addVerbRelations(doc: DocumentScope, scope: SentenceScope, rule: VerbRule, v: RegExpExecArray): void {
  const { text, add, stateBodies } = doc;
  const { s, inS, sDates, previousTopic, continues, lastGroupBefore } = scope;
  const vStart = s.start + v.index;
  const vEnd = vStart + v[0].length;
  // "the U.S.-led coalition against the Islamic State", "Turkish-backed": a participle a hyphen joins to a name is a modifier, no verb
  if (/[-–‑]$/.test(text.slice(vStart - 1, vStart))) return;
  const before = text.slice(Math.max(s.start, vStart - 40), vStart);
  // an intention or a rebutted allegation is no relation that holds
  if (INTENDED_BEFORE.test(before) || REBUTTED_ALLEGATION.test(text.slice(s.start, vStart)) || NEGATED_BEFORE.test(before) ||
    UNSUPPORTED_BEFORE.test(text.slice(s.start, vStart))) return;
  // "was led by X", and the bare participle "ISIS-Somalia, led by X, …"
  // (a short adverbial may stand between: "was founded in 2016 by X")
  // ("has been led since 2018 by X")
  const byAgent = /^\s*(?:(?:in|on|during|since) (?:(?:early|mid|late) )?(?:\w+ ){0,2}\d{4},?\s+|(?:today|now|currently|still|jointly|formally|nominally)\s+)?by\s/i.test(text.slice(vEnd - 1, vEnd + 30));
  // ("The group continues to be led by X", "is believed to be headed by X": a passive after "to be")
  const auxiliary = /\b(?:was|were|been|being|is|are|to be)\s+(?:\w+ly\s+)?$/i.test(before);
  const passive = byAgent && (auxiliary || /(?:ed|led)\s*$/i.test(v[0]));
  // "X was recruited in Qom in 2020 and answered to Y": a passive with no agent says nothing of who did it to the subject
  if (auxiliary && !byAgent && AGENT_VERB_TYPES.has(rule.type) && /ed\s*$/i.test(v[0])) return;
  // "TIP is led by Abdul Haq": the passive swaps which kinds stand before and after the verb
  const subjectTypes = passive ? rule.object : rule.subject;
  const objectTypes = passive ? rule.subject : rule.object;
  const firstSubject = [...inS].reverse().find(
    (x) =>
      x.m.end <= vStart && subjectTypes.includes(x.type) && vStart - x.m.end < 160 && !/[;]/.test(text.slice(x.m.end, vStart)) &&
      // (a country speaks as a state only as the clause's subject: "Pakistan accused …", not "in Pakistan, police accused …")
      !(x.type === 'location' && (x.m.place?.level !== 'country' || /[,;:]|\b(?:that|who|which)\b/i.test(text.slice(x.m.end, vStart)) ||
        /\b(?:in|at|near|from|to|of|across|inside|outside|into|with|by|for|against|on)\s+(?:the\s+)?$/i.test(text.slice(Math.max(s.start, x.m.start - 12), x.m.start)))) &&
      // "an ISKP facilitator based in …": the group names the person's affiliation, not the subject
      !(subjectTypes.includes('person') && x.type !== 'person' && ROLE_NOUN_AFTER.test(text.slice(x.m.end, x.m.end + 25)) &&
        !(rule.type === 'located_in' && x.type === 'group' && GROUPS_PEOPLE_AFTER.test(text.slice(x.m.end, x.m.end + 40)))) &&
      !(rule.type === 'located_in' && vStart - x.m.end > 60) &&
      // "provides Tajiks fighting with the Islamic State": the people named before a participle are its subject
      !(/^\s*(?:fighting|serving|operating|working|living|based)\b/i.test(v[0]) && /(?:\b\p{Lu}[\p{L}-]+s|\b(?:fighters|militants|men|members|recruits|volunteers|foreigners|nationals|citizens|migrants))\s+$/u.test(text.slice(x.m.end, vStart)) &&
        !/^(?:[’']s)?\s+[\p{L}-]+\s+$/u.test(text.slice(x.m.end, vStart))) &&
      // "a Shabaab banner urging loyalty": a name used as a modifier of a thing is no subject
      !MODIFIED_THING.test(text.slice(x.m.end, x.m.end + 20)) &&
      // "the al-Qaeda-affiliated coalition led by …": a name made a modifier by a hyphen is no subject
      !HYPHEN_MODIFIER.test(text.slice(x.m.end, x.m.end + 20)) &&
      // "Shekau’s fighters then joined ISWAP": the owner of the noun is not the subject (but where a group's leaders or
      // fighters live is where the group is: "the ELN’s leaders live in Apure")
      (!POSSESSIVE_OWNER.test(text.slice(x.m.end, x.m.end + 40)) ||
        rule.type === 'located_in' && x.type === 'group' && GROUPS_PEOPLE_AFTER.test(text.slice(x.m.end, x.m.end + 40)) ||
        // ("Foxtrot’s rivalry with the Rumba network", "ISKP’s campaign against the Taliban": the group whose the rivalry is)
        (rule.type === 'rival_of' || rule.type === 'allied_with') && x.type === 'group' && RELATION_NOUN_OWNED.test(text.slice(x.m.end, vEnd))) &&
      // "a person the authorities linked to ISKP": a participle of belonging is said of a name close before it
      !(BELONGING_PARTICIPLE.test(v[0]) && vStart - x.m.end > 60),
  );
  // "Abu Musab al-Barnawi, the son of Boko Haram founder Mohammed Yusuf, led …", "Ansaru, a
  // group allied with the Taliban, has criticized …": skip the appositive
  let subject = firstSubject;
  if (subject && /^\s*,\s*(?:(?:has|have|had|was|were|is|are|also|reportedly|allegedly|then|later|\w+ly)\s+)*$/i.test(text.slice(subject.m.end, vStart))) {
    const inner = subject;
    const outer = [...inS].reverse().find(
      (x) => x.m.end < inner.m.start && subjectTypes.includes(x.type) && /^\s*,/.test(text.slice(x.m.end, inner.m.start)) &&
        (text.slice(x.m.end, inner.m.start).match(/,/g) ?? []).length === 1,
    );
    if (outer) subject = outer;
  }
  // "Ansaru, a faction that split from Boko Haram in 2012, remains active in …": the name an appositive with a clause of its own describes
  if (subject) {
    const inner = subject;
    const head = inS.find((x) => x.m.start >= s.start && x.m.end <= inner.m.start && subjectTypes.includes(x.type) && APPOSITIVE_CLAUSE_GAP.test(text.slice(x.m.end, vStart)));
    if (head) subject = head;
  }
  // ("Tren de Aragua, led by X, alias "Y," was founded …": the agent is the name before its alias)
  if (subject) {
    const inner: Named = subject;
    const at = inS.indexOf(inner);
    const alias = inS.slice(0, Math.max(0, at)).reverse().find((x) => x.key === inner.key && ALIAS_BETWEEN.test(text.slice(x.m.end, inner.m.start)));
    if (alias) subject = alias;
  }
  // "the UVF stood down its Mid-Ulster unit, based in Portadown": a bare participle after a comma is said of the noun right
  // before the comma, not of a name further back
  if (subject && rule.type === 'located_in' && /^(?:based|located|headquartered|stationed)\b/i.test(v[0]) && /,\s*$/.test(before) &&
    !/^\s*(?:\([^()]*\))?\s*,\s*$/.test(text.slice(subject.m.end, vStart))) return;
  // "AQIS, led by Osama Mehmood, maintains a presence in …": the agent of a participle is not the clause's subject
  if (subject && /,\s*(?:(?:which|who) (?:is|was) )?(?:led|headed|founded|commanded|run|directed)\s+by\s+(?:the\s+)?$/i.test(text.slice(Math.max(s.start, subject.m.start - 40), subject.m.start)) &&
    /^[^,;]*,/.test(text.slice(subject.m.end, vStart))) {
    const inner = subject;
    const outer = [...inS].reverse().find((x) => x.m.end < inner.m.start && subjectTypes.includes(x.type) && x.type !== 'location' &&
      /^(?:\s*\([^()]*\))?\s*,\s*(?:(?:which|who) (?:is|was) )?(?:led|headed|founded|commanded|run|directed)\s+by\s+(?:the\s+)?$/i.test(text.slice(x.m.end, inner.m.start)));
    subject = outer;
  }
  let secondVerbOf = false;
  // "Los Lobos broke away from Los Choneros in 2021 and formed an alliance with X": the second verb's subject is the
  // clause's, not the object of the first verb's preposition
  if (subject && OBJECT_OF_PREPOSITION.test(text.slice(Math.max(s.start, subject.m.start - 14), subject.m.start)) &&
    /^[^,;:()]*\band\s+(?:(?:then|later|also|has|have|had|quickly|soon)\s+)*(?:[a-z]+(?:ed|s)\s+(?:(?:an?|the|its|their)\s+)?(?:[\w-]+\s+)?)?$/.test(text.slice(subject.m.end, vStart))) {
    const inner = subject;
    // (the nearest name before that is no object of a preposition nor the owner of a noun: "The Islamic State claimed that he
    // had died in clashes with HTS and accused HTS …", not the "President X" of the sentence before it the splitter kept)
    const opener = [...inS].reverse().find((x) => x.m.end <= inner.m.start && subjectTypes.includes(x.type) && x.type !== 'location' &&
      !OBJECT_OF_PREPOSITION.test(text.slice(Math.max(s.start, x.m.start - 14), x.m.start)) && !POSSESSIVE_OWNER.test(text.slice(x.m.end, x.m.end + 40)));
    // (no other subject the sentence names: the reading of "X … and <verb>" below decides, with the group the text is about)
    if (opener && opener.key !== inner.key) {
      subject = opener;
      secondVerbOf = true;
    }
  }
  // "X remains allied with Y and is based in Z": the second verb is said of X, the clause's subject
  // (not "a video showing X and seven others pledging allegiance to Y": X and the others are one subject of the participle)
  if (subject && /(?:^|,)\s*and\s+(?:[a-z]+\s+){0,2}$/.test(text.slice(subject.m.end, vStart)) && !/[;]/.test(text.slice(subject.m.end, vStart)) &&
    !AND_OTHERS.test(text.slice(subject.m.end, vStart))) {
    const inner = subject;
    const opener = inS.find((x) => x.m.start >= s.start && x.m.end <= inner.m.start && subjectTypes.includes(x.type));
    const clauseStart = text.slice(s.start, opener ? opener.m.start : inner.m.start);
    if (continues && previousTopic && subjectTypes.includes('group') && !/[A-Z]/.test(clauseStart.replace(/^\s*\S+/, ''))) {
      subject = inS.find((x) => x.key === previousTopic) ?? { m: inner.m, key: previousTopic, type: 'group' };
    } else if (opener && opener.key !== inner.key && !/[;:]|\b(?:said|says|reported|according)\b/i.test(clauseStart)) subject = opener;
    else if (opener || !/^\s*(?:The\s+)?$/.test(clauseStart)) return;
    // ("Pakistan denied the allegation and in turn accused …": the name that opens the sentence is the subject of both verbs)
  }
  // "The department said that he had been recruited into …", "He is assessed to have lived in …": a subject
  // pronoun after the nearest name stands for the person the paragraph last named
  let carried = false;
  // (not when the second verb's subject was found above: "IS claimed that he had died in clashes with HTS and accused HTS")
  if (subjectTypes.includes('person') && !passive && !secondVerbOf) {
    const pronoun = subjectPronounBefore(text, Math.max(s.start, subject ? subject.m.end : s.start), vStart);
    if (pronoun) {
      const referent = carriedPerson(doc.named, text, pronoun.start, paragraphStart(text, pronoun.start));
      if (!referent) return;
      subject = referent;
      carried = true;
    }
  }
  // "ISWAP, but a faction loyal to him, led by Bakura": a bare participle is said of the noun just before it,
  // not of a name across a conjunction or a second appositive
  if (subject && passive && !auxiliary && /\b(?:but|and|while|whereas|yet)\b|,[^,]*,/.test(text.slice(subject.m.end, vStart).replace(/\([^()]*\)|^[^()]*\)/g, ''))) return;
  // "the GKNB said the group was affiliated with …": the speaker is no party to the relation
  // ("is reported to be present in": a hedge on the subject's own verb, not another speaker)
  if (subject && !carried && SPEECH_BETWEEN.test(text.slice(subject.m.end, vStart).replace(HEDGED_PASSIVE, ' '))) return;
  // "X had been in contact with a militant in Idlib who was linked to HTS": a relative clause says its verb of the noun it follows
  if (subject && !carried && /^\s*[^,\s]/.test(text.slice(subject.m.end, vStart)) &&
    /\b(?:with|to|by|for|from|of|at)\s+(?:an?|the|another|one)\s+[^;.()]*?\b(?:who|which)\s+(?:(?:is|was|were|are|has|had|have|been|also|reportedly|allegedly)\s+)*$/i.test(text.slice(subject.m.end, vStart))) return;
  // "X called on Muslims to join ISWAP": others are to do what the verb says, not X
  if (subject && !carried && /\bto\s+$/.test(before) && PERSUADED_BETWEEN.test(text.slice(subject.m.end, vStart))) return;
  const objects: Named[] = [];
  /** Where the last place that holds the last object ends ("in the Menaka region of Mali and in …"): the list goes on after it. */
  let heldBy = -1;
  for (const x of inS) {
    // (a name taken already as the object a name before it owns: "Nigeria’s Borno State")
    if (x.m.start < vEnd - 1 || objects.at(-1) === x) continue;
    const gapText = text.slice(objects.length ? Math.max(heldBy, (objects.at(-1) as Named).m.end) : vEnd, x.m.start);
    // "concentrated in the Menaka region of Mali and in Niger’s Tillabéri region", "settled in the Jisr al-Shughur area of
    // western Idlib and in the hills of northern Latakia": the place that holds the object is no second object, and the list
    // goes on past it
    if (rule.type === 'located_in' && objects.length > 0 && heldBy < 0 && x.type === 'location' && PLACE_OF_PLACE_GAP.test(gapText)) {
      heldBy = x.m.end;
      continue;
    }
    // ("the merger of four groups: A, B …": a colon that opens the list)
    if (/[.;:]\s/.test(gapText) && !(objects.length === 0 && LIST_OPENER.test(gapText))) break;
    if (objects.length === 0 && gapText.length > 90) break;
    // "He led the province until the FSB killed him": a clause of its own, not the verb's object
    // ("a militant in Idlib, Syria, who was linked to HTS": nor one a relative clause names)
    if (objects.length === 0 && /\b(?:until|till|when|whereas|while|because|although|though|unless|who|whom|whose|which)\b/i.test(gapText)) break;
    // "X blamed “foreign groups”, and Islamic State media praised …": a new clause, not the verb's object
    if (objects.length === 0 && /,\s+(?:and|but|while|whereas)\s/.test(gapText)) break;
    // "directed a plot to kill X": the one the plot was against is no one the subject directed
    if (rule.type === 'directed' && objects.length === 0 && /\b(?:to|against)\s+(?:kill|attack|assassinate|murder|target|bomb|strike|kidnap|abduct)?\b/i.test(gapText) &&
      /\b(?:plot|plan|attack|operation|scheme|attempt|bid|conspiracy)s?\b/i.test(gapText)) break;
    // "Gran Grif, a gang based in Savien in the lower Artibonite, attacked the town of X": where a group is comes right
    // after the verb, not past a comma that closes the clause
    if (rule.type === 'located_in' && objects.length === 0 && /,\s+(?!(?:and|or)\b)[a-z]+/.test(gapText)) break;
    // ("operates across the border with Niger": a land across a border is not where the group is; "HTS leader X controlled
    // Damascus": a person who takes a city is not said to live there)
    if (rule.type === 'located_in' && (/\bborders?\s+(?:with|of)\s+(?:the\s+)?$/i.test(gapText) || subject?.type === 'person' && /^control/i.test(v[0]))) break;
    // ("was founded in Sweden": where a group was born says where it is only of a land, not of the town or the prison it began in)
    if (rule.type === 'located_in' && /^(?:was|were) (?:founded|formed|established|created) in/i.test(v[0]) && x.m.place?.level !== 'country') break;
    // "sent funds to ISIL affiliates in Congo": a group that names the receivers' kind is not the receiver
    if (rule.type === 'funded' && /^\s+(?:affiliates|branches|provinces|fighters|members|cells|supporters|militants)\b/i.test(text.slice(x.m.end, x.m.end + 20))) {
      if (objects.length > 0) break;
      continue;
    }
    // "chaired the shura council of X": a post's verb holds the body named right after it, not one a phrase names further on
    if (objects.length === 0 && /^(?:chaired|chairs)\b/i.test(v[0]) && !/^\s*(?:the\s+)?$/i.test(gapText)) break;
    // "formed the LVF", "launched a new armed movement, the CRP": a founder's verb makes the group right after it, not one a
    // phrase names further on ("formed an alliance with the Taliban")
    if (rule.founds && objects.length === 0 && !passive && !FOUNDED_GAP.test(gapText)) break;
    // "joined the U.S.-led coalition against the Islamic State": a group named after "against" is the object's enemy, not the
    // verb's object (only a rivalry or a criticism is said of it)
    if (objects.length === 0 && rule.type !== 'rival_of' && rule.type !== 'criticized' && /\bagainst\b/i.test(gapText)) break;
    // "accused him of recruiting for IS": a pronoun right after the verb is its object
    if (objects.length === 0 && /^\s*(?:him|her|them|it|me|us|himself|herself|themselves)\b/i.test(gapText)) break;
    // "recruited for ISIL and of communicating with Zahran’s associates": the owner of the object is not the object
    if (x.type === 'person' && /^[’']s\s/.test(text.slice(x.m.end, x.m.end + 3)) && !ROLE_OF_OWNER.test(text.slice(x.m.end + 2, x.m.end + 40))) {
      if (objects.length > 0) break;
      continue;
    }
    // ("active in Mali and in Niger": a place list may repeat its preposition)
    const listed = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|\/\s*)(?:the\s+)?$/i.test(gapText) ||
      rule.type === 'located_in' && LOCATED_LIST_GAP.test(gapText);
    if (listed) heldBy = -1;
    // "pledged allegiance to ISKP leader Sanaullah Ghafari": the leader too
    const leaderOf = x.type === 'person' && /^\s*(?:[’']s\s+)?(?:\w+\s+)?(?:leader|emir|amir|chief|head)\s*,?\s*$/i.test(gapText);
    if (objects.length > 0 && !listed && !leaderOf) break;
    // "had been in contact with an ISKP handler", "communicated with ISKP’s finance cell": the group the contact speaks for
    const forGroup = rule.type === 'communicated_with' && x.type === 'group' && GROUP_AGENT_AFTER.test(text.slice(x.m.end, x.m.end + 30));
    // (a group is the one in contact only right after the verb, not one a relative clause names, nor the owner of what
    // was discussed: "in contact with a militant in Idlib who was linked to HTS", "discussed Jamaat Ansarullah’s allegiance")
    if (rule.type === 'communicated_with' && x.type === 'group' && !forGroup &&
      (!/^\s*(?:(?:the|an?|its|their|senior|several|other|top)\s+)*$/i.test(gapText) || /^[’']s?\b/.test(text.slice(x.m.end, x.m.end + 2)))) {
      if (objects.length > 0) break;
      continue;
    }
    if (!objectTypes.includes(x.type) && !forGroup) {
      if (objects.length > 0) break;
      // "X, the head of the Chechen Republic, said they had killed Islamic State supporters": a noun's "of" holds the name right
      // after it; past that name and a comma the clause goes on about others
      if (/\bof\s*$/i.test(v[0]) && /,/.test(text.slice(x.m.end, Math.min(s.end, x.m.end + 3)))) break;
      continue;
    }
    // "criticised the treatment of migrants in Russia": a place after a preposition is no object (but "based in X" is)
    if (x.type === 'location' && rule.type !== 'located_in' && gapText.trim() !== '' && PLACE_ADVERBIAL.test(gapText)) continue;
    // "based in Puntland, Somalia": the country that holds the place before is no second place
    // (a list of lands is no land within another: "a presence in Paraguay, Bolivia and beyond")
    if (x.type === 'location' && x.m.place?.level === 'country' && objects.length > 0 && (objects.at(-1) as Named).m.place?.level !== 'country' &&
      doc.together.has(`${(objects.at(-1) as Named).key}|${x.key}`)) break;
    // "threatened Kenya president William Ruto": the person, not the country
    const next = inS[inS.indexOf(x) + 1];
    if (x.type === 'location' && next && next.type === 'person' && objectTypes.includes('person') &&
      /^\s+(?:president|prime minister|leader|ruler|king|emir|amir|governor|minister)\s+$/i.test(text.slice(x.m.end, next.m.start))) {
      objects.push(next);
    } else if (next && objectTypes.includes(next.type) && /^[’']s\s+(?:[\w-]+\s+){0,2}$/.test(text.slice(x.m.end, next.m.start)) &&
      ROLE_OF_OWNER.test(text.slice(next.m.end, next.m.end + 30))) {
      // "accused Afghanistan’s Taliban government of …": the body, not the country that owns it
      objects.push(next);
    } else if (rule.type === 'located_in' && next && next.type === 'location' && /^[’']s\s+$/.test(text.slice(x.m.end, next.m.start))) {
      // "a presence in Nigeria’s Borno State": the narrower place the country owns
      objects.push(next);
    } else if (rule.type === 'funded' && headAfter(inS, x) && objectTypes.includes((headAfter(inS, x) as Named).type) &&
      /^(?:\s*\([^()]*\))?\s+$/.test(text.slice(x.m.end, (headAfter(inS, x) as Named).m.start))) {
      // "funds from the ISIL (Da'esh) Al-Karrar office": the office the group's name modifies
      objects.push(headAfter(inS, x) as Named);
    } else objects.push(x);
    if (!rule.many) break;
  }
  // "believed to be in Pakistan or Afghanistan": places offered as alternatives say where the subject is of neither
  if (rule.type === 'located_in' && objects.some((o, i) => i > 0 && /\bor\b/i.test(text.slice((objects[i - 1] as Named).m.end, o.m.start)))) return;
  // "The group, which split from Boko Haram", "… led the faction": the group the text is about
  // ("It is led by X": a sentence that opens on "It" goes on about the group the text was about; not "It is unclear …")
  const anaphorBefore = !subject && (GROUP_DESCRIPTION_BEFORE.test(text.slice(s.start, vStart)) || ITS_PEOPLE_OPENING.test(text.slice(scope.opens, vStart)) ||
    IT_OPENING.test(text.slice(scope.opens, vStart)));
  const anaphorAfter = objects.length === 0 && GROUP_DESCRIPTION_AFTER.test(text.slice(vEnd, vEnd + 20));
  if (anaphorBefore && subjectTypes.includes('group') && objects.length > 0) {
    const topicKey = lastGroupBefore(vStart);
    // ("The faction that held him is led by X": one who leads a faction of the group is one of its men, not its leader)
    const type: RelationType = rule.type === 'leader_of' && /\b(?:the|this|a) faction\b/i.test(text.slice(s.start, vStart)) ? 'member_of' : rule.type;
    // "the group has been led by X": a passive verb puts the agent first
    for (const o of objects) {
      if (!topicKey || o.key === topicKey) continue;
      if (Boolean(rule.swap) !== passive) add(o.key, type, topicKey, vStart, s, sDates);
      else add(topicKey, rule.type, o.key, vStart, s, sDates);
    }
    return;
  }
  // "Y was appointed as the new leader": leader of the group the paragraph is about, when no group follows
  const bareRole = rule.type === 'leader_of' && !passive && objects.length === 0 && subject?.type === 'person' &&
    /\bappointed\b/i.test(v[0]) && /^(?:\s+(?:by|in|on|at)\b[^.;,]*)?\s*[.;,]/.test(text.slice(vEnd - 1, vEnd + 60).replace(/^\S*/, ''));
  if ((anaphorAfter || bareRole) && subject && objectTypes.includes('group')) {
    // (a subject a pronoun carries from an earlier sentence: the group the paragraph last named)
    const topicKey = carried ? lastNamedBefore(doc.named, ['group'], vStart, paragraphStart(text, subject.m.start))?.key ?? null
      : lastGroupBefore(subject.m.start) ?? previousTopic;
    if (topicKey && topicKey !== subject.key) {
      add(subject.key, rule.type, topicKey, vStart, s, sDates);
      if (rule.reverse) add(topicKey, rule.reverse, subject.key, vStart, s, sDates);
    }
    return;
  }
  // "X, a Tanzanian who …, is still assessed to be the group’s leader": of the group the paragraph named before X
  if (rule.topic) {
    const topicGroup = subject ? lastNamedBefore(doc.named, ['group'], subject.m.start, paragraphStart(text, subject.m.start)) : null;
    if (subject && topicGroup && topicGroup.key !== subject.key && !SPEECH_BETWEEN.test(text.slice(subject.m.end, vStart))) add(subject.key, rule.type, topicGroup.key, vStart, s, sDates);
    return;
  }
  if (!subject || objects.length === 0) return;
  if (rule.roleAfter) {
    addPostInGroup(doc, scope, subject, objects[0] as Named, v, vStart, vEnd);
    return;
  }
  // "X, a branch of Y", "X is part of Y": a noun of belonging says it of the name it is in apposition to or predicated of
  // ("the merger of A, B and the Saharan branch of AQIM": the branch belongs to AQIM, not A or B)
  if ((rule.belongs || rule.type === 'affiliated_with' && /^(?:branch|wing|part|a province|an affiliate|affiliate) of\s/i.test(v[0])) &&
    (/,\s*(?:while|whereas|but|although|though)\b/i.test(text.slice(subject.m.end, vStart)) ||
    !/^\s*\)?\s*(?:\([^()]*\)\s*)?(?:,\s*(?:which|that|who)?\s*|\s+)(?:(?:is|was|are|were|became|remains?|remained|has become|had become|now|also|still|formally|officially)\s+)*(?:(?:an?|the|its|one)\s+)?(?:[\w-]+\s+){0,2}$/i.test(text.slice(subject.m.end, vStart)) &&
    !/\b(?:is|was|are|were|became|remains?|remained)\s+(?:(?:now|also|still|formally|officially)\s+)*(?:(?:an?|the|its|one)\s+)?(?:[\w-]+\s+){0,2}$/i.test(text.slice(subject.m.end, vStart)))) return;
  // "U.S. authorities arrested eight men with suspected ties to IS": a state body is no
  // member or affiliate of an armed group unless the verb is said of it outright
  const isOutright = carried || OUTRIGHT_GAP.test(text.slice(subject.m.end, vStart));
  // "Katibat Imam al-Bukhari and the Islamic Jihad Union have remained aligned with …": every listed subject
  const subjects = [subject];
  for (let k = carried ? -1 : inS.indexOf(subject) - 1; k >= 0; k--) {
    const x = inS[k] as Named;
    const first = subjects.at(-1) as Named;
    if (x.m.start < s.start || !subjectTypes.includes(x.type) || x.type !== subject.type ||
      !/^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$/i.test(text.slice(x.m.end, first.m.start))) break;
    subjects.push(x);
  }
  for (let k = carried ? inS.length : inS.indexOf(subject) + 1; k < inS.length; k++) {
    const x = inS[k] as Named;
    const last = subjects.at(-1) as Named;
    if (x.m.end > vStart || x.type !== subject.type || !/^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$/i.test(text.slice(last.m.end, x.m.start)) ||
      HYPHEN_MODIFIER.test(text.slice(x.m.end, x.m.end + 20))) break;
    subjects.push(x);
  }
  for (const subj of subjects) {
    for (const o of objects) {
      if (o.key === subj.key) continue;
      if (STATE_WARY.has(rule.type) && !isOutright && (stateBodies.has(subj.key) || stateBodies.has(o.key)) &&
        (subj.type === 'group' || o.type === 'group')) continue;
      if (Boolean(rule.swap) !== passive) add(o.key, rule.type, subj.key, vStart, s, sDates);
      else {
        // ("head of the ruling party's Amhara branch": the head of a part of the body is one of its men)
        // ("commanded an ISWAP unit near Baga": one who leads a part the group's name modifies is one of its men too)
        // (after "a", "an" only: "led the Katiba Macina faction" names the faction it leads)
        const ledPart = rule.type === 'leader_of' && (PART_AFTER_OWNER.test(text.slice(o.m.end, o.m.end + 40)) ||
          /\b(?:an?|one)\s+$/i.test(text.slice(Math.max(s.start, o.m.start - 5), o.m.start)) && PART_AFTER_MODIFIER.test(text.slice(o.m.end, o.m.end + 40)));
        add(subj.key, ledPart ? 'member_of' : rule.type, o.key, vStart, s, sDates);
        if (rule.reverse) add(o.key, rule.reverse, subj.key, vStart, s, sDates);
      }
    }
  }
}

/** "’s acting interior minister", " commanders": the post a group's name modifies. */
const POST_AFTER_GROUP = new RegExp(String.raw`^(?:\s*\([^()]*\))?(?:[’']s)?\s+(?:[\w-]+\s+){0,2}?(${POST_WORDS}|minister|governor|judge)s?\b(\s+(?:of|for|in)\b)?`, 'i');

/**
 * "X was a senior ISKP commander", "X is the Taliban’s leader": the person holds the post the group's name modifies,
 * named right after the verb's determiner (the one leader of the group only after "the" and with no place after the post).
 */
function addPostInGroup(doc: DocumentScope, scope: SentenceScope, subject: Named, group: Named, v: RegExpExecArray, vStart: number, vEnd: number): void {
  if (group.m.start !== vEnd) return;
  const post = POST_AFTER_GROUP.exec(doc.text.slice(group.m.end, group.m.end + 60));
  if (!post) return;
  const role = (post[1] as string).toLowerCase();
  const theOne = /\bthe\s+(?:(?:[\w-]+)\s+)*$/i.test(v[0]) && !/\bone of the\b/i.test(v[0]) && !/s$/i.test(post[0]);
  const leads = theOne && isLeaderPost(role, post[0]) && !post[2];
  doc.add(subject.key, leads ? 'leader_of' : 'member_of', group.key, vStart, scope.s, scope.sDates);
}

/**
 * Two names a sentence pairs: "A and B continue to communicate with one another" (communicated_with),
 * "A and B cooperate with each other", "joint operations by A and B" (allied_with).
 */
function addPairRelations(doc: DocumentScope, scope: SentenceScope): void {
  const { text, add } = doc;
  const { s, inS, sDates } = scope;
  for (let k = 0; k + 1 < inS.length; k++) {
    const a = inS[k] as Named;
    const b = inS[k + 1] as Named;
    // "One Member State reported that the office transferred $400,000 from ISWAP to ISSP": the sender funded the receiver
    // (not "moved fighters from A to B", nor a sum sent from a town: both ends are actors, money named before "from")
    if (a.key !== b.key && a.type !== 'location' && a.type !== 'media' && b.type !== 'location' && b.type !== 'media' && MONEY_TO_GAP.test(text.slice(a.m.end, b.m.start)) &&
      MONEY_FROM_BEFORE.test(text.slice(Math.max(s.start, a.m.start - 80), a.m.start)) && !NEGATED_BEFORE.test(text.slice(Math.max(s.start, a.m.start - 100), a.m.start).replace(/\s+from\s+(?:the\s+)?$/i, ' ')) &&
      !UNSUPPORTED_BEFORE.test(text.slice(s.start, a.m.start))) {
      add(a.key, 'funded', b.key, a.m.start, s, sDates);
      continue;
    }
    if (a.key === b.key || a.type === 'location' || b.type === 'location' || !/^(?:\s*\([^()]*\)|\))?\s+and\s+(?:the\s+)?$/i.test(text.slice(a.m.end, b.m.start))) continue;
    // ("the Uganda People's Defence Force (UPDF) and …": the name before its acronym)
    const prev = inS[k - 1];
    const aStart = prev && prev.key === a.key && /^\s*\($/.test(text.slice(prev.m.end, a.m.start)) ? prev.m.start : a.m.start;
    const after = RECIPROCAL_AFTER.exec(text.slice(b.m.end, Math.min(s.end, b.m.end + 100)));
    const bodies = (a.type === 'group' || a.type === 'organization') && (b.type === 'group' || b.type === 'organization');
    if (after && !NEGATED_BEFORE.test(after[1] as string)) {
      const type: RelationType = /^communicat/i.test(after[2] as string) ? 'communicated_with' : 'allied_with';
      if (type === 'communicated_with' || bodies) add(a.key, type, b.key, b.m.end, s, sDates);
    } else if (bodies && JOINT_BEFORE.test(text.slice(Math.max(s.start, aStart - 60), aStart))) {
      add(a.key, 'allied_with', b.key, aStart, s, sDates);
    } else if (bodies && (HOSTILITIES_BETWEEN.test(text.slice(Math.max(s.start, aStart - 40), aStart)) || MUTUAL_CLASH_AFTER.test(text.slice(b.m.end, Math.min(s.end, b.m.end + 60))) ||
      MUTUAL_COMPETE_AFTER.test(text.slice(b.m.end, Math.min(s.end, b.m.end + 60))) ||
      MUTUAL_RIVALS_AFTER.test(text.slice(b.m.end, Math.min(s.end, b.m.end + 60))) ||
      // ("Relations between ISIL-Somalia and al-Shabaab remain hostile")
      RELATIONS_BETWEEN.test(text.slice(Math.max(s.start, aStart - 40), aStart)) && HOSTILE_AFTER.test(text.slice(b.m.end, Math.min(s.end, b.m.end + 60)))) &&
      !NEGATED_BEFORE.test(text.slice(Math.max(s.start, aStart - 40), aStart)) && !UNSUPPORTED_BEFORE.test(text.slice(s.start, aStart))) {
      // "fighting between the PCC and the local Sindicato do Crime", "the front between the SDF and the SNA", "A and B clashed
      // near …": two armed bodies at war with each other (not "A and B clashed with C": each of them with C, read by the verb)
      // (the sentence's dates are those of the fighting, no start of the rivalry: "the worst fighting since 2019")
      add(a.key, 'rival_of', b.key, aStart, s, []);
    } else if (a.type !== 'organization' && b.type !== 'organization' && a.type !== 'media' && b.type !== 'media' &&
      CONTACTS_BETWEEN.test(text.slice(Math.max(s.start, aStart - 40), aStart)) && !UNSUPPORTED_BEFORE.test(text.slice(s.start, aStart)) &&
      !NEGATED_BEFORE.test(text.slice(Math.max(s.start, aStart - 40), aStart))) {
      // "Member States continued to report contacts between al-Shabaab and the Houthis"
      add(a.key, 'communicated_with', b.key, aStart, s, sDates);
    }
  }
}

/**
 * "Viv Ansanm, an alliance between the two main gang federations, A and B", "X was announced as a coalition of A, B and C",
 * "X brings together A and B", "X, an alliance that includes A and B", "X includes A and B": the coalition is named first, then
 * the list of its members.
 */
const COALITION_OF = /^(?:\s*\([^()]*\))?(?:\s*,\s*|\s+(?:(?:is|was|are|were|became|remains|remained|has become)\s+|(?:is|was)\s+(?:announced|formed|created|launched|founded|set up|established)\s+(?:in\s+[\w\s]{1,30}?\s+)?as\s+))(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:alliance|coalition|federation|umbrella(?:\s+(?:group|organi[sz]ation|body))?|grouping)\s+(?:of|between|(?:that|which)\s+(?:(?:brings|brought)\s+together|includes|included|comprises|comprised)|bringing together|including|comprising|made up of)\s|^(?:\s+(?:coalition|alliance|federation|umbrella|front|platform))?,?\s+(?:(?:which|that)\s+)?(?:(?:now|also)\s+)?(?:(?:brings|brought|bringing)\s+together|includes?|included|comprises?|comprised|consists\s+of|is\s+made\s+up\s+of)\s/i;
/** " supporters", " fighters": a group's name as the modifier of its people. */
const PEOPLE_OF_GROUP_AFTER = /^(?:[’']s)?\s+(?:supporters|sympathi[sz]ers|members|fighters|militants|loyalists|affiliates|cells|networks|groups|factions)\b/i;
/** ", both members of the ", ", all members of ": the groups listed before are members of the one named next. */
const ALL_MEMBERS_OF = /^,\s+(?:both|all|each)\s+(?:[\w-]+\s+)?members\s+of\s+(?:the\s+)?$/i;
/** "as core members of ": the list after the next name's colon is of its members. */
const MEMBERS_OF_BEFORE = /\bmembers\s+of\s+(?:the\s+)?$/i;
/** What stands between two names of one list: ", ", " and ", ", and the ", a name's bracketed acronym. */
const LIST_BETWEEN = /^(?:\s*\([^()]*\))?\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)(?:the\s+)?$/i;

/** The group named at inS[k] and those listed right after it ("A, B and C"; "A (B)" is one). */
function groupsListedFrom(text: string, inS: readonly Named[], k: number): Named[] {
  const out: Named[] = [inS[k] as Named];
  for (let j = k + 1; j < inS.length; j++) {
    const x = inS[j] as Named;
    const last = out.at(-1) as Named;
    if (x.key === last.key && /^\s*\($/.test(text.slice(last.m.end, x.m.start))) continue;
    if (x.type !== 'group' || !LIST_BETWEEN.test(text.slice(last.m.end, x.m.start))) break;
    out.push(x);
  }
  return out;
}

/**
 * Members of a coalition a sentence lists: "X, an alliance between A and B", "X brings together A, B and C", "A and B,
 * both members of X", "the following gangs as core members of X: A; B, led by …; C".
 */
function addCoalitionMembers(doc: DocumentScope, scope: SentenceScope): void {
  const { text, add } = doc;
  const { s, inS, sDates } = scope;
  for (let k = 0; k < inS.length; k++) {
    const c = inS[k] as Named;
    if (c.type !== 'group') continue;
    const after = text.slice(c.m.end, Math.min(s.end, c.m.end + 160));
    const of = COALITION_OF.exec(after);
    if (of) {
      // the first group after the cue, within a short description ("the two main gang federations of Port-au-Prince, the G9")
      const first = inS.findIndex((x, j) => j > k && x.m.start >= c.m.end + of[0].length && x.type === 'group');
      const gap = first < 0 ? '' : text.slice(c.m.end + of[0].length, (inS[first] as Named).m.start);
      // (not a group that names the kind of the members: "the umbrella of Indonesian Islamic State supporters")
      if (first >= 0 && gap.length < 80 && !/[.;:()]|\b(?:who|which|that|and|or)\b/i.test(gap) && !PEOPLE_OF_GROUP_AFTER.test(text.slice((inS[first] as Named).m.end, (inS[first] as Named).m.end + 20))) {
        for (const m of groupsListedFrom(text, inS, first)) if (m.key !== c.key) add(m.key, 'member_of', c.key, m.m.start, s, sDates);
      }
    }
    // "A and B, both members of X"
    const lead = text.slice(Math.max(s.start, c.m.start - 40), c.m.start);
    const prev = inS[k - 1];
    if (prev && prev.type === 'group' && ALL_MEMBERS_OF.test(text.slice(prev.m.end, c.m.start))) {
      for (let j = k - 1; j >= 0; j--) {
        const x = inS[j] as Named;
        if (x.type !== 'group' || j < k - 1 && !LIST_BETWEEN.test(text.slice(x.m.end, (inS[j + 1] as Named).m.start)) && !(x.key === (inS[j + 1] as Named).key)) break;
        if (x.key !== c.key) add(x.key, 'member_of', c.key, x.m.start, s, sDates);
      }
    }
    // "… as core members of X: A; B, led by …; C": the first name of each item of the list
    if (MEMBERS_OF_BEFORE.test(lead) && /^(?:\s*\([^()]*\))?\s*:/.test(after)) {
      let itemStart = true;
      let from = c.m.end;
      for (let j = k + 1; j < inS.length; j++) {
        const x = inS[j] as Named;
        if (/;/.test(text.slice(from, x.m.start))) itemStart = true;
        from = x.m.start;
        if (itemStart && x.type === 'group' && x.key !== c.key) add(x.key, 'member_of', c.key, x.m.start, s, sDates);
        itemStart = false;
      }
    }
  }
}

/** "A merged with B, C and D to form E": each merged into the group they formed, not with each other. */
function addMergerRelations(doc: DocumentScope, scope: SentenceScope): void {
  const { text, add, mergedApart } = doc;
  const { s, inS, sDates } = scope;
  for (let k = 1; k < inS.length; k++) {
    const formed = inS[k] as Named;
    if (formed.type !== 'group' || !FORMED_CUE.test(text.slice((inS[k - 1] as Named).m.end, formed.m.start))) continue;
    const parties: Named[] = [];
    let verb = false;
    for (let j = k - 1; j >= 0; j--) {
      const x = inS[j] as Named;
      const gap = text.slice(x.m.end, (parties.at(-1) ?? formed).m.start);
      if (parties.length > 0 && MERGER_GAP.test(gap)) verb = true;
      else if (parties.length > 0 && !/^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$/i.test(gap)) break;
      if (x.type !== 'group') break;
      parties.push(x);
    }
    if (!verb) continue;
    for (const x of parties) {
      add(x.key, 'merged_with', formed.key, x.m.start, s, sDates);
      for (const y of parties) if (y !== x) mergedApart.add(`${s.index}|${x.key}|${y.key}`);
    }
  }
}

/**
 * A person's role in the group "its" stands for, inside a sentence: "the killing of its secretary-general, X,",
 * "named X as its commander", and the successor named with the leader ("… and named Y as his successor").
 * The group is the last one the sentence named before, else the one the text was about.
 */
function addOwnedRoleRelations(doc: DocumentScope, scope: SentenceScope): void {
  const { text, add } = doc;
  const { s, inS, previousTopic } = scope;
  let ledBy: string | null = null;
  for (let k = 0; k < inS.length; k++) {
    const x = inS[k] as Named;
    if (x.type !== 'person') continue;
    const lead = text.slice(Math.max(s.start, x.m.start - 60), x.m.start);
    // (a sentence that opens on "Its leader, X" is read with the sentence before it)
    // (the pattern ends in a comma and whitespace: other leads need not be scanned)
    // ("its senior official Azzam X": the comma may be missing)
    // (and only after "its", "their": "a son of the movement’s founder X" need not be the founder of the group named last)
    const comma = lead.trimEnd().endsWith(',');
    const itsMatch = comma || /\b(?:its|their)\s+(?:\S+\s+){0,3}$/i.test(lead) ? ITS_ROLE_BEFORE_PERSON.exec(lead) : null;
    const its = itsMatch && /\S/.test(text.slice(s.start, x.m.start - itsMatch[0].length)) && (comma || /^(?:its|their)\b/i.test(itsMatch[0])) ? itsMatch : null;
    // ("a video that named X as the new emir": a post a naming verb gives, of the group the sentence named last)
    const as = its ? null : AS_ITS_ROLE_AFTER_PERSON.exec(text.slice(x.m.end, x.m.end + 40)) ??
      (NAMING_VERB_BEFORE.test(text.slice(Math.max(s.start, x.m.start - 20), x.m.start)) ? AS_THE_NEW_ROLE_AFTER_PERSON.exec(text.slice(x.m.end, x.m.end + 50)) : null) ??
      THE_GROUPS_ROLE_AFTER_PERSON.exec(text.slice(x.m.end, x.m.end + 80));
    // ("Musa Keita succeeded him as leader in 2009": the group the sentence or the paragraph last named, dated by the clause)
    if (!its && !as && SUCCEEDED_PRONOUN_AS_LEADER_AFTER.test(text.slice(x.m.end, x.m.end + 80))) {
      const led = [...inS.slice(0, k)].reverse().find((y) => y.type === 'group')?.key ?? topicGroup(doc, previousTopic, s.start) ??
        lastNamedBefore(doc.named, ['group'], s.start, paragraphStart(text, s.start))?.key;
      if (led) add(x.key, 'leader_of', led, x.m.end, s, scope.sDates);
      continue;
    }
    const successor = its || as ? null : AS_SUCCESSOR_AFTER_PERSON.test(text.slice(x.m.end, x.m.end + 30)) ? ledBy : null;
    if (successor) {
      add(x.key, 'leader_of', successor, x.m.start, s, []);
      continue;
    }
    const role = (its?.[1] ?? as?.[1])?.toLowerCase();
    if (!role) continue;
    const last = [...inS.slice(0, k)].reverse().find((y) => y.type === 'group' && !HYPHEN_MODIFIER.test(text.slice(y.m.end, y.m.end + 20)) &&
      !ROLE_OF_OWNER.test(text.slice(y.m.end, y.m.end + 30)));
    // ("ISSP split from al-Mourabitoun in 2015 when its founder, X, pledged …": "its" is the clause's subject, the group the
    // sentence opens on, not the object of a preposition after it)
    const opener = inS[0];
    const ofClauseSubject = last && opener && opener !== last && opener.type === 'group' && opener.key !== last.key &&
      /^\s*(?:The\s+)?$/.test(text.slice(s.start, opener.m.start)) && OBJECT_OF_PREPOSITION.test(text.slice(Math.max(s.start, last.m.start - 14), last.m.start));
    const owner = (ofClauseSubject ? opener.key : last?.key) ?? topicGroup(doc, previousTopic, s.start);
    if (!owner) continue;
    const words = (its ?? as)?.[0] ?? '';
    const leads = isLeaderPost(role, words) || role === 'commander' && !DEPUTY.test(words);
    add(x.key, leads ? 'leader_of' : 'member_of', owner, x.m.start, s, []);
    if (leads) ledBy = owner;
  }
}

/** "for the ", "talks between the government and ": a name as the object of an activity's preposition. */
const OBJECT_OF_ACTIVITY = /(?:\bfor\s+(?:the\s+)?|\bbetween\b[^,;.]{0,60}\band\s+(?:the\s+)?)$/i;

/** What may stand between a founder's verb and the group it made: "the ", "a new armed movement, the ", "a militia called ". */
const FOUNDED_GAP = /^\s*(?:(?:the|its|his|her|their)\s+|(?:an?|the)\s+(?:new\s+)?(?:[\w-]+\s+){0,2}?(?:group|movement|militia|faction|organi[sz]ation|party|front|coalition|network|gang)\s*(?:,\s*(?:the\s+)?|\s+(?:called|named|known as)\s+(?:the\s+)?))?$/i;

/** "’s Amhara branch", "’s youth wing": a part of the body named before. */
const PART_AFTER_OWNER = /^[’']s\s+(?:[\w-]+\s+){0,2}?(?:branch|wing|office|unit|cell|chapter|section|bureau|committee|council|faction|division|department)\b/i;

/**
 * " unit", " sector around": an armed part of the group whose name modifies it ("an ISWAP unit", "an IS sector"; not "a JAD
 * cell": the head of a cell is counted among the group's leaders, a cell being the group where it stands).
 */
const PART_AFTER_MODIFIER = /^(?:\s*\([^()]{1,20}\))?\s+(?:(?:local|regional|provincial|district|military|armed|logistics|media|finance|security|special)\s+)?(?:unit|sector|brigade|battalion|detachment|squad|column|company|section|branch|chapter|wing|faction|katiba)\b/i;

/** Relations whose verb, made passive, names its doer only after "by" ("was recruited by X", "was funded by X"). */
const AGENT_VERB_TYPES: ReadonlySet<RelationType> = new Set<RelationType>(['recruited', 'directed', 'funded', 'criticized', 'rival_of']);

/** " from ", " against the ": a name after a preposition, the object of its clause's verb. */
const OBJECT_OF_PREPOSITION = /\b(?:from|with|against|by|to|into|on|of)\s+(?:the\s+)?$/i;

/** ', alias "', ' (also known as ': what stands between a name and another name of the same one. */
const ALIAS_BETWEEN = /^\s*(?:,\s*|\()?\s*(?:alias|aka|a\.k\.a\.|also known as|known as|nicknamed)\s*["“]?$/i;

/** "his predecessor, X", "who replaced X", "succeeding X": the one the new leader took over from, named next. */
const PREDECESSOR_BEFORE = /\b(?:(?:his|her|whose|their)\s+(?:[\w-]+\s+)?predecessor|(?:who\s+)?(?:had\s+)?(?:replaced|succeeded|replacing|succeeding)|the\s+successor\s+(?:of|to))\s*,?\s*(?:the\s+)?(?:(?:late|slain|former|founding)\s+)?(?:(?:leader|emir|amir|chief|head|founder)\s+)?$/i;

/**
 * "Diriye has led al-Shabaab since 2014, when his predecessor X was killed", "Y, who replaced X, leads Z": the one a
 * leader the sentence names took over from led the same group before.
 */
function addPredecessorRelations(doc: DocumentScope, scope: SentenceScope, found: readonly ExtractedRelation[]): void {
  const led = found.filter((r) => r.type === 'leader_of');
  if (led.length === 0) return;
  const { text, add } = doc;
  const { s, inS } = scope;
  for (const x of inS) {
    if (x.type !== 'person' || !PREDECESSOR_BEFORE.test(text.slice(Math.max(s.start, x.m.start - 50), x.m.start))) continue;
    // (the leader of one group only: a sentence with two leaders does not say whose predecessor this is)
    const groups = new Set(led.filter((r) => r.sourceKey !== x.key).map((r) => r.targetKey));
    if (groups.size !== 1) continue;
    add(x.key, 'leader_of', [...groups][0] as string, x.m.start, s, []);
  }
}

/** The first name after `x` that is not another name of it ("ISIL (Da'esh) Al-Karrar office": the office). */
function headAfter(inS: readonly Named[], x: Named): Named | undefined {
  for (let k = inS.indexOf(x) + 1; k < inS.length; k++) if ((inS[k] as Named).key !== x.key) return inS[k];
  return undefined;
}

/** The group the text was about before `pos`, unless the text last named it as a modifier ("an al-Qaeda-aligned faction"). */
function topicGroup(doc: DocumentScope, topic: string | null, pos: number): string | null {
  if (!topic) return null;
  const last = lastNamedBefore(doc.named.filter((y) => y.key === topic), ['group'], pos, paragraphStart(doc.text, pos));
  return last && !HYPHEN_MODIFIER.test(doc.text.slice(last.m.end, last.m.end + 20)) ? topic : null;
}

/** A department's post makes its holder one of the body's men, unless it is a leader's post no department word qualifies ("the movement's supreme leader"). */
function departmentPostRelation(post: RegExpExecArray): RelationType {
  const word = (post[1] ?? '').toLowerCase();
  return word !== '' && LEADER_ROLES.has(word) && !DEPARTMENT_WORD.test(post[0]) && !DEPUTY.test(post[0]) ? 'leader_of' : 'member_of';
}

/** Name patterns between neighbouring mentions: "X leader Y", "Y, a senior X commander", "X-aligned Y", "X’s outlet Y". */
function addNamePatternRelations(doc: DocumentScope, scope: SentenceScope): void {
  const { text, add } = doc;
  const { s, inS, sDates } = scope;
  for (let k = 0; k < inS.length; k++) {
    const a = inS[k] as Named;
    const b = inS[k + 1];
    const after = text.slice(a.m.end, b ? b.m.start : Math.min(s.end, a.m.end + 80));
    if (b && (a.type === 'group' || a.type === 'organization') && b.type === 'person') {
      const role = ROLE_BEFORE_PERSON.exec(after);
      const theCommander = THE_COMMANDER_BEFORE_PERSON.test(after) && /\bthe\s+$/i.test(text.slice(Math.max(s.start, a.m.start - 5), a.m.start));
      if (role) add(b.key, isLeaderPost(role[1] as string, role[0]) || (OWNED_COMMANDER.test(after) || theCommander) && !DEPUTY.test(role[0]) ? 'leader_of' : 'member_of', a.key, b.m.start, s, []);
      // "The Taliban's interior ministry spokesman, X", "Säpo's head of counter-terrorism, X": one of the body's men, unless the
      // words before a leader's post name no department ("the movement's supreme leader, X")
      const department = role ? null : OWNED_DEPARTMENT_POST_BEFORE_PERSON.exec(after);
      if (department) {
        add(b.key, departmentPostRelation(department), a.key, b.m.start, s, []);
      }
    }
    // "Isnilon Hapilon of the Abu Sayyaf Group", "Justice X of the Federal High Court": a person named with the body he belongs to
    // (a leader so named is one of its men too: the leadership said elsewhere stands, see withoutImpliedMembership)
    if (b && a.type === 'person' && (b.type === 'group' || b.type === 'organization') && PERSON_OF_BODY_GAP.test(after)) add(a.key, 'member_of', b.key, a.m.start, s, []);
    // (a place the post is over may stand between: "the Taliban governor of Balkh province, X")
    if (a.type === 'group') {
      let holder: Named | undefined;
      for (let j = k + 1; j < inS.length && !holder; j++) if ((inS[j] as Named).type !== 'location') holder = inS[j];
      if (holder && holder.type === 'person' && holder.m.start - a.m.end < 90 && GROUP_POST_BEFORE_PERSON.test(text.slice(a.m.end, holder.m.start))) {
        add(holder.key, 'member_of', a.key, holder.m.start, s, []);
      }
    }
    if (b && a.type === 'person' && (b.type === 'group' || b.type === 'organization') && APPOSITIVE_ROLE_BEFORE_GROUP.test(after)) {
      const role = ROLE_AFTER_GROUP.exec(text.slice(b.m.end, b.m.end + 40));
      // "X, a senior IS leader": one of its leaders, a member; "X, the IS leader": its leader
      // ("X, LeT's operations chief": the head of one of its departments is one of its men)
      const bare = after.replace(/^(?:\s*\([^()]*\)|\))/, '');
      const isOneOf = /^,\s+(?:an?|one)\b/i.test(bare) || PORTFOLIO_POST_AFTER_GROUP.test(text.slice(b.m.end, b.m.end + 40));
      const theCommander = /^,\s+the\s+$/i.test(bare) && THE_COMMANDER_AFTER_PERSON.test(text.slice(b.m.end, b.m.end + 40));
      // ("X (Abu Y), a KH commander", "X, known as Abu Y, a KH commander": the person the alias is another name of holds it too)
      const named = inS[k - 1];
      const holders = named && named.type === 'person' && named.key !== a.key && (ALIAS_BETWEEN.test(text.slice(named.m.end, a.m.start)) || /^\s*\($/.test(text.slice(named.m.end, a.m.start))) ? [a, named] : [a];
      if (role) for (const h of holders) add(h.key, (isLeaderPost(role[1] as string, role[0]) || theCommander) && !isOneOf ? 'leader_of' : 'member_of', b.key, b.m.start, s, []);
      // "X, the Taliban’s interior minister", "X, a Houthi minister": a post in an armed group's government
      else if (b.type === 'group' && MINISTER_AFTER_GROUP.test(text.slice(b.m.end, b.m.end + 40))) add(a.key, 'member_of', b.key, b.m.start, s, []);
      else {
        // "X, the European Union's foreign policy chief", "X, the Taliban's interior ministry spokesman": a post in one of its departments
        const department = DEPARTMENT_POST_AFTER_GROUP.exec(text.slice(b.m.end, b.m.end + 60));
        if (department) {
          add(a.key, isOneOf ? 'member_of' : departmentPostRelation(department), b.key, b.m.start, s, []);
        }
      }
    }
    // "Jamaat-ul-Ahrar, a TTP splinter faction", "ISKP, the Islamic State’s Afghan affiliate", "the FDN, then the CV’s ally"
    if (b && (a.type === 'group' || a.type === 'organization') && (b.type === 'group' || b.type === 'organization') && /^(?:\s*\([^()]{1,20}\)|\))?,\s+(?:(?:then|now|once|long|formerly)\s+)?(?:a|an|the|its)\s+(?:[\w-]+\s+)?$/i.test(after)) {
      const kind = /^(?:[’']s)?\s+(?:[\w-]+\s+)??(splinter|breakaway|offshoot|affiliate|branch|wing|faction|franchise|province|front|ally|rival)\b/i.exec(text.slice(b.m.end, b.m.end + 40));
      if (kind) {
        const k = (kind[1] as string).toLowerCase();
        const type: RelationType = k === 'splinter' || k === 'breakaway' || k === 'offshoot' ? 'split_from' : k === 'ally' ? 'allied_with' : k === 'rival' ? 'rival_of' : 'affiliated_with';
        add(a.key, type, b.key, a.m.start, s, sDates);
      }
    }
    // "the TTP and its splinter Jamaat-ul-Ahrar", "ISKP and its rival, the Taliban": the second is the first's kin
    if (b && a.type === 'group' && b.type === 'group' && a.key !== b.key) {
      const kin = AND_ITS_KIN.exec(after);
      const type = kin ? KIN_RELATION[(kin[1] as string).toLowerCase()] : undefined;
      if (type) add(b.key, type, a.key, b.m.start, s, []);
    }
    // "the Counter Terrorism Department (CTD) of the Balochistan police", "the al-Karrar office, the regional office of the General
    // Directorate of Provinces": a body's part, affiliated with the body
    if (b && (a.type === 'group' || a.type === 'organization') && (b.type === 'group' || b.type === 'organization') && a.key !== b.key &&
      ((PART_NAME.test(a.m.text) || inS[k - 1]?.key === a.key && PART_NAME.test((inS[k - 1] as Named).m.text)) && PART_OF_GAP.test(after) || PART_APPOSITIVE_GAP.test(after))) {
      add(a.key, 'affiliated_with', b.key, a.m.start, s, []);
    }
    // "the 33rd Front of the Estado Mayor Central", "the Jaime Martínez front of the EMC": an armed unit of the group
    if (b && a.type === 'group' && b.type === 'group' && a.key !== b.key && UNIT_NAME.test(a.m.text) && PART_OF_GAP.test(after)) {
      add(a.key, 'member_of', b.key, a.m.start, s, []);
    }
    // "ISKP claimed the attack through Amaq and named the bomber as X", "The BLA claimed it, naming the bomber as X": the one a
    // group names as its attacker in its claim is one of its men
    if (a.type === 'person' && BOMBER_NAMED_BEFORE.test(text.slice(s.start, a.m.start))) {
      const claim = [...text.slice(s.start, a.m.start).matchAll(/\bclaimed\b/g)].at(-1);
      const at = claim ? s.start + claim.index : -1;
      const claimer = claim ? [...inS.slice(0, k)].reverse().find((x) => x.m.end <= at) : undefined;
      if (claimer && claimer.type === 'group' && CLAIMER_GAP.test(text.slice(claimer.m.end, at))) add(a.key, 'member_of', claimer.key, a.m.start, s, []);
    }
    // "three DHKP-C leaders: A, B and C", "the group’s leaders, including A and B": each of the leaders listed
    // ("the PKK’s senior commanders - A, B and C": each one of its men)
    const commandersListed = b && a.type === 'group' && b.type === 'person' && COMMANDERS_LISTED.test(after);
    if (b && a.type === 'group' && b.type === 'person' && (LEADERS_LISTED.test(after) || commandersListed)) {
      for (let j = k + 1; j < inS.length; j++) {
        const x = inS[j] as Named;
        if (x.type !== 'person' || j > k + 1 && !LIST_BETWEEN.test(text.slice((inS[j - 1] as Named).m.end, x.m.start))) break;
        add(x.key, commandersListed ? 'member_of' : 'leader_of', a.key, x.m.start, s, sDates);
      }
    }
    // "SNA factions, led by the Sultan Murad Division and …", "the SDF, dominated by the YPG": the groups that lead or dominate
    // the body's factions are among them
    if (b && (a.type === 'group' || a.type === 'organization') && b.type === 'group' && a.key !== b.key && FACTIONS_LED_BY.test(after)) {
      for (const m of groupsListedFrom(text, inS, k + 1)) if (m.key !== a.key) add(m.key, 'member_of', a.key, m.m.start, s, []);
    }
    // "he belonged to the same JAD cell as X": the one the cell is shared with is one of the group's men
    if (b && a.type === 'group' && b.type === 'person' && SAME_UNIT_AS.test(after) && /\bthe\s+same\s+$/i.test(text.slice(Math.max(s.start, a.m.start - 12), a.m.start))) {
      add(b.key, 'member_of', a.key, b.m.start, s, []);
    }
    // "four ISWAP fighters, including a commander known as X": one of the group's men
    if (b && a.type === 'group' && b.type === 'person' && MEN_INCLUDING.test(after)) {
      add(b.key, 'member_of', a.key, b.m.start, s, []);
    }
    // "the Taliban’s General Directorate of Intelligence", "al-Shabaab’s Amniyat": a body the group owns is part of it
    // (an armed unit of it one of its own: "the NPA’s Front Committee 1", "the ELN’s Northeastern War Front")
    if (b && a.type === 'group' && (b.type === 'organization' || b.type === 'group') && /^[’']s\s+(?:(?:own|internal|intelligence|security|military|armed|political|feared)\s+)*$/i.test(after) &&
      !doc.stateBodies.has(a.key)) {
      add(b.key, UNIT_NAME.test(b.m.text) ? 'member_of' : 'affiliated_with', a.key, b.m.start, s, []);
    }
    // "Hamas’s armed wing, the Qassam Brigades" (its wing, affiliated), "NPA fighters of the Southwest Front", "the ELN’s main
    // faction, the Domingo Laín Front" (a unit of its own)
    if (b && a.type === 'group' && b.type === 'group' && a.key !== b.key && (ARMED_WING_NEXT.test(after) || UNIT_NAME.test(b.m.text) && MEN_OF_UNIT.test(after) ||
      OWN_UNIT_NEXT.test(after))) {
      add(b.key, ARMED_WING_NEXT.test(after) ? 'affiliated_with' : 'member_of', a.key, b.m.start, s, []);
    }
    // "the pro-Islamic State magazine Voice of Hind", "a pro-ISKP channel, X": an outlet or group of the group's supporters
    if (b && a.type === 'group' && (b.type === 'media' || b.type === 'group') && /\bpro-$/i.test(text.slice(Math.max(s.start, a.m.start - 4), a.m.start)) &&
      /^\s+(?:[\w-]+\s+){0,2}?(?:magazine|channel|outlet|website|network|group|publication|newsletter|platform|account|media)s?\s*,?\s*(?:the\s+)?$/i.test(after)) {
      add(b.key, 'affiliated_with', a.key, b.m.start, s, []);
    }
    // "the Wolverine Watchmen, a Michigan militia group", "X, a Wisconsin group": where the appositive's kind of body is
    if (b && (a.type === 'group' || a.type === 'organization') && b.type === 'location' && /^(?:\s*\([^()]{1,20}\))?,\s+(?:an?|the)\s+$/i.test(after) &&
      PLACE_KIND_AFTER.test(text.slice(b.m.end, b.m.end + 50))) {
      add(a.key, 'located_in', b.key, a.m.start, s, []);
    }
    // "Zambada’s faction, known as La Mayiza": the person leads the faction named after it
    if (b && a.type === 'person' && b.type === 'group' && PERSONS_FACTION_KNOWN_AS.test(after)) {
      add(a.key, 'leader_of', b.key, b.m.start, s, sDates);
    }
    // "The BRN’s delegation is headed by X", "its armed wing, led by X": one who heads a part of the group is one of its men
    if (b && a.type === 'group' && b.type === 'person' && GROUP_PART_HEADED_BY.test(after)) {
      add(b.key, 'member_of', a.key, b.m.start, s, sDates);
    }
    // "Lakurawa’s reported ties to ISSP": the group has ties to the other
    if (b && a.type === 'group' && b.type === 'group' && GROUP_TIES_TO.test(after)) {
      add(a.key, 'affiliated_with', b.key, a.m.start, s, []);
    }
    // "Amina Bello, a researcher at the Sahel Policy Institute": a person of the body she works at
    if (b && a.type === 'person' && (b.type === 'organization' || b.type === 'group') && WORKS_AT.test(after)) {
      // ("a former analyst at the NCTC": one who worked there, affiliated with it, no member now)
      add(a.key, /^,\s+(?:an?|the)\s+former\b/i.test(after) ? 'affiliated_with' : 'member_of', b.key, b.m.start, s, []);
    }
    // "a commander of its Jamaat-ul-Ahrar faction": a faction of the group "its" stands for
    if (a.type === 'group' && /\b(?:its|their)\s+$/i.test(text.slice(Math.max(s.start, a.m.start - 8), a.m.start)) && FACTION_AFTER.test(text.slice(a.m.end, a.m.end + 40))) {
      const whole = [...inS.slice(0, k)].reverse().find((x) => x.type === 'group' && x.key !== a.key);
      if (whole) add(a.key, 'member_of', whole.key, a.m.start, s, []);
    }
    // "an ADF camp in Ituri province", "ISWAP's bases near Baga": where the group is (a cell is not: cells are found and dismantled)
    if (b && a.type === 'group' && b.type === 'location' && GROUP_SITE_IN.test(after)) {
      add(a.key, 'located_in', b.key, a.m.start, s, sDates);
    }
    // "the chief of a regional command, General Marta J. Olsen"
    if (b && (a.type === 'organization' || a.type === 'group') && b.type === 'person' && /^,\s+$/.test(after) &&
      /\b(?:leader|head|chief|emir|amir|commander|founder|director|chairman|(?:secretary|director)[ -]general|general secretary)\s+of\s+(?:the\s+)?$/i.test(text.slice(Math.max(s.start, a.m.start - 40), a.m.start))) {
      add(b.key, 'leader_of', a.key, b.m.start, s, sDates);
    }
    // "the Libyan National Army (LNA) of Khalifa Haftar", "the Southern Front, under Cesar Badiate, was based …": the armed group
    // and the one whose it is, who leads it (not "a video by Hamas of X": an agent and what it showed; nor "X’s men": an owner)
    if (b && (a.type === 'group' || a.type === 'organization' && !doc.stateBodies.has(a.key)) && b.type === 'person' && (GROUP_OF_PERSON.test(after) && !/\bby\s+(?:the\s+)?$/i.test(text.slice(Math.max(s.start, a.m.start - 10), a.m.start)) &&
      !/^[’']s\b/.test(text.slice(b.m.end, b.m.end + 3)) || GROUP_UNDER_PERSON.test(after) && /^\s*(?:\([^()]*\)\s*)?[,)]/.test(text.slice(b.m.end, b.m.end + 40)))) {
      add(b.key, 'leader_of', a.key, b.m.start, s, []);
    }
    // "one of ISWAP’s main recruiters and preachers is reportedly … Abu Bilal"
    if (b && a.type === 'group' && b.type === 'person' && GROUP_ROLE_IS.test(after)) {
      add(b.key, 'member_of', a.key, b.m.start, s, sDates);
    }
    // "In Germany, the Vulkangruppe claimed …": the armed group a sentence opens on after the country it frames is there
    if (k === 0 && b && a.type === 'location' && a.m.place?.level === 'country' && b.type === 'group' && /^\s*,\s*(?:the\s+)?$/i.test(after) &&
      COUNTRY_FRAME_BEFORE.test(text.slice(s.start, a.m.start)) && !doc.stateBodies.has(b.key) && !HYPHEN_MODIFIER.test(text.slice(b.m.end, b.m.end + 20)) &&
      !GROUP_AGENT_AFTER.test(text.slice(b.m.end, b.m.end + 30)) && !PEOPLE_OF_GROUP_AFTER.test(text.slice(b.m.end, b.m.end + 20))) {
      add(b.key, 'located_in', a.key, b.m.start, s, []);
    }
    // "the Pacific Centre for Security Studies in Vancouver", "Deep South Watch, a monitoring group in Pattani": where a body is
    // (a body a person works at: "in" after most bodies tells where something else happened, "a summit of the AES in Niamey")
    if (b && b.type === 'location' && (a.type === 'organization' && ORG_IN_PLACE.test(after) && WORKS_AT_BEFORE.test(text.slice(Math.max(s.start, a.m.start - 50), a.m.start)) || (a.type === 'organization' || a.type === 'group') && BODY_KIND_IN_PLACE.test(after)) &&
      !doc.stateBodies.has(a.key)) {
      add(a.key, 'located_in', b.key, a.m.start, s, []);
    }
    // "The Federal Prosecutor's Office in Karlsruhe said …", "the Regional Court in Munich sentenced …": a body the sentence
    // opens on speaks or acts from its seat, the town right after it (a state's body too)
    if (b && b.type === 'location' && a.type === 'organization' && ORG_IN_PLACE.test(after) && b.m.place?.level === 'city' &&
      BODY_OPENS_BEFORE.test(text.slice(s.start, a.m.start)) && BODY_ACTS_AFTER.test(text.slice(b.m.end, b.m.end + 30))) {
      add(a.key, 'located_in', b.key, a.m.start, s, []);
    }
    // "Farhad Hoomer, a Durban businessman", "X, a Lebanese-born businessman in Ciudad del Este", "X, 20, from Leyton": where a
    // person lives and works
    if (b && a.type === 'person' && b.type === 'location' && (/^,\s+an?\s+$/i.test(after) && PERSON_OF_PLACE_AFTER.test(text.slice(b.m.end, b.m.end + 30)) || PERSON_KIND_IN_PLACE.test(after) ||
      PERSON_AGE_FROM.test(after))) {
      add(a.key, 'located_in', b.key, a.m.start, s, []);
    }
    // "Mexico’s Sinaloa Cartel", "Iraq’s Kataib Hezbollah": a country's own armed group is there
    if (b && a.type === 'location' && a.m.place?.level === 'country' && b.type === 'group' && /^[’']s\s+$/.test(after) && !doc.stateBodies.has(b.key)) {
      add(b.key, 'located_in', a.key, b.m.start, s, []);
    }
    // "Radio Liberty’s Dilnoza Karimova": a person of an outlet or body
    if (b && (a.type === 'media' || a.type === 'organization') && b.type === 'person' && /^[’']s\s+$/.test(after)) {
      add(b.key, 'affiliated_with', a.key, b.m.start, s, []);
    }
    if (b && a.type === 'group' && b.type === 'media' && /^(?:[’']s|’|')\s+(?:official\s+)?(?:[\w-]+\s+){0,2}$/i.test(after)) {
      add(b.key, 'published_by', a.key, b.m.start, s, sDates);
    }
    if (b && a.type === 'media' && (b.type === 'group') && /^,?\s+(?:the\s+)?(?:official\s+)?(?:media\s+(?:outlet|arm|wing|foundation)|news agency|mouthpiece|magazine|outlet)\s+(?:of|for)\s+(?:the\s+)?$/i.test(after)) {
      add(a.key, 'published_by', b.key, a.m.start, s, sDates);
    }
    // "al-Qaeda-aligned group al-Shabaab", "the Somalia-based wing of …"
    const hyphen = /^[-–‑](aligned|affiliated|linked|allied|based|backed)\b/i.exec(after);
    if (hyphen) {
      const kind = (hyphen[1] as string).toLowerCase();
      const target = inS.slice(k + 1).find((x) => (x.type === 'group' || x.type === 'organization') && x.m.start - a.m.end < 90);
      const before = inS[k - 1];
      const appositive = before && (before.type === 'group' || before.type === 'organization') &&
        /^,\s+(?:an?|the)\s+(?:[\w-]+\s+)?$/i.test(text.slice(before.m.end, a.m.start));
      // "a Turkey-based facilitator known as X", "a Syria-based Ingush fighter, X": where the person is
      const basedPerson = kind === 'based' && a.type === 'location' && b && b.type === 'person' && BASED_PERSON_GAP.test(text.slice(a.m.end, b.m.start));
      if (basedPerson && b) {
        add(b.key, 'located_in', a.key, b.m.start, s, []);
      } else if (kind === 'based' && a.type === 'location' && before && (appositive || before.type === 'person' && /^,\s+an?\s+$/i.test(text.slice(before.m.end, a.m.start)))) {
        // "Ansaru, a Nigeria-based jihadist faction", "X, a London-based activist"
        add(before.key, 'located_in', a.key, a.m.start, s, []);
      } else if (kind !== 'based' && kind !== 'backed' && a.type === 'group' && appositive && before && /^[-–‑]\w+\s+(?:[a-z][\w-]*\s+){0,2}(?:faction|group|militia|outfit|movement|coalition|network|organi[sz]ation)\b/.test(after)) {
        // "Ansaru, an al-Qaeda-aligned faction that split from Boko Haram": the group the appositive describes
        add(before.key, kind === 'aligned' || kind === 'allied' ? 'allied_with' : 'affiliated_with', a.key, a.m.start, s, []);
      } else if (target && !/[.;]|\b(?:known as|renamed|called|named|rebranded)\b/.test(text.slice(a.m.end, target.m.start)) &&
        // "Turkey-based individuals for providing services to ISKP": the modified noun is not the group after a preposition
        !/\b(?:for|to|with|by|in|on|from|against|at|into|who|which|that)\b/i.test(text.slice(a.m.end + hyphen[0].length, target.m.start))) {
        if (kind === 'based' && a.type === 'location') add(target.key, 'located_in', a.key, a.m.start, s, []);
        else if (kind === 'aligned' || kind === 'allied') add(target.key, 'allied_with', a.key, a.m.start, s, sDates);
        else if (kind === 'affiliated' || kind === 'linked') add(target.key, 'affiliated_with', a.key, a.m.start, s, sDates);
      }
    }
    // "Ansar al-Islam in Burkina Faso", "the Katiba Macina in central Mali", "ISKP fighters in Afghanistan": a group in a
    // country or a province (its fighters there too; not a cell or members, who are found and arrested where they are)
    // ("No attack by JNIM inside Nigeria had been confirmed": not where the text denies it)
    // ("talks between the government and the OLA in Tanzania", "buying weapons for X in Uganda": the place is where the talks or
    // the buying were, not where the group is)
    if (b && a.type === 'group' && b.type === 'location' && GROUP_IN_PLACE.test(after) && !NEGATED_BEFORE.test(text.slice(Math.max(s.start, a.m.start - 40), a.m.start)) &&
      !OBJECT_OF_ACTIVITY.test(text.slice(Math.max(s.start, a.m.start - 80), a.m.start)) &&
      (b.m.place?.level === 'country' || b.m.place?.level === 'admin1' && /^\s+(?:fighters|militants|forces|units|combatants)\b/i.test(after))) {
      add(a.key, 'located_in', b.key, a.m.start, s, []);
    }
    // published through "its" media: "announced … via its al-Kataib outlet"
    const lead = a.type === 'media' ? text.slice(Math.max(s.start, a.m.start - 40), a.m.start) : '';
    // ("on its Telegram channel": the platform an unnamed channel is on is no outlet of the group)
    if (a.type === 'media' && /\b(?:its|their)\b/i.test(lead) && /\b(?:its|their)\s+(?:official\s+)?(?:[\w-]+\s+){0,2}$/i.test(lead) &&
      !/^\s+(?:channels?|accounts?|pages?|groups?|servers?|chats?|feeds?|profiles?)\b/i.test(text.slice(a.m.end, a.m.end + 12))) {
      // ("an apostate partner of the Taliban government, and its magazine": the owner of a government is a modifier, not what "its" stands for)
      const owner = [...inS.slice(0, k)].reverse().find((x) => x.type === 'group' && !HYPHEN_MODIFIER.test(text.slice(x.m.end, x.m.end + 20)) &&
        !ROLE_OF_OWNER.test(text.slice(x.m.end, x.m.end + 30)));
      if (owner) add(a.key, 'published_by', owner.key, a.m.start, s, []);
    }
  }
}

/** Puts each relation's ends the way its type's signature allows, and drops those neither way fits. */
function orient(relations: readonly ExtractedRelation[], typeOf: ReadonlyMap<string, EntityType>): ExtractedRelation[] {
  const out: ExtractedRelation[] = [];
  for (const r of relations) {
    const source = typeOf.get(r.sourceKey);
    const target = typeOf.get(r.targetKey);
    if (!source || !target) continue;
    const way = orientRelation(r.type, source, target);
    if (way === 'keep') out.push(r);
    else if (way === 'swap') out.push({ ...r, sourceKey: r.targetKey, targetKey: r.sourceKey });
  }
  return out;
}

function nearest(dates: readonly DateMention[], at: number): FuzzyDate | null {
  let best: DateMention | null = null;
  let bestD = Infinity;
  for (const d of dates) {
    const years = Number(d.date.end.slice(0, 4)) - Number(d.date.start.slice(0, 4));
    if (years > 1) continue;
    const dist = Math.abs(d.start - at);
    if (dist < bestD) { bestD = dist; best = d; }
  }
  return best?.date ?? null;
}

const SYMMETRIC = new Set<RelationType>(['merged_with', 'allied_with', 'rival_of', 'communicated_with', 'affiliated_with']);

function dedupe(relations: readonly ExtractedRelation[]): ExtractedRelation[] {
  const seen = new Map<string, ExtractedRelation>();
  for (const r of relations) {
    const ends = SYMMETRIC.has(r.type) ? [r.sourceKey, r.targetKey].sort().join('|') : `${r.sourceKey}|${r.targetKey}`;
    const k = `${r.type}|${ends}`;
    const known = seen.get(k);
    if (!known) seen.set(k, r);
    else {
      known.hedge ??= r.hedge;
      known.start ??= r.start;
    }
  }
  return [...seen.values()];
}

/**
 * A person's membership of a group the text also says the person leads is the leadership said twice ("X, a senior ISKP
 * commander … X has led ISKP since 2020"): the leader_of stands, the member_of goes (its dates are the membership's, not the
 * leadership's: "joined in 2012" is no start of "has led since 2020").
 */
function withoutImpliedMembership(relations: readonly ExtractedRelation[]): ExtractedRelation[] {
  const leads = new Set(relations.filter((r) => r.type === 'leader_of').map((r) => `${r.sourceKey}|${r.targetKey}`));
  return relations.filter((r) => r.type !== 'member_of' || !leads.has(`${r.sourceKey}|${r.targetKey}`));
}
