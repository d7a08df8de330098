import { z } from 'zod';

/**
 * A figure as the text states it: "an estimated 1,300 to 2,000 Tajikistan citizens" is
 * low 1300, high 2000, unit "Tajikistan citizens", approximate.
 */
export const QuantitySchema = z
  .object({
    low: z.number(),
    high: z.number(),
    unit: z.string(),
    isApproximate: z.boolean(),
    /** "at least", "more than", "up to", "since May 10, 2021"… */
    qualifier: z.string().nullable(),
    text: z.string(),
  })
  .refine((q) => q.low <= q.high, { message: 'low must not exceed high' });
export type Quantity = z.infer<typeof QuantitySchema>;
