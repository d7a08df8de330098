import type { Script } from '../model/index.js';

const LETTER = /\p{L}/u;

/** The writing system most of a name's letters are in (`other` for Greek, Armenian, CJK…). */
export function detectScript(text: string): Script {
  let latin = 0;
  let cyrillic = 0;
  let arabic = 0;
  let other = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin += 1;
    } else if (c >= 0x400 && c <= 0x52f) cyrillic += 1;
    else if ((c >= 0x600 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f) || (c >= 0x8a0 && c <= 0x8ff) || (c >= 0xfb50 && c <= 0xfeff)) arabic += 1;
    else if ((c >= 0xc0 && c <= 0x24f) || (c >= 0x1e00 && c <= 0x1eff)) latin += 1;
    else if (LETTER.test(text[i]!)) other += 1;
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
