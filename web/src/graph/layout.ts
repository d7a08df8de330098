/**
 * Positions for the link chart without a layout package: a force-directed layout with grid-bucketed
 * repulsion (near-linear per step), seeded from a circle so runs repeat.
 */
export function layoutGraph(nodeIds: string[], edges: [string, string][], iterations = 120): Map<string, { x: number; y: number }> {
  const n = nodeIds.length;
  const index = new Map(nodeIds.map((id, i) => [id, i]));
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const golden = Math.PI * (3 - Math.sqrt(5));
  for (let i = 0; i < n; i++) {
    const r = Math.sqrt(i + 0.5) * 10;
    xs[i] = r * Math.cos(i * golden);
    ys[i] = r * Math.sin(i * golden);
  }
  const links = edges.flatMap(([a, b]) => {
    const i = index.get(a);
    const j = index.get(b);
    return i === undefined || j === undefined || i === j ? [] : [[i, j] as const];
  });
  const ideal = 30;
  const cell = ideal * 2;
  const steps = n > 3000 ? Math.min(iterations, 40) : iterations;
  for (let step = 0; step < steps; step++) {
    const dx = new Float64Array(n);
    const dy = new Float64Array(n);
    const grid = new Map<string, number[]>();
    for (let i = 0; i < n; i++) {
      const key = `${Math.floor(xs[i]! / cell)},${Math.floor(ys[i]! / cell)}`;
      const bucket = grid.get(key);
      if (bucket) bucket.push(i);
      else grid.set(key, [i]);
    }
    for (let i = 0; i < n; i++) {
      const gx = Math.floor(xs[i]! / cell);
      const gy = Math.floor(ys[i]! / cell);
      for (let ox = -1; ox <= 1; ox++)
        for (let oy = -1; oy <= 1; oy++) {
          for (const j of grid.get(`${gx + ox},${gy + oy}`) ?? []) {
            if (j <= i) continue;
            let ddx = xs[i]! - xs[j]!;
            let ddy = ys[i]! - ys[j]!;
            let d2 = ddx * ddx + ddy * ddy;
            if (d2 < 0.01) {
              ddx = (i % 7) - 3 + 0.1;
              ddy = (j % 5) - 2 + 0.1;
              d2 = ddx * ddx + ddy * ddy;
            }
            if (d2 > cell * cell) continue;
            const f = (ideal * ideal) / d2;
            dx[i]! += ddx * f;
            dy[i]! += ddy * f;
            dx[j]! -= ddx * f;
            dy[j]! -= ddy * f;
          }
        }
    }
    for (const [i, j] of links) {
      const ddx = xs[i]! - xs[j]!;
      const ddy = ys[i]! - ys[j]!;
      const d = Math.sqrt(ddx * ddx + ddy * ddy) || 1;
      const f = d / ideal;
      dx[i]! -= (ddx / d) * f * 4;
      dy[i]! -= (ddy / d) * f * 4;
      dx[j]! += (ddx / d) * f * 4;
      dy[j]! += (ddy / d) * f * 4;
    }
    const temperature = 12 * (1 - step / steps) + 0.5;
    for (let i = 0; i < n; i++) {
      // a weak pull to the centre keeps components together
      dx[i]! -= xs[i]! * 0.01;
      dy[i]! -= ys[i]! * 0.01;
      const len = Math.sqrt(dx[i]! * dx[i]! + dy[i]! * dy[i]!) || 1;
      const move = Math.min(len, temperature);
      xs[i]! += (dx[i]! / len) * move;
      ys[i]! += (dy[i]! / len) * move;
    }
  }
  return new Map(nodeIds.map((id, i) => [id, { x: xs[i]!, y: ys[i]! }]));
}
