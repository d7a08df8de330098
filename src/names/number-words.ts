/**
 * Numbers written as words or ordinals read as digits ("First" = "1st" = "1",
 * "Forty-Four" = "Forty 4" = "44"), and, in organisation names, Roman numerals ("Fund III" = "Fund 3").
 */
const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const ROMAN = /^(?=[ivx]{2,}$)x{0,3}(?:ix|iv|v?i{0,3})$/;

function romanValue(word: string): number {
  const values: Record<string, number> = { i: 1, v: 5, x: 10 };
  let total = 0;
  for (let i = 0; i < word.length; i += 1) {
    const v = values[word[i]!]!;
    const next = values[word[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** Rewrites number words, ordinals (and Roman numerals when asked) in a list of normalised words. */
export function normaliseNumberWords(words: string[], options: { roman?: boolean } = {}): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const w = words[i]!;
    const tens = TENS[w];
    if (tens !== undefined) {
      // "Forty-Four", or "Forty 4" as forms and lists half-write it
      const next = words[i + 1] ?? '';
      const unit = UNITS[next] ?? (/^[1-9]$/.test(next) ? Number(next) : undefined);
      if (unit !== undefined && unit < 10) {
        out.push(String(tens + unit));
        i += 1;
      } else out.push(String(tens));
      continue;
    }
    const unit = UNITS[w];
    if (unit !== undefined) {
      out.push(String(unit));
      continue;
    }
    const ordinal = /^(\d+)(?:st|nd|rd|th)$/.exec(w);
    if (ordinal) {
      out.push(ordinal[1]!);
      continue;
    }
    if (options.roman && ROMAN.test(w)) {
      out.push(String(romanValue(w)));
      continue;
    }
    out.push(w);
  }
  return out;
}
