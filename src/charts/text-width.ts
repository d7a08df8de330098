/**
 * Text widths for laying out charts without a canvas. Vega's fallback guesses 0.8 em per
 * character, which leaves wide empty margins and truncates legend labels; these per-character
 * widths follow DejaVu Sans (the font the PNGs use; Helvetica and Arial are narrower, so SVGs
 * shown with them only gain a little room).
 */
const NARROW = new Set("il.,:;|!'`ijtfrI()[]{} /\\-".split(''));
const WIDE = new Set('mwMW@%'.split(''));

export function estimateTextWidth(text: string, fontSize: number, isBold = false): number {
  let em = 0;
  for (const ch of text) {
    if (ch === ' ') em += 0.32;
    else if (NARROW.has(ch)) em += 0.34;
    else if (WIDE.has(ch)) em += 0.92;
    else if (ch >= '0' && ch <= '9') em += 0.64;
    else if (ch >= 'A' && ch <= 'Z') em += 0.7;
    else em += 0.6;
  }
  return Math.ceil(em * fontSize * (isBold ? 1.1 : 1));
}

interface TextItem {
  text?: unknown;
  fontSize?: number;
  fontWeight?: string | number;
}

/** A vega `textMetrics.width` replacement. */
export function vegaTextWidth(item: TextItem, text?: unknown): number {
  const value = text ?? item.text;
  const lines = Array.isArray(value) ? value.map(String) : [value === null || value === undefined ? '' : String(value)];
  const isBold = item.fontWeight === 'bold' || (typeof item.fontWeight === 'number' && item.fontWeight >= 600);
  return Math.max(0, ...lines.map((line) => estimateTextWidth(line, item.fontSize ?? 11, isBold)));
}
