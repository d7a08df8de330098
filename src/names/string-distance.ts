/**
 * Edit distance with adjacent transpositions (optimal string alignment): "Luakshenko" is one
 * edit from "Lukashenko". Returns early once the distance must exceed `max`.
 */
const SCRATCH_SIZE = 128;
const ROW_A = new Int32Array(SCRATCH_SIZE);
const ROW_B = new Int32Array(SCRATCH_SIZE);
const ROW_C = new Int32Array(SCRATCH_SIZE);

function editDistanceLong(a: string, b: string, max: number): number {
  // rare: names longer than the scratch rows; a plain row-by-row Levenshtein
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const curr = [i];
    for (let j = 1; j <= b.length; j += 1) {
      curr[j] = Math.min(prev[j]! + 1, curr[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = curr;
  }
  return Math.min(prev[b.length]!, max + 1);
}

export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  if (la === 0) return lb;
  if (lb === 0) return la;
  if (lb + 1 > SCRATCH_SIZE) return editDistanceLong(a, b, max);
  let prevPrev = ROW_A;
  let prev = ROW_B;
  let curr = ROW_C;
  for (let j = 0; j <= lb; j += 1) prev[j] = j;
  for (let i = 1; i <= la; i += 1) {
    curr[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= lb; j += 1) {
      const cb = b.charCodeAt(j - 1);
      const cost = ca === cb ? 0 : 1;
      let v = Math.min(prev[j]! + 1, curr[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        v = Math.min(v, prevPrev[j - 2]! + 1);
      }
      curr[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prevPrev, prev, curr] = [prev, curr, prevPrev];
  }
  return prev[lb]!;
}

/** 1 − distance / longer length, in 0..1. */
export function editSimilarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 1;
  return 1 - editDistance(a, b) / longer;
}
