import type { Script } from '../model/index.js';

const CYRILLIC = /[\u0400-\u04FF\u0500-\u052F]/u;
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/u;
const LATIN = /[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]/u;
const LETTER = /\p{L}/u;

/** The writing system most of a name's letters are in (`other` for Greek, Armenian, CJK…). */
export function detectScript(text: string): Script {
  let latin = 0;
  let cyrillic = 0;
  let arabic = 0;
  let other = 0;
  for (const ch of text) {
    if (CYRILLIC.test(ch)) cyrillic += 1;
    else if (ARABIC.test(ch)) arabic += 1;
    else if (LATIN.test(ch)) latin += 1;
    else if (LETTER.test(ch)) other += 1;
  }
  const best = Math.max(latin, cyrillic, arabic, other);
  if (best === 0) return 'latin';
  if (best === cyrillic) return 'cyrillic';
  if (best === arabic) return 'arabic';
  if (best === latin) return 'latin';
  return 'other';
}

/** Cyrillic orthographies told apart by their own letters. */
export type CyrillicStyle = 'tajik' | 'uzbek' | 'russian';

/**
 * Tajik has ҷ ӣ ӯ (and ғ қ ҳ); Uzbek Cyrillic has ў (and ғ қ ҳ, no ҷ ӣ ӯ);
 * plain Russian letters only mean Russian rules.
 */
export function detectCyrillicStyle(text: string): CyrillicStyle {
  if (/[ҷҶӣӢӯӮ]/u.test(text)) return 'tajik';
  if (/[ўЎ]/u.test(text)) return 'uzbek';
  if (/[ғҒқҚҳҲ]/u.test(text)) return 'tajik';
  return 'russian';
}
