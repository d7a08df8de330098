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

/**
 * standaloneOccurrences of each of `names`, read in one pass over the text instead of one search of the whole text per name
 * (a report's hundred-odd names cost a few percent of extraction so): each name is tried only where a word starts with its
 * first character. A name that does not start with a letter or a digit is searched for on its own.
 */
export function standaloneOccurrencesOfEach(text: string, names: Iterable<string>, end: number): Map<string, number[]> {
  const found = new Map<string, number[]>();
  /** The names by the code of their first character (a letter or a digit), and which codes open one. */
  const byFirst = new Map<number, string[]>();
  const opens = new Uint8Array(0x10000);
  for (const name of names) {
    if (found.has(name)) continue;
    if (!isWordChar(name[0])) {
      found.set(name, standaloneOccurrences(text, name, end));
      continue;
    }
    found.set(name, []);
    const code = name.charCodeAt(0);
    opens[code] = 1;
    const list = byFirst.get(code);
    if (list) list.push(name);
    else byFirst.set(code, [name]);
  }
  if (byFirst.size === 0) return found;
  const last = Math.min(end, text.length);
  for (let at = 0; at < last; at++) {
    if (opens[text.charCodeAt(at)] !== 1 || isWordChar(text[at - 1])) continue;
    for (const name of byFirst.get(text.charCodeAt(at)) as string[]) {
      if (text.startsWith(name, at) && !isWordChar(text[at + name.length])) (found.get(name) as number[]).push(at);
    }
  }
  return found;
}
