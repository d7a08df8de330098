import type { Place } from '../reference/index.js';
import { CAPITALISED_STOPWORDS } from './genre-lexicon.js';
import { COMPASS_WORDS, NAME_GAP, PLACE_JOINERS } from './mention-lexicon.js';
import type { MentionScan } from './mention-scan.js';
import { spanText } from './span-text.js';
import type { Token } from './tokenize.js';

/**
 * The countries the document names, paragraph by paragraph (by name, capital or demonym; the countries each paragraph
 * names as places apart), how often it names each, and the ones its opening lines name: the countries the paragraph,
 * then the document, talks about decide between towns of one name.
 */
export function readDocumentCountries(s: MentionScan): void {
  const { text, tokens, n, gazetteer, docCountries, countryCounts, paragraphOf, paragraphCountries, paragraphSettings, titleCountries } = s;
  const count = (country: string): void => void countryCounts.set(country, (countryCounts.get(country) ?? 0) + 1);
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token;
    if (i > 0 && /\n\s*\n/.test(t.gap)) {
      paragraphCountries.push(new Set());
      paragraphSettings.push(new Set());
    }
    paragraphOf[i] = paragraphCountries.length - 1;
    if (!t.isCapitalised || CAPITALISED_STOPWORDS.has(t.key)) continue;
    const paragraph = paragraphCountries[paragraphCountries.length - 1] as Set<string>;
    const settings = paragraphSettings[paragraphSettings.length - 1] as Set<string>;
    const here = { add: (country: string, end: number): void => {
      paragraph.add(country);
      if (!FORCE_AFTER_NATIONALITY.test(text.slice((tokens[end - 1] as Token).end, (tokens[end - 1] as Token).end + 40))) settings.add(country);
    } };
    const long = longCountryAt(s, i);
    if (long) {
      docCountries.add(long.place.country);
      here.add(long.place.country, i + long.length);
      count(long.place.country);
      // "Congo" inside "Democratic Republic of the Congo" names no other country
      for (let k = i + 1; k < i + long.length; k++) paragraphOf[k] = paragraphCountries.length - 1;
      i += long.length - 1;
      continue;
    }
    const demonym = gazetteer.countryOfDemonym(t.text);
    if (demonym) {
      docCountries.add(demonym);
      here.add(demonym, i + 1);
      count(demonym);
    }
    // one to three words, the later ones capitalised or a short connector ("Bosnia and Herzegovina")
    for (let len = 1; len <= 3 && i + len <= n; len++) {
      const last = tokens[i + len - 1] as Token;
      if (len > 1 && !last.isCapitalised && !(len === 2 && (last.key === 'and' || last.key === 'of'))) break;
      if (len > 1 && !/^[ \u00a0-]$/.test(last.gap)) break;
      const hits = gazetteer.lookup(spanText(text, tokens, i, i + len));
      const hit = hits[0];
      // a country, or a capital city (its population carries the capital's bonus); not a name two countries share ("Congo")
      if (hits[1]?.level === 'country') continue;
      // (nor a capital's name opening a longer place's: "Santo Domingo de Acobamba" is in Peru)
      const after = tokens[i + len];
      if (hit?.level === 'city' && after !== undefined && !after.isCapitalised && after.gap === ' ' && PLACE_JOINERS.has(after.key) && after.key !== 'and' &&
        tokens[i + len + 1]?.isCapitalised === true) continue;
      // (a capital whose name a sizeable town of another country bears names neither: "Saint-Denis", "Tripoli")
      const isCapital = hit?.level === 'city' && hit.population >= 5_000_000_000 &&
        !hits.some((p) => p.country !== hit.country && p.level === 'city' && p.population >= SIZEABLE_NAMESAKE);
      if (hit?.level === 'country' || isCapital) {
        docCountries.add(hit.country);
        here.add(hit.country, i + len);
        count(hit.country);
      }
    }
  }

  // the countries the document's opening lines (its title, its dateline) name: where a place the paragraph does not set lies
  const headEnd = openingLinesEnd(text);
  for (let i = 0; i < n && (tokens[i] as Token).start < headEnd; i++) {
    const t = tokens[i] as Token;
    if (!t.isCapitalised) continue;
    // (a country's name inside another name is none of the title's countries: "Lake Chad", "the Gulf of Guinea")
    const before = i > 0 ? (tokens[i - 1] as Token) : null;
    if (before !== null && (before.isCapitalised && NAME_GAP.test(t.gap) || before.key === 'of' && !before.isCapitalised)) continue;
    const hits = gazetteer.lookup(t.text);
    if (hits[0]?.level === 'country' && hits[1]?.level !== 'country') titleCountries.add(hits[0].country);
    else if (hits[0]?.level === 'city' && hits[0].population >= 5_000_000_000) titleCountries.add(hits[0].country);
  }
}

/** The one country the document is about: its title's, else the one it names most (a third of the time, three times at least). */
export function homeCountry(s: MentionScan): string | null {
  if (s.home !== undefined) return s.home;
  let total = 0;
  let top: [string, number] = ['', 0];
  for (const [country, c] of s.countryCounts) {
    total += c;
    if (c > top[1]) top = [country, c];
  }
  s.home = s.titleCountries.size === 1 ? ([...s.titleCountries][0] as string) : top[1] >= 3 && top[1] * 3 >= total ? top[0] : null;
  return s.home;
}

/** A force's words after a country or a nationality: the force's, not the place's ("a Rwandan patrol", "Kenyan special forces", "the Rwanda Defence Force"). */
const FORCE_AFTER_NATIONALITY = /^\s+(?:[\w-]+\s+)?(?:patrols?|convoys?|troops|forces|soldiers|army|military|contingents?|peacekeepers|units?|battalions?|air ?strikes?|drones?|jets|warplanes|Defen[cs]e Forces?|Armed Forces|Army|Air Force|Navy)\b/i;

/** How many people a town of a capital's name must have, in another country, for the name to say neither country. */
const SIZEABLE_NAMESAKE = 50_000;

/** The countries the paragraph of tokens [a, b) names, and the one named right after it (", Germany"). */
export function nearCountries(s: MentionScan, a: number, b: number, byParagraph: readonly Set<string>[] = s.paragraphCountries): ReadonlySet<string> {
  const { tokens, n, gazetteer, paragraphOf } = s;
  const paragraph = byParagraph[paragraphOf[a] as number] as Set<string>;
  const next = b < n ? (tokens[b] as Token) : null;
  if (next === null || !/^, ?$/.test(next.gap)) return paragraph;
  const after = gazetteer.lookup(next.text)[0];
  if (after?.level !== 'country' || paragraph.has(after.country)) return paragraph;
  return new Set([...paragraph, after.country]);
}

export function countryOf(s: MentionScan, surface: string): string | null {
  const { gazetteer } = s;
  const demonym = gazetteer.countryOfDemonym(surface);
  if (demonym) return demonym;
  const hit = gazetteer.lookup(surface)[0];
  return hit?.level === 'country' ? hit.country : null;
}

/** A country's name of three to seven words with lower-case connectors starting at token `a`. */
export function longCountryAt(s: MentionScan, a: number): { length: number; place: Place } | null {
  const { text, tokens, n, gazetteer } = s;
  if (!isCountryConnector(s, a + 1) && !isCountryConnector(s, a + 2)) return null;
  for (let len = Math.min(7, n - a); len >= 3; len--) {
    const last = tokens[a + len - 1] as Token;
    if (!last.isCapitalised) continue;
    let ok = true;
    for (let k = a + 1; k < a + len && ok; k++) {
      const t = tokens[k] as Token;
      ok = /^[ \u00a0]$/.test(t.gap) && (t.isCapitalised || isCountryConnector(s, k));
    }
    if (!ok) continue;
    const hit = gazetteer.lookup(spanText(text, tokens, a, a + len))[0];
    if (hit?.level === 'country') return { length: len, place: hit };
  }
  return null;
}

/** A country of two words whose second word the pack knows alone: "South Africa" (the pack's "Africa"). */
export function twoWordCountryAt(s: MentionScan, a: number): { length: number; place: Place } | null {
  const { text, tokens, keys, gazetteer } = s;
  const next = tokens[a + 1];
  if (next === undefined || !next.isCapitalised || next.gap !== ' ' || !COMPASS_WORDS.has(keys[a] as string)) return null;
  const hit = gazetteer.lookup(spanText(text, tokens, a, a + 2))[0];
  return hit?.level === 'country' ? { length: 2, place: hit } : null;
}

/**
 * A lower-case "of", "and" or "the" at token k, inside a country's long name ("Bosnia and Herzegovina"). (Here, not
 * inside longCountryAt: asked of every capitalised word, a helper made at each call cost ~1.5% of extraction.)
 */
function isCountryConnector(s: MentionScan, k: number): boolean {
  const { tokens } = s;
  const t = tokens[k];
  return t !== undefined && !t.isCapitalised && (t.key === 'of' || t.key === 'and' || t.key === 'the');
}

/** Where the document's opening lines end: its title, dateline and byline (up to four short lines before the first long one). */
function openingLinesEnd(text: string): number {
  let at = 0;
  let lines = 0;
  while (at < text.length && lines < 4) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    if (end - at > 160) break;
    if (text.slice(at, end).trim() !== '') lines++;
    at = end + 1;
  }
  return Math.min(at, text.length);
}
