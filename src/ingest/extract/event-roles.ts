import type { EventType } from '../../model/index.js';
import type { Mention } from './mention.js';
import { isStateBody } from './state-body.js';

/** The entities an event names, on the side each is on: who acted, and who or what was acted on. */
export interface EventRoles {
  actorKeys: string[];
  targetKeys: string[];
}

/** Events with a doer and a done-to ("Germany banned all Hezbollah activity"); the others (merger, pledge, appointment, propaganda…) take everyone named as an actor. */
const TRANSITIVE = new Set<EventType>(['attack', 'killing', 'clash', 'arrest', 'plot', 'designation', 'policy']);
/** Between a pledge's words and a name after them: "allegiance to", "loyalty to the group and its leader": the name is pledged to. */
const PLEDGED_TO_BETWEEN = /\b(?:allegiance|loyalty|fealty|bay[’']?ah|oath|pledged|pledging|pledges|swore|sworn)\b[^;.()]*?\bto\b[^;.()]*$/i;

/** Words after which a name is what the event was done to: "killed X", "a strike on X", "targeting X". */
const TARGET_CUE = new RegExp(
  String.raw`\b(?:kill(?:ed|ing|s)?|assassinat(?:ed|ing|ion of)|execut(?:ed|ing)|behead(?:ed|ing)|eliminat(?:ed|ing)|shot|stabb(?:ed|ing)|wound(?:ed|ing)|` +
  String.raw`injur(?:ed|ing)|target(?:ed|ing|s)?|attack(?:ed|ing)?|struck|hit|ambush(?:ed|ing)?|raid(?:ed|ing)?|bomb(?:ed|ing)?|storm(?:ed|ing)|` +
  String.raw`arrest(?:ed|ing)?|detain(?:ed|ing)?|captur(?:ed|ing)|apprehend(?:ed|ing)|extradit(?:ed|ing)|designat(?:ed|ing)|sanction(?:ed|ing)|` +
  String.raw`neutrali[sz](?:ed|ing)|dismantl(?:ed|ing)|disrupt(?:ed|ing)|` +
  String.raw`on|against|at|upon|into)\s+(?:[\p{L}\p{N}’'.-]+,?\s+){0,6}$|` +
  // ("the killing of the Taliban Minister of Refugees and Repatriation, Khalil Haqqani": a title of office may run long)
  String.raw`\b(?:assassination|killing|murder|death|arrest|detention|capture|bombing|execution|kidnapping|abduction) of\s+(?:[\p{L}\p{N}’'.-]+,?\s+){0,9}$`, 'iu');
/** "X was killed", "X were arrested", "Iranian police officers were killed": a passive subject (or the body its members belong to) is a target. */
const PASSIVE_AFTER = /^\s*(?:,[^,]{0,80},\s*)?(?:(?:officers?|soldiers?|troops|personnel|policemen|guards?|members?|fighters?|militants?|officials?|staff|workers?|employees|agents?|recruits|commanders?)\s+)?(?:(?:was|were|is|are|had been|has been|have been|being|got)\s+(?:(?:reportedly|allegedly|later|also|then|subsequently|apparently|likely|probably|among those|among the)\s+)*|(?:was|were|is|are)\s+(?:reported|said|believed|thought|confirmed|understood)(?:\s+by\s+[^,.;]{1,60}?)?\s+to\s+have\s+been\s+)(?:killed|assassinated|executed|beheaded|shot|stabbed|wounded|injured|targeted|attacked|struck|hit|ambushed|arrested|detained|captured|apprehended|extradited|designated|sanctioned|eliminated|kidnapped|abducted)\b/i;
/** "X raid", "X air strike": X struck. */
const MEANS_AFTER = /^\s*(?:[\w-]+\s+)?(?:air\s?strikes?|drone strikes?|strikes?|raids?|operations?|offensive)\b/i;
/** "by X", "claimed by X", "carried out by X": an agent. */
const AGENT_BEFORE = /\bby\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:(?!as\s)[\p{L}’'-]+\s+){0,2}$/iu;
/** "positions held by X", "a camp run by X": the holder of what the trigger struck. */
const HELD_BY_BEFORE = /\b(?:held|controlled|occupied|manned|run|operated|guarded|defended|garrisoned|patrolled|owned|used)\s+by\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:[\p{L}’'-]+\s+){0,2}$/iu;
/** "identified by prosecutors as X", "named as X": the person the event was done to, named. */
const NAMED_AS_BEFORE = /\b(?:identified|named|described|listed)\s+(?:by\s+[^,.;]{1,40}?\s+)?as\s+$/i;
/** "was arrested", "had been killed": the trigger in the passive, whose subject is acted on. */
const PASSIVE_TRIGGER = /\b(?:was|were|is|are|been|being|be)\s+(?:(?:reportedly|allegedly|later|also|then|subsequently|apparently|likely|probably|recently)\s+)?$/i;
const PARTICIPLE = /^(?:\w+ed|shot|struck|hit|held|taken|caught|seized|slain|stabbed)\b/i;
/** "since the attack on", "after the bombing of": the trigger names an event the clause only refers to. */
const REFERRED_TO = /\b(?:since|after|before|following|until|in the wake of|prior to)\s+(?:the|this|that|its|their)\s+(?:[\w-]+\s+){0,3}$/i;
/** "that reversed gains made by X": another clause, opened by a relative pronoun, between the trigger and a name. */
const RELATIVE_CLAUSE = /\b(?:that|which|who|whose)\s+(?!(?:\w+\s+){0,2}(?:claimed|carried out|conducted|perpetrated|launched|staged)\b)/i;
/** " Programme, which President ": the relative clause after a measure, up to the name that is its subject. */
const MEASURE_MADE_BY_GAP = /^[^;.]{0,60}?,?\s+(?:which|that)\s+(?:(?:the|President|Prime Minister|King|Emir|Minister|Interior Minister)\s+)?$/;
/** ", which Canada listed": a relative clause whose own subject, a name, acts on the name before it. */
const OBJECT_RELATIVE_GAP = /^\s*(?:\([^)]{1,40}\)\s*)?,\s*(?:which|whom)\s+(?:the\s+)?\p{Lu}[^,;()]{0,50}$/u;
/** "next to the Ministry of Education", "outside the University of X": a building or body named as where something happened. */
const SITE_BEFORE = /\b(?:at|near|outside|inside|next to|in front of|opposite|beside|close to|across from|in|into)\s+(?:the\s+)?(?:(?:headquarters|offices?|compound|premises|gates?|building) of\s+(?:the\s+)?)?$/i;
/** "according to X", "X said", "told X", "X reported": a source, not a party. */
const SOURCE_BEFORE = /\b(?:according to|told|(?:cited|quoted|reported|announced|confirmed|stated|said|published|released|described|denied) by|per)\s+(?:the\s+)?(?:[\p{L}’'-]+\s+){0,2}$/iu;
const SOURCE_AFTER = /^\s*(?:(?:officials?|spokes(?:man|woman|person)|sources?|authorities|media|outlets?)\s+)?(?:(?:have|has|had)\s+(?:also\s+)?)?(?:said|says|reported|reports|stated|states|told|noted|wrote|announced|confirmed|added|cited|quoted|according)\b/i;

/** Whether `pos` lies inside brackets that hold a citation or an aside: "(The Moscow Times, May 16)". */
function isBracketed(text: string, start: number, end: number, sentenceStart: number, sentenceEnd: number): boolean {
  const before = text.slice(sentenceStart, start);
  const open = before.lastIndexOf('(');
  if (open < 0 || before.lastIndexOf(')') > open) return false;
  const close = text.indexOf(')', end);
  if (close < 0 || close > sentenceEnd + 1) return false;
  const inner = text.slice(open + 1, close);
  // "(ISKP)", "(IS-K)": an acronym right after a name is its alias, the name's own mention
  if (/^\s*[\p{Lu}\p{N}-]{2,12}\s*$/u.test(inner)) return false;
  return true;
}

/** Adds `key` to `list` unless it holds it. (A function of the module, not a helper made at each trigger's call.) */
function addOnce(list: string[], key: string): void {
  if (!list.includes(key)) list.push(key);
}

/**
 * Sorts the entities a sentence names around an event's trigger into actors and targets, from
 * voice and verb: "X killed Y" (X acts, Y is hit), "Y was killed by X", "a US drone strike on
 * ISIS-K" (US acts, ISIS-K is hit). Places never; citations in brackets, sources ("according to
 * X", "X said") and media outlets of a violent event never act.
 */
export function assignEventRoles(
  type: EventType, text: string, sentenceStart: number, sentenceEnd: number, at: number, atEnd: number,
  named: readonly { m: Mention; key: string }[],
): EventRoles {
  const actors: string[] = [];
  const targets: string[] = [];
  const transitive = TRANSITIVE.has(type);
  // (a past participle after "was": "was planning" is no passive)
  // ("Shekau died in May 2021 during an assault on his base": the one who died is acted on, as the subject of a passive is)
  const passive = (PASSIVE_TRIGGER.test(text.slice(Math.max(sentenceStart, at - 40), at)) && PARTICIPLE.test(text.slice(at, atEnd))) || /^(?:was|were|been|is)\s/i.test(text.slice(at, atEnd)) ||
    (type === 'killing' && /^died\b/i.test(text.slice(at, atEnd)));
  const referredTo = REFERRED_TO.test(text.slice(Math.max(sentenceStart, at - 50), at));
  for (const { m, key } of named) {
    if (isBracketed(text, m.start, m.end, sentenceStart, sentenceEnd)) continue;
    if (m.type === 'location') {
      // "The United States designated TRF", "Egypt designated the Brotherhood", "designated by the United Kingdom": a state
      // that lists a group or makes a measure acts in it (any other place is where, not who)
      if ((type === 'designation' || type === 'policy') && m.place?.level === 'country' && isStateSubject(text, sentenceStart, m.start, m.end, at, atEnd)) addOnce(actors, key);
      // "in a United States drone strike", "a U.S. and Afghan operation", "was captured by Iran": a state whose strike, raid or
      // capture it was acts (never a country the strike fell in, "a drone strike in Syria", nor one after "by a bomb in")
      else if ((STATE_ACTS_IN.has(type)) && m.place?.level === 'country' && statesOwnDeed(text, sentenceStart, sentenceEnd, m.start, m.end, at, atEnd)) addOnce(actors, key);
      continue;
    }
    // "killed al-Masri": a surname mention leaves its article outside; the words before it start before the article
    const start = m.start - (/\b(?:al|el|ad|as|an|ar|at|az|ash|ul)[-‑]$/i.exec(text.slice(Math.max(0, m.start - 4), m.start))?.[0].length ?? 0);
    const before = text.slice(Math.max(sentenceStart, start - 60), start);
    const after = text.slice(m.end, Math.min(sentenceEnd, m.end + 100));
    // ("a video released by the al-Zallaqa Foundation": the outlet that releases a piece of propaganda makes it, no source)
    if (SOURCE_BEFORE.test(before) && !(type === 'propaganda' && /\b(?:released|published|issued|produced)\s+by\s+(?:the\s+)?(?:[\p{L}’'-]+\s+){0,2}$/iu.test(before))) continue;
    // "pledged allegiance to the Islamic State and its leader, al-Baghdadi": the one pledged to is no party that pledged
    if (type === 'pledge' && m.start >= atEnd && PLEDGED_TO_BETWEEN.test(text.slice(at, start))) { addOnce(targets, key); continue; }
    // "Franz Ruf said he had pledged allegiance to IS": the one who tells of a pledge made no pledge
    if (type === 'pledge' && m.end <= at && SOURCE_AFTER.test(after)) continue;
    if (!transitive) {
      addOnce(actors, key);
      continue;
    }
    if (m.type === 'media') continue;
    if (SOURCE_AFTER.test(after) && type !== 'arrest' && type !== 'designation') continue;
    // "Two suspects were arrested on Sunday in Garissa …, the Anti-Terrorism Police Unit said", "… were detained in Bryansk; the
    // FSB said …": a state body that announces a passive arrest after it made it (however far in the sentence)
    if (type === 'arrest' && passive && m.start >= atEnd && SOURCE_AFTER.test(after) && !/[.]\s/.test(text.slice(atEnd, start)) &&
      isStateBody({ key: m.key, type: m.type, name: m.text, referenceId: m.ref ? `ref:${m.ref.id}` : null })) { addOnce(actors, key); continue; }
    // "– an attack claimed by the Islamic State –": the claimant of the attack, even across a dash
    if (type === 'attack' && /\b(?:claimed|carried out|perpetrated|conducted|committed) by\s+(?:the\s+)?$/i.test(before)) { addOnce(actors, key); continue; }
    // "disrupted the Islamic State plot", "an ISKP attack": a name inside the trigger's words modifies it
    // (a plot's words name its plotters: "disrupted the Islamic State plot")
    if (m.start >= at && m.end <= atEnd) { addOnce(type !== 'plot' && TARGET_CUE.test(text.slice(at, start)) ? targets : actors, key); continue; }
    // "a U.S. special forces raid", "a Turkish drone strike": the side whose strike it was
    if (m.type !== 'person' && (type === 'killing' || type === 'clash' || type === 'attack') && MEANS_AFTER.test(after)) { addOnce(actors, key); continue; }
    // a name in another clause than the trigger's ("an attack claimed by IS – police arrested …") plays no part in it
    const gap = m.start >= atEnd ? text.slice(atEnd, start) : text.slice(m.end, at);
    if (/[;–—]|\.\s/.test(gap) || gap.length > 200) continue;
    // "police have detained dozens since the attack on the mall": the clause's subject did something else
    if (m.end <= at && referredTo) continue;
    // "that reversed gains made by the SNA": a name in a relative clause after the trigger is no party to it
    // ("the Presidential Amnesty Programme, which President Yar'Adua launched in 2009": the subject of the clause after a
    // measure made it)
    if (m.start >= atEnd && type === 'policy' && MEASURE_MADE_BY_GAP.test(gap)) { addOnce(actors, key); continue; }
    if (m.start >= atEnd && RELATIVE_CLAUSE.test(gap)) continue;
    // "attacked positions held by the 33rd Front", "a base run by X": the one who holds what was struck is struck
    if (m.start >= atEnd && HELD_BY_BEFORE.test(before)) { addOnce(targets, key); continue; }
    // ("also known by his kunya Abu Ubaidah": a name, not an agent)
    if (AGENT_BEFORE.test(before) && !/\b(?:known|called|referred to|goes)\s+by\s+\S+(?:\s+\S+)?\s*$/i.test(before)) { addOnce(actors, key); continue; }
    if (m.start >= atEnd && (type === 'arrest' || type === 'designation') && NAMED_AS_BEFORE.test(before)) { addOnce(targets, key); continue; }
    if (PASSIVE_AFTER.test(after)) { addOnce(targets, key); continue; }
    // the trigger's own object or the object of its preposition: "killed X", "a strike on X"
    if (m.start >= atEnd && gap.length < 160 && TARGET_CUE.test(text.slice(at, start))) { addOnce(targets, key); continue; }
    if (m.start >= atEnd && TARGET_CUE.test(before) && !/,\s+(?:and|but|while|as|which|who|that)\b/i.test(gap)) { addOnce(targets, key); continue; }
    // "X has led al-Shabaab since 2014, when his predecessor was killed": a name before a subordinate clause is not its party
    if (m.end <= at && /,\s+(?:when|after|before|while|whereas|since|until|because|although|though)\b/i.test(gap)) continue;
    // "Babbar Khalsa International (BKI), which Canada listed in 2003", "LeJ, proscribed since 2001": the name a relative
    // clause or a participle after it describes is what the trigger was done to
    if (m.end <= at && (type === 'designation' || type === 'arrest' || type === 'killing' || type === 'policy') &&
      (OBJECT_RELATIVE_GAP.test(gap) || (/^\s*(?:\([^)]{1,40}\)\s*)?,\s*$/.test(gap) && PARTICIPLE.test(text.slice(at, atEnd))))) { addOnce(targets, key); continue; }
    if (m.end <= at) {
      // "Kirillov, the head of …, was killed", "a Kenyan national was arrested": the subject of a passive is acted on; a person
      // is the target, a state body before a passive arrest or designation announced it (and made it), anyone else plays no part
      if (passive) {
        if (m.type === 'person' && (type === 'killing' || type === 'arrest' || type === 'designation')) addOnce(targets, key);
        else if ((type === 'arrest' || type === 'designation') && isStateBody({ key: m.key, type: m.type, name: m.text, referenceId: m.ref ? `ref:${m.ref.id}` : null })) addOnce(actors, key);
        continue;
      }
      // "two car bombs exploded next to the Ministry of Education, killing 12": a body named as where is no subject
      if (SITE_BEFORE.test(before)) continue;
      // the subject or a modifier of the trigger: "ISKP attacked", "a US drone strike"
      addOnce(actors, key);
      continue;
    }
    // after the trigger with no cue of a target: "…, which ISKP claimed", "an attack ISKP later claimed" (no claimant arrests)
    if (type !== 'arrest' && type !== 'designation' && /^\s*(?:\w+\s+){0,2}(?:claimed|carried out|conducted|perpetrated|launched|staged|took responsibility)\b/i.test(after)) addOnce(actors, key);
  }
  // an arrest's target is the suspect: the arresting state body or force acts
  return { actorKeys: actors.filter((k) => !targets.includes(k)).slice(0, 6), targetKeys: targets.slice(0, 6) };
}

/** Makes `keys` actors of an event's roles (the claimants of an attack: never its targets), each once. */
export function takeAsActors(roles: EventRoles, keys: readonly string[]): void {
  for (const key of keys) {
    roles.targetKeys = roles.targetKeys.filter((k) => k !== key);
    addOnce(roles.actorKeys, key);
  }
}

/** Whether a country's name is the subject of the trigger ("the United States and Canada designated") or its agent ("by Egypt"). */
function isStateSubject(text: string, sentenceStart: number, start: number, end: number, at: number, atEnd: number): boolean {
  const before = text.slice(Math.max(sentenceStart, start - 40), start);
  if (start >= atEnd) return start - atEnd < 60 && AGENT_BEFORE.test(before) && !/[;,]/.test(text.slice(atEnd, start));
  return STATE_SUBJECT_GAP.test(text.slice(end, at)) && !PLACE_PREPOSITION_BEFORE.test(before);
}
/** Violent events and arrests, which a state may make itself: "a U.S. strike", "captured by Iran". */
const STATE_ACTS_IN = new Set<EventType>(['killing', 'clash', 'attack', 'arrest']);
/** After a state's name: the means of its own deed ("drone strike", "and Afghan operation", "air strikes"). */
const STATE_MEANS_AFTER = /^\s*(?:(?:and|-)\s*\p{Lu}[\p{L}.-]*\s+)?(?:(?:military|special[- ]forces|drone|air|naval|missile|counter-?terrorism|airborne|commando)\s+)?(?:air\s?strikes?|strikes?|raids?|operations?|drones?)\b/u;

/** Whether a country's name stands for the state that did the deed: "a U.S. drone strike", "captured by Iran". */
function statesOwnDeed(text: string, sentenceStart: number, sentenceEnd: number, start: number, end: number, at: number, atEnd: number): boolean {
  const before = text.slice(Math.max(sentenceStart, start - 40), start);
  // ("in Syria", "Turkey's Syria operation": a place, not the state that struck)
  // "was captured by Iran", "killed by Israel in 2019": the agent right after "by", close after the trigger
  if (start >= atEnd && start - atEnd < 30 && /\bby\s+(?:the\s+)?$/i.test(before) && !/[;,]/.test(text.slice(atEnd, start))) return true;
  if (PLACE_PREPOSITION_BEFORE.test(before) || /[’']s\s+$/.test(before)) return false;
  return STATE_MEANS_AFTER.test(text.slice(end, Math.min(sentenceEnd, end + 50)));
}

/** Between a state and the trigger it is the subject of: nothing, a second state ("and Canada"), an adverb or two. */
const STATE_SUBJECT_GAP = /^\s*(?:(?:and|,)\s+(?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,2}\s+)?(?:(?:has|had|have|also|formally|officially|later|then|subsequently|first|again|quickly|itself)\s+){0,2}$/u;
/** "in Egypt", "from the United States": a place where, or whence, not a subject. */
const PLACE_PREPOSITION_BEFORE = /\b(?:in|of|from|to|across|within|into|on|at|for|against|with|inside|outside|near|by)\s+(?:the\s+)?$/i;

/**
 * "ISIL-K claimed responsibility", "the attack was claimed by IS", "…, which ISKP later claimed": whoever the sentence says
 * claimed an attack it tells, in whichever clause, is that attack's perpetrator. A claim denied or not made claims
 * nothing ("no group claimed it", "IS denied it had claimed the attack"); an outlet that carries a claim is no claimant, a
 * state body that "claimed the attack was …" speaks.
 */
export function claimantsOf(text: string, sentenceStart: number, sentenceEnd: number, named: readonly { m: Mention; key: string }[]): string[] {
  const out: string[] = [];
  for (const { m, key } of named) {
    if (m.type !== 'group' && m.type !== 'person' && m.type !== 'organization') continue;
    if (isBracketed(text, m.start, m.end, sentenceStart, sentenceEnd)) continue;
    const after = text.slice(m.end, Math.min(sentenceEnd, m.end + 80));
    const before = text.slice(Math.max(sentenceStart, m.start - 40), m.start);
    if ((CLAIMED_AFTER.test(after) || CLAIMED_BY_BEFORE.test(before)) && !out.includes(key)) out.push(key);
  }
  return out;
}

/** "said it was behind the", "said its fighters had carried out this": a claim of an attack in the claimant's own words. */
const SAID_IT_DID = String.raw`said\s+(?:that\s+)?(?:it|its\s+(?:fighters|militants|men|members|operatives))\s+(?:was\s+behind|were\s+behind|(?:had\s+)?carried\s+out)\s+(?:the|this|that)`;
/** " (later) claimed responsibility", ", which had claimed the attack", " said it was behind the bombing"… after the claimant's name (not "claimed the attack was …"). */
const CLAIMED_AFTER = new RegExp(String.raw`^\s*(?:\([^)]{1,30}\)\s*)?(?:,\s*(?:[\p{L}’'-]+\s+){0,6}?[\p{L}’'-]+,\s*)?(?:(?:has|had|have)\s+)?(?:(?:later|subsequently|quickly|swiftly|promptly|also|reportedly|purportedly|officially|formally|publicly)\s+)?(?:claimed|took|accepted|assumed)\s+(?:(?:full|sole)\s+)?(?:responsibility|credit)\b|^\s*(?:(?:has|had|have)\s+)?(?:(?:later|subsequently|quickly|also|reportedly|purportedly)\s+)?claimed\s+(?:the|this|that|both|these)\s+(?:[\w-]+\s+)?(?:attacks?|bombings?|assaults?|killings?|operations?|raids?|massacres?|ambush(?:es)?|shootings?|blasts?)\b(?!\s+(?:was|were|had|as)\b)|^\s*(?:(?:has|had|have)\s+)?(?:(?:later|subsequently|quickly|also|reportedly|purportedly)\s+)?claimed\s+it\s*(?:[.;,]|$)|^\s*(?:(?:later|also|subsequently)\s+)?${SAID_IT_DID}\s+(?:[\w-]+\s+)?(?:attacks?|bombings?|assaults?|killings?|operations?|raids?|massacres?|ambush(?:es)?|shootings?|blasts?)\b`, 'iu');
/** "claimed by the Islamic State", "responsibility for which was claimed by X": the claimant after "by". */
const CLAIMED_BY_BEFORE = /\bclaimed\s+by\s+(?:the\s+)?$/i;


/**
 * "police attributed it to the Jaime Martínez front", "which India attributed to LeT", "authorities blamed the ETIM", "was
 * blamed by Pakistan on TTP operatives": the group or person a sentence lays its attack or killing at (not one the
 * attribution is denied or doubted of: "not attributed to", "wrongly blamed").
 */
export function blamedIn(text: string, sentenceStart: number, sentenceEnd: number, named: readonly { m: Mention; key: string }[]): string[] {
  const out: string[] = [];
  for (const { m, key } of named) {
    if (m.type !== 'group' && m.type !== 'person') continue;
    if (isBracketed(text, m.start, m.end, sentenceStart, sentenceEnd)) continue;
    const before = text.slice(Math.max(sentenceStart, m.start - 70), m.start);
    const cue = BLAMED_BEFORE.exec(before);
    if (!cue || /\b(?:not|never|wrongly|falsely|mistakenly|initially)\b|[;:]/i.test(cue[0]) ||
      /\b(?:not|never|n[’']t|wrongly|falsely|mistakenly|initially)\s+(?:\w+\s+)?$/i.test(before.slice(0, cue.index))) continue;
    if (!out.includes(key)) out.push(key);
  }
  return out;
}
/**
 * Before the name an attack is laid at: "attributed it to (the)", "attributed mainly to", "blamed (the)", "blamed by X on", "was
 * widely blamed on", "the killers were (ESN members)", "was (almost certainly) carried out by", "was the work of".
 */
const BLAMED_BEFORE = /\b(?:(?:attributed|attributes|attribute)\b[^.;,()]{0,40}?\bto|(?:was|were)\s+(?:\w+ly\s+)?(?:carried out|perpetrated|committed|staged)\s+by|(?:was|were)\s+(?:\w+ly\s+)?the\s+work\s+of|blamed(?:\s+by\s+[^.;,()]{1,40}?)?\s+on|blamed|(?:the\s+)?(?:killers|attackers|gunmen|assailants|bombers|perpetrators|culprits)\s+(?:were|was)(?:\s+(?:probably|likely|reportedly|allegedly))?)\s+(?:the\s+)?$/i;

/** The number words a claim of several attacks counts with: "both", "all three". */
const SEVERAL_COUNT: Readonly<Record<string, number>> = { both: 2, two: 2, three: 3, four: 4, five: 5, '2': 2, '3': 3, '4': 4, '5': 5 };
/**
 * "claimed both attacks", "claimed all three attacks through its radio", "claimed responsibility for both", "claimed both.": a claim
 * of several attacks, told before, that names no attack of its own (the count, then what may follow the claim).
 */
const SEVERAL_CLAIMED = /\bclaimed\s+(?:(?:responsibility|credit)\s+for\s+)?(?:(both)|all\s+(two|three|four|five|[2-5]))(?:\s+(?:of\s+)?(?:them|these|those|the\s+attacks|(?:[\w-]+\s+)?(?:attacks|bombings|assaults|raids|blasts|incidents|killings|ambushes|shootings)))?(?=\s*(?:[.;,]|$)|\s+(?:through|via|in|on|at|within|later|soon|and|the\s+(?:same|next|following))\b)/i;
/** Between a claimant's name and "claimed": an aside in brackets or commas, auxiliaries and adverbs of the claim. */
const CLAIMANT_GAP = /^\s*(?:\([^()]{1,40}\)\s*)?(?:,[^,;.]{1,80},\s*)?(?:(?:has|had|have|later|subsequently|also|quickly|swiftly|promptly|reportedly|purportedly|officially|formally|publicly)\s+)*$/i;
/** "The group", "It", "The movement": a claimant the paragraph named before, at the claim's clause start. */
const GROUP_CLAIMANT_GAP = /(?:^|[;:]\s*|,\s+(?:and|but)\s+)(?:(?:The|the|This|this)\s+(?:group|organi[sz]ation|movement|network|militants)|It|it)\s+(?:(?:has|had|later|subsequently|also|quickly|reportedly|purportedly|officially|formally|publicly)\s+)*$/;

/** An event told before, as a claim or a blame of it finds it: its date and country tell one attack from another. */
interface ToldEvent {
  type: string;
  date: { start: string; end: string } | null;
  location: { country: string | null };
  actorKeys: string[];
  targetKeys: string[];
}

/**
 * "… killing 21. On 29 October, two car bombs … Al-Shabaab claimed all three attacks.", "TAK claimed both.": a claim of several
 * attacks names the perpetrator of as many attacks as it counts, the last the paragraph told before it (`told`, oldest first).
 * The claimant is the name right before "claimed" (or the group the paragraph is about, as "the group", "it"); a claim
 * negated claims nothing; when the paragraph told fewer attacks than the claim counts, none is taken (which were meant is unsure).
 */
export function takeClaimOfSeveral(
  text: string, sentenceStart: number, sentenceEnd: number, named: readonly { m: Mention; key: string }[], groupBefore: string | null,
  told: () => readonly ToldEvent[],
): void {
  const sentence = text.slice(sentenceStart, sentenceEnd);
  const claim = SEVERAL_CLAIMED.exec(sentence);
  if (!claim) return;
  const at = sentenceStart + claim.index;
  const before = text.slice(sentenceStart, at);
  if (/\b(?:not|never|no|denied|deny|denies|n[’']t)\b[^.;]*$/i.test(before)) return;
  const count = SEVERAL_COUNT[((claim[1] ?? claim[2]) as string).toLowerCase()] ?? 0;
  const subject = [...named].reverse().find(({ m }) => m.end <= at && (m.type === 'group' || m.type === 'person' || m.type === 'organization') &&
    CLAIMANT_GAP.test(text.slice(m.end, at)) && !isBracketed(text, m.start, m.end, sentenceStart, sentenceEnd));
  const claimant = subject?.key ?? (GROUP_CLAIMANT_GAP.test(before) && !named.some(({ m }) => m.end <= at && m.type === 'group') ? groupBefore : null);
  if (!claimant || count < 2) return;
  const attacks = told().filter((e) => e.type === 'attack');
  const seen: string[] = [];
  const taken: ToldEvent[] = [];
  for (let k = attacks.length - 1; k >= 0; k--) {
    const e = attacks[k] as ToldEvent;
    const id = `${e.date?.start ?? ''}|${e.date?.end ?? ''}|${e.location.country ?? ''}`;
    if (!seen.includes(id)) {
      if (seen.length === count) break;
      seen.push(id);
    }
    taken.push(e);
  }
  if (seen.length < count) return;
  for (const e of taken) if (!e.targetKeys.includes(claimant)) takeAsActors(e, [claimant]);
}

/** "the attack", "the bombing", "it": words by which a sentence refers to an attack or a killing told before it. */
const TOLD_REFERENCE = /^\s*(?:It|They|This|That)\s+(?:was|were)\s+(?:\w+ly\s+)?(?:carried out|perpetrated|committed|staged|the work of)\b|\b(?:the|this|that|both|these)\s+(?:[\w-]+\s+)?(?:attacks?|bombings?|killings?|massacres?|assaults?|blasts?|explosions?|ambush(?:es)?|shootings?|strikes?|murders?|assassinations?|killers|attackers|assailants|perpetrators)\b|\b(?:attributed|blamed)\s+(?:it|them)\b|^\s*(?:Unclaimed|No (?:group|one) (?:has\s+)?claimed (?:it|responsibility)|It was not claimed)[^.;]{0,20}[;,:]/i;

/** "Officials blamed al-Shabaab.", "Police blamed the ADF for it.": a sentence whose subject lays what was told at a group, its verb near its start. */
const BLAME_ONLY = /^\s*(?:[\p{L}’'.-]+\s+){1,4}(?:(?:have|has|had)\s+)?(?:quickly\s+|swiftly\s+|later\s+)?blamed\s/u;

/**
 * "… killing five. The attack was attributed to JAS.", "No group claimed it. Officials blamed the OLA.": a sentence that tells no
 * event of its own and lays an attack or a killing told just before (`told`: that event, or null) at a group or a person names its
 * perpetrator, when the event has none yet.
 */
export function takeBlameOfTold(text: string, sentenceStart: number, sentenceEnd: number, named: readonly { m: Mention; key: string }[], lastTold: () => ToldEvent | null): void {
  const sentence = text.slice(sentenceStart, sentenceEnd);
  if (!(TOLD_REFERENCE.test(sentence) || BLAME_ONLY.test(sentence)) || !named.some(({ m }) => m.type === 'group' || m.type === 'person')) return;
  const told = lastTold();
  if (!told || told.actorKeys.length > 0 || (told.type !== 'attack' && told.type !== 'killing')) return;
  const blamed = blamedIn(text, sentenceStart, sentenceEnd, named).filter((k) => !told.targetKeys.includes(k));
  if (blamed.length > 0) takeAsActors(told, blamed);
}

/**
 * "claimed responsibility", "claimed the attack", "claimed it", "took responsibility", "said it was behind the attack": a claim of an attack the text told before (not "claimed
 * responsibility for the recent Moscow attack": a claim that names its attack claims that one).
 */
const CLAIM_OF_TOLD_WORDS = new RegExp(String.raw`\b(?:(?:took|accepted|assumed)\s+(?:full\s+|sole\s+)?responsibility(?!\s+for\b)|${SAID_IT_DID}\b|claimed\s+(?:(?:full\s+|sole\s+)?(?:responsibility|credit)(?!\s+for\b)|(?:the|this|that)\s+(?:attack|bombing|killing|assassination|assault|operation|blast|ambush|shooting)\b|it\b))`, 'i');

/**
 * "… a suicide bomber killed the minister X in his office. ISKP claimed the attack through Amaq.": a claim a statement or an
 * outlet carries (a release of its own) still names the perpetrator of the attack or killing told just before (`lastTold`),
 * when that one has none yet.
 */
export function takeClaimOfTold(text: string, sentenceStart: number, sentenceEnd: number, named: readonly { m: Mention; key: string }[], lastTold: () => ToldEvent | null): void {
  if (!CLAIM_OF_TOLD_WORDS.test(text.slice(sentenceStart, sentenceEnd))) return;
  const claimants = claimantsOf(text, sentenceStart, sentenceEnd, named);
  if (claimants.length === 0) return;
  const told = lastTold();
  if (!told || told.actorKeys.length > 0 || (told.type !== 'attack' && told.type !== 'killing')) return;
  takeAsActors(told, claimants.filter((k) => !told.targetKeys.includes(k)));
}
