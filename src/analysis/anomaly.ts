import type { AnomalyPoint, SeriesPoint } from '../model/index.js';

export interface AnomalyOptions {
  /** Preceding periods forming the baseline (default 12). */
  baseline?: number;
  /** Least z-score flagged (default 2). */
  zThreshold?: number;
  /** Largest Poisson upper-tail probability flagged (default 0.01). */
  pThreshold?: number;
  /** Fewest baseline periods needed before a point is judged (default half the baseline). */
  minBaseline?: number;
}

/** ln Γ(x) for x > 0 (Lanczos). */
function logGamma(x: number): number {
  const g = 7;
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  x -= 1;
  let a = c[0]!;
  const t = x + g + 0.5;
  for (let i = 1; i < g + 2; i++) a += c[i]! / (x + i);
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}

/** P(X ≥ k) for X ~ Poisson(lambda). */
export function poissonUpperTail(k: number, lambda: number): number {
  if (k <= 0) return 1;
  if (lambda <= 0) return 0;
  // 1 − P(X ≤ k−1), summing terms in log space for stability
  let cdf = 0;
  for (let i = 0; i < k; i++) cdf += Math.exp(i * Math.log(lambda) - lambda - logGamma(i + 1));
  return Math.min(1, Math.max(0, 1 - cdf));
}

/**
 * Flags periods whose count stands out against the rolling baseline of the periods before
 * them: a z-score over the baseline and the Poisson upper tail at the baseline mean. A point is
 * an anomaly when both pass their thresholds.
 */
export function detectAnomalies(points: readonly SeriesPoint[], options: AnomalyOptions = {}): AnomalyPoint[] {
  const window = options.baseline ?? 12;
  const zThreshold = options.zThreshold ?? 2;
  const pThreshold = options.pThreshold ?? 0.01;
  const minBaseline = options.minBaseline ?? Math.max(2, Math.ceil(window / 2));
  return points.map((point, i) => {
    const history = points.slice(Math.max(0, i - window), i).map((p) => p.events);
    if (history.length < minBaseline) {
      return { ...point, baselineMean: null, baselineSd: null, z: null, poissonTail: null, isAnomaly: false };
    }
    const mean = history.reduce((a, b) => a + b, 0) / history.length;
    const variance = history.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, history.length - 1);
    const sd = Math.sqrt(variance);
    const scale = sd > 0 ? sd : mean > 0 ? Math.sqrt(mean) : 1;
    const z = (point.events - mean) / scale;
    const tail = poissonUpperTail(point.events, mean);
    const round = (x: number) => Math.round(x * 1000) / 1000;
    return {
      ...point,
      baselineMean: round(mean),
      baselineSd: round(sd),
      z: round(z),
      poissonTail: Number(tail.toPrecision(4)),
      isAnomaly: z >= zThreshold && tail <= pThreshold,
    };
  });
}
