import anyAscii from 'any-ascii';
import { toRomaji } from 'wanakana';
import { detectCyrillicStyle, type CyrillicStyle } from './script.js';

/**
 * Romanisation of the scripts the field's names come in. Cyrillic follows the rules of the
 * language the letters show (Tajik ҷ→j, not Russian-style "dzh"; Uzbek х→x, ў→oʻ), Arabic and
 * Persian letters map to consonants and long vowels (short vowels are unwritten, so matching
 * against Latin forms goes through consonant skeletons: see `name-key.ts`). Other scripts fall
 * back to Any-Ascii.
 */

const CYRILLIC_COMMON: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
  х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  // Ukrainian, Belarusian, Kazakh letters seen in names
  і: 'i', ї: 'yi', є: 'ye', ґ: 'g', ў: 'u', ә: 'a', ө: 'o', ү: 'u', ұ: 'u', ң: 'ng', һ: 'h',
  қ: 'q', ғ: 'gh', ҳ: 'h', ҷ: 'j', ӣ: 'i', ӯ: 'u',
};

/** Tajik Cyrillic (Persian letters kept apart): Тоҷиддин → Tojiddin, Ғафур → Ghafur. */
const CYRILLIC_TAJIK: Record<string, string> = {
  ...CYRILLIC_COMMON,
  ҷ: 'j', ғ: 'gh', ӣ: 'i', қ: 'q', ӯ: 'u', ҳ: 'h', ъ: '', е: 'e',
};

/** Uzbek Cyrillic to the official Uzbek Latin: Ўткир → Oʻtkir, Хоразм → Xorazm. */
const CYRILLIC_UZBEK: Record<string, string> = {
  ...CYRILLIC_COMMON,
  ў: "o'", ғ: "g'", қ: 'q', ҳ: 'h', х: 'x', ж: 'j', ъ: "'",
};

const CYRILLIC_TABLES: Record<CyrillicStyle, Record<string, string>> = {
  russian: CYRILLIC_COMMON,
  tajik: CYRILLIC_TAJIK,
  uzbek: CYRILLIC_UZBEK,
};

/** Arabic and Persian letters. Long vowels are letters; short vowels are marks, usually absent. */
const ARABIC: Record<string, string> = {
  ا: 'a', أ: 'a', إ: 'i', آ: 'a', ٱ: 'a', ء: "'", ؤ: "'", ئ: "'", ب: 'b', ت: 't', ث: 'th',
  ج: 'j', ح: 'h', خ: 'kh', د: 'd', ذ: 'dh', ر: 'r', ز: 'z', س: 's', ش: 'sh', ص: 's', ض: 'd',
  ط: 't', ظ: 'z', ع: "'", غ: 'gh', ف: 'f', ق: 'q', ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h',
  و: 'w', ي: 'y', ى: 'a', ة: 'a',
  // Persian, Urdu, Pashto
  پ: 'p', چ: 'ch', ژ: 'zh', گ: 'g', ک: 'k', ی: 'y', ے: 'e', ۀ: 'a', ټ: 't', ډ: 'd', ړ: 'r',
  ښ: 'sh', ږ: 'zh', ځ: 'dz', څ: 'ts', ڼ: 'n', ۍ: 'ay', ې: 'e', ٹ: 't', ڈ: 'd', ڑ: 'r', ں: 'n',
  ھ: 'h',
  // short-vowel marks, when written
  '\u064E': 'a', '\u0650': 'i', '\u064F': 'u', '\u064B': 'an', '\u064D': 'in', '\u064C': 'un',
};
const ARABIC_DROP = /[\u0651\u0652\u0653-\u065F\u0670\u0640\u200C\u200D]/gu; // shadda, sukun, tatweel, ZWNJ
const ARABIC_WORD = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]+/gu;
const CYRILLIC_WORD = /[\u0400-\u052F]+/gu;
const CJK_WORD = /[\u3400-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF]+/gu;
/** Kana (with the long-vowel mark): a foreign name in katakana, a Japanese one in hiragana, read as whole words. */
const KANA_WORD = /[\u3041-\u3096\u309D\u309E\u30A1-\u30FA\u30FC-\u30FE\u31F0-\u31FF]+/gu;
/** The dots and equals signs that part a name's words in katakana (バラク・オバマ). */
const KANA_SEPARATOR = /[\u30FB\u30A0\uFF1D\u00B7]/gu;

/** Latin letters whose plain-ASCII form would lose a sound the region's names keep apart. */
const LATIN_SPECIAL: Record<string, string> = {
  ş: 'sh', Ş: 'Sh', ș: 'sh', Ș: 'Sh', ç: 'ch', Ç: 'Ch', ğ: 'gh', Ğ: 'Gh', ı: 'i', İ: 'I',
  ž: 'zh', Ž: 'Zh', š: 'sh', Š: 'Sh', č: 'ch', Č: 'Ch', ß: 'ss', ə: 'a', Ə: 'A',
  ʻ: "'", ʼ: "'", ʿ: "'", ʾ: "'", '‘': "'", '’': "'", '`': "'", '´': "'",
};

function romaniseCyrillicWord(word: string, style: CyrillicStyle): string {
  const table = CYRILLIC_TABLES[style];
  let out = '';
  for (const ch of word) {
    const lower = ch.toLowerCase();
    const mapped = table[lower];
    if (mapped === undefined) {
      out += anyAscii(ch);
      continue;
    }
    out += ch !== lower && mapped.length > 0 ? mapped[0]!.toUpperCase() + mapped.slice(1) : mapped;
  }
  return out;
}

function romaniseArabicWord(word: string): string {
  const clean = word.replace(ARABIC_DROP, '');
  // the article: الـ joined to its word is a particle of its own
  const article = clean.length > 3 && clean.startsWith('ال') ? 'al-' : '';
  const body = article ? clean.slice(2) : clean;
  // عبد (servant of) opens many names: written "Abd", not with a silent ʿayn lost
  if (!article && body.startsWith('عبد')) {
    let rest = '';
    for (const ch of body.slice(3)) rest += ARABIC[ch] ?? anyAscii(ch);
    return rest.startsWith('al') || rest.startsWith('ال') ? `abd ${rest}` : rest === '' ? 'abd' : `abd ${rest}`;
  }
  let out = '';
  for (const ch of body) out += ARABIC[ch] ?? anyAscii(ch);
  return article + out;
}

export interface RomaniseOptions {
  /** Force a Cyrillic orthography; otherwise told from each word's letters and the whole text. */
  cyrillicStyle?: CyrillicStyle;
}

/** Latin letters for a name in any script, keeping the language's own rules where it shows. */
export function romanise(text: string, options: RomaniseOptions = {}): string {
  // plain ASCII (most Latin names) has nothing to romanise
  if (isAscii(text)) return text;
  const textStyle = options.cyrillicStyle ?? detectCyrillicStyle(text);
  let out = text.normalize('NFC');
  out = out.replace(CYRILLIC_WORD, (w) => romaniseCyrillicWord(w, options.cyrillicStyle ?? textStyle));
  out = out.replace(ARABIC_WORD, (w) => romaniseArabicWord(w));
  // kana by Hepburn romaji, a word per run (small kana and the long mark read with their syllable)
  out = out.replace(KANA_SEPARATOR, ' ').replace(KANA_WORD, (w) => ` ${toRomaji(w)} `);
  // Chinese characters and Korean: one syllable per character, kept apart as name parts are
  out = out.replace(CJK_WORD, (w) => ` ${[...w].map((ch) => anyAscii(ch)).join(' ')} `);
  let latin = '';
  for (const ch of out) latin += LATIN_SPECIAL[ch] ?? ch;
  // Any-Ascii handles the rest (diacritics, Greek, Armenian, CJK…); keep apostrophes as written
  return anyAscii(latin);
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}
