/**
 * Where the words of a text start, found by their first letters: the places a pattern that opens with
 * a word boundary and one of a few words ("\b(?:killed|assassinated) …") can match at all, so that the
 * pattern is tried there only instead of at every character (anchored-pattern.ts).
 *
 * A word here is what `\b` and `\w` mean in a pattern without the `u` and `i` flags together: a run of
 * ASCII letters, digits and underscores. Letters are compared in ASCII lower case.
 */
export class WordIndex {
  readonly text: string;
  /** The indexed range of `text`: [from, to). */
  readonly from: number;
  readonly to: number;
  /** Word starts in text order. */
  private readonly starts: Int32Array;
  /**
   * The words by their first one, two and three characters (three hashed into 2^16 buckets): the
   * first word of each bucket, or -1, and each word's next one in its bucket, in text order.
   */
  private readonly heads: readonly [Int32Array, Int32Array, Int32Array];
  private readonly nexts: readonly [Int32Array, Int32Array, Int32Array];
  /** What `startsOf` found for each set of openings asked for (the dates are read twice over one index). */
  private readonly found = new Map<WordOpenings, Int32Array>();

  constructor(text: string, from = 0, to = text.length) {
    this.text = text;
    this.from = from;
    this.to = to;
    const starts: number[] = [];
    let inWord = false;
    for (let at = from; at < to; at++) {
      const isWord = isWordCode(text.charCodeAt(at));
      if (isWord && !inWord) starts.push(at);
      inWord = isWord;
    }
    this.starts = Int32Array.from(starts);
    const n = starts.length;
    const head1 = new Int32Array(BUCKETS[0]).fill(-1);
    const head2 = new Int32Array(BUCKETS[1]).fill(-1);
    const head3 = new Int32Array(BUCKETS[2]).fill(-1);
    const next1 = new Int32Array(n);
    const next2 = new Int32Array(n);
    const next3 = new Int32Array(n);
    // (filled from the last word back, so that each bucket lists its words in text order)
    for (let r = n - 1; r >= 0; r--) {
      const at = starts[r] as number;
      const c0 = lowerCode(text.charCodeAt(at));
      const c1 = at + 1 < to ? lowerCode(text.charCodeAt(at + 1)) : 0;
      const c2 = at + 2 < to ? lowerCode(text.charCodeAt(at + 2)) : 0;
      const b1 = bucketOf(1, c0, c1, c2);
      const b2 = bucketOf(2, c0, c1, c2);
      const b3 = bucketOf(3, c0, c1, c2);
      next1[r] = head1[b1] as number;
      head1[b1] = r;
      next2[r] = head2[b2] as number;
      head2[b2] = r;
      next3[r] = head3[b3] as number;
      head3[b3] = r;
    }
    this.heads = [head1, head2, head3];
    this.nexts = [next1, next2, next3];
  }

  /** The starts of the words that begin with one of `openings`, in text order (not to be changed: it is kept for the next call). */
  startsOf(openings: WordOpenings): Int32Array {
    let starts = this.found.get(openings);
    if (starts === undefined) {
      starts = this.findStarts(openings);
      this.found.set(openings, starts);
    }
    return starts;
  }

  private findStarts(openings: WordOpenings): Int32Array {
    const found: number[] = [];
    const { text, to } = this;
    const { firstChild, childCode, childNode, isEnd, rootChild } = openings.trie;
    for (const [level, bucket] of openings.buckets) {
      const next = this.nexts[level];
      for (let r = this.heads[level][bucket] as number; r >= 0; r = next[r] as number) {
        const at = this.starts[r] as number;
        // the openings' letters followed from the word's start, until one ends or none goes on (the first letter looked up
        // in the root's table: the root has the most letters to search)
        const first = lowerCode(text.charCodeAt(at));
        let node = first < 128 ? (rootChild[first] as number) : -1;
        for (let k = at + 1; node >= 0 && isEnd[node] === 0 && k < to; k++) {
          const code = lowerCode(text.charCodeAt(k));
          const last = firstChild[node + 1] as number;
          let child = firstChild[node] as number;
          while (child < last && childCode[child] !== code) child++;
          node = child < last ? (childNode[child] as number) : -1;
        }
        if (node >= 0 && isEnd[node] === 1) found.push(at);
      }
    }
    if (openings.buckets.length < 2) return Int32Array.from(found);
    // (a word may sit in two of the buckets looked at when three letters hash alike)
    const sorted = Int32Array.from(found).sort();
    let kept = 0;
    for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) sorted[kept++] = sorted[k] as number;
    return sorted.subarray(0, kept);
  }
}

/** A letter of the openings' trie: where each next letter leads, and whether an opening ends here. */
interface OpeningNode {
  next: Map<number, OpeningNode>;
  isEnd: boolean;
}

/**
 * The openings' trie in flat arrays, node 0 its root: node n's children are the entries firstChild[n] to
 * firstChild[n + 1] - 1 of childCode (the letter) and childNode (the node it leads to). Followed letter by letter
 * at every word looked at, a search in a node's few letters costs a fraction of a Map's look-up (~5% of extraction).
 */
interface FlatTrie {
  firstChild: Int32Array;
  childCode: Uint16Array;
  childNode: Int32Array;
  /** 1 where an opening ends. */
  isEnd: Uint8Array;
  /** The root's child for each ASCII code, or -1 (the letters a word index's words start with). */
  rootChild: Int32Array;
}

/** The trie under `root` in flat arrays, nodes numbered breadth first. */
function flatten(root: OpeningNode): FlatTrie {
  const nodes: OpeningNode[] = [root];
  for (let n = 0; n < nodes.length; n++) for (const child of (nodes[n] as OpeningNode).next.values()) nodes.push(child);
  const firstChild = new Int32Array(nodes.length + 1);
  const childCode = new Uint16Array(Math.max(0, nodes.length - 1));
  const childNode = new Int32Array(Math.max(0, nodes.length - 1));
  const isEnd = new Uint8Array(nodes.length);
  let entry = 0;
  let nextNode = 1;
  nodes.forEach((node, n) => {
    firstChild[n] = entry;
    isEnd[n] = node.isEnd ? 1 : 0;
    for (const code of node.next.keys()) {
      childCode[entry] = code;
      childNode[entry] = nextNode++;
      entry++;
    }
  });
  firstChild[nodes.length] = entry;
  const rootChild = new Int32Array(128).fill(-1);
  for (let child = firstChild[0] as number; child < (firstChild[1] as number); child++) {
    if ((childCode[child] as number) < 128) rootChild[childCode[child] as number] = childNode[child] as number;
  }
  return { firstChild, childCode, childNode, isEnd, rootChild };
}

/**
 * Texts a word may begin with (lower-case ASCII, the first character a word character, none the start
 * of another; one may run past its word: "was appointed"), as a trie, and the index buckets to look in.
 */
export class WordOpenings {
  readonly root: OpeningNode = { next: new Map(), isEnd: false };
  /** The same trie in flat arrays, as the index follows it. */
  readonly trie: FlatTrie;
  /** [level (one, two or three characters, less one), bucket], each once. */
  readonly buckets: readonly (readonly [0 | 1 | 2, number])[];

  constructor(openings: readonly string[]) {
    const keys = new Set<number>();
    for (const o of openings) {
      if (o.length === 0 || !isWordCode(o.charCodeAt(0)) || [...o].some((c) => c.charCodeAt(0) >= 128 || (c >= 'A' && c <= 'Z'))) throw new Error(`not a lower-case ASCII opening of a word: ${o}`);
      const level = Math.min(3, o.length);
      keys.add((level - 1) * BUCKETS[2] + bucketOf(level, o.charCodeAt(0), o.charCodeAt(1) || 0, o.charCodeAt(2) || 0));
      let node = this.root;
      for (let k = 0; k < o.length; k++) {
        const code = o.charCodeAt(k);
        let child = node.next.get(code);
        if (!child) {
          child = { next: new Map(), isEnd: false };
          node.next.set(code, child);
        }
        node = child;
      }
      node.isEnd = true;
    }
    this.buckets = [...keys].map((key) => [Math.floor(key / BUCKETS[2]) as 0 | 1 | 2, key % BUCKETS[2]] as const);
    this.trie = flatten(this.root);
  }
}

const BUCKETS = [128, 128 * 128, 1 << 16] as const;

/** The bucket of a word by its first `level` characters (lower-case codes; three are hashed). */
function bucketOf(level: number, c0: number, c1: number, c2: number): number {
  if (level === 1) return c0 & 127;
  if (level === 2) return ((c0 & 127) << 7) | (c1 & 127);
  return (((c0 & 127) << 7) ^ ((c1 & 127) << 9) ^ (c2 & 127) ^ ((c2 & 127) << 13)) & 0xffff;
}

/** ASCII letter, digit or underscore: `\w` without the `u` and `i` flags together. */
export function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
}

/** ASCII upper-case letters in lower case; every other code as it is. */
function lowerCode(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}
