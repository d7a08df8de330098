import { z } from 'zod';

/**
 * Estimative language. The ICD 203 scale gives each expression of likelihood a
 * probability band; the press's attributive hedges ("reportedly", "allegedly",
 * "according to", "claimed") carry no band of their own and are kept as attribution.
 */
export const PROBABILITY_BANDS = [
  'almost_no_chance',
  'very_unlikely',
  'unlikely',
  'roughly_even_chance',
  'likely',
  'very_likely',
  'almost_certain',
] as const;
export type ProbabilityBand = (typeof PROBABILITY_BANDS)[number];
export const ProbabilityBandSchema = z.enum(PROBABILITY_BANDS);

/** ICD 203 ranges, in percent. */
export const PROBABILITY_BAND_RANGES: Record<ProbabilityBand, readonly [number, number]> = {
  almost_no_chance: [1, 5],
  very_unlikely: [5, 20],
  unlikely: [20, 45],
  roughly_even_chance: [45, 55],
  likely: [55, 80],
  very_likely: [80, 95],
  almost_certain: [95, 99],
};

export const HEDGE_KINDS = ['estimative', 'attributive', 'possibility'] as const;
export type HedgeKind = (typeof HEDGE_KINDS)[number];

export const HedgeSchema = z.object({
  /** The words as the author wrote them: "very probably", "reportedly", "may". */
  text: z.string().min(1),
  kind: z.enum(HEDGE_KINDS),
  band: ProbabilityBandSchema.nullable(),
});
export type Hedge = z.infer<typeof HedgeSchema>;
