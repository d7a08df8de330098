/**
 * Positions for the link chart without a layout package. `seedLayout` is instant (breadth-first
 * order from the best-connected entity laid on a sunflower spiral, so linked entities start near
 * each other): the chart is drawn at once with it. `ForceLayout` then refines it step by step — a
 * force-directed layout with grid-bucketed repulsion (near-linear per step) — in a Web Worker
 * (layout.worker.ts), so the page stays responsive while it runs.
 */

/** Node index pairs, two numbers per link. */
export type Links = Int32Array;

/** Sunflower-spiral positions in breadth-first order from the highest-degree node of each component. */
export function seedLayout(n: number, links: Links): { xs: Float32Array; ys: Float32Array } {
  const degree = new Int32Array(n);
  for (let k = 0; k < links.length; k++) degree[links[k]!]!++;
  // adjacency in CSR form
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i]! + degree[i]!;
  const fill = offsets.slice(0, n);
  const adjacent = new Int32Array(links.length);
  for (let k = 0; k < links.length; k += 2) {
    const a = links[k]!;
    const b = links[k + 1]!;
    adjacent[fill[a]!++] = b;
    adjacent[fill[b]!++] = a;
  }
  const byDegree = Array.from({ length: n }, (_, i) => i).sort((a, b) => degree[b]! - degree[a]!);
  const order = new Int32Array(n);
  const seen = new Uint8Array(n);
  let head = 0;
  let tail = 0;
  for (const start of byDegree) {
    if (seen[start]) continue;
    seen[start] = 1;
    order[tail++] = start;
    while (head < tail) {
      const i = order[head++]!;
      for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
        const j = adjacent[k]!;
        if (!seen[j]) {
          seen[j] = 1;
          order[tail++] = j;
        }
      }
    }
  }
  const xs = new Float32Array(n);
  const ys = new Float32Array(n);
  const golden = Math.PI * (3 - Math.sqrt(5));
  for (let rank = 0; rank < n; rank++) {
    const i = order[rank]!;
    const r = Math.sqrt(rank + 0.5) * 10;
    xs[i] = r * Math.cos(rank * golden);
    ys[i] = r * Math.sin(rank * golden);
  }
  return { xs, ys };
}

/** The force-directed refinement, one step at a time (the worker posts positions between steps). */
export class ForceLayout {
  readonly steps: number;
  private step = 0;
  private readonly dx: Float64Array;
  private readonly dy: Float64Array;
  private readonly next: Int32Array;
  private readonly ideal = 30;

  constructor(
    readonly xs: Float32Array,
    readonly ys: Float32Array,
    private readonly links: Links,
    steps?: number,
  ) {
    const n = xs.length;
    this.steps = steps ?? (n > 3000 ? 60 : 120);
    this.dx = new Float64Array(n);
    this.dy = new Float64Array(n);
    this.next = new Int32Array(n);
  }

  get isDone(): boolean {
    return this.step >= this.steps;
  }

  /** One step: repulsion between nodes in neighbouring grid cells, attraction along links, cooling. */
  run(): void {
    const { xs, ys, dx, dy, next, links, ideal } = this;
    const n = xs.length;
    const cell = ideal * 2;
    dx.fill(0);
    dy.fill(0);
    // bucket nodes by grid cell: a hash of the cell to the head of a linked list through `next`
    const heads = new Map<number, number>();
    const keyOf = (gx: number, gy: number) => gx * 1_000_003 + gy;
    for (let i = 0; i < n; i++) {
      const key = keyOf(Math.floor(xs[i]! / cell), Math.floor(ys[i]! / cell));
      next[i] = heads.get(key) ?? -1;
      heads.set(key, i);
    }
    for (let i = 0; i < n; i++) {
      const gx = Math.floor(xs[i]! / cell);
      const gy = Math.floor(ys[i]! / cell);
      for (let ox = -1; ox <= 1; ox++)
        for (let oy = -1; oy <= 1; oy++) {
          for (let j = heads.get(keyOf(gx + ox, gy + oy)) ?? -1; j !== -1; j = next[j]!) {
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
    for (let k = 0; k < links.length; k += 2) {
      const i = links[k]!;
      const j = links[k + 1]!;
      if (i === j) continue;
      const ddx = xs[i]! - xs[j]!;
      const ddy = ys[i]! - ys[j]!;
      const d = Math.sqrt(ddx * ddx + ddy * ddy) || 1;
      const f = (d / ideal) * 4;
      dx[i]! -= (ddx / d) * f;
      dy[i]! -= (ddy / d) * f;
      dx[j]! += (ddx / d) * f;
      dy[j]! += (ddy / d) * f;
    }
    const temperature = 12 * (1 - this.step / this.steps) + 0.5;
    for (let i = 0; i < n; i++) {
      // a weak pull to the centre keeps components together
      dx[i]! -= xs[i]! * 0.01;
      dy[i]! -= ys[i]! * 0.01;
      const len = Math.sqrt(dx[i]! * dx[i]! + dy[i]! * dy[i]!) || 1;
      const move = Math.min(len, temperature);
      xs[i]! += (dx[i]! / len) * move;
      ys[i]! += (dy[i]! / len) * move;
    }
    this.step++;
  }
}

/** The whole layout at once (small graphs, tests): seed, then every step. */
export function layoutGraph(nodeIds: string[], edges: [string, string][], steps?: number): Map<string, { x: number; y: number }> {
  const index = new Map(nodeIds.map((id, i) => [id, i]));
  const links = linksOf(edges, index);
  const { xs, ys } = seedLayout(nodeIds.length, links);
  const layout = new ForceLayout(xs, ys, links, steps);
  while (!layout.isDone) layout.run();
  return new Map(nodeIds.map((id, i) => [id, { x: xs[i]!, y: ys[i]! }]));
}

/** Links as node index pairs (unknown ends and self-loops left out). */
export function linksOf(edges: Iterable<[string, string]>, index: ReadonlyMap<string, number>): Links {
  const pairs: number[] = [];
  for (const [a, b] of edges) {
    const i = index.get(a);
    const j = index.get(b);
    if (i !== undefined && j !== undefined && i !== j) pairs.push(i, j);
  }
  return Int32Array.from(pairs);
}
