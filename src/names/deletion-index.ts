/**
 * The indexed words one letter longer than a given word, found without generating every word one
 * letter away (symmetric-delete style): each word is filed under the hash of each of its one-letter
 * deletions, in typed arrays (a chained hash table), so a look-up hashes the word once and walks one
 * short chain. Hash collisions are checked against the words themselves.
 */
export class DeletionIndex {
  /** The words, as the caller gave them (a key with a prefix of `skip` characters before the word). */
  private readonly words: string[] = [];
  private heads = new Int32Array(1024).fill(-1);
  private wordOf = new Int32Array(1024);
  private next = new Int32Array(1024);
  private count = 0;

  /** @param skip characters before the word in each key given (a posting key's kind and colon). */
  constructor(private readonly skip = 0) {}

  /** Files a word (given as its key) under each of its one-letter deletions. */
  add(key: string): void {
    const word = this.words.length;
    this.words.push(key);
    for (let i = this.skip; i < key.length; i += 1) {
      // dropping either letter of a doubled pair gives one word: filed once
      if (i > this.skip && key.charCodeAt(i) === key.charCodeAt(i - 1)) continue;
      this.file(hashWithout(key, this.skip, i), word);
    }
  }

  /**
   * Calls `visit` with each indexed key whose word is `word` with one letter added, and the first
   * place that letter can stand (a doubled letter can be added at either of its places).
   */
  forEachLonger(word: string, visit: (key: string, at: number) => void): void {
    const hash = hashWithout(word, 0, -1);
    // no hashes are kept (a third less memory): a chain is short, and a word of another length is passed at once
    for (let e = this.heads[hash & (this.heads.length - 1)]!; e >= 0; e = this.next[e]!) {
      const key = this.words[this.wordOf[e]!]!;
      const at = addedLetterAt(key, this.skip, word);
      if (at >= 0) visit(key, at);
    }
  }

  private file(hash: number, word: number): void {
    if (this.count === this.wordOf.length) {
      this.wordOf = grow(this.wordOf);
      this.next = grow(this.next);
    }
    // load factor 1: the table doubles as the entries do
    if (this.count >= this.heads.length) this.rehash(this.heads.length * 2);
    const e = this.count;
    this.count += 1;
    const slot = hash & (this.heads.length - 1);
    this.wordOf[e] = word;
    this.next[e] = this.heads[slot]!;
    this.heads[slot] = e;
  }

  /** Re-files every entry in a table of `size` heads (entries were filed word by word, deletion by deletion). */
  private rehash(size: number): void {
    const heads = new Int32Array(size).fill(-1);
    let e = 0;
    for (const key of this.words) {
      for (let i = this.skip; i < key.length && e < this.count; i += 1) {
        if (i > this.skip && key.charCodeAt(i) === key.charCodeAt(i - 1)) continue;
        const slot = hashWithout(key, this.skip, i) & (size - 1);
        this.next[e] = heads[slot]!;
        heads[slot] = e;
        e += 1;
      }
    }
    this.heads = heads;
  }
}

/** FNV-1a over a string's code units from `from`, leaving out the one at `without` (-1: none). */
function hashWithout(text: string, from: number, without: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < text.length; i += 1) {
    if (i === without) continue;
    h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  }
  return h | 0;
}

/**
 * Where a letter was added to `word` to make the key's word (from `skip`), at its first possible
 * place, as an offset into the word; -1 when the key's word is not `word` with one letter added.
 */
function addedLetterAt(key: string, skip: number, word: string): number {
  if (key.length - skip !== word.length + 1) return -1;
  let at = 0;
  while (at < word.length && key.charCodeAt(skip + at) === word.charCodeAt(at)) at += 1;
  for (let i = at; i < word.length; i += 1) if (key.charCodeAt(skip + i + 1) !== word.charCodeAt(i)) return -1;
  // a doubled letter: the first of its run
  while (at > 0 && key.charCodeAt(skip + at - 1) === key.charCodeAt(skip + at)) at -= 1;
  return at;
}

function grow(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const next = new Int32Array(Math.ceil(array.length * 1.5));
  next.set(array);
  return next;
}
