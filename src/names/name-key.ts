/**
 * Keys that stay equal across the spelling alternations of the region's names.
 *
 * `variantKey` folds: dzh/dj/zh/j → j; kh/x/h → h; q/k/g/c/ck → k; gh → k; w/v → v;
 * sh/sch/ş → S; ch/tch → C; ph → f; th → t; dh → z; ou/oo/u/o → u; ee/ey/y/i → i;
 * doubled letters → one; a word-final h after a vowel drops (Hamzah → Hamza).
 * So Usama/Osama/Ousama, Khurasan/Xurasan, Qori/Kori, Mawlawi/Mavlavi meet.
 *
 * `skeletonKey` is the variant key without vowels (and without w/y glides): what an Arabic or
 * Persian spelling writes, so محمد (mhmd) meets Muhammad and Tojiddin meets Tajiddin.
 */
const RULES: [RegExp, string][] = [
  [/tsch|tch/g, 'C'],
  [/sch|sh/g, 'S'],
  [/dzh|dj|zh|dsh/g, 'j'],
  [/ch/g, 'C'],
  [/kh|gh|x/g, 'H'],
  [/ph/g, 'f'],
  [/th/g, 't'],
  [/dh/g, 'z'],
  [/ck|q|c|g/g, 'k'],
  [/h/g, 'H'],
  [/w/g, 'v'],
  [/ou|oo|o/g, 'u'],
  [/ee|ey|y/g, 'i'],
  [/ie/g, 'i'],
];

/** The spelling-tolerant key of one normalised word. */
export function variantKey(word: string): string {
  let k = word;
  for (const [re, to] of RULES) k = k.replace(re, to);
  // kh, x and h fold together: H
  k = k.replace(/(.)\1+/g, '$1');
  if (k.length > 3) k = k.replace(/([aeiu])H$/, '$1');
  return k;
}

/** The consonant skeleton of one normalised word (vowels and w/y glides dropped). */
export function skeletonKey(word: string): string {
  return variantKey(word)
    .replace(/[aeiuv]/g, '')
    .replace(/(.)\1+/g, '$1');
}
