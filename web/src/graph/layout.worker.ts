/// <reference lib="webworker" />
import { ForceLayout } from './layout.js';

/** Asked: the seed positions and the links. Answered: positions every few steps, then `done`. */
export interface LayoutRequest {
  xs: Float32Array;
  ys: Float32Array;
  links: Int32Array;
  /** Post positions this often (ms) while running. */
  every: number;
}
export interface LayoutProgress {
  xs: Float32Array;
  ys: Float32Array;
  done: boolean;
}

self.onmessage = (message: MessageEvent<LayoutRequest>) => {
  const { xs, ys, links, every } = message.data;
  const layout = new ForceLayout(xs, ys, links);
  let posted = performance.now();
  while (!layout.isDone) {
    layout.run();
    if (!layout.isDone && performance.now() - posted > every) {
      postMessage({ xs: xs.slice(), ys: ys.slice(), done: false } satisfies LayoutProgress);
      posted = performance.now();
    }
  }
  postMessage({ xs, ys, done: true } satisfies LayoutProgress, [xs.buffer, ys.buffer]);
};
