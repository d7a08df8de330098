import { lookupKey } from './lookup-key.js';
import { KNOWLEDGE_PACK } from './knowledge-pack.js';
import type { ReferenceEntry } from './reference-entry.js';

/** A name of a pack entry as a sequence of word keys. */
export interface ReferenceName {
  entry: ReferenceEntry;
  /** The name as the pack writes it. */
  value: string;
  /** All capitals (ISK, IS, TIP): the text must write it in capitals too. */
  isAcronym: boolean;
  /** Starts with a capital letter: a lower-case mention in the text ("is", "amaq") does not count. */
  isProper: boolean;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  names: ReferenceName[];
}

/**
 * The pack's names in a word trie, so every position of a text can be tried for the longest
 * name that starts there in one pass.
 */
export interface ReferenceMatcher {
  /** Longest pack name starting at word `i` of `words`; `accept` decides case rules on the surface words. */
  matchAt(keys: readonly string[], i: number, accept: (name: ReferenceName, length: number) => boolean):
    { name: ReferenceName; length: number } | null;
  byId(id: string): ReferenceEntry | undefined;
}

/** A matcher over `entries`, built at each call: its holder keeps it (createExtractionReference). */
export function loadReferenceMatcher(entries: readonly ReferenceEntry[] = KNOWLEDGE_PACK): ReferenceMatcher {
  const root: TrieNode = { next: new Map(), names: [] };
  const ids = new Map<string, ReferenceEntry>();
  for (const entry of entries) {
    ids.set(entry.id, entry);
    for (const value of namesOf(entry)) {
      const words = splitKey(value);
      if (words.length === 0) continue;
      let node = root;
      for (const w of words) {
        let child = node.next.get(w);
        if (!child) {
          child = { next: new Map(), names: [] };
          node.next.set(w, child);
        }
        node = child;
      }
      const letters = value.replace(/[^\p{L}]/gu, '');
      node.names.push({
        entry,
        value,
        isAcronym: letters.length <= 6 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
        isProper: /^\p{Lu}/u.test(value) || /^\p{Lo}/u.test(value),
      });
    }
  }
  const matcher: ReferenceMatcher = {
    matchAt(keys, i, accept) {
      let node: TrieNode | undefined = root;
      let best: { name: ReferenceName; length: number } | null = null;
      for (let j = i; j < keys.length && node; j++) {
        node = node.next.get(keys[j] as string);
        if (!node) break;
        for (const name of node.names) {
          if (accept(name, j - i + 1)) {
            best = { name, length: j - i + 1 };
            break;
          }
        }
      }
      return best;
    },
    byId(id) {
      return ids.get(id);
    },
  };
  return matcher;
}

/**
 * An entry's names, with the other spellings of the Islamic State's prefix the press and the
 * UN use: "IS-Somalia" is also written "ISIS-Somalia" and "ISIL-Somalia".
 */
function namesOf(entry: ReferenceEntry): string[] {
  const names = [entry.name, ...entry.aliases];
  for (const value of entry.aliases) {
    const m = /^IS([- ])(\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)*)$/u.exec(value);
    if (!m) continue;
    for (const prefix of ['ISIS', 'ISIL']) {
      const variant = `${prefix}${m[1] as string}${m[2] as string}`;
      if (!names.includes(variant)) names.push(variant);
    }
  }
  return names;
}

function splitKey(value: string): string[] {
  const k = lookupKey(value);
  return k === '' ? [] : k.split(' ');
}
