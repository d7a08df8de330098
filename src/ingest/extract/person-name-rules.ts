import { FAMILY_NAME_FIRST_KEYS, GIVEN_NAME_KEYS, lookupKey } from '../reference/index.js';
import { countryOf } from './document-countries.js';
import { CAPITALISED_STOPWORDS, GIVEN_NAMES, GROUP_LEAD_HEADS, GROUP_TAIL_HEADS, HONORIFICS, KUNYA_OPENERS, MEDIA_TAIL_HEADS, NAME_PARTICLES, ORGANIZATION_LEAD_HEADS, PERSON_NAME_ENDINGS, PERSON_PREDICATES, PERSON_ROLE_CUES, PERSON_VERB_CUES, PERSON_WEAK_VERB_CUES, SITE_TAIL_HEADS, TITLES } from './genre-lexicon.js';
import { ARTICLE_OPENERS, DIVISION_WORDS, LAND_AND_WATER_TAILS, NAME_GAP, NOT_TOWN_WORDS, ONE_CAPITAL, ORG_TAILS, PLACE_CONTEXT_NOUNS, POSSESSIVE_GAP, POST_WORDS, STARTS_WITH_NUMBER } from './mention-lexicon.js';
import { isHeadingAt, type MentionScan } from './mention-scan.js';
import { acceptReferenceAt } from './reference-acceptance.js';
import { spanText } from './span-text.js';
import type { Token } from './tokenize.js';

/** Words for a person's end or kin before "of" that make the next name a person's: "the death of X", "the widow of X". */
const PERSON_OF_NOUNS = new Set([
  'death', 'killing', 'assassination', 'funeral', 'murder', 'widow', 'abduction', 'kidnapping', 'election', 'appointment', 'arrest', 'extradition',
  'release', 'trial', 'conviction',
]);

/** Plural nouns of people before "such as": "figures such as X", "commanders such as X". */
const PEOPLE_SUCH_AS = new Set(['figures', 'leaders', 'commanders', 'militants', 'preachers', 'ideologues', 'individuals', 'people', 'men', 'women', 'officials', 'clerics']);

/** Verbs done to people, right before a name: "killing X Y", "stabbed X Y". */
const PERSON_OBJECT_VERBS = new Set([
  'killing', 'killed', 'stabbing', 'stabbed', 'murdered', 'murdering', 'assassinated', 'assassinating', 'kidnapped', 'abducted', 'beheaded',
  'arrested', 'detained', 'sentenced', 'convicted', 'extradited', 'deported', 'jailed', 'replaced', 'succeeded',
]);

/** "one of them, X", "two of the suspects, X and Y": a name picked out of people just told. */
const ONE_OF_THEM = /\b(?:one|two|three|both|each|another) of (?:them|those|these|the [a-z]+)$/;

/** A generational suffix that ends personal names only: "Barry Croft Jr.". */
const NAME_SUFFIXES = new Set(['jr', 'sr']);

/** A person's age set off after the name: "X Y, 27, tried …", "X Y, then 27, entered …". */
const AGE_AFTER = /^,\s+(?:then |now |aged )?\d{1,2},/;

/** What belongs to a person after a possessive: "X Y's remains", "X Y's widow", "X Y's lawyers". */
const PERSON_POSSESSED = new Set([
  'remains', 'body', 'corpse', 'grave', 'death', 'killing', 'assassination', 'murder', 'funeral', 'widow', 'wife', 'husband', 'son', 'sons',
  'daughter', 'daughters', 'brother', 'brothers', 'sister', 'sisters', 'father', 'mother', 'parents', 'family', 'relatives', 'nephew', 'niece',
  'cousin', 'uncle', 'grandson', 'granddaughter', 'lawyer', 'lawyers', 'attorney', 'attorneys', 'trial', 'conviction', 'sentencing', 'acquittal',
  'extradition', 'bodyguard', 'bodyguards', 'mentor', 'memoir', 'memoirs', 'biography', 'birthplace', 'hometown', 'resignation', 'testimony',
  'confession',
]);

/** Leading words of compound titles: "Prime Minister Shehbaz Sharif", "Vice President …". */
const TITLE_PREFIXES = new Set(['prime', 'vice']);

/** Words that make a run no person's name: "Member States", a heading's "Arrest". */
const NOT_PERSON_WORDS = new Set(['member', 'members', 'states', 'state', 'arrest', 'arrests', 'attack', 'attacks', 'networks', 'parties', 'outlook', 'judgments', 'findings',
  // words of armed units, rooms and venues, and firms: "the Hamza Division", "the City Room", "Leopold Cafe", "BAC Consulting"
  'division', 'divisions', 'units', 'room', 'cafe', 'café', 'house', 'gathering', 'festival', 'consulting', 'martyrs', 'hermanos']);

/** First words of names that are never a person's: "Operation Shujaa", "Camp Bucca", "Santa Maria". */
const NOT_PERSON_LEADS = new Set(['operation', 'camp', 'wadi', 'jabal', 'jebel', 'lake', 'mount', 'fort', 'port', 'cape', 'saint', 'st', 'san', 'santa', 'upper', 'lower', 'greater', 'north', 'south', 'east', 'west', 'central',
  // a Romance article opens a group's or a place's name, not a person's: "La Nueva Familia Michoacana", "Los Zetas"
  'la', 'las', 'los', 'les', 'clan']);

/** Words after a role noun that tie it to a body: "commander of", "spokesman for", "professor at". */
const ROLE_OF_WORDS = new Set(['of', 'for', 'at']);

/** Departments named after a title and "of": "Secretary of State", "Minister of Defence". */
const DEPARTMENT_WORDS = new Set(['state', 'defense', 'defence', 'interior', 'justice', 'finance', 'treasury', 'health', 'education', 'energy', 'commerce', 'labour', 'labor', 'agriculture', 'war']);

export function personName(s: MentionScan, a: number, b: number, prevKey: string): { from: number; name: string } | null {
  const { text, tokens, keys, gazetteer, lowerWords } = s;
  const words = keys.slice(a, b);
  const len = b - a;
  const first = words[0] as string;
  const surface = spanText(text, tokens, a, b);
  // "Beran A.", "Abdoul Hakim A.": a given name and a surname's initial, as courts and the press of many countries name the accused
  const initialled = len >= 2 && len <= 4 && ONE_CAPITAL.test((tokens[b - 1] as Token).text) && text.charCodeAt((tokens[b - 1] as Token).end) === 46 /* . */;
  const nameWords = initialled ? words.slice(0, -1) : words;
  if (nameWords.some((w, k) => CAPITALISED_STOPWORDS.has(w) && !TITLES.has(w) && !NAME_PARTICLES.has(w) && !(k === 0 && w === 'allah' && len >= 3))) return null;
  // "Deputy Prosecutor X Y", "Chief Justice X Y": titles and posts, then a name of two or three words (a post may end a body's name too)
  const posted = postedName(s, a, b);
  if (posted !== null) return posted;
  if (words.some((w) => GROUP_TAIL_HEADS.has(w) || ORG_TAILS.has(w) || MEDIA_TAIL_HEADS.has(w))) return null;
  if (initialled && !lowerWords.has(first) && first.length >= 3 && !TITLES.has(first) && !NOT_PERSON_LEADS.has(first) &&
    !nameWords.some((w) => NOT_PERSON_WORDS.has(w) || countryOf(s, w) !== null)) {
    return { from: a, name: surface };
  }
  // "Operation Shujaa", "Camp Bucca", "Santa Maria": names of operations and places
  // "Secretary of State Marco Rubio", "Minister of Defence Ana Ruiz": an office's department after a title and "of", then the name
  if (len >= 3 && DEPARTMENT_WORDS.has(first) && a >= 2 && prevKey === 'of' && (tokens[a - 2] as Token).isCapitalised && TITLES.has(keys[a - 2] as string) &&
    !words.slice(1).some((w) => CAPITALISED_STOPWORDS.has(w) || NOT_PERSON_WORDS.has(w) || countryOf(s, w) !== null || ORG_TAILS.has(w))) {
    return { from: a + 1, name: spanText(text, tokens, a + 1, b) };
  }
  if (NOT_PERSON_LEADS.has(first) || words.some((w) => NOT_PERSON_WORDS.has(w))) return null;
  // "Prime Minister Shehbaz Sharif": a compound title, dropped like a title
  if (TITLE_PREFIXES.has(first) && len >= 3 && TITLES.has(words[1] as string)) {
    return { from: a + 2, name: spanText(text, tokens, a + 2, b) };
  }
  if (TITLES.has(words[len - 1] as string) || HONORIFICS.has(words[len - 1] as string)) return null;
  // "Interior Minister Nancy Faeser", "Michigan Governor Gretchen Whitmer": an office's words, its title, then the name
  for (let k = 1; k <= 2 && k < len - 1; k++) {
    if (!TITLES.has(words[k] as string) || TITLES.has(words[k + 1] as string) || len - k - 1 > 3) continue;
    const rest = spanText(text, tokens, a + k + 1, b);
    // ("Defence Minister Israel Katz": a given name that is a country's too may open the name, when more words follow)
    if (words.slice(k + 1).some((w, j) => countryOf(s, w) !== null && !(j === 0 && len - k - 1 >= 2 && GIVEN_NAME_KEYS.has(w)) || lowerWords.has(w)) ||
      gazetteer.lookup(rest)[0]) break;
    return { from: a + k + 1, name: rest };
  }
  // "Central Asians", "Tajiks", "Chechens": peoples, not persons
  // ("Tito Karnavian", "Ruben Vardanian": a surname in -ian after another word is a person's; a demonym the gazetteer knows is not)
  const lastWord = words[len - 1] as string;
  const demonymEnding = /(?:ians|eans|ese|ish)$/.test(lastWord) ||
    /(?:ian|ean)$/.test(lastWord) && (len === 1 || gazetteer.countryOfDemonym((tokens[b - 1] as Token).text) !== null || /asian$/.test(lastWord));
  if (demonymEnding && !(HONORIFICS.has(first) || KUNYA_OPENERS.has(first))) return null;
  if (gazetteer.countryOfDemonym((tokens[b - 1] as Token).text.replace(/s$/, '')) && /s$/.test(words[len - 1] as string)) return null;
  // worldly title: dropped from the name
  if (TITLES.has(first) && len >= 2) {
    let from = a + 1;
    while (from < b && TITLES.has(keys[from] as string)) from++;
    const rest = spanText(text, tokens, from, b);
    if (countryOf(s, rest) || gazetteer.lookup(rest)[0]) return null;
    return { from, name: rest };
  }
  if (HONORIFICS.has(first) && len >= 2) return { from: a, name: surface };
  if (KUNYA_OPENERS.has(first) && len >= 2) return { from: a, name: surface };
  const inner = words.slice(1);
  // (not a name opening on the article itself: "Al-Qard Al-Hassan" is an association's)
  if (len >= 2 && !ARTICLE_OPENERS.has(first) && inner.some((w) => w === 'al' || w === 'bin' || w === 'ibn' || w === 'el') && (tokens[b - 1] as Token).isCapitalised) {
    return { from: a, name: surface };
  }
  if (len > 4) return null;
  const cueBefore = personCueBefore(s, a, b, prevKey);
  const cueAfter = personCueAfter(s, a, b, words);
  // ("his wife Wilma Austria": a surname that is a country's name, after a person's role noun; "Defence Minister Israel Katz",
  // "Jordan Bardella said": a given name that is a country's too, opening a name that a person's cue sets)
  if (words.some((w, k) => countryOf(s, w) !== null && !(k > 0 && PERSON_ROLE_CUES.has(prevKey) && countryOf(s, first) === null) &&
    !(k === 0 && len >= 2 && (cueBefore || cueAfter) && GIVEN_NAME_KEYS.has(w) && !words.slice(1).some((x) => countryOf(s, x) !== null)))) return null;
  const ending = words.some((w) => w.length > 4 && PERSON_NAME_ENDINGS.test(w));
  // "Ahmed Abdi Godane": a common given name opening two to four capitalised words; "Vincent Otti", "Okot Odhiambo": a given
  // name of the broader lexicon, where nothing in the text makes the run a place or a common phrase
  const given = len <= 4 && words.every((w, k) => (tokens[a + k] as Token).isCapitalised || NAME_PARTICLES.has(w)) &&
    (GIVEN_NAMES.has(first) || len >= 2 && opensOnGivenName(s, a, b, cueBefore || cueAfter));
  if (len === 1) {
    if (lowerWords.has(first) || first.length < 4) return null;
    if (['named', 'called', 'alias', 'name', 'kunya', 'moniker', 'pseudonym', 'nicknamed'].includes(prevKey)) return { from: a, name: surface };
    // "a commander known as Bakura": a role noun, then "known as" and one name
    const role = a >= 3 ? (keys[a - 3] as string) : '';
    if (prevKey === 'as' && keys[a - 2] === 'known' && PERSON_ROLE_CUES.has(role)) return { from: a, name: surface };
    // "an older brother, Movsar, had": one word set off as the name of a person just told
    if (first.length >= 4 && roleAppositiveAt(s, a, b)) return { from: a, name: surface };
    return null;
  }
  // "succeeded by Sani Shuwaram", "was founded by …": an agent after a passive verb
  const byAgent = prevKey === 'by' && a >= 2 && /ed$/.test((tokens[a - 2] as Token).key) && !(tokens[a - 2] as Token).isCapitalised && len <= 3;
  if (cueBefore || cueAfter || ending || byAgent || given) return { from: a, name: surface };
  // "X Y and Shalom Z completed the list": the first of two names joined by "and", the second opening on a given name
  if (len >= 2 && len <= 3 && keys[b] === 'and' && words.every((w) => !lowerWords.has(w) && w.length >= 2) && !gazetteer.lookup(surface)[0] &&
    givenNameListedAt(s, b)) return { from: a, name: surface };
  if (len <= 3 && (isPersonContextAt(s, a, b, prevKey) || NAME_SUFFIXES.has(words[len - 1] as string) && len >= 3)) return { from: a, name: surface };
  return null;
}

/**
 * Whether the words before tokens [a, b) make them a person's name: a role noun ("deputy X"), an owner ("Radio Liberty’s
 * Dilnoza Karimova", not "Yemen’s Enduring Insurgency").
 */
function personCueBefore(s: MentionScan, a: number, b: number, prevKey: string): boolean {
  const { text, tokens, gazetteer } = s;
  const len = b - a;
  const owner = a > 0 ? (tokens[a - 1] as Token) : null;
  return PERSON_ROLE_CUES.has(prevKey) ||
    (owner !== null && /['’]s\s$/.test((tokens[a] as Token).gap) && len >= 2 && countryOf(s, owner.text) === null &&
      gazetteer.lookup(owner.text).length === 0 && !isHeadingAt(text, (tokens[a] as Token).start));
}

/** Whether the words after tokens [a, b) make them a person's name: a person's verb ("X said"), an appositive ("X, who", "X, 27,"), a role set off, what only a person has ("X's widow"). */
function personCueAfter(s: MentionScan, a: number, b: number, words: readonly string[]): boolean {
  const { text, tokens, n, keys, lowerWords } = s;
  const len = b - a;
  const next = b < n ? (tokens[b] as Token) : null;
  const after = next && !next.isCapitalised ? next.key : '';
  return PERSON_VERB_CUES.has(after) ||
    (PERSON_WEAK_VERB_CUES.has(after) && PERSON_PREDICATES.has(tokens[b + 1]?.key ?? '') && len <= 3 &&
      words.every((w, k) => (tokens[a + k] as Token).isCapitalised && w.length >= 3 && !lowerWords.has(w))) ||
    (next !== null && /^, ?$/.test(next.gap) && ['a', 'an', 'who', 'whom', 'the', 'whose', 'aka', 'also', 'alias'].includes(next.key)) ||
    // "X, known as …", "X, commander of the …", "X, chief executive of …": a role of the person set off after the name
    (next !== null && /^, ?$/.test(next.gap) && (next.key === 'known' && keys[b + 1] === 'as' || roleOfAt(s, b))) ||
    (next !== null && /^ ?\($/.test(next.gap) && ['aka', 'also', 'alias', 'born', 'a'].includes(next.key)) ||
    // "X Y, Kony's deputy,": a role the person holds under someone named, set off after the name
    (next !== null && /^, ?$/.test(next.gap) && possessedRoleAt(s, b)) ||
    // "X Y, 27, tried …": an age set off after the name; "X Y, his deputy,": a role of someone just named
    (next !== null && /^, ?$/.test(next.gap) && (AGE_AFTER.test(text.slice((tokens[b - 1] as Token).end, (tokens[b - 1] as Token).end + 12)) ||
      (next.key === 'his' || next.key === 'her') && roleWithin(s, b + 1))) ||
    // "X Y's remains", "X Y's widow": what only a person has, after a possessive (two words or more: "Hamas's deputy" is a group's)
    (next !== null && len >= 2 && POSSESSIVE_GAP.test(next.gap) && !next.isCapitalised && PERSON_POSSESSED.has(next.key));
}

/**
 * The end of a person's name opening at token `at` on a given name that is also a place the pack knows ("Israel Katz",
 * "Jordan Bardella"), else 0: one to three capitalised words after it that are no common word of the text, no word of a
 * body's, a group's, an outlet's or a place's name, no country and no name the pack knows, with a title or a role noun
 * before ("Defence Minister Israel Katz") or a person's verb after ("Israel Katz said", "Israel Katz, who …").
 */
export function placeNamedPersonEnd(s: MentionScan, at: number): number {
  const { text, tokens, n, keys, gazetteer, matcher, lowerWords } = s;
  let k = at + 1;
  while (k < n && k - at <= 3 && (tokens[k] as Token).isCapitalised && NAME_GAP.test((tokens[k] as Token).gap) && !STARTS_WITH_NUMBER.test((tokens[k] as Token).text)) k++;
  if (k === at + 1) return 0;
  for (let j = at + 1; j < k; j++) {
    const w = keys[j] as string;
    if (w.length < 2 || lowerWords.has(w) || CAPITALISED_STOPWORDS.has(w) || TITLES.has(w) || ORG_TAILS.has(w) || GROUP_TAIL_HEADS.has(w) ||
      MEDIA_TAIL_HEADS.has(w) || SITE_TAIL_HEADS.has(w) || DIVISION_WORDS.has(w) || LAND_AND_WATER_TAILS.has(w) || GROUP_LEAD_HEADS.has(w) ||
      ORGANIZATION_LEAD_HEADS.has(w) || countryOf(s, (tokens[j] as Token).text) !== null || matcher.matchAt(keys, j, acceptReferenceAt(s, j)) !== null) return 0;
  }
  if (gazetteer.lookup(spanText(text, tokens, at, k))[0]) return 0;
  const before = at > 0 ? (keys[at - 1] as string) : '';
  const next = k < n ? (tokens[k] as Token) : null;
  const titled = TITLES.has(before) || POST_WORDS.has(before) || PERSON_ROLE_CUES.has(before);
  const verb = next !== null && !next.isCapitalised && (PERSON_VERB_CUES.has(next.key) && next.gap === ' ' ||
    /^, ?$/.test(next.gap) && ['who', 'whose', 'a', 'an', 'the'].includes(next.key) ||
    PERSON_WEAK_VERB_CUES.has(next.key) && PERSON_PREDICATES.has(keys[k + 1] as string));
  return titled || verb ? k : 0;
}

/**
 * The name after leading titles and posts at tokens [a, b) ("Deputy Prosecutor X Y", "Chief Justice X Y"), when at least
 * one post beyond the worldly titles leads and two or three words follow that name no body, place or country; else null.
 */
function postedName(s: MentionScan, a: number, b: number): { from: number; name: string } | null {
  const { text, tokens, keys, gazetteer, lowerWords } = s;
  // ("Supreme Leader X Y", "State Coroner X Y": up to three words of the office before the post)
  let k = a;
  while (k < b - 1 && k - a < 3 && !TITLES.has(keys[k] as string) && !POST_WORDS.has(keys[k] as string)) k++;
  if (k > a && keys.slice(a, k).some((w, j) => !(tokens[a + j] as Token).isCapitalised || CAPITALISED_STOPWORDS.has(w) || ORG_TAILS.has(w) ||
    GROUP_TAIL_HEADS.has(w))) return null;
  // (office words before a worldly title make a post too: "IAF Secretary-General X Y")
  let post = k > a && (TITLES.has(keys[k] as string) || POST_WORDS.has(keys[k] as string));
  while (k < b - 1 && (TITLES.has(keys[k] as string) || POST_WORDS.has(keys[k] as string))) {
    post ||= POST_WORDS.has(keys[k] as string) && !TITLES.has(keys[k] as string);
    k++;
  }
  const rest = keys.slice(k, b);
  if (!post || rest.length < 2 || rest.length > 4) return null;
  // (a lower-case particle may stand inside the name: "Adviser Qasim al-Araji")
  if (rest.some((w, j) => j > 0 && !(tokens[k + j] as Token).isCapitalised && NAME_PARTICLES.has(w) ? false : !(tokens[k + j] as Token).isCapitalised || w.length < 2 || lowerWords.has(w) || CAPITALISED_STOPWORDS.has(w) ||
    TITLES.has(w) || POST_WORDS.has(w) || GROUP_TAIL_HEADS.has(w) || ORG_TAILS.has(w) || MEDIA_TAIL_HEADS.has(w) || SITE_TAIL_HEADS.has(w) ||
    countryOf(s, w) !== null)) return null;
  const name = spanText(text, tokens, k, b);
  if (gazetteer.lookup(name)[0]) return null;
  return { from: k, name };
}

/**
 * Whether tokens [a, b) open on a given name of the broad lexicon and read as a person's name: the name is no word the
 * text writes in lower case, no later word is a common word of the text, a place's or a body's word, and the whole
 * is no place the gazetteer knows; a given name that is also a country or a known place ("Israel", "Jordan")
 * counts only where a person's cue stands before or after (`cued`).
 */
function opensOnGivenName(s: MentionScan, a: number, b: number, cued: boolean): boolean {
  const { text, tokens, keys, gazetteer, lowerWords, mentions } = s;
  const first = keys[a] as string;
  if (!(GIVEN_NAME_KEYS.has(first) || FAMILY_NAME_FIRST_KEYS.has(first)) || lowerWords.has(first)) return false;
  // ("the Shin Bet", "the David Project": an article right before makes the run a thing's name, unless a cue says otherwise)
  if (!cued && a > 0 && (keys[a - 1] === 'the' || keys[a - 1] === 'a') && !(tokens[a - 1] as Token).isCapitalised) return false;
  // ("Tegucigalpa (Francisco Morazán)": a name in brackets right after a place is that place's division)
  const last = mentions[mentions.length - 1];
  if (a > 0 && /\($/.test((tokens[a] as Token).gap) && last !== undefined && last.type === 'location' && last.end === (tokens[a - 1] as Token).end) return false;
  for (let k = a + 1; k < b; k++) {
    const w = keys[k] as string;
    if (NAME_PARTICLES.has(w) && !(tokens[k] as Token).isCapitalised) continue;
    if (w.length < 2 || lowerWords.has(w) || SITE_TAIL_HEADS.has(w) || DIVISION_WORDS.has(w) || LAND_AND_WATER_TAILS.has(w) ||
      GROUP_LEAD_HEADS.has(w) || NOT_TOWN_WORDS.has(w) || PLACE_CONTEXT_NOUNS.has(w)) return false;
  }
  if (gazetteer.lookup(spanText(text, tokens, a, b))[0]) return false;
  if (!cued && isPlaceWord(s, a)) return false;
  // (a family name written first, "Wang Yi", "Kim Jong-un", opens gang's and firms' names too: it needs a person's cue)
  if (!cued && FAMILY_NAME_FIRST_KEYS.has(first) && !GIVEN_NAME_KEYS.has(first)) return false;
  return true;
}

/** Whether a role noun stands at token `at` or after one word there: "deputy", "former bodyguard". */
function roleWithin(s: MentionScan, at: number): boolean {
  const { tokens, n } = s;
  for (let k = at; k < at + 2 && k < n; k++) {
    const t = tokens[k] as Token;
    if (t.isCapitalised || t.gap !== ' ') return false;
    if (PERSON_ROLE_CUES.has(t.key) || TITLES.has(t.key)) return true;
  }
  return false;
}

/** Whether the word at token `at` is, by its own name, a country, a first-level division or a city of a million ("Israel", "Jordan"). */
function isPlaceWord(s: MentionScan, at: number): boolean {
  const { tokens, gazetteer } = s;
  const word = tokens[at] as Token;
  if (countryOf(s, word.text) !== null) return true;
  const hit = gazetteer.lookup(word.text)[0];
  return hit !== undefined && lookupKey(hit.name) === word.key && (hit.level !== 'city' || hit.population >= 1_000_000);
}

/** Whether two or three capitalised words after " and " at token `at` open on a given name and close on punctuation or a lower-case word. */
function givenNameListedAt(s: MentionScan, at: number): boolean {
  const { text, tokens, n, keys, gazetteer } = s;
  if (keys[at] !== 'and' || (tokens[at] as Token).isCapitalised || (tokens[at] as Token).gap !== ' ') return false;
  let k = at + 1;
  while (k < n && k - at <= 4 && (tokens[k] as Token).isCapitalised && (k === at + 1 || NAME_GAP.test((tokens[k] as Token).gap))) k++;
  const len = k - at - 1;
  if (len < 2 || len > 3) return false;
  if (k < n && (tokens[k] as Token).isCapitalised) return false;
  const first = keys[at + 1] as string;
  return (GIVEN_NAMES.has(first) || opensOnGivenName(s, at + 1, k, false)) && !gazetteer.lookup(spanText(text, tokens, at + 1, k))[0] &&
    !keys.slice(at + 1, k).some((w) => CAPITALISED_STOPWORDS.has(w) || ORG_TAILS.has(w) || GROUP_TAIL_HEADS.has(w) || MEDIA_TAIL_HEADS.has(w) || countryOf(s, w) !== null);
}

/** Whether one or two capitalised words, a possessive and a role noun stand at token `at`: ", Kony's deputy", ", the group's founder" is another rule's. */
function possessedRoleAt(s: MentionScan, at: number): boolean {
  const { text, tokens, n } = s;
  let k = at;
  while (k < n && k - at < 2 && (tokens[k] as Token).isCapitalised && (k === at || NAME_GAP.test((tokens[k] as Token).gap))) k++;
  if (k === at || k >= n) return false;
  const role = tokens[k] as Token;
  return POSSESSIVE_GAP.test(role.gap) && !role.isCapitalised && (PERSON_ROLE_CUES.has(role.key) || TITLES.has(role.key)) &&
    countryOf(s, spanText(text, tokens, at, k)) === null;
}

/**
 * Words around tokens [a, b) that make a name a person's, beyond the role noun right before it:
 * a role and a comma ("Its leader in Sulu, X,"), "identified as X", "the death of X", "killing X",
 * and the second of two names joined by "and" after a person ("the activists X and Y").
 */
function isPersonContextAt(s: MentionScan, a: number, b: number, prevKey: string): boolean {
  const { tokens, n, keys, lowerWords, mentions } = s;
  if (roleAppositiveAt(s, a, b)) return true;
  // "identified as X", "identified him as X", "figures such as X"
  if (prevKey === 'as' && a >= 2 && (keys[a - 2] === 'identified' || keys[a - 2] === 'named')) return true;
  if (prevKey === 'as' && a >= 3 && (keys[a - 3] === 'identified' || keys[a - 3] === 'named') && (keys[a - 2] === 'him' || keys[a - 2] === 'her')) return true;
  if (prevKey === 'as' && a >= 3 && keys[a - 2] === 'such' && PEOPLE_SUCH_AS.has(keys[a - 3] as string)) return true;
  if (prevKey === 'of' && a >= 2 && PERSON_OF_NOUNS.has(keys[a - 2] as string)) return true;
  if (PERSON_OBJECT_VERBS.has(prevKey)) return true;
  if (prevKey === 'and' && a >= 2) {
    const last = mentions[mentions.length - 1];
    return last !== undefined && last.type === 'person' && last.end === (tokens[a - 2] as Token).end;
  }
  // "among them X, Christos Pappas, Ioannis Lagos and Y": a name of two or three words listed after a person, the list going on
  if (a >= 1 && /^, ?$/.test((tokens[a] as Token).gap) && b - a >= 2 && b < n && (/^, ?$/.test((tokens[b] as Token).gap) || keys[b] === 'and')) {
    const last = mentions[mentions.length - 1];
    return last !== undefined && last.type === 'person' && last.basis !== 'coreference' && last.end === (tokens[a - 1] as Token).end &&
      !keys.slice(a, b).some((w) => lowerWords.has(w) || w.length < 2);
  }
  return false;
}

/**
 * Whether tokens [a, b) stand set off by commas after a noun of a person's role, with perhaps a
 * phrase of place or office after the noun: "China's envoy to the UN, X,", "its head of
 * counter-terrorism, X.", "one of them, X, had", "its self-proclaimed "king", X,".
 */
function roleAppositiveAt(s: MentionScan, a: number, b: number): boolean {
  const { text, tokens, n } = s;
  if (a === 0 || !/^, ?$/.test((tokens[a] as Token).gap)) return false;
  if (b < n && !/^[,.;:(]|^ \(/.test((tokens[b] as Token).gap) && !isListedNameAt(s, b)) return false;
  const from = (tokens[a] as Token).start;
  const before = text.slice(Math.max(0, from - 80), from).replace(/["”’]?,\s*$/, '');
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('. '), before.lastIndexOf('('), before.lastIndexOf('\n')) + 1);
  const said = clause.toLowerCase().match(/[\p{L}-]+/gu) ?? [];
  if (ONE_OF_THEM.test(said.slice(-4).join(' '))) return true;
  for (let k = said.length - 1; k >= 0 && k >= said.length - 8; k--) {
    const w = said[k] as string;
    if (!PERSON_ROLE_CUES.has(w) && !TITLES.has(w)) continue;
    const after = said[k + 1];
    if (after === undefined || ['of', 'in', 'to', 'for', 'at', 'from', 'with', 'on'].includes(after)) return true;
  }
  return false;
}

/** Whether a role noun (perhaps after another word) and "of"/"for"/"at" stand at token `at`: "commander of", "chief executive of", "spokesman for". */
function roleOfAt(s: MentionScan, at: number): boolean {
  const { tokens, n, keys } = s;
  for (let k = at; k < at + 2 && k + 1 < n; k++) {
    const t = tokens[k] as Token;
    if (t.isCapitalised || (k > at && t.gap !== ' ')) return false;
    if ((PERSON_ROLE_CUES.has(t.key) || TITLES.has(t.key)) && ROLE_OF_WORDS.has(keys[k + 1] as string) && (tokens[k + 1] as Token).gap === ' ') return true;
  }
  return false;
}

/** Whether " and " and one to four capitalised words closed by punctuation stand at token b: the second name of "X and Y,". */
function isListedNameAt(s: MentionScan, b: number): boolean {
  const { tokens, n, keys } = s;
  if (keys[b] !== 'and' || (tokens[b] as Token).isCapitalised || (tokens[b] as Token).gap !== ' ') return false;
  let k = b + 1;
  while (k < n && k - b <= 4 && (tokens[k] as Token).isCapitalised && (k === b + 1 || NAME_GAP.test((tokens[k] as Token).gap) || /^\. ?$/.test((tokens[k] as Token).gap))) k++;
  return k > b + 1 && (k >= n || /^[,.;:(]|^ \(/.test((tokens[k] as Token).gap));
}

export function isSentenceStart(s: MentionScan, a: number): boolean {
  const { tokens } = s;
  return a === 0 || /[.!?:]\s*$|\n\s*$/.test((tokens[a] as Token).gap);
}
