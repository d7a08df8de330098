const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

/** Whether a character is a letter or a digit (of any script). */
function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && LETTER_OR_NUMBER.test(ch);
}

/**
 * Where `name` stands in `text` before `end` as a word of its own (no letter or digit right before or after it), in order:
 * the later uses of a name that the resolver and the relations' second reading read as mentions.
 */
export function standaloneOccurrences(text: string, name: string, end: number): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(name); at >= 0 && at < end; at = text.indexOf(name, at + 1)) {
    if (!isWordChar(text[at - 1]) && !isWordChar(text[at + name.length])) out.push(at);
  }
  return out;
}
