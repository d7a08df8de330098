/**
 * The guards that find a trigger tells no occasion of its own, in the words around it: "could attack", "directed
 * attacks", "more than 600 attacks in 2023" (events in general), "no attacks were recorded", "proved mistaken" (not
 * told as done), "the ministry said in a statement" (no release), "the outlawed IPOB" (no listing made), "the arrested
 * man" (no arrest made), "an attack on press freedom", "convicted for his role in a plot" (another matter), "four
 * soldiers were killed" (no killing of a named person). Each reads only the sentence and the trigger: pure, so their
 * order does not matter (find-events.ts calls the ones that apply to a killing before it reads a police fight's clash).
 */
import type { EventType } from '../../model/index.js';
import type { EventDocumentScope, EventSentenceScope, TriggerRead } from './event-scope.js';
import { isArrestWanted, isForecast, isNegatedOrUnreal, isNegatedPlot, isSpokenOfNotTold } from './negation.js';

/** Words that make a sentence about attacks in general, not one that happened. */
const GENERIC = /\b(?:could|would|will|might|if|warn(?:ed|s|ing)? of|warnings? (?:of|about)|in the coming|increasingly|(?:has|have) (?:long|often|frequently|repeatedly|regularly)|threat of|threaten(?:ed|s|ing)? to|vow(?:ed|s)? to|promis(?:ed|es) to|capabilit(?:y|ies)|ability to|aspir(?:e|ation)|intent(?:ion)? to|call(?:ed|s)? for|call(?:ed|s|ing)? (?:on|upon)|calling for|willing(?:ness)? to|responsible for(?!\s+(?:the|this|that|both|these)\s)|urg(?:ed|es|ing)|encourag(?:ed|es|ing)|inspir(?:e|ing)|in the future|seek(?:s|ing)?|strateg(?:y|ies) of|tactics? of|capacity|inspiration for|once an?)\b/i;

/**
 * Words about events in general, a trend, a habit, a running total or a tally, not one occasion: "could attack",
 * "recruited gangs to attack", "directed attacks", "has regularly released", "more than 600 attacks in 2023".
 */
export function isNoOneOccasion(scope: EventSentenceScope, t: TriggerRead): boolean {
  const { sentence, sDates } = scope;
  const { type, m } = t;
  // generic statements ("could attack", "threatened to increase attacks") report no event
  const clause = sentence.slice(Math.max(0, m.index - 60), m.index + m[0].length);
  if ((type === 'attack' || type === 'plot' || type === 'clash') && (GENERIC.test(clause) || MODAL.test(sentence.slice(0, m.index)) || CONDITIONAL_AFTER.test(sentence.slice(m.index)))) return true;
  // "recruited gangs to attack Israeli targets", "calling on migrants to carry out attacks": a purpose, not an occasion
  if ((type === 'attack' || type === 'clash') && (PURPOSE_CARRY_OUT.test(sentence.slice(Math.max(0, m.index - 60), m.index)) ||
    (/^(?:attack|bomb|strike|storm|ambush|assault|raid|target)$/i.test(m[0]) && /\bto\s+$/i.test(sentence.slice(Math.max(0, m.index - 4), m.index))))) return true;
  // "agreed to stop attacking U.S. ships", "did not halt attacks on vessels": attacks ended or going on, no one occasion
  if ((type === 'attack' || type === 'clash') && /\b(?:stop(?:s|ped|ping)?|halt(?:s|ed|ing)?|cease[sd]?|ceasing|end(?:s|ed|ing)?|suspend(?:s|ed|ing)?|pause[sd]?|pausing|resume[sd]?|resuming|continue[sd]?|continuing|ongoing)\s+(?:its\s+|their\s+|all\s+|the\s+)?(?:[\w-]+\s+)?$/i.test(sentence.slice(Math.max(0, m.index - 30), m.index))) return true;
  // "a senior leader in Kabul who directed attacks in the capital", "financed bombings": a part played in many, no one occasion
  if (type === 'attack' && /^(?:attacks|bombings|assaults|ambushes|shootings)$/i.test(m[0]) && ROLE_IN_MANY_BEFORE.test(sentence.slice(Math.max(0, m.index - 40), m.index))) return true;
  // "has shifted from sectarian bombings towards the assassination of governors": a change of method, no one occasion
  if ((type === 'attack' || type === 'clash' || type === 'killing') && SHIFT_OF_METHOD.test(sentence.slice(Math.max(0, m.index - 120), m.index))) return true;
  // "after that strike, attacks on U.S. forces almost stopped": attacks that ended, no one occasion
  if ((type === 'attack' || type === 'clash') && /^[^.;,]{0,60}?\b(?:(?:almost|largely|nearly|virtually|all but|effectively|soon)\s+)?(?:stopped|ceased|ended|halted|subsided|dried up)\b/i.test(sentence.slice(m.index + m[0].length).replace(INITIALISM, 'X'))) return true;
  // "has killed more than 1,000 civilians since 2022", "its police have arrested more … since": a running total, not one occasion
  if ((type === 'attack' || type === 'clash' || type === 'arrest') && /\b(?:has|have)\s+(?:\w+\s+)?$/i.test(sentence.slice(Math.max(0, m.index - 20), m.index)) && /\bsince\b/i.test(sentence)) return true;
  // "has regularly released audio sermons": a habit, not an occasion
  if (HABITUAL.test(sentence.slice(Math.max(0, m.index - 40), m.index))) return true;
  // "where it attacks villages": a verb in the present tells what a group does, not what it did
  if (PRESENT_VERB.test(m[0]) && PRESENT_SUBJECT.test(sentence.slice(Math.max(0, m.index - 40), m.index))) return true;
  // "individuals arrested or killed in connection with plots and attacks": a tally of people and plots, no one occasion
  if (type !== 'propaganda' && AGGREGATE.test(sentence.slice(Math.max(0, m.index - 50), m.index + m[0].length + 50))) return true;
  // "has increasingly targeted … for attacks": a trend told in the present perfect
  if ((type === 'attack' || type === 'clash' || type === 'plot') && /\b(?:has|have|had)\s+(?:both\s+|also\s+|all\s+)?increasingly\b[^;:]*$/i.test(sentence.slice(0, m.index))) return true;
  // "more than 600 attacks in 2023", "a series of attacks": a tally, kept as a figure, not one event
  // ("a series of coordinated attacks … on 26 August 2024" is one occasion: a day is named)
  if (TALLY.test(sentence.slice(Math.max(0, m.index - 40), m.index)) && /(?:attacks|ings|explosions|blasts|strikes|raids|ambushes|assaults|IEDs|plots|arrests|detentions)\b/i.test(m[0]) &&
    !sDates.some((d) => d.date.precision === 'day')) return true;
  // "ISKP's attacks in 2024 demonstrated its reach", "its bombings of Shia mosques in 2021": a group's attacks over a year,
  // no one occasion (one told to its month or day is: "its attacks of 22 March")
  if (/^(?:attacks|bombings|strikes|raids|assaults|ambushes|killings|suicide attacks)(?:\s+(?:on|against))?$/i.test(m[0]) &&
    /(?:\b(?:its|their|his|her)|['’]s)\s+(?:[\w-]+\s+)?$/i.test(sentence.slice(Math.max(0, m.index - 30), m.index)) &&
    !sDates.some((d) => d.date.precision === 'day' || d.date.precision === 'month')) return true;
  // "20 plots had been foiled since 2013", "dozens of attacks were thwarted": a tally as the subject of a passive verb of foiling
  if ((type === 'plot' || type === 'arrest') && /^(?:foiled|thwarted|disrupted|prevented|averted)\b/i.test(m[0]) &&
    COUNTED_SUBJECT_BEFORE.test(sentence.slice(Math.max(0, m.index - 70), m.index)) && !sDates.some((d) => d.date.precision === 'day')) return true;
  // "the deadliest attacks of its history": a superlative over many attacks, not one of them
  if (/(?:attacks|ings|strikes|raids|assaults)$/i.test(m[0]) && /\b(?:deadliest|largest|biggest|worst|bloodiest|most (?:lethal|serious|deadly))\s+(?:[\w-]+\s+)?$/i.test(sentence.slice(Math.max(0, m.index - 40), m.index))) return true;
  // "the first major assault on the capital since 2016": a comparison with the past, not an event then
  if (type === 'attack' && /\b(?:first|deadliest|largest|biggest|worst|bloodiest|most serious)\s+(?:[\w-]+\s+){0,2}$/i.test(sentence.slice(Math.max(0, m.index - 40), m.index)) &&
    /\bsince\b/i.test(sentence.slice(m.index))) return true;
  return false;
}

/**
 * An event the sentence says did not happen, is wanted or forecast, commemorated, spoken of or refuted: "no attacks were
 * recorded", "a reward for information leading to his arrest", "the anniversary of the AMIA attack", "proved mistaken".
 */
export function isNotTold(scope: EventSentenceScope, t: TriggerRead): boolean {
  const { sentence } = scope;
  const { type, m } = t;
  // "no attacks were recorded", "did not attack", "denied reports that …", "plans to attack": nothing happened
  if (type !== 'plot' ? isNegatedOrUnreal(sentence, m.index) : isNegatedPlot(sentence, m.index)) return true;
  // "a reward for information leading to his arrest", "further arrests are probable in June": wanted or forecast, not made
  if (type === 'arrest' && isArrestWanted(sentence, m.index)) return true;
  if (VIOLENT.has(type) && isForecast(sentence, m.index, m[0])) return true;
  // "on the eve of the 25th anniversary of the AMIA attack": a commemoration of an event told (or not) elsewhere
  if (VIOLENT.has(type) && /\banniversary of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,4}$/i.test(sentence.slice(Math.max(0, m.index - 60), m.index))) return true;
  if ((type === 'attack' || type === 'clash' || type === 'killing') && isSpokenOfNotTold(sentence, m.index, m[0])) return true;
  // "Reports in 2010 that he had been killed by a drone strike proved mistaken": a report the sentence refutes
  // (a cheap look for the refuting words first: the check runs for every trigger)
  if (/\b(?:prov|turned out|shown to)/i.test(sentence) && REFUTED_AFTER.test(sentence.slice(m.index + m[0].length).replace(INITIALISM, 'X')) && /\b(?:reports?|rumou?rs?|claims?)\b[^.;]*$/i.test(sentence.slice(0, m.index).replace(INITIALISM, 'X'))) return true;
  // "a similar attack in Warsaw, which did not happen", "a bombing that never took place": told only to say it did not happen
  if (VIOLENT.has(type) && DID_NOT_HAPPEN_AFTER.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 80))) return true;
  return false;
}

/**
 * A claim, a statement or a pledge that is no release of propaganda of its date: an authority's word, no claim or claims
 * in general, a later claim, footage that surfaced, a pledge a release shows or one made before, a denial.
 */
export function isNoReleaseTold(doc: EventDocumentScope, scope: EventSentenceScope, t: TriggerRead): boolean {
  const { text, stateKeys } = doc;
  const { s, sentence, inS, sDates } = scope;
  const { type, m, at } = t;
  // "the office said in a written statement", "the ministry stated on its website": an authority's word, no release of propaganda
  // (a group's or an outlet's statement is one)
  if (type === 'propaganda' && /^(?:stated|posted|announced|declared|wrote|said)\b/i.test(m[0]) && !inS.some(({ m: x }) => x.type === 'group' || x.type === 'media')) return true;
  // "has claimed no attacks since 2019", "had first claimed attacks in Benin in 2022": no claim, or claims in general
  if (type === 'propaganda' && (/\b(?:no|not|never)\b/i.test(m[0]) || (/^claimed (?:[\w-]+ )?(?:attacks|operations|bombings|killings|raids)\b/i.test(m[0]) && !sDates.some((d) => d.date.precision === 'day')))) return true;
  // "killed in June 2024, in attacks that ISCAP later claimed through Amaq": the date is the attacks', not the claim's
  // ("the group later released a video of the attack": a release some time after the day the sentence gives)
  if (type === 'propaganda' && (/\blater claimed$/i.test(m[0]) || /\b(?:later|subsequently|afterwards)\s+$/i.test(sentence.slice(Math.max(0, m.index - 14), m.index)))) return true;
  // "Säpo said in a statement": a state body or officials speaking is no propaganda
  if (type === 'propaganda' && /^(?:stated|announced|declared|wrote|said)\b/i.test(m[0]) && (STATE_SPEAKER_BEFORE.test(sentence.slice(Math.max(0, m.index - 40), m.index)) ||
    inS.some(({ m: x, key }) => stateKeys.has(key) && x.end <= at && at - x.end <= 30 && !/[.;,]/.test(text.slice(x.end, at))))) return true;
  // "arrested X, who had pledged allegiance to ISIS", "a gunman who had pledged allegiance to IS killed four": the pledge that
  // describes the one the sentence tells of, made before and dated by nothing in its clause, is no event of that date
  if (type === 'pledge' && /\b(?:who|which|that)\s+had\s+(?:(?:already|previously|earlier|reportedly|allegedly|also|secretly|publicly)\s+)?$/i.test(sentence.slice(Math.max(0, m.index - 40), m.index))) {
    const clauseEnd = (() => { const cut = /[,;:.]/.exec(sentence.slice(m.index + m[0].length)); return cut ? m.index + m[0].length + cut.index : sentence.length; })();
    if (!sDates.some((d) => d.start >= at && d.start < s.start + clauseEnd)) return true;
  }
  // "a video in which a masked man pledged allegiance to the group": the pledge is what the release shows
  if (type === 'pledge' && RELEASE_SHOWS_BEFORE.test(sentence.slice(Math.max(0, m.index - 120), m.index))) return true;
  // "Videos circulated on social media show soldiers among bodies", "videos circulated of fighters abusing …": footage
  // that surfaced, released by no one the sentence names, is evidence of what it shows, not a release of propaganda
  // ("in a video circulated in August, the commander told fighters …" is one)
  if (type === 'propaganda' && /^(?:videos?|footage|images?|photos?|photographs?)\s+(?:(?:was|were|have been|had been)\s+)?(?:circulated|surfaced|emerged)\b/i.test(m[0]) &&
    /^\s+(?:of\b|(?:[\w-]+\s+){0,8}?(?:show(?:s|ed|ing)?|appear(?:s|ed)? to show|depict\w*)\b)/i.test(sentence.slice(m.index + m[0].length)) &&
    !inS.some(({ m: x }) => (x.type === 'group' || x.type === 'media') && x.end <= at)) return true;
  // "the ISKP-claimed attack on the concert hall", "its first claimed operation": an attack named by its claim, no release told
  if (type === 'propaganda' && /^claimed (?!(?:the|this|that|these|those|both|a|an|its|their|his|her|responsibility|credit)\b)/i.test(m[0]) &&
    (/[-‐]$/.test(sentence.slice(Math.max(0, m.index - 1), m.index)) || /\b(?:its|their|his|her|the|a|an|first|only|last|latest|earliest)\s+$/i.test(sentence.slice(Math.max(0, m.index - 12), m.index)))) return true;
  // "the TTP issued a statement denying involvement": a denial, not a release of propaganda
  if (type === 'propaganda' && DENYING_AFTER.test(sentence.slice(m.index + m[0].length))) return true;
  return false;
}

/** A listing or a ban named as a standing status or by the way, not made in the sentence: "which is banned", "the outlawed IPOB". */
export function isNoListingMade(scope: EventSentenceScope, t: TriggerRead): boolean {
  const { sentence } = scope;
  const { type, m } = t;
  // "the cell of ISKP, which is banned in the country", "the group is designated a terrorist organisation": a standing status, no act
  if ((type === 'designation' || type === 'policy') && (/^(?:is|are)\s/i.test(m[0]) ||
    /\b(?:is|are|remains?)\s+(?:(?:also|still|now|officially|formally)\s+)?$/i.test(sentence.slice(Math.max(0, m.index - 25), m.index)))) return true;
  // "the outlawed IPOB", "a banned group", "the proscribed organisation": a listing named by the way, not made in the sentence
  // (but "became a proscribed organisation on 5 July" makes it)
  if ((type === 'designation' || type === 'policy') && /^(?:outlawed|banned|proscribed|sanctioned|designated|blacklisted)\b/i.test(m[0]) &&
    ATTRIBUTIVE_BEFORE.test(sentence.slice(Math.max(0, m.index - 30), m.index)) && !/\b(?:became|become|becomes|becoming|declared|named)\s+\S+\s+(?:\S+\s+)?$/i.test(sentence.slice(Math.max(0, m.index - 40), m.index))) return true;
  return false;
}

/** A thing seized or stopped, or a suspect already held, not a person arrested: "a communiqué that was captured", "the arrested man". */
export function isNoArrestMade(scope: EventSentenceScope, t: TriggerRead): boolean {
  const { sentence } = scope;
  const { type, m } = t;
  // "a communiqué that was captured in Afghanistan": a thing seized, not a person arrested
  if (type === 'arrest' && /^(?:was|were)\s/i.test(m[0]) && /\b(?:that|which)\s+$/i.test(sentence.slice(Math.max(0, m.index - 12), m.index))) return true;
  // "The device was intercepted", "drones …, most of which were intercepted": a thing stopped, not a person arrested
  if (type === 'arrest' && /intercepted$/i.test(m[0]) && INTERCEPTED_THING_BEFORE.test(sentence.slice(Math.max(0, m.index - 60), m.index))) return true;
  // "one of the detained attackers", "the arrested man": a suspect already held, not an arrest the sentence tells
  if (type === 'arrest' && /^(?:detained|arrested|captured)\b/i.test(m[0]) && HELD_BEFORE.test(sentence.slice(Math.max(0, m.index - 20), m.index))) return true;
  // ("78 detained protesters suffocated": a count of people held, described by the participle, not their arrest)
  if (type === 'arrest' && /^(?:detained|arrested|captured)\s*$/i.test(m[0]) && COUNT_BEFORE.test(sentence.slice(Math.max(0, m.index - 20), m.index)) &&
    HELD_NOUN_AFTER.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 30))) return true;
  return false;
}

/**
 * A trigger's words that tell something other than the violence they name: a police search, a bomb being made, a shot
 * that opens a police fight, a demolition, an attack on an idea or in words, an illness, a conflict's toll, a trial, a
 * release's subject, a party's word of how someone died.
 */
export function isAnotherMatter(scope: EventSentenceScope, t: TriggerRead): boolean {
  const { sentence, found } = scope;
  const { type, m } = t;
  // a raid with no fight told is no clash: one police make is a search ("Police raided its headquarters in Amman and sealed
  // it", "officers raided a farmhouse and seized 40 kg of C4"; an arrest it makes is told by its own words), and one that
  // arrests is the arrest ("police raids on three flats led to four arrests")
  if ((type === 'attack' || type === 'clash') && /^(?:raided|raids?|searched)\b/i.test(m[0]) && !FIGHT_TOLD.test(sentence) &&
    (POLICE_BEFORE.test(sentence.slice(Math.max(0, m.index - 120), m.index)) || (type === 'clash' && found.some((f) => f.type === 'arrest')))) return true;
  // "arrested five men who were allegedly preparing a car bomb": a bomb being made is a plot's (read as one), no attack
  if (type === 'attack' && /^(?:car bomb|(?:SV|PB|V)?IEDs?)\b/i.test(m[0]) && /\b(?:preparing|building|assembling|manufacturing|making)\s+(?:an?\s+)?(?:[\w-]+\s+)?$/i.test(sentence.slice(Math.max(0, m.index - 40), m.index))) return true;
  // "The attacker, X, was shot dead by police", "he fired at officers, who returned fire and killed him", "a third suspect
  // opened fire and was killed": an attacker or a suspect the police kill in a fight is their clash, not a targeted killing
  // (told by the killing the sentence told before it, "X was beheaded by Y, who was shot dead by police", it is that one's end)
  // ("police killed him in Mombasa": a figure the police killed, no fight told, stays a killing)
  // ("a third suspect opened fire and was killed" in a raid: the shot he fired opens that clash, no attack of its own)
  // ("suspects were killed in a shoot-out after they opened fire on a police team": so is a shot at the police that opens a shoot-out)
  if (type === 'attack' && /^opened fire$/i.test(m[0]) && ((/^\s+and\s+(?:was|were)\s+(?:\w+ly\s+)?(?:killed|shot dead)\b/i.test(sentence.slice(m.index + m[0].length)) &&
    POLICE_OR_RAID.test(sentence)) || (/^\s+(?:on|at)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:police|officers|policemen|police team|police patrol|troops|soldiers|security forces)\b/i.test(sentence.slice(m.index + m[0].length)) &&
    found.some((f) => f.type === 'clash' && /^(?:shoot-?outs?|firefight|gun ?battle)$/i.test(f.m[0]))))) return true;
  // "demolished in controlled explosions": a demolition, not an attack
  // ("a suspicious package … was safely detonated by the bomb squad": a device disposed of)
  if ((type === 'attack' || type === 'clash') && (/\b(?:controlled|safely)\s+$/i.test(sentence.slice(Math.max(0, m.index - 12), m.index)) ||
    /^\s+(?:safely\s+)?by\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?(?:bomb squad|bomb disposal|sappers|deminers|explosive ordnance)/i.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 60)))) return true;
  // "an attack on press freedom", "an assault on democracy": an act against an idea, not violence
  if (type === 'attack' && /^(?:attacks?|assaults?)$/i.test(m[0]) && ABSTRACT_TARGET_AFTER.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 50))) return true;
  // "a civil war that killed more than a million people", "the insurgency, which has killed 40,000": the toll of a conflict, no occasion
  if ((type === 'attack' || type === 'killing') && /^kill/i.test(m[0]) && CONFLICT_TOLL_BEFORE.test(sentence.slice(Math.max(0, m.index - 50), m.index))) return true;
  // "died of a heart attack": an illness, not violence
  if (type === 'attack' && /^attacks?$/i.test(m[0]) && /\b(?:heart|panic|asthma)\s+$/i.test(sentence.slice(Math.max(0, m.index - 8), m.index))) return true;
  // "Musk attacked the order publicly": words against a decision, not violence
  if (type === 'attack' && /^attack(?:ed|s)$/i.test(m[0]) && VERBAL_ATTACK_AFTER.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 60))) return true;
  // "convicted in 2019 for his role in a plot against the palace": the date is the trial's; the plot was told (or not) elsewhere
  // ("the trial of X before the district court for the killing of Y, which opened on 28 October": the date is the trial's)
  if ((type === 'plot' || type === 'attack' || type === 'killing') && (TRIED_FOR.test(sentence.slice(Math.max(0, m.index - 90), m.index)) ||
    TRIAL_FOR.test(sentence.slice(Math.max(0, m.index - 130), m.index)))) return true;
  if ((type === 'attack' || type === 'clash') && MEDIA_ABOUT.test(sentence.slice(Math.max(0, m.index - 60), m.index))) return true;
  // "IS claimed that he had died in clashes with HTS": how a party says someone died, not a clash the report tells
  if ((type === 'clash' || type === 'attack') && DIED_IN.test(sentence.slice(Math.max(0, m.index - 40), m.index)) &&
    CLAIMED_THAT.test(sentence.slice(0, m.index))) return true;
  return false;
}

/** A killing that is no targeted killing of a person the sentence names: a count of an attack's dead, one of many, a remembrance, a death of wounds. */
export function isNoKillingOfTheNamed(doc: EventDocumentScope, scope: EventSentenceScope, t: TriggerRead): boolean {
  const { text } = doc;
  const { sentence, inS, pronounPerson } = scope;
  const { type, m, at } = t;
  if (type === 'killing' && !inS.some(({ m: x }) => x.type === 'person') && !pronounPerson) return true;
  // "the spokesman, X, said five people were killed", "four soldiers were killed": a count of an attack's or a clash's dead
  // (told by the event it counts), not the killing of a person the sentence names
  // ("two gunmen assassinated the mayor": the count is of the killers, the verb active)
  if (type === 'killing' && (/^(?:were|been)\b/i.test(m[0]) || /\b(?:were|been)\s+(?:\w+ly\s+)?$/i.test(sentence.slice(Math.max(0, m.index - 20), m.index))) &&
    COUNTED_DEAD_BEFORE.test(sentence.slice(Math.max(0, m.index - 80), m.index))) return true;
  // "a suicide bombing at the seminary killed its head, X, and at least seven others": one of the many a bombing killed, told by
  // that attack, not a targeted killing of its own ("killed with 13 others in what police described as an escape attempt" is one)
  if (type === 'killing' && MANY_OTHERS_AFTER.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 120)) && BOMBING_WORD.test(sentence.slice(0, m.index))) return true;
  // "on the fifth anniversary of the death of X": a remembrance on that day, not a killing
  if (type === 'killing' && /\banniversary of (?:the )?$/i.test(sentence.slice(Math.max(0, m.index - 30), m.index))) return true;
  // "a police officer, X, died of his wounds two days later": a victim of the attack told, not a killing of its own
  if (type === 'killing' && /^died\b/i.test(m[0]) && /^\s+(?:later\s+)?(?:of|from)\s+(?:his|her|their|the)\s+(?:wounds|injuries)\b/i.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 30))) return true;
  // "Dicko died in 2017": a named figure's death, not anyone's dying near a name
  if (type === 'killing' && /^died\b/i.test(m[0])) {
    const named = [...inS].reverse().find(({ m: x }) => x.end <= at);
    if (!named || named.m.type !== 'person' || !/^(?:\s*,[^,.;]{0,80})?\s*,?\s+(?:(?:reportedly|allegedly|later|then|subsequently)\s+)?$/i.test(text.slice(named.m.end, at))) return true;
  }
  return false;
}

/** The police or a raid: who fought the one killed. */
export const POLICE_OR_RAID = /\b(?:police(?:men)?|officers|gendarmes|raid)\b/i;

/** "… proved mistaken", "… turned out to be false": the report before it was wrong. */
const REFUTED_AFTER = /^[^.;]*?\b(?:proved|proven|turned out to be|were later shown to be|was later shown to be)\s+(?:\w+\s+)?(?:mistaken|false|wrong|untrue|unfounded|incorrect|baseless)\b/i;

/** Before a pledge a release shows: "published a video in which a masked man … pledged", "an audio message where he swore". */
const RELEASE_SHOWS_BEFORE = /\b(?:video|audio|recording|message|footage|statement)\s+(?:in which|where|showing)\b[^.;]*$/i;

/** Officials or a state body as the speaker right before "said in a statement". */
const STATE_SPEAKER_BEFORE = /\b(?:police|officials?|authorities|ministry|prosecutors?|government|army|military|intelligence|security service|agency|court|spokesman for the (?:police|army|ministry))\s+(?:also\s+|later\s+)?$/i;

/** "to carry out attacks", "to stage an attack": what someone was sent, called or recruited to do. */
const PURPOSE_CARRY_OUT = /\bto\s+(?:carry out|conduct|launch|stage|mount|commit|perpetrate|execute)\s+(?:an?\s+|the\s+|further\s+|more\s+)?(?:[\w-]+\s+){0,2}$/i;

/** Before a plural trigger, a part played in many: "directed attacks", "who organised suicide bombings", "financing ambushes". */
// ("directed the brigade's attacks in 2025": a possessive among the words between)
const ROLE_IN_MANY_BEFORE = /\b(?:direct|plann?|organi[sz]|order|coordinat|mastermind|financ|fund|facilitat|oversaw|oversee|inspir|recruit(?:ed|ing)? (?:\w+ )?for)(?:ed|es|s|ing)?\s+(?:[\w’'-]+\s+){0,2}$/i;

/** Before a trigger, a change of method or target told as a trend: "shifted from … bombings", "moved away from X towards the assassination of". */
const SHIFT_OF_METHOD = /\b(?:shift(?:ed|ing|s)?|mov(?:ed|ing)|turn(?:ed|ing)|pivot(?:ed|ing)|switch(?:ed|ing)|transition(?:ed|ing)|evolv(?:ed|ing))\s+(?:(?:away|back)\s+)?from\s+(?:[^.;:]{0,80}\s(?:to|towards?)\s+)?(?:the\s+|an?\s+)?(?:(?!(?:and|then|but|or)\s)[\w-]+\s+){0,3}$/i;

/** A police body or its officers as the subject before a raid: "Police raided", "officers of the General Directorate … raided". */
const POLICE_BEFORE = /\b(?:police|policemen|officers|investigators|detectives|agents|gendarmes|gendarmerie|prosecutors|counter-?terrorism (?:police|unit|officers)|security service|intelligence (?:service|agency|officers))\b[^;:]*$/i;

/** Words that tell a fight, not only an arrest: "killed", "exchange of fire", "wounded". */
const FIGHT_TOLD = /\b(?:kill(?:ed|ing)|dead|died|wound(?:ed|ing)|injur(?:ed|ing)|shot|fire(?:fight)?|gun ?battle|shoot-?out|clash(?:ed|es)?|resist(?:ed|ance))\b/i;

/** After a killed figure: ", and at least seven others", " and more than 128 other people": many more killed with him. */
const MANY_OTHERS_AFTER = /^[^.;]{0,90}?,?\s+and\s+(?:(?:at least|more than|over|some|about|nearly|around|almost)\s+)?(?:\d[\d,]*|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds|several|many)\s+(?:other\s+(?:people|persons|civilians|worshippers|students|passengers)|others)\b/i;

/** A bombing's words: one group's bomber at another group's men is an attack, not a clash between them ("an ISKP suicide bomber … the Taliban"). */
export const BOMBING_WORD = /\b(?:bomb(?:ing|ings|ed|ers?)?|suicide|IEDs?|VBIEDs?|explosions?|blasts?|detonated|grenade)\b/i;

/** "arrested or killed", "plots and attacks linked to": people or events counted together, not one occasion. */
const AGGREGATE = /\b(?:arrested|detained|killed|captured|convicted|charged|prosecuted) (?:or|and\/or) (?:arrested|detained|killed|captured|convicted|charged|prosecuted)\b|\b(?:in connection with|linked to|related to|involved in|involvement in|tied to|connected (?:to|with))\s+(?:[\w-]+\s+){0,2}(?:plots|attacks)\b/i;

/** "An attack campaign … would indicate", "a single attack … can trigger a war": the sentence's verb makes the attack a supposition. */
const CONDITIONAL_AFTER = /^[^;:]*?\b(?:would|could|might|can)\s+(?:\w+\s+)?(?:indicate|suggest|signal|mean|show|demonstrate|represent|require|be|have|trigger|provoke|spark|prompt|cause|lead)\b/i;

/** "he had died in", "was killed during": the means of a death, before a violent trigger. */
const DIED_IN = /\b(?:died|perished|was killed|were killed|fell)\s+(?:\w+\s+)?(?:in|during|amid)\s+(?:the\s+)?(?:[\w-]+\s+)?$/i;

/** "IS claimed in August 2023 that", "officials said that": what follows is a party's saying. */
const CLAIMED_THAT = /\b(?:claimed|said|says|announced|alleged|asserted|insisted|stated)\b[^;:]{0,60}\bthat\b/i;

/** "attacks", "targets": a verb in the present, third person (a plural noun reads the same, hence PRESENT_SUBJECT). */
const PRESENT_VERB = /^(?:attacks|targets|kills|raids|bombs|ambushes|strikes|abducts|kidnaps)$/i;

/** A subject pronoun right before such a word makes it the verb: "where it attacks", "they still raid". */
const PRESENT_SUBJECT = /\b(?:it|they|he|she|which|who)\s+(?:(?:still|also|now|often|regularly|routinely|frequently|sometimes|mostly|usually)\s+)?$/i;

/** "a statement denying involvement", "a message rejecting responsibility for the attack". */
const DENYING_AFTER = /^\s*(?:\S+\s+){0,3}?(?:denying|disowning|rejecting|refuting|distancing (?:itself|themselves|himself) from)\s+(?:any\s+|all\s+)?(?:involvement|responsibility|role|links?|participation|ties|part|the (?:attack|bombing|claim|reports?))\b/i;

/** Before "was intercepted": a thing as its subject, or "which" referring back to one ("launches …, most of which Israel said were"). */
const INTERCEPTED_THING_BEFORE = /\b(?:devices?|parcels?|packages?|bombs?|drones?|missiles?|rockets?|projectiles?|shipments?|consignments?|cargo|letters?|messages?|communications?|calls?|weapons|arms|launches|vessels?|boats?|which|that)\b[^.;,]*$/i;

/** "the detained", "one of those arrested": a determiner before a participle that describes people already held. */
const HELD_BEFORE = /\b(?:the|those|these|its|their|his|her|of the)\s+(?:\w+\s+)?$/i;

/** A number right before a participle: "78 detained protesters", "three arrested men". */
/**
 * Before "were killed": a count of the dead, "at least seven people", "33 attackers", "four U.S. soldiers and four Nigerien
 * soldiers", "both hostage-takers" (not the people killed with a named one: "X and two of his guards were killed").
 */
const COUNTED_DEAD_BEFORE = /(?<!\b(?:and|with|along with)\s)(?:\b\d[\d,]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds|several|many|both|all))\s+(?:[\w.-]+\s+){0,3}(?:people|persons|civilians|soldiers|troops|attackers|assailants|gunmen|militants|fighters|hostages|hostage-takers|officers|policemen|police officers|guards|members|workers|villagers|passengers|worshippers|others|children|women|men)(?:\s+and\s+(?:[\w.-]+\s+){0,4}?(?:people|civilians|soldiers|troops|officers|policemen|guards|members|others|children|women|men))?\s+(?:(?:were|had been|have been)\s+(?:\w+ly\s+)?)?$/i;

const COUNT_BEFORE = /(?<!\p{Lu}[\p{L}-]*\s)(?:\b\d[\d,]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens of|hundreds of|several))\s+$/iu;

/** The people a participle describes: "detained protesters", "arrested suspects". */
const HELD_NOUN_AFTER = /^\s+(?!(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|an?|the|his|her|their|its)\b)(?:[\w-]+\s+)?(?:protesters|demonstrators|suspects|men|women|people|persons|individuals|militants|fighters|members|detainees|prisoners|students|youths|villagers)\b/i;

/** "the trial of X before the Nara court for", "the judgment … against X for": a court's proceeding over an event told (or not) elsewhere. */
const TRIAL_FOR = /\b(?:trial|retrial|judgment|judgement|verdict|conviction|sentencing|appeal)\b[^.;]{0,100}\b(?:for|over)\s+(?:(?:his|her|their|its)\s+(?:role|part|involvement|participation)\s+in\s+)?(?:(?:an?|the|this|that)\s+)?(?:[\w-]+\s+){0,2}$/i;

/** A determiner right before a participle used as an adjective: "the outlawed", "an already banned". */
const ATTRIBUTIVE_BEFORE = /\b(?:the|an?|its|their|this|that|these|those|another|other)\s+(?:(?:now|already|formally|officially|recently|long)[-\s]+)?$/i;

/** A trial, a sentence or a charge for a plot or an attack: "convicted in 2019 for his role in a plot", "jailed over the bombing". */
const TRIED_FOR = /\b(?:convicted|sentenced|jailed|imprisoned|tried|charged|indicted|acquitted|prosecuted)\b[^.;]{0,60}\b(?:for|over|of|with)\s+(?:(?:his|her|their|its)\s+(?:role|part|involvement|participation)\s+in\s+)?(?:(?:an?|the|this|that)\s+)?(?:[\w-]+\s+){0,2}$/i;

const HABITUAL = /\b(?:frequently|regularly|routinely|often|typically|usually|habitually|rarely|seldom|never|continues to|continued to|tends? to)\s+(?:[\w-]+\s+){0,2}$/i;

export const MODAL = /\b(?:would|will|could|might|may|should)\s+(?:likely\s+|probably\s+|also\s+|not\s+)?(?:employ|use|conduct|carry|launch|seek|attempt|try|target|attack|strike|plan|be)\b/i;

/** "an editorial celebrating the attack", "footage of the bombing": an attack a release is about, told before. */
const MEDIA_ABOUT = /\b(?:celebrat|prais|glorif|laud|hail|commemorat|mock|footage of|video of|coverage of|claim(?:ed|s)? for|responsibility for)\w*\s+(?:the|this|that|its)\s+(?:[\w-]+\s+){0,3}$/i;

/** A count or a word of many: "20", "dozens of", "a series of", "repeated" (not a year). */
const COUNT_WORDS = String.raw`(?:(?<![\d,])(?!(?:19|20)\d\d\b)\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|a dozen|a handful of|several|numerous|many|dozens of|hundreds of|scores of|a series of|a wave of|multiple|frequent|repeated|reported|recorded|documented|total|number of|fewer|more|less)`;

/** A count right before a trigger's noun: "more than 600 ", "a series of coordinated ". */
const TALLY = new RegExp(`${COUNT_WORDS}\\s+(?:[\\w-]+\\s+){0,2}(?:(?:and|or)\\s+[\\w-]+\\s+)?$`, 'i');

/** "20 plots had been ", "dozens of attacks were ": counted plots or attacks as the subject of a passive verb right after. */
const COUNTED_SUBJECT_BEFORE = new RegExp(`${COUNT_WORDS}\\s+(?:[\\w-]+\\s+){0,2}(?:plots|attacks|attempts|conspiracies|operations|bombings)\\s+(?:(?:had|have|has)\\s+been|were|are|being)\\s+(?:\\w+ly\\s+)?$`, 'i');

/** After "an attack": an idea as what it is on ("on press freedom", "against democracy", "on the rule of law"). */
const ABSTRACT_TARGET_AFTER = /^\s+(?:on|against|upon)\s+(?:the\s+|our\s+|its\s+|their\s+)?(?:press freedom|media freedom|freedoms?|democracy|(?:the\s+)?rule of law|(?:human\s+)?rights|sovereignty|(?:the\s+)?constitution|values|(?:the\s+)?judiciary|independence|dignity|free speech|freedom of [\w-]+|the press|journalism|pluralism|secularism|civil liberties|democratic institutions)\b/i;

/** "a civil war that", "the insurgency, which has": a conflict as the subject of a verb of killing, right before it. */
const CONFLICT_TOLL_BEFORE = /\b(?:war|wars|conflict|insurgency|insurrection|uprising|rebellion|violence|famine|crisis)\s*,?\s+(?:that|which)\s+(?:(?:has|have|had)\s+)?(?:(?:since|so far|reportedly|already)\s+)?$/i;

/** After "attacked": a decision, a text or words as the object, or a manner of speaking ("attacked the order publicly", "attacked ISGS in audio messages"). */
const VERBAL_ATTACK_AFTER = /^\s+(?:(?:the|his|her|its|their|this|that|a|an)\s+)?(?:[\w’'-]+\s+){0,2}(?:order|decision|ruling|verdict|judgment|law|bill|policy|plan|proposal|remarks|comments|statement|report|measure|ban|decree|move|idea|record|claims?|critics|media|press)\b|^\s+(?:[\w’'-]+\s+){0,4}(?:publicly|verbally|in (?:(?:a|an|his|her|its|their)\s+)?(?:[\w-]+\s+)?(?:speech(?:es)?|interviews?|posts?|op-eds?|columns?|statements?|messages?|videos?|recordings?|sermons?|editorials?|articles?)|on (?:social media|X|Twitter|television|TV|air))\b/i;

/** After a trigger: ", which did not happen", "that never took place": an occasion named to say it did not happen. */
const DID_NOT_HAPPEN_AFTER = /^[^.;]{0,60}?,?\s+(?:which|that)\s+(?:(?:did not|didn't|never)\s+(?:happen|take place|materiali[sz]e|occur)|never\s+(?:happened|took place|materiali[sz]ed|occurred)|was never (?:carried out|made))\b/i;

/** "U.S.", "U.K.", "U.A.E.": initials whose stops end no sentence. */
export const INITIALISM = /\b(?:\p{Lu}\.){2,}/gu;

export const VIOLENT = new Set<EventType>(['attack', 'clash', 'killing', 'plot', 'arrest']);
