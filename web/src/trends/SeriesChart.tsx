import { useRef, useState } from 'react';
import { exportCsv, exportPng, exportSvg } from './export-chart.js';

export interface ChartSeries {
  name: string;
  values: (number | null)[];
  /** Drawn against the right axis (a second measure on one time axis). */
  isRightAxis?: boolean;
  style?: 'line' | 'bar';
  color: string;
}

const W = 760;
const H = 260;
const M = { top: 16, right: 56, bottom: 42, left: 56 };

function niceMax(value: number): number {
  if (value <= 0) return 1;
  const step = 10 ** Math.floor(Math.log10(value));
  return Math.ceil(value / step) * step;
}

/**
 * A chart of series over labelled periods (bars or lines, a second measure on the right axis),
 * hover readout, and export as SVG, PNG and CSV.
 */
export function SeriesChart({
  title,
  labels,
  series,
  marks,
  fileName,
}: {
  title: string;
  labels: string[];
  series: ChartSeries[];
  /** Periods to flag (anomalies), by index. */
  marks?: Set<number>;
  fileName: string;
}) {
  const svg = useRef<SVGSVGElement>(null);
  const [hover, setHover] = useState<number | null>(null);
  const left = series.filter((s) => !s.isRightAxis);
  const right = series.filter((s) => s.isRightAxis);
  const maxOf = (list: ChartSeries[]) => niceMax(Math.max(0, ...list.flatMap((s) => s.values.map((v) => v ?? 0))));
  const leftMax = maxOf(left);
  const rightMax = maxOf(right);
  const innerW = W - M.left - M.right;
  const innerH = H - M.top - M.bottom;
  const band = innerW / Math.max(1, labels.length);
  const x = (i: number) => M.left + band * i + band / 2;
  const y = (v: number, max: number) => M.top + innerH - (v / max) * innerH;
  const bars = series.filter((s) => s.style === 'bar');
  const labelEvery = Math.max(1, Math.ceil(labels.length / 12));
  const rows = labels.map((label, i) => Object.fromEntries([['period', label], ...series.map((s) => [s.name, s.values[i] ?? null])]) as Record<string, string | number | null>);

  return (
    <figure className="chart panel" aria-label={title}>
      <figcaption>
        <h2>{title}</h2>
        <span className="chart-actions">
          <button type="button" className="small-button" onClick={() => svg.current && exportSvg(svg.current, fileName)}>
            SVG
          </button>
          <button type="button" className="small-button" onClick={() => svg.current && exportPng(svg.current, fileName)}>
            PNG
          </button>
          <button type="button" className="small-button" onClick={() => exportCsv(rows, fileName)}>
            CSV
          </button>
        </span>
      </figcaption>
      {labels.length === 0 ? (
        <p className="muted">No events for this selection.</p>
      ) : (
        <svg ref={svg} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${title}: ${labels.length} periods`} onMouseLeave={() => setHover(null)}>
          <rect x={0} y={0} width={W} height={H} fill="#fff" />
          {[0, 0.25, 0.5, 0.75, 1].map((t) => (
            <g key={t}>
              <line x1={M.left} x2={W - M.right} y1={y(leftMax * t, leftMax)} y2={y(leftMax * t, leftMax)} stroke="#e3e6ea" />
              <text x={M.left - 6} y={y(leftMax * t, leftMax) + 4} textAnchor="end" fontSize={11} fill="#5b6470">
                {Math.round(leftMax * t).toLocaleString('en')}
              </text>
              {right.length > 0 ? (
                <text x={W - M.right + 6} y={y(rightMax * t, rightMax) + 4} fontSize={11} fill={right[0]!.color}>
                  {Math.round(rightMax * t).toLocaleString('en')}
                </text>
              ) : null}
            </g>
          ))}
          {labels.map((label, i) =>
            i % labelEvery === 0 ? (
              <text key={label} x={x(i)} y={H - M.bottom + 16} textAnchor="middle" fontSize={11} fill="#5b6470">
                {label}
              </text>
            ) : null,
          )}
          {bars.map((s, si) =>
            s.values.map((v, i) =>
              v === null ? null : (
                <rect
                  key={`${s.name}${i}`}
                  x={x(i) - (band * 0.8) / 2 + (band * 0.8 * si) / bars.length}
                  width={(band * 0.8) / bars.length}
                  y={y(v, s.isRightAxis ? rightMax : leftMax)}
                  height={Math.max(0, M.top + innerH - y(v, s.isRightAxis ? rightMax : leftMax))}
                  fill={s.color}
                />
              ),
            ),
          )}
          {series
            .filter((s) => s.style !== 'bar')
            .map((s) => (
              <polyline
                key={s.name}
                fill="none"
                stroke={s.color}
                strokeWidth={2}
                points={s.values.map((v, i) => (v === null ? null : `${x(i)},${y(v, s.isRightAxis ? rightMax : leftMax)}`)).filter(Boolean).join(' ')}
              />
            ))}
          {[...(marks ?? [])].map((i) => (
            <circle key={`m${i}`} cx={x(i)} cy={M.top + 6} r={5} fill="#c0392b">
              <title>{`${labels[i]}: anomaly`}</title>
            </circle>
          ))}
          {labels.map((label, i) => (
            <rect key={`h${label}`} x={x(i) - band / 2} y={M.top} width={band} height={innerH} fill="transparent" onMouseEnter={() => setHover(i)} />
          ))}
          {hover !== null ? (
            <g pointerEvents="none">
              <line x1={x(hover)} x2={x(hover)} y1={M.top} y2={M.top + innerH} stroke="#8a94a3" strokeDasharray="3 3" />
              <text x={Math.min(x(hover) + 8, W - 180)} y={M.top + 14} fontSize={12} fill="#1d2530">
                {labels[hover]}: {series.map((s) => `${s.name} ${s.values[hover] ?? '–'}`).join(' · ')}
              </text>
            </g>
          ) : null}
          <g>
            {series.map((s, i) => (
              <g key={s.name} transform={`translate(${M.left + i * 150}, ${H - 12})`}>
                <rect width={10} height={10} y={-9} fill={s.color} />
                <text x={14} fontSize={11} fill="#1d2530">
                  {s.name}
                  {s.isRightAxis ? ' (right axis)' : ''}
                </text>
              </g>
            ))}
          </g>
        </svg>
      )}
    </figure>
  );
}
