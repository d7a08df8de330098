import { z } from 'zod';

/** A page of a list: every list command and route takes these, so no answer is cut short in silence. */
export const PageQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(10_000).default(50),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
});
export type PageQuery = z.input<typeof PageQuerySchema>;

/** Where a page stands in the whole list. */
export const PagePositionSchema = z.object({
  limit: z.number().int(),
  offset: z.number().int(),
  /** How many items the whole list holds. */
  total: z.number().int(),
});
export type PagePosition = z.infer<typeof PagePositionSchema>;

/** How many items follow this page of `shown` items. */
export function itemsAfter(page: PagePosition, shown: number): number {
  return Math.max(0, page.total - page.offset - shown);
}
