import { itemsAfter, type PagePosition } from '../model/index.js';

/**
 * The line after a page of a list (on stderr, so CSV and JSON stay clean): which items were
 * shown out of how many, and how to see the rest — "documents 1–50 of 1234; 1184 more: --offset 50".
 */
export function describePage(page: PagePosition, shown: number, noun: string): string {
  const after = itemsAfter(page, shown);
  const range = shown === 0 ? `no ${noun}` : `${noun} ${page.offset + 1}–${page.offset + shown}`;
  const head = `${range} of ${page.total}`;
  if (after > 0) return `${head}; ${after} more: --offset ${page.offset + shown}`;
  if (shown === 0 && page.offset > 0 && page.total > 0) return `${head}; --offset ${page.offset} is past the end`;
  return head;
}
