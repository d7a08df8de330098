import { createRequire } from 'node:module';
import type * as Vega from 'vega';
import type { TopLevelSpec } from 'vega-lite';
import type { ChartFormat } from '../model/index.js';
import { CHART_CONFIG, CHART_FONT } from './chart-theme.js';
import { vegaTextWidth } from './text-width.js';

/** Vega and Vega-Lite load with the first chart, not with this module: most commands draw none. */
async function loadVega(): Promise<{ vega: typeof Vega; compile: typeof import('vega-lite').compile }> {
  const [vega, { compile }] = await Promise.all([import('vega'), import('vega-lite')]);
  // lay text out by DejaVu Sans widths instead of vega's 0.8-em guess (no canvas in Node)
  // (textMetrics is exported at run time from vega-scenegraph but missing from vega's types)
  (vega as unknown as { textMetrics: { width: typeof vegaTextWidth } }).textMetrics.width = vegaTextWidth;
  return { vega, compile };
}

/**
 * Renders a Vega-Lite spec headless to SVG (no browser, no canvas), with Tessera's theme and the
 * source line set under the plot.
 */
export async function renderSvg(spec: TopLevelSpec, source: string): Promise<string> {
  const { vega, compile } = await loadVega();
  const themed = { ...spec, config: { ...CHART_CONFIG, ...(spec.config ?? {}) } } as TopLevelSpec;
  // vega-lite's merge warnings go to the console otherwise; the spec builders are tested instead
  const vgSpec = compile(themed, { logger: vega.logger(vega.None) }).spec as Vega.Spec & { marks?: Vega.Mark[] };
  // first pass: where the plot, its axes and legend end, so the source line goes below them all
  const probe = new vega.View(vega.parse(vgSpec), { renderer: 'none', logLevel: vega.None });
  let bounds: { x1: number; y2: number };
  try {
    await probe.runAsync();
    bounds = (probe.scenegraph() as unknown as { root: { bounds: { x1: number; y2: number } } }).root.bounds;
  } finally {
    probe.finalize();
  }
  vgSpec.marks = [
    ...(vgSpec.marks ?? []),
    {
      type: 'text',
      encode: {
        enter: {
          x: { value: Math.floor(bounds.x1) },
          y: { value: Math.ceil(bounds.y2) + 12 },
          text: { value: source },
          fontSize: { value: 10 },
          fill: { value: '#555' },
          font: { value: CHART_FONT },
          baseline: { value: 'top' },
        },
      },
    },
  ];
  const view = new vega.View(vega.parse(vgSpec), { renderer: 'none', logLevel: vega.None });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** Rasterises an SVG to PNG at `scale` times its size (fonts from the system, DejaVu Sans by default). */
export function svgToPng(svg: string, scale = 2): Uint8Array {
  const { Resvg } = createRequire(import.meta.url)('@resvg/resvg-js') as typeof import('@resvg/resvg-js');
  const resvg = new Resvg(svg, {
    background: 'white',
    fitTo: { mode: 'zoom', value: scale },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
  });
  return resvg.render().asPng();
}

/** Renders a spec as SVG text or PNG bytes. */
export async function renderChart(spec: TopLevelSpec, source: string, format: ChartFormat): Promise<string | Uint8Array> {
  const svg = await renderSvg(spec, source);
  return format === 'svg' ? svg : svgToPng(svg);
}
