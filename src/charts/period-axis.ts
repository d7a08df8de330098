/**
 * The x encoding of a period axis: every label while they fit, otherwise every k-th period so
 * that about 24 labels remain (all months of a decade stay readable), slanted when many.
 */
export function periodAxis(periods: readonly string[], title: string): Record<string, unknown> {
  const step = Math.max(1, Math.ceil(periods.length / 24));
  return {
    field: 'period',
    type: 'ordinal',
    title,
    axis: {
      labelAngle: periods.length > 12 ? -45 : 0,
      ...(step > 1 ? { values: periods.filter((_, i) => i % step === 0) } : {}),
    },
  };
}
