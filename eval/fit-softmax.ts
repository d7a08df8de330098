// A multinomial logistic regression for the extractor's learned components (issue 8), fitted deterministically: the
// training scripts (eval/train-*.ts) give it rows of feature indexes and a class each, it gives weights to ship.

/** One training row: the indexes of its features and its class. */
export interface SoftmaxRow { x: readonly number[]; y: number }

/** A deterministic order of 0..n-1 (a linear congruential shuffle, fixed seed). */
export function shuffled(n: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  let seed = 12345;
  for (let i = n - 1; i > 0; i--) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    const j = seed % (i + 1);
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return order;
}

/**
 * Fits the weights of `names` (the features the rows' indexes stand for) and a bias for `classes` classes by AdaGrad over
 * the rows in a fixed shuffled order, with an L2 penalty; the same rows give the same weights. Weights are rounded to three
 * places, and a feature whose weights all round to 0 is left out.
 */
export function fitSoftmax(
  rows: readonly SoftmaxRow[], names: readonly string[], classes: number, { epochs = 8, rate = 0.15, l2 = 1e-4 } = {},
): { features: string[]; weights: number[][]; bias: number[] } {
  const C = classes;
  const w = new Float64Array(names.length * C);
  const g2 = new Float64Array(names.length * C).fill(1e-6);
  const b = new Float64Array(C);
  const bg2 = new Float64Array(C).fill(1e-6);
  const order = shuffled(rows.length);
  const z = new Float64Array(C);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const r of order) {
      const { x, y } = rows[r] as SoftmaxRow;
      let top = -Infinity;
      for (let c = 0; c < C; c++) {
        let v = b[c] as number;
        for (const f of x) v += w[f * C + c] as number;
        z[c] = v;
        if (v > top) top = v;
      }
      let sum = 0;
      for (let c = 0; c < C; c++) { z[c] = Math.exp((z[c] as number) - top); sum += z[c] as number; }
      for (let c = 0; c < C; c++) {
        const g = (z[c] as number) / sum - (c === y ? 1 : 0);
        for (const f of x) {
          const k = f * C + c;
          const gk = g + l2 * (w[k] as number);
          g2[k] = (g2[k] as number) + gk * gk;
          w[k] = (w[k] as number) - (rate * gk) / Math.sqrt(g2[k] as number);
        }
        bg2[c] = (bg2[c] as number) + g * g;
        b[c] = (b[c] as number) - (rate * g) / Math.sqrt(bg2[c] as number);
      }
    }
  }
  const features: string[] = [];
  const weights: number[][] = [];
  names.forEach((f, i) => {
    const row = Array.from({ length: C }, (_, c) => Number((w[i * C + c] as number).toFixed(3)));
    if (row.every((v) => v === 0)) return;
    features.push(f);
    weights.push(row);
  });
  return { features, weights, bias: Array.from(b, (v) => Number(v.toFixed(3))) };
}
