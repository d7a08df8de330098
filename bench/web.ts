/**
 * `npm run bench -- web`: the workbench in Chromium — JavaScript shipped for the first view,
 * load to interactive on localhost, frame times while scrolling a 10,000-claim review queue and
 * panning a 5,000-entity, 20,000-claim link chart (both on a stubbed API, as the browser tests do).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { hasChromium, startWorkbench, stubLinkChartGraph } from '../test/e2e/web/workbench-harness.js';

const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const relation = (n: number, source: number, target: number) => ({
  id: uuid(1_000_000 + n), kind: 'relation', status: 'proposed', assertion: `Entity ${source} member_of Entity ${target}`,
  subject: { id: uuid(source), type: 'person', label: `Entity ${source}` }, predicate: 'member_of', object: null,
  target: { id: uuid(target), type: 'group', label: `Entity ${target}` }, event: null, hedge: null, validFrom: `${2015 + (n % 9)}`, validTo: null,
  author: 'bench', document: null, span: null, quote: `Synthetic evidence sentence ${n}.`, citedNotes: [], citations: [],
});

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** Drags the link chart around its centre for 60 steps; the frames meanwhile and just after. */
async function panFrames(page: Page): Promise<Frames> {
  const box = (await page.locator('.sigma-container').boundingBox())!;
  return frameTimes(page, async () => {
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    for (let i = 0; i < 60; i++) {
      await page.mouse.move(box.x + box.width / 2 + Math.sin(i / 6) * 200, box.y + box.height / 2 + i * 2);
      await page.waitForTimeout(16);
    }
    await page.mouse.up();
    await page.waitForTimeout(300);
  });
}

/**
 * Frame times (requestAnimationFrame deltas) and the page's main-thread long tasks (over 50 ms,
 * PerformanceObserver 'longtask') over the same span. A slow frame with no long task beside it was
 * not held up by the page's own script, style or layout: on a loaded machine that is the machine.
 */
interface Frames {
  deltas: number[];
  /** [start, end] of each frame, ms on the page's clock. */
  spans: [number, number][];
  longTasks: [number, number][];
}

function summary({ deltas, spans, longTasks }: Frames): string {
  const slow = spans.filter(([a, b]) => b - a > 50);
  const ours = slow.filter(([a, b]) => longTasks.some(([s, e]) => s < b && e > a)).length;
  const taskMs = longTasks.map(([s, e]) => e - s);
  return (
    `${deltas.length} frames, p50 ${percentile(deltas, 50).toFixed(1)} ms, p95 ${percentile(deltas, 95).toFixed(1)} ms, worst ${Math.max(...deltas).toFixed(1)} ms, ` +
    `over 50 ms: ${slow.length} (${ours} beside a main-thread long task); long tasks: ${longTasks.length}` +
    (taskMs.length > 0 ? `, worst ${Math.max(...taskMs).toFixed(0)} ms` : '')
  );
}

async function frameTimes(page: Page, act: () => Promise<void>): Promise<Frames> {
  // a string, not a function: the TypeScript runner's helpers do not exist in the page
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__tasks = [];
    window.__stop = false;
    window.__observer?.disconnect();
    window.__observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__tasks.push([entry.startTime, entry.startTime + entry.duration]);
    });
    window.__observer.observe({ type: 'longtask' });
    let last = performance.now();
    const tick = (now) => { window.__frames.push([last, now]); last = now; if (!window.__stop) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
  await act();
  // one more frame, so the observer has reported the last long task
  return page.evaluate<Frames>(`new Promise((done) => requestAnimationFrame(() => setTimeout(() => {
    window.__stop = true;
    window.__observer.disconnect();
    const spans = window.__frames.slice(2);
    done({ deltas: spans.map(([a, b]) => b - a), spans, longTasks: window.__tasks });
  }, 0)))`);
}

/** `TESSERA_BENCH_WEB=review,graph` runs only those parts (size, load, review, graph); all by default. */
const parts = new Set((process.env.TESSERA_BENCH_WEB ?? 'size,load,review,graph').split(','));

export async function run(): Promise<void> {
  if (!hasChromium) {
    console.log('skipped: no Chromium at /usr/bin/chromium');
    return;
  }
  const workbench = await startWorkbench();
  try {
    const dist = fileURLToPath(new URL('../web/dist', import.meta.url));
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    const first = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
    const bytes = first.reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, file))).length, gzipSync(html).length);
    if (parts.has('size')) console.log(`first view ships ${(bytes / 1024).toFixed(0)} kB gzipped (${first.join(', ')}; link chart and map load on demand)`);

    const { page, close } = await workbench.signIn('analyst');
    const loads: number[] = [];
    for (let i = 0; parts.has('load') && i < 5; i++) {
      const started = Date.now();
      await page.goto('/search');
      await page.getByLabel('Search entities, documents and events').waitFor();
      loads.push(Date.now() - started);
    }
    if (parts.has('load')) console.log(`load to interactive (search view, signed in, localhost): median ${percentile(loads, 50)} ms, worst ${Math.max(...loads)} ms over 5 loads`);

    if (parts.has('graph')) {
      // the same gesture on the demo's small chart, in the same run: the floor this machine sets
      await page.goto('/graph');
      await page.locator('.sigma-container[data-layout="settled"]').waitFor({ timeout: 120_000 });
      const label = await page.getByRole('img', { name: /^Link chart: \d+ entities/ }).getAttribute('aria-label');
      console.log(`link chart (demo workspace, ${label?.replace('Link chart: ', '')}), panning: ${summary(await panFrames(page))}`);
    }

    await page.route('**/api/v1/claims?*', async (route) => {
      const url = new URL(route.request().url());
      const offset = Number(url.searchParams.get('offset') ?? 0);
      const limit = Number(url.searchParams.get('limit') ?? 100);
      const items = [];
      for (let n = offset; n < Math.min(10_000, offset + limit); n++) items.push(relation(n, n % 5000, (n * 7919) % 5000));
      await route.fulfill({ json: { items } });
    });
    if (parts.has('review')) {
      await page.goto('/review');
      await page.getByRole('status').filter({ hasText: /^10,000\s+claims$/ }).waitFor({ timeout: 120_000 });
      await page.locator('.review-list').hover();
      const scroll = await frameTimes(page, async () => {
        for (let i = 0; i < 60; i++) {
          await page.mouse.wheel(0, 400);
          await page.waitForTimeout(16);
        }
      });
      console.log(`review queue, 10,000 claims, wheel scrolling: ${summary(scroll)}`);
    }

    if (parts.has('graph')) {
      const graph = stubLinkChartGraph(5000, 20_000);
      console.log(`link chart payload (GET /graph/chart, 5,000 entities, ${graph.claims.source.length.toLocaleString('en')} claims): ${(JSON.stringify(graph).length / 1024).toFixed(0)} kB`);
      await page.route('**/api/v1/graph/chart*', (route) => route.fulfill({ json: graph }));
      const started = Date.now();
      await page.goto('/graph');
      const chart = page.locator('.sigma-container[data-drawn]');
      await chart.waitFor({ timeout: 120_000 });
      const drawn = Date.now() - started;
      const label = await page.getByRole('img', { name: /^Link chart: \d+ entities/ }).getAttribute('aria-label');
      // frames while the layout is refined in its worker, before anyone touches the chart
      const refining = await frameTimes(page, () => page.locator('.sigma-container[data-layout="settled"]').waitFor({ timeout: 120_000 }));
      const settled = Date.now() - started;
      console.log(`link chart: ${label}: first drawn ${drawn} ms after navigation (load, seed layout, first render), layout settled at ${settled} ms; frames meanwhile: ${summary(refining)}`);
      const pan = await panFrames(page);
      console.log(`link chart, 5,000 entities, panning: ${summary(pan)}`);
    }
    await close();
  } finally {
    await workbench.close();
  }
}
