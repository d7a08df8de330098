import { describe, it, expect } from 'vitest';
import { detectAnomalies, poissonUpperTail } from './anomaly.js';

describe('anomaly against a rolling baseline', () => {
  it('computes the Poisson upper tail', () => {
    // P(X >= 3 | 1) = 1 - e^-1 (1 + 1 + 1/2)
    expect(poissonUpperTail(3, 1)).toBeCloseTo(1 - Math.exp(-1) * 2.5, 10);
    expect(poissonUpperTail(0, 4)).toBe(1);
  });
  it('flags a spike over a steady baseline and not the steady months', () => {
    const counts = [10, 12, 9, 11, 10, 13, 9, 10, 12, 11, 10, 11, 40, 11];
    const points = counts.map((events, i) => ({ period: `p${String(i).padStart(2, '0')}`, events, fatalities: 0 }));
    const result = detectAnomalies(points, { baseline: 12 });
    expect(result.filter((p) => p.isAnomaly).map((p) => p.period)).toEqual(['p12']);
    expect(result[12]!.z).toBeGreaterThan(10);
    expect(result[12]!.poissonTail).toBeLessThan(1e-6);
    expect(result[0]!.baselineMean).toBeNull();
  });
});
