import data from './given-names.json' with { type: 'json' };

/**
 * The words that open a person's name across the naming cultures the genre's reports meet:
 * given names (Arabic, Persian, Pashto, Urdu, Turkish, Kurdish, Central Asian and Caucasian,
 * Slavic, Hebrew, English, French, Spanish and Portuguese, Italian, German and Nordic, West,
 * East and Central African, South and Southeast Asian, Japanese) and the common family names
 * written first (Chinese, Korean, Vietnamese). The data live in given-names.json, one line of
 * names per naming culture, lower case without diacritics (a token's key); names that are also
 * countries, large cities, months or common English words are left out there.
 */
export const GIVEN_NAME_KEYS: ReadonlySet<string> = wordsOf(Object.values(data.given));

/** The common family names written before the given name (Chinese, Korean, Vietnamese): "Wang Yi", "Kim Jong-un", "Nguyen Van An". */
export const FAMILY_NAME_FIRST_KEYS: ReadonlySet<string> = wordsOf(Object.entries(data.familyFirst).filter(([k]) => k !== 'about').map(([, v]) => v));

function wordsOf(lines: readonly string[]): Set<string> {
  return new Set(lines.flatMap((line) => line.split(' ')).filter((w) => w !== ''));
}
