/**
 * Keys that stay equal across the spelling alternations of the region's names.
 *
 * `variantKey` folds: dzh/dj/zh/j → j (but a j glide after a vowel other than a, Sergej, → i); kh/x/h → h; q/k/g/c/ck → k;
 * gh → its own letter (غ is neither k nor h: Ghani is not Hani, Khani or Kani); w/v → v;
 * sh/sch/ş → S; ch/tch → C; ph → f; th → s (ث: Uthman/Usmon); dh → z; ou/oo/u/o → u; ee/ey/y/i → i;
 * doubled letters → one; a word-final h after a vowel drops (Hamzah → Hamza).
 * So Usama/Osama/Ousama, Khurasan/Xurasan, Qori/Kori, Mawlawi/Mavlavi meet.
 *
 * `skeletonKey` is the variant key without vowels (and without w/y glides): what an Arabic or
 * Persian spelling writes, so محمد (mhmd) meets Muhammad and Tojiddin meets Tajiddin.
 */
/** Appends a letter unless it doubles the last one ("kk" from "qq" collapses too). */
function append(out: string, ch: string): string {
  return out.length > 0 && out.charCodeAt(out.length - 1) === ch.charCodeAt(0) ? out : out + ch;
}

const VOWELS = 'aeiouy';

/** The vowels after which a j may be the y glide: not a, whose aj is Arabic's (Najm, Fajr, Majd, Taj, Haj, Siraj). */
const GLIDE_VOWELS = 'eiouy';

/**
 * A j written for the y glide (Slavic and Baltic romanisations: Sergej, Jurij, Andrej): after a
 * vowel other than a, before a consonant other than j or at the end.
 */
function isGlideJ(word: string, i: number): boolean {
  if (word[i] !== 'j' || i === 0 || !GLIDE_VOWELS.includes(word[i - 1]!)) return false;
  const next = word[i + 1];
  return next === undefined || (next !== 'j' && !VOWELS.includes(next));
}

/** One pass over the word, longest spelling first (tsch, sch, dzh… before sh, ch, h). */
function fold(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; ) {
    const c = word[i]!;
    const c1 = word[i + 1] ?? '';
    const c2 = word[i + 2] ?? '';
    if (c === 't' && c1 === 's' && c2 === 'c' && word[i + 3] === 'h') { out = append(out, 'C'); i += 4; continue; }
    if (c === 't' && c1 === 'c' && c2 === 'h') { out = append(out, 'C'); i += 3; continue; }
    if (c === 's' && c1 === 'c' && c2 === 'h') { out = append(out, 'S'); i += 3; continue; }
    if (c === 's' && c1 === 'h') { out = append(out, 'S'); i += 2; continue; }
    if (c === 'd' && (c1 === 'z' || c1 === 's') && c2 === 'h') { out = append(out, 'j'); i += 3; continue; }
    if ((c === 'd' && c1 === 'j') || (c === 'z' && c1 === 'h')) { out = append(out, 'j'); i += 2; continue; }
    if (c === 'c' && c1 === 'h') { out = append(out, 'C'); i += 2; continue; }
    if (c === 'k' && c1 === 'h') { out = append(out, 'H'); i += 2; continue; }
    // غ: Ghulam = Gholam, but not Hulam, Khulam or Kulam
    if (c === 'g' && c1 === 'h') { out = append(out, 'G'); i += 2; continue; }
    if (c === 'p' && c1 === 'h') { out = append(out, 'f'); i += 2; continue; }
    if (c === 't' && c1 === 'h') { out = append(out, 's'); i += 2; continue; }
    if (c === 'd' && c1 === 'h') { out = append(out, 'z'); i += 2; continue; }
    if (c === 'c' && c1 === 'k') { out = append(out, 'k'); i += 2; continue; }
    if (c === 'o' && (c1 === 'u' || c1 === 'o')) { out = append(out, 'u'); i += 2; continue; }
    if (c === 'e' && (c1 === 'e' || c1 === 'y' || isGlideJ(word, i + 1))) { out = append(out, 'i'); i += 2; continue; }
    if (c === 'i' && c1 === 'e') { out = append(out, 'i'); i += 2; continue; }
    switch (c) {
      case 'x':
      case 'h':
        out = append(out, 'H');
        break;
      case 'q':
      case 'c':
      case 'g':
        out = append(out, 'k');
        break;
      case 'w':
        out = append(out, 'v');
        break;
      case 'j':
        // Sergej, Andrej, Jurij: a j after a vowel and before no vowel is the y glide
        out = append(out, isGlideJ(word, i) ? 'i' : 'j');
        break;
      case 'o':
        out = append(out, 'u');
        break;
      case 'y':
        out = append(out, 'i');
        break;
      default:
        out = append(out, c);
    }
    i += 1;
  }
  return out;
}

/** The spelling-tolerant key of one normalised word. */
export function variantKey(word: string): string {
  const k = fold(word);
  // a word-final h after a vowel drops: Hamzah = Hamza
  if (k.length > 3 && k[k.length - 1] === 'H' && 'aeiu'.includes(k[k.length - 2]!)) return k.slice(0, -1);
  return k;
}

/** The consonant skeleton of one normalised word (vowels and w/y glides dropped). */
export function skeletonKey(word: string): string {
  return skeletonOfVariantKey(variantKey(word));
}

/** The consonant skeleton of a word whose variant key is already known. */
export function skeletonOfVariantKey(k: string): string {
  let out = '';
  for (const ch of k) {
    if (ch === 'a' || ch === 'e' || ch === 'i' || ch === 'u' || ch === 'v') continue;
    if (out.length === 0 || out[out.length - 1] !== ch) out += ch;
  }
  // a final h is written or not (Abdullah, Abdulla; الله): not a consonant to rely on
  return out.length >= 3 && out.endsWith('H') ? out.slice(0, -1) : out;
}
