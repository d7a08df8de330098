import type { Sentence } from '../../model/index.js';
import type { ExtractedEntity, ExtractedRelation } from '../extraction.js';
import { DEMONYMS, lookupKey } from '../reference/index.js';
import { COMPASS_PART } from './genre-lexicon.js';
import type { Mention } from './mention.js';

/**
 * Where the text sets each place: `inner|outer` pairs of places its sentences name together, the first within the second
 * ("Kerman, Iran", "the Mali town of Kidal", "In Iraq, … Kirkuk"), each with where its sentence first says it.
 */
export function placingsOf(text: string, sentences: readonly Sentence[], mentions: readonly Mention[], entityOf: readonly string[]): Map<string, Placing> {
  const together = placedTogether(text, mentions, entityOf);
  addCountryFrames(text, sentences, mentions, entityOf, together);
  addCountriesNamedBeside(text, mentions, entityOf, together);
  return together;
}

/**
 * A place the text sets in a country it names by its adjective, or by its name, beside the place: "the Tanzanian border
 * district of Mtwara", "the Venezuelan states of Apure and Zulia", "Mashkel, on the Pakistani side of the border",
 * "Tamou, on the Niger side of the border", "Bwiam, inside Gambian territory". The place is within that country when
 * the document names the country (and the gazetteer, where it knows the place, puts it there).
 */
function addCountriesNamedBeside(text: string, mentions: readonly Mention[], entityOf: readonly string[], together: Map<string, Placing>): void {
  const countryKey = new Map<string, string>();
  mentions.forEach((m, i) => {
    if (m.type === 'location' && m.place?.level === 'country' && !countryKey.has(m.place.country)) countryKey.set(m.place.country, entityOf[i] as string);
  });
  if (countryKey.size === 0) return;
  const codeOf = (word: string): string | undefined => DEMONYMS[word];
  const place = (k: number, code: string | undefined): void => {
    const m = mentions[k] as Mention;
    const country = code === undefined ? undefined : countryKey.get(code);
    if (!country || m.type !== 'location' || m.place?.level === 'country' || m.place && m.place.country !== code) return;
    const pair = `${entityOf[k] as string}|${country}`;
    const known = together.get(pair);
    if (!known) together.set(pair, { at: m.start, stated: true, part: false });
    else known.stated = true;
  };
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k] as Mention;
    if (m.type !== 'location' || m.place?.level === 'country') continue;
    const kindOf = ADJECTIVE_KIND_OF.exec(text.slice(Math.max(0, m.start - 90), m.start));
    if (kindOf) {
      const code = codeOf(kindOf[1] as string);
      place(k, code);
      // (and each place listed with it: "the Venezuelan states of Apure and Zulia")
      for (let j = k + 1; j < mentions.length && LIST_GAP.test(text.slice((mentions[j - 1] as Mention).end, (mentions[j] as Mention).start)); j++) place(j, code);
      continue;
    }
    const after = text.slice(m.end, m.end + 60);
    const side = SIDE_OF_BORDER.exec(after);
    if (side) {
      const word = (side[1] ?? side[2]) as string;
      const next = mentions[k + 1];
      // ("on the Niger side": the country by its name, a mention of its own)
      const named = next?.place?.level === 'country' && next.start < m.end + side[0].length && text.slice(next.start, next.end) === word ? next.place.country : undefined;
      place(k, named ?? codeOf(word));
    }
  }
}

/** "the Tanzanian border district of ", "the southern Austrian province of ": a country's adjective, then the kind of place named next. */
const ADJECTIVE_KIND_OF = new RegExp(
  String.raw`\bthe\s+(?:(?:${COMPASS_PART}|remote|restive|far)\s+)*([A-Z][a-z]+)\s+(?:(?:border|frontier|remote|restive|coastal|mountainous|northern|southern|eastern|western|central)\s+)*(?:towns?|cit(?:y|ies)|villages?|districts?|provinces?|regions?|states?|count(?:y|ies)|governorates?|departments?|municipalit(?:y|ies)|prefectures?|territor(?:y|ies)|islands?|ports?|enclaves?)\s+of\s+$`,
);
/** ", on the Pakistani side of the border", ", inside Gambian territory": after a place, the country it lies in. */
const SIDE_OF_BORDER = /^,?\s+(?:(?:on|from)\s+the\s+([A-Z][a-z]+)\s+side\s+of\b|inside\s+(?:the\s+)?([A-Z][a-z]+)\s+(?:territory|border)\b)/;

/** The value of an entity's attribute (`level`, `country`, `admin1`), or undefined. (Not a helper made per entity.) */
function attributeOf(e: ExtractedEntity, name: string): ExtractedEntity['attributes'][number]['value'] | undefined {
  return e.attributes.find((x) => x.attribute === name)?.value;
}

/**
 * Each place within the narrowest container its own sentence sets it in ("Derbent, Dagestan": Dagestan, not Russia;
 * "Dagestan, Russia": Russia), never a container the gazetteer knows and the text does not say.
 */
export function placesWithin(
  text: string, sentences: readonly Sentence[], mentions: readonly Mention[], entityOf: readonly string[],
  entities: readonly ExtractedEntity[], together: ReadonlyMap<string, Placing>,
): ExtractedRelation[] {
  const out: ExtractedRelation[] = [];
  const placeOf = new Map<string, Placement>();
  const divisionRank = divisionsNamed(text, mentions, entityOf);
  const kindNamed = new Set<string>();
  for (const e of entities) {
    if (e.type !== 'location') continue;
    const level = attributeOf(e, 'level');
    // ("Silame LGA", "Bajaur district": a district the gazetteer lacks holds the towns the text sets in it; "Erbil
    // governorate", "Aragua state": a division the text names as one is one, though a town bears its name)
    const rank = typeof level === 'string' ? (PLACE_RANK[level] ?? 0) : 0;
    const named = divisionRank.get(e.key) ?? (PROVINCE_NAME.test(e.name) ? PROVINCE_RANK : DISTRICT_NAME.test(e.name) ? DISTRICT_RANK : 0);
    if (named > 0) kindNamed.add(e.key);
    const country = attributeOf(e, 'country');
    const admin1 = attributeOf(e, 'admin1');
    placeOf.set(e.key, {
      rank: Math.max(rank, named),
      country: typeof country === 'string' ? country : null,
      admin1: typeof admin1 === 'string' ? admin1 : null,
      known: typeof level === 'string' || named > 0,
    });
  }
  const siteCountry = new Map<string, string>();
  for (const m of mentions) if (m.key.startsWith('site:') && m.place && !siteCountry.has(m.key)) siteCountry.set(m.key, m.place.country);
  const narrowest = new Map<string, { outer: string; rank: number; at: number }>();
  for (const [pair, { at, stated, part, division, closed }] of together) {
    const [inner, outer] = pair.split('|') as [string, string];
    const a = placeOf.get(inner);
    const given = placeOf.get(outer);
    // (a division the gazetteer lacks, given in a digest's brackets, holds its town as a district does)
    const c = given && division && !given.known ? { ...given, rank: 1.5, known: true } : given;
    // (and one the text says is wider than the district it holds: "Mugi district of Nduga")
    const implied = together.get(pair)?.outerRank;
    const ranked = c && !c.known && implied !== undefined ? { ...c, rank: implied, known: true } : c;
    // (and one the text says holds a town or a site right after its name, "Kunj Alizai in Upper Kurram": wider than that
    // town or site, though the gazetteer knows neither; not one a heading puts in brackets, "Arabian Peninsula (Gulf States)";
    // and a division a bare comma the text closes after it gives a town the gazetteer knows, "Makassar, South Sulawesi, on …")
    const placing = together.get(pair);
    const holds = placing?.holdsNamed === true || placing?.closed === true && a?.rank === 1;
    const held = ranked && !ranked.known && a && a.rank <= 1 && holds ? { ...ranked, rank: a.rank + 0.5, known: true } : ranked;
    // ("Koya, in Erbil governorate": a town an aside sets in a division the text names with its kind is there, though the
    // gazetteer read the town's name as one of another country)
    const named = placing?.placedAside === true && a && a.rank === 1 && kindNamed.has(outer) ? { ...a, country: null } : a;
    if (!named || !held || inner === outer || !containsPlace(held, named, stated ? undefined : siteCountry.get(inner) ?? siteCountry.get(outer), stated || closed === true, part)) continue;
    const known = narrowest.get(inner);
    if (!known || held.rank < known.rank) narrowest.set(inner, { outer, rank: held.rank, at });
  }
  let si = 0;
  for (const [inner, { outer, at }] of [...narrowest].sort((x, y) => x[1].at - y[1].at)) {
    while (si + 1 < sentences.length && (sentences[si] as Sentence).end <= at) si++;
    const s = sentences[si];
    const span = s && s.start <= at && at < s.end ? { start: s.start, end: s.end, sentence: s.index } : { start: at, end: at, sentence: -1 };
    out.push({ sourceKey: inner, type: 'located_in', targetKey: outer, start: null, end: null, hedge: null, span });
  }
  return out;
}

/**
 * The places a second reading added (entity-classifier.ts: names the rules left out, "Talataye, in the Gao region",
 * "Makassar, South Sulawesi") set within places as the rules' places are, where the rules set the place in no other:
 * their mentions read beside the rules' ones, with the same frames.
 */
export function placeAddedPlaces(
  text: string, sentences: readonly Sentence[], mentions: readonly Mention[], entityOf: readonly string[],
  entities: readonly ExtractedEntity[], relations: readonly ExtractedRelation[],
): ExtractedRelation[] {
  // (and those it retyped as places: "In Kabardino-Balkaria, …", a name the rules read as a person's)
  const ruledPlaces = new Set(entityOf.filter((_, i) => (mentions[i] as Mention).type === 'location'));
  const added = entities.filter((e) => e.type === 'location' && !ruledPlaces.has(e.key));
  if (added.length === 0) return [];
  const typeOf = new Map(entities.map((e) => [e.key, e.type]));
  // (the sentences that name an added place: the frames are read within a sentence)
  const where = new Set(added.flatMap((e) => e.mentions.map((m) => m.sentence)));
  const spans = sentences.filter((s) => where.has(s.index));
  const all: { m: Mention; key: string }[] = [];
  let si = 0;
  mentions.forEach((m, i) => {
    while (si < spans.length && (spans[si] as Sentence).end <= m.start) si++;
    const s = spans[si];
    const key = entityOf[i] as string;
    const type = typeOf.get(key);
    if (type && s && s.start <= m.start) all.push({ m: type === m.type ? m : { ...m, type }, key });
  });
  // (a retyped place's mentions are the rules' ones, read above with its new type)
  const ruled = new Set(entityOf);
  for (const e of added) {
    if (ruled.has(e.key)) continue;
    for (const s of e.mentions) {
      all.push({ m: { start: s.start, end: s.end, text: text.slice(s.start, s.end), type: 'location', basis: 'pattern', key: e.key, ref: null, place: null, name: e.name, token: -1 }, key: e.key });
    }
  }
  all.sort((a, b) => a.m.start - b.m.start);
  const merged = all.map((x) => x.m);
  const mergedOf = all.map((x) => x.key);
  const isAdded = new Set(added.map((e) => e.key));
  const placed = new Set(relations.filter((r) => r.type === 'located_in').map((r) => r.sourceKey));
  return placesWithin(text, sentences, merged, mergedOf, entities, placingsOf(text, sentences, merged, mergedOf))
    .filter((r) => (isAdded.has(r.sourceKey) || isAdded.has(r.targetKey)) && !placed.has(r.sourceKey));
}

/**
 * Pairs of places the text names together, the first within the second: "Kerman, Iran", "Crocus City Hall
 * near Moscow", "Derbent and Makhachkala in Dagestan", "Afghanistan’s Nangarhar province", "Kidal (Mali)",
 * "Kunar province of Afghanistan", "the Mali town of Kidal" (keys `inner|outer`, each with where its sentence first says it).
 */
function placedTogether(text: string, mentions: readonly Mention[], entityOf: readonly string[]): Map<string, Placing> {
  const out = new Map<string, Placing>();
  const put = (inner: string, outer: string, at: number, stated: boolean, part = false, division = false, outerRank?: number, closed = false, holdsNamed = false): void => {
    const k = `${inner}|${outer}`;
    const known = out.get(k);
    if (!known) out.set(k, outerRank === undefined ? { at, stated, part, division, closed, holdsNamed } : { at, stated, part, division, outerRank, closed, holdsNamed });
    else {
      known.stated ||= stated;
      known.holdsNamed = known.holdsNamed === true || holdsNamed;
      known.closed = known.closed === true || closed;
      known.part ||= part;
      known.division = known.division === true || division;
      if (outerRank !== undefined) known.outerRank = Math.max(known.outerRank ?? 0, outerRank);
    }
  };
  for (let i = 0; i < mentions.length; i++) {
    const a = mentions[i] as Mention;
    if (a.type !== 'location') continue;
    const inner = entityOf[i] as string;
    const next = mentions[i + 1];
    if (next && next.type === 'location') {
      const gap = text.slice(a.end, next.start);
      // "Kidal (Mali)"
      if (/^\s*\(\s*$/.test(gap) && /^\s*\)/.test(text.slice(next.end, next.end + 3))) put(inner, entityOf[i + 1] as string, a.start, true);
      // "Kunj Alizai in Upper Kurram", "Temucuicui, in the commune of Ercilla", "Alama village in Mimika": the place right
      // after "in" holds the one before
      if (IN_NAMED_PLACE.test(gap.replace(SETTLEMENT_AFTER_NAME, ''))) {
        put(inner, entityOf[i + 1] as string, a.start, true, false, false, undefined, false, true);
        // ("Koya, in Erbil governorate": an aside that places the town)
        if (gap.startsWith(',')) (out.get(`${inner}|${entityOf[i + 1] as string}`) as Placing).placedAside = true;
      }
      // "- 2 Sep, Bamenda (Mezam): …", "Takum (Taraba State, Nigeria):": the division a digest's item gives its town
      if (/^\s*\(\s*$/.test(gap) && DIGEST_DIVISION_AFTER.test(text.slice(next.end, next.end + 70))) put(inner, entityOf[i + 1] as string, a.start, true, false, true);
      // "the Mali town of Kidal", "the Sydney suburb of Wakeley" (a part of a town the gazetteer may list as a town)
      if (PLACE_KIND_OF.test(gap)) put(entityOf[i + 1] as string, inner, a.start, true, TOWN_PART_OF.test(gap));
    }
    // "Derbent, Dagestan, Russia", "Gidan Sama and Rumtuwa in Silame LGA, Sokoto State", "Bajaur district in Pakistan’s
    // Khyber Pakhtunkhwa province": each place the chain goes on to holds the first (one a list merely names beside it does not)
    for (let k = i + 1; k < mentions.length; k++) {
      const b = mentions[k] as Mention;
      const gap = text.slice(a.end, b.start);
      if (b.start - a.end > 80 || b.type !== 'location' || /[.;:!?]\s|[()]/.test(gap)) break;
      // (the kind of division a name is stands outside its mention: "Aragua state, Venezuela", "Koya district, in Erbil")
      // (and the kind of settlement: "Pazigyi village, Sagaing Region")
      const last = text.slice((mentions[k - 1] as Mention).end, b.start).replace(KIND_AFTER_NAME, '').replace(SETTLEMENT_AFTER_NAME, '');
      const possessive = POSSESSIVE_GAP.test(last);
      if (k === i + 1 && possessive) {
        // "Afghanistan’s Nangarhar province", and each place listed with it: "Istanbul’s Fatih and Esenyurt districts"
        put(entityOf[k] as string, inner, a.start, true);
        for (let j = k + 1; j < mentions.length && (mentions[j] as Mention).type === 'location' &&
          LIST_GAP.test(text.slice((mentions[j - 1] as Mention).end, (mentions[j] as Mention).start).replace(KIND_AFTER_NAME, '')); j++) {
          put(entityOf[j] as string, inner, a.start, true);
        }
        break;
      }
      // (a list is no chain: "Gojjam, Gondar, Wollo and Shewa"; nor the speaker a comma brings: "near Mosul, Baghdad said")
      if (k === i + 1 && /^,\s*$/.test(last) && (listGoesOn(text, mentions, k) || SPEAKER_AFTER.test(text.slice(b.end, b.end + 30)))) break;
      // (near or outside a town is not in it: "Krasnogorsk, outside Moscow"; a site near a town is set by it)
      const near = NEAR_GAP.test(last) && !a.key.startsWith('site:');
      // (a site in its town: "Westgate Mall … in the suburbs of Nairobi")
      const siteIn = k === i + 1 && a.key.startsWith('site:') && !b.key.startsWith('site:') && SITE_IN.test(last);
      // "a church in the Sydney suburb of Wakeley": the site is in the suburb, not in the town that names it
      const partAfter = siteIn || k === i + 1 && !near && PLACED_IN.test(last) ? mentions[k + 1] : undefined;
      // ("the Karimabad neighbourhood of Karachi": the part is the narrower of the two, the second when both are towns)
      if (partAfter && partAfter.type === 'location' && TOWN_PART_OF.test(text.slice(b.end, partAfter.start))) {
        put(inner, entityOf[mentionRank(b) < mentionRank(partAfter) ? k : k + 1] as string, a.start, true, true);
        break;
      }
      if (siteIn || !near && (PLACED_IN.test(last) || DIVISION_OF.test(last) ||
        (possessive && k - 1 > i && PLACED_IN.test(text.slice((mentions[k - 2] as Mention).end, (mentions[k - 1] as Mention).start))))) {
        // ("Gimbi district of West Wollega": a district is of a wider division, though the gazetteer lacks it)
        // (not a part of a town: "the Sydney suburb of Wakeley" says nothing of Wakeley's rank)
        const ofDistrict = k === i + 1 && (DISTRICT_OF.test(text.slice(a.end, b.start)) || DISTRICT_NAME.test(a.text) && /^\s+(?:in|of)\s+(?:the\s+)?$/i.test(last));
        // (a bare comma the text closes after the second place sets the first in it, whatever division the gazetteer
        // gives the first: "Marawi City, Lanao del Sur, as students …"; not "Kandahar, Helmand, Uruzgan")
        const next = mentions[k + 1];
        const closed = k === i + 1 && /^,\s*$/.test(last) && !(next?.type === 'location' && next.place?.level !== 'country' && /^\s*(?:,|and\b|or\b)/.test(text.slice(b.end, next.start)) && next.start - b.end < 8);
        put(inner, entityOf[k] as string, a.start, /\b(?:in|of)\s/i.test(last) || possessive, false, false, ofDistrict ? PROVINCE_RANK : undefined, closed);
      } else if (!LIST_GAP.test(last)) break;
    }
  }
  return out;
}

/** "In Pakistan, ", "• In northern Mali, ": a sentence that opens on the country it goes on to tell of. */
export const COUNTRY_FRAME_BEFORE = new RegExp(String.raw`^\s*(?:[•*–-]\s*)?(?:\d+(?:\.\d+)*\.?\s+)?In\s+(?:the\s+)?(?:(?:${COMPASS_PART}|neighbouring|neighboring)\s+)?$`);

/**
 * A sentence that opens on a country ("In Iraq, the Islamic State has been reduced to cells … south of Kirkuk, and the
 * western Anbar desert") sets each town and division it names that the gazetteer puts in that country within it (as
 * the text says; a narrower container the text gives wins, as for any place).
 */
function addCountryFrames(text: string, sentences: readonly Sentence[], mentions: readonly Mention[], entityOf: readonly string[], together: Map<string, Placing>): void {
  let mi = 0;
  for (const s of sentences) {
    while (mi < mentions.length && (mentions[mi] as Mention).start < s.start) mi++;
    const first = mentions[mi];
    if (!first || first.start >= s.end || first.type !== 'location' || first.key.startsWith('site:') ||
      !COUNTRY_FRAME_BEFORE.test(text.slice(s.start, first.start)) || !/^\s*,/.test(text.slice(first.end, first.end + 3))) continue;
    const country = entityOf[mi] as string;
    if (!first.place || first.place.level === 'admin1') {
      // "In Kabardino-Balkaria, the FSB arrested three men in Nalchik": a division the sentence opens on holds the towns it
      // names that the gazetteer puts in a division of that name
      const division = divisionKey(first.name ?? first.text);
      for (let k = mi + 1; k < mentions.length && (mentions[k] as Mention).start < s.end; k++) {
        const m = mentions[k] as Mention;
        const town = entityOf[k] as string;
        if (m.type !== 'location' || m.basis !== 'gazetteer' || m.place?.level !== 'city' || !m.place.admin1 || town === country ||
          !sameDivision(division, divisionKey(m.place.admin1))) continue;
        const known = together.get(`${town}|${country}`);
        if (!known) together.set(`${town}|${country}`, { at: m.start, stated: true, part: false, outerRank: PROVINCE_RANK });
        else known.stated = true;
      }
    }
    if (!first.place) continue;
    if (first.place.level !== 'country') {
      // "In Derbent, attackers set fire to the Kele-Numaz synagogue": a town the sentence opens on holds the sites it names
      if (first.place.level !== 'city' && first.place.level !== 'admin1') continue;
      for (let k = mi + 1; k < mentions.length && (mentions[k] as Mention).start < s.end; k++) {
        const m = mentions[k] as Mention;
        const site = entityOf[k] as string;
        if (m.type !== 'location' || !m.key.startsWith('site:') || site === country) continue;
        const known = together.get(`${site}|${country}`);
        if (!known) together.set(`${site}|${country}`, { at: m.start, stated: true, part: false });
        else known.stated = true;
      }
      continue;
    }
    for (let k = mi + 1; k < mentions.length && (mentions[k] as Mention).start < s.end; k++) {
      const m = mentions[k] as Mention;
      if (m.type !== 'location' || m.basis !== 'gazetteer' || !m.place || m.place.level === 'country' || m.place.country !== first.place.country) continue;
      const pair = `${entityOf[k] as string}|${country}`;
      const known = together.get(pair);
      if (!known) together.set(pair, { at: m.start, stated: true, part: false });
      else known.stated = true;
    }
  }
}

/** A division's name without its kind, folded as the gazetteer's keys are: "Republic of Dagestan" and "Dagestan" → "dagestan". */
function divisionKey(name: string): string {
  return lookupKey(name).replace(/\b(?:republic|province|governorate|region|state|oblast|krai|territory|of|the)\b/g, '').replace(/[^a-z]/g, '');
}

/** Whether two folded division names are one ("kabardinobalkar", the gazetteer's, and "kabardinobalkaria", the text's). */
function sameDivision(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 5 && long.startsWith(short) && long.length - short.length <= 2;
}

/** The places the text names with a division's kind after them ("Aragua state", "Nduga regency"), with that division's rank. */
function divisionsNamed(text: string, mentions: readonly Mention[], entityOf: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    if (m.type !== 'location' || m.key.startsWith('site:')) continue;
    const kind = KIND_AFTER_NAME.exec(text.slice(m.end, m.end + 16));
    if (!kind) continue;
    const rank = PROVINCE_NAME.test(kind[0]) ? PROVINCE_RANK : DISTRICT_RANK;
    const key = entityOf[i] as string;
    out.set(key, Math.max(out.get(key) ?? 0, rank));
  }
  return out;
}

/** How wide a mentioned place is, as far as its mention tells (a site, or a place the gazetteer lacks, 0). */
function mentionRank(m: Mention): number {
  return m.key.startsWith('site:') || !m.place ? 0 : PLACE_RANK[m.place.level] ?? 0;
}

/** What follows the division in a digest's brackets: the bracket and the colon that close the item's place, perhaps after more places. */
const DIGEST_DIVISION_AFTER = /^(?:,[^()\n]{1,60})?\)\s*:/;

/** Where a sentence sets one place within another, and whether it says so in words ("in", "of", a possessive) or by a bare comma. */
export interface Placing {
  at: number;
  stated: boolean;
  /** The text names the inner place a part of the outer town: "the Sydney suburb of Wakeley", "a mosque in the Karimabad quarter of Karachi". */
  part: boolean;
  /** A digest's item opens on the town and, in brackets, the division that holds it: "Bamenda (Mezam):", "Takum (Taraba State, Nigeria):". */
  division?: boolean;
  /** A bare comma joins the two, and the text goes on after the second with no other place: "Marawi City, Lanao del Sur, as …". */
  closed?: boolean;
  /** The outer place stands right after the inner one, after "in": "Kunj Alizai in Upper Kurram". */
  holdsNamed?: boolean;
  /** An aside after the inner place sets it in the outer: "Koya, in Erbil governorate". */
  placedAside?: boolean;
  /** How wide the text says the outer place is when the gazetteer does not know it: wider than a district it holds ("Mugi district of Nduga"). */
  outerRank?: number;
}

/** " in ", ", in the commune of ": what stands between a place and the one right after it that holds it (not "near", "outside"). */
const IN_NAMED_PLACE = /^,?\s+in\s+(?:the\s+)?(?:(?:commune|district|province|region|municipality|county|state|governorate|department|town|city)\s+of\s+)?$/i;

/** What stands between a site and the town that holds it: " in ", " on the outskirts of ", " near ". */
const SITE_IN = /^(?:[^.;,]{0,50}?\b(?:in|of|near|outside|at))\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i;
/** What stands between a place and the place that holds it: ", ", " in ", ", in western ", " near the ", ", the capital of ". */
const PLACED_IN = /^(?:,\s*(?:the\s+)?|,?\s+(?:(?:located|situated|lying|which lies|which is)\s+)?(?:in|near|outside|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}|,\s*(?:(?:north|south|east|west)(?:ern)?|central|north-?(?:east|west)(?:ern)?|south-?(?:east|west)(?:ern)?)\s+|,\s*(?:the|a|an|its)\s+(?:[\w-]+\s+){0,3}(?:capital|cit(?:y|ies)|towns?|villages?|ports?|districts?|provinces?|regions?|areas?|hubs?|cent(?:re|er)s?|seat)\s+(?:of|in)\s+(?:the\s+)?(?:(?:Republic|Province|State|Region|District)\s+of\s+)?)$/i;
const NEAR_GAP = /^,?\s*(?:near|outside)\b/i;
const POSSESSIVE_GAP = /^[’']s\s+(?:[\w-]+\s+){0,2}$/;
/** " said", " told reporters": the place a comma brings is the speaker of a report. */
const SPEAKER_AFTER = /^\s+(?:said|says|told|reported|announced|claimed|added|stated|denied|confirmed)\b/;
/** Whether the place mention `k` goes on to a list that "and" or "or" closes: "Gondar, Wollo and Shewa" (not "Dagestan, Russia"). */
function listGoesOn(text: string, mentions: readonly Mention[], k: number): boolean {
  let j = k + 1;
  while (mentions[j]?.type === 'location' && /^\s*,\s*(?:the\s+)?$/.test(text.slice((mentions[j - 1] as Mention).end, (mentions[j] as Mention).start))) j++;
  const last = mentions[j];
  return last !== undefined && last.type === 'location' && /^\s*,?\s+(?:and|or)\s+(?:the\s+)?$/.test(text.slice((mentions[j - 1] as Mention).end, last.start));
}

/** Places listed side by side: "Derbent and Makhachkala", "Tangaza, Gudu". */
const LIST_GAP = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|\/\s*)(?:the\s+)?$/i;
/** "Kunar province of Afghanistan", "the Tangaza and Gudu areas of Sokoto State": a place named with its kind, then what holds it. */
const DIVISION_OF = /^\s+(?:province|district|region|state|county|governorate|department|municipality|prefecture|territory|division|area|quarter|neighbou?rhood|suburb|outskirts)s?\s+(?:of|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i;
/** "the Sydney suburb of", "the Dweila neighbourhood of": the town, then the named part of it next. */
const TOWN_PART_OF = /^(?:[’']s)?\s+(?:(?:northern|southern|eastern|western|central|old)\s+)*(?:suburb|neighbou?rhood|quarter|district|area)\s+of\s+$/i;
/** "the Mali town of", "the Sydney suburb of": the holder, then the kind of place named next. */
const PLACE_KIND_OF = new RegExp(
  String.raw`^(?:[’']s)?\s+(?:(?:${COMPASS_PART}|remote|border|coastal|restive|small|key)\s+)*(?:town|city|village|port|district|province|region|state|county|governorate|department|municipality|prefecture|capital|territory|island|enclave|locality|commune|settlement|suburb|neighbou?rhood|quarter)\s+of\s+$`,
  'i',
);

/** How wide a place is: a town within a division within a country (a site, or a place the gazetteer lacks, 0). */
const PLACE_RANK: Readonly<Record<string, number>> = { city: 1, admin1: 2, region: 2, country: 3 };

/** What the gazetteer knows of a place of the document. */
interface Placement {
  rank: number;
  country: string | null;
  admin1: string | null;
  /** A place the gazetteer or the pack knows (not a site or a town the text alone sets). */
  known: boolean;
}

/** A place named with its district's kind: "Silame LGA", "Chiure district". */
const DISTRICT_NAME = /\s(?:district|lga|county|sub-county|municipality|tehsil|commune|department|prefecture|regency)$/i;
/** " district of ", " county in ": a district named, then the wider division that holds it. */
const DISTRICT_OF = /^\s+(?:district|county|municipality|commune|regency|lga|tehsil|sub-district)\s+(?:of|in)\s+(?:the\s+)?$/i;
/** A place named with a first-level division's kind: "Erbil governorate", "Sagaing Region", "Borno State". */
const PROVINCE_NAME = /\s(?:province|governorate|region|state|oblast)$/i;
/** The kind of division right after a place's name, outside its mention: " state", " province", " district". */
const KIND_AFTER_NAME = /^\s+(?:province|governorate|region|state|oblast|district|regency|county|municipality|commune|prefecture|department)\b/i;
/** The kind of settlement or tract right after a place's name, outside its mention: " village", " valley", " camp". */
const SETTLEMENT_AFTER_NAME = /^\s+(?:village|hamlet|settlement|locality|town|camp|valley|meadow|area)\b/i;
/** How wide a district and a first-level division are (PLACE_RANK's scale). */
const DISTRICT_RANK = 1.5;
const PROVINCE_RANK = 2;

/**
 * Whether `outer` may hold `inner`: a wider place the gazetteer knows, in the same country as far as it knows, and
 * (when the text only puts a comma between them: "Kandahar, Helmand" may be a list) the town's own division.
 */
function containsPlace(outer: Placement, inner: Placement, siteCountry: string | undefined, stated: boolean, part: boolean): boolean {
  // (a part of a town the text names holds a site, and is within its town even when the gazetteer lists it as a town)
  if (part ? inner.rank > 1 || outer.rank < inner.rank : !outer.known || outer.rank <= inner.rank) return false;
  const innerCountry = inner.country ?? siteCountry ?? null;
  const outerCountry = outer.country ?? siteCountry ?? null;
  if (innerCountry !== null && outerCountry !== null && innerCountry !== outerCountry) return false;
  if (!stated && outer.rank === 2 && inner.admin1 !== null && outer.admin1 !== null && inner.admin1 !== outer.admin1) return false;
  return true;
}
