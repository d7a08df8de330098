/**
 * Negation and modality around an event's trigger: "no attacks were recorded", "did not attack",
 * "denied reports that militants had bombed", "failed to storm", "without incident or attack",
 * "plans to attack", "will likely attack", "looked set to strike". Such a statement reports no
 * event that happened.
 */
const NEGATOR = /\b(?:no|not|never|neither|nor|none|denied|denies|deny|denying|refuted|rejected (?:reports|claims)|dismissed (?:reports|claims)|without|failed to|fails to|fail to|unable to|n[’']t|rather than|instead of|absence of|free of|zero)\b(?! (?:fewer|less|more than|longer|doubt|only|least|far|sooner|exception|later|earlier)\b)/i;
const FUTURE = /\b(?:will|would|could|might|plans? to|planning to|planned to|intends? to|intended to|aims? to|aimed to|expected to|(?:looks?|looked|seems?|seemed|is|was|are|were) set to|threaten(?:s|ed)? to|vow(?:s|ed)? to|prepar(?:es|ed|ing) to|poised to|going to|likely to|whether (?:or not )?to)\s+(?:[\w-]+\s+){0,2}$/i;
/** "may attack" (the verb; "9 May 2024" is the month). */
const MAY = /\bmay\s+(?:[\w-]+\s+){0,2}$/;

/** Before a trigger, what a report or a claim said: "Reports that an explosion …", "media reports in March that the group had …", "reports in some media on Tuesday evening that …". */
const REPORTED_THAT_BEFORE = /\b(?:reports?|claims?|allegations?|rumou?rs?|suggestions?|assertions?|accounts?)(?:\s+[^\s.;:,]+){0,7}?\s+that\b[^;:]*$/i;
/** After it, the verdict that the report is false: "… are also untrue", "… was unfounded", "… proved false". */
// ("Media reports in 2025 that he had been killed in an airstrike have not been confirmed": a report left unconfirmed tells no event either)
const FOUND_UNTRUE_AFTER = /^[^;:]*?\b(?:(?:is|are|was|were|has been|have been|proved|proven|turned out to be)\s+(?:(?:also|entirely|completely|wholly|simply|likewise)\s+)?(?:untrue|false|unfounded|baseless|fabricated|incorrect|inaccurate|groundless|not (?:supported|borne out)|contradicted|disproved|denied|dismissed|rejected|refuted)|(?:has|have|had)\s+(?:not|never)\s+been\s+(?:independently\s+|officially\s+)?(?:confirmed|verified|corroborated)|(?:remain|remains|remained)\s+unconfirmed)\b/i;

/** The words before a trigger in its own clause (back to the last ";", ":", "—", ", but" or sentence start). */
function clauseBefore(sentence: string, index: number): string {
  const before = sentence.slice(Math.max(0, index - 120), index);
  const cut = Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('—'), before.lastIndexOf(' – '),
    before.search(/,\s+(?:but|while|whereas|although|though)\s+[^,]*$/i));
  return cut >= 0 ? before.slice(cut + 1) : before;
}

/** Whether the trigger at `index` of `sentence` is negated, denied or not yet real. */
export function isNegatedOrUnreal(sentence: string, index: number): boolean {
  // "Reports that an explosion in the market was linked to the cell are untrue": a report the sentence finds false
  if (REPORTED_THAT_BEFORE.test(sentence.slice(Math.max(0, index - 160), index)) && FOUND_UNTRUE_AFTER.test(sentence.slice(index))) return true;
  const clause = clauseBefore(sentence, index);
  if (/\b(?:denied|denies|deny|denying|refuted)\b/i.test(clause)) return true;
  if (isNegated(clause)) return true;
  return FUTURE.test(clause) || MAY.test(clause);
}

/**
 * Whether a plot's trigger at `index` of `sentence` is negated ("had no information about planned attacks"): a plot
 * is a plan, so only a negation, not a future or a modal, denies it.
 */
export function isNegatedPlot(sentence: string, index: number): boolean {
  return isNegated(clauseBefore(sentence, index));
}

/**
 * A negation in the words of a clause before its trigger. "not far from the border, gunmen attacked": a negation a comma
 * closes off negates nothing after it; "China has not acted, and there is no evidence that its forces struck": the last one counts.
 */
function isNegated(clause: string): boolean {
  // ("No casualties were reported after a grenade was thrown at …": what is denied is harm, not the attack)
  const told = clause.replace(NO_HARM, ' ');
  return NEGATOR.test(told.slice(told.lastIndexOf(',') + 1)) || NEGATION_THEN_ASIDE.test(told);
}
/** "no casualties", "no one was hurt", "without injuries": a negation of the harm an event did, not of the event. */
const NO_HARM = /\b(?:no|without|neither|nor)\s+(?:(?:immediate|further|serious|other|reported|known)\s+)?(?:casualties|injuries|injured|deaths|fatalities|damage|victims)\b|\bno\s*(?:-\s*)?one\s+(?:was\s+|were\s+)?(?:(?:reported|immediately)\s+)?(?:killed|hurt|injured|harmed|wounded)\b/gi;
/** "have not, to our knowledge, arrested", "had never, until then, struck": an aside between commas leaves the negation standing. */
const NEGATION_THEN_ASIDE = /\b(?:not|never|n[’']t)\s*,[^,;]{1,40},\s*$/i;

/**
 * "a warrant for his arrest", "information leading to the arrest of", "prosecutors sought his arrest": an arrest
 * wanted or asked for, not one made.
 */
const WANTED_BEFORE = /\b(?:warrants?\s+for|leading\s+to|sought|seeks?|seeking|call(?:s|ed|ing)?\s+for|demand(?:s|ed|ing)?)\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?(?:[\w-]+\s+)?$/i;

/** Whether the arrest trigger at `index` of `sentence` is one wanted or asked for ("a reward for information leading to his arrest"). */
export function isArrestWanted(sentence: string, index: number): boolean {
  // ("issued an international arrest warrant for him": the warrant, not the arrest)
  return WANTED_BEFORE.test(sentence.slice(Math.max(0, index - 40), index)) || /^arrest\s+warrants?\b/i.test(sentence.slice(index, index + 20));
}

/** After a trigger naming events: "… are probable in June", "… are likely", "… remain possible": a forecast (not "is likely to …"). */
const FORECAST_AFTER = /^\s+(?:of\s+[^.;,]{1,60}?\s+)?(?:is|are|was|were|remain|remains|remained|seem|seems|seemed|look|looks|looked)\s+(?:(?:highly|very|quite|increasingly|now|also)\s+)?(?:probable|likely|possible|expected|anticipated|imminent)\b(?!\s+to\b)/i;
/** After an event named with "a"/"an": "… on Kobani in January remains possible", "… on a town in Togo cannot be ruled out", "… inside Uganda, possibly in Kampala, cannot be excluded". */
const ONE_FORECAST_AFTER = /^\s+(?:(?:on|against|in|at|by|of|near|inside)\s+[^.;,]{1,70}?(?:,\s+[^.;,]{1,40},)?\s+)?(?:(?:is|was|remains?|remained|seems?|seemed|looks?|looked)\s+(?:(?:highly|very|quite|increasingly|now|also|still)\s+)?(?:probable|likely|unlikely|possible|conceivable|expected|anticipated|imminent)\b(?!\s+to\b)|(?:cannot|can ?not|could not|can[’']t) be (?:ruled out|excluded|discounted))/i;

/**
 * Whether events named by the trigger at `index` of `sentence` are forecast, not told: "Further arrests of cell
 * leaders are probable in June", "More attacks are likely before the vote".
 */
export function isForecast(sentence: string, index: number, trigger: string): boolean {
  const after = sentence.slice(index + trigger.length, index + trigger.length + 120);
  if (/s$/i.test(trigger) && FORECAST_AFTER.test(after)) return true;
  // ("A Turkish assault on Kobani in January remains possible", "an attack on a town in Togo cannot be ruled out": one forecast)
  return /\b(?:an?|another)\s+(?:[\w-]+\s+){0,3}$/i.test(sentence.slice(Math.max(0, index - 40), index)) && !/^(?:an?|another)\s/i.test(trigger) &&
    ONE_FORECAST_AFTER.test(after);
}

/** "a possible attack", "potential attacks": a hypothetical one. */
const HYPOTHETICAL_BEFORE = /\b(?:possible|potential|hypothetical|feared|future|would-be|imminent|further|mock|simulated)\s+(?:[\w-]+\s+)?$/i;
/** "a drill simulating an attack", "an exercise rehearsing a bombing": an attack played out, not one made. */
const SIMULATED_BEFORE = /\b(?:simulat(?:ing|ed|es)|rehears(?:ing|ed|es)|re-?enact(?:ing|ed|s)|drills?\s+(?:for|of|on)|exercises?\s+(?:for|of|on))\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}$/i;
/** After a blast or a fire: "… was caused by a gas leak", "… was accidental": an accident, not an attack. */
const ACCIDENT_AFTER = /^[^.;]{0,120}?\b(?:(?:caused by|due to|the result of|blamed on|traced to)\s+(?:a |an |the )?(?:[\w-]+\s+){0,2}(?:gas|leak|fault|short[- ]circuit|accident|malfunction|boiler|cylinder|lightning|negligence)|(?:was|were)\s+(?:an?\s+)?(?:accidental|accident))\b/i;
/** "justifying attacks on", "capable of mass-casualty attacks": attacks spoken of, not told. */
// ("had discussed shooting at bailiffs", "talked about a knife attack": an attack talked of)
// ("charged with soliciting hate crimes and attacks", "gave instructions for attacks", "a base for attacks", "ending four decades of
// bombings": attacks asked for, ordered, prepared for, or a span of many)
const SPOKEN_OF_BEFORE = /\b(?:discuss(?:ed|es|ing)?|talk(?:ed|ing)? (?:about|of)|chatt?(?:ed|ing)? about|fantasi[sz](?:ed|ing) about|justif\w+|calling for|calls? for|called for|urg\w+|incit\w+|advocat\w+|encourag\w+|threaten\w*|prais\w+|glorif\w+|celebrat\w+|capable of|capacity for|ability to carry out|warn\w* (?:of|about|against)|solicit\w*|instructions? (?:for|to carry out)|orders? for|(?:a|the|as a|as the) base for|(?:years|decades|months|weeks) of)\s+(?:[\w-]+\s+){0,3}$/i;
/** "blamed the branch for attacks in the country", "responsible for bombings": attacks in the plural, with no article, that something is for. */
const FOR_ATTACKS_BEFORE = /\bfor\s+(?:(?:several|many|numerous|multiple|repeated|recent|past|previous|earlier|further|other|such|violent|armed|terrorist|deadly)\s+)?$/i;
/** "calls, in a 2024 video …, for ", "calling, in an audio message, for ": a call for attacks with an aside before its object. */
// (and the second of two things called for: "… for attacks on Western leaders and for "lone" attacks in Europe")
const CALL_ASIDE_FOR_BEFORE = /\b(?:calls?|calling|called|appeals?|appealed|urging|urged)\s*,\s[^,;.]{1,120},\s+for\s+(?:[^;,]{1,80}?\s+and\s+for\s+)?(?:[\w"“”-]+\s+){0,3}$/i;
/** "TTP attacks … have increased markedly": a trend in attacks, not one of them. */
// ("have not, so far, risen again": a trend denied is a trend still)
const TREND_AFTER = /^[^.;]{0,80}?\b(?:(?:have|has|had)\s+(?:\w+\s+|not\s*,[^,;]{1,30},\s*)?(?:increased|risen|grown|decreased|declined|fallen|dropped|doubled|tripled|surged|spiked)|increased|rose|fell|declined|dropped|doubled|surged)\b/i;

/** "a group that carries out bombings in", "which conducts raids on": what a group does, told in the present, not one occasion. */
const HABIT_VERB_BEFORE = /\b(?:carries\s+out|conducts|stages|mounts|launches|commits|perpetrates|specialises\s+in|specializes\s+in)\s+(?:[\w-]+\s+){0,3}$/i;

/**
 * Whether a violent event's trigger at `index` names no occasion: a hypothetical attack, attacks
 * a text justifies, urges or says a group is capable of or carries out as a habit, or a trend in attacks.
 */
export function isSpokenOfNotTold(sentence: string, index: number, trigger: string): boolean {
  const before = sentence.slice(Math.max(0, index - 80), index);
  if (HYPOTHETICAL_BEFORE.test(before) || SPOKEN_OF_BEFORE.test(before) || SIMULATED_BEFORE.test(before)) return true;
  // ("an explosion at a restaurant … was caused by a gas leak": an accident)
  if (/^(?:explosions?|blasts?|fires?|bl[ae]w up|exploded)$/i.test(trigger) && ACCIDENT_AFTER.test(sentence.slice(index + trigger.length))) return true;
  // ("blamed the branch for attacks in the country": attacks in general, not an occasion)
  if (/(?:attacks|bombings|killings|assaults|ambushes)$/i.test(trigger) && FOR_ATTACKS_BEFORE.test(before)) return true;
  // ("his calls, in a 2024 video released under the Inspire brand, for attacks on Western leaders": an aside between the call and what it calls for)
  if (CALL_ASIDE_FOR_BEFORE.test(sentence.slice(Math.max(0, index - 240), index))) return true;
  if (/(?:attacks|ings|strikes|raids|assaults|ambushes|IEDs)(?:\s+(?:on|against))?$/i.test(trigger) && HABIT_VERB_BEFORE.test(before)) return true;
  return /(?:attacks|bombings|strikes|assaults|killings|ambushes)$/i.test(trigger) && TREND_AFTER.test(sentence.slice(index + trigger.length));
}
