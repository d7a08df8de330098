import { z } from 'zod';
import { TesseraError } from './errors.js';

/** The figure formats charts render to. */
export const CHART_FORMATS = ['svg', 'png'] as const;
export type ChartFormat = (typeof CHART_FORMATS)[number];
export const ChartFormatSchema = z.enum(CHART_FORMATS);

/** The chart format a file name asks for (.svg or .png). */
export function chartFormatOf(path: string): ChartFormat {
  const lower = path.toLowerCase();
  if (lower.endsWith('.svg')) return 'svg';
  if (lower.endsWith('.png')) return 'png';
  throw new TesseraError('invalid_input', `${path}: a chart is written as .svg or .png`);
}
