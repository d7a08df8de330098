import type { Command } from 'commander';
import { itemsAfter, PageQuerySchema, TesseraError, type PagePosition } from '../model/index.js';

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

/** `--limit` and `--offset` as a list command receives them. */
export interface PageFlags {
  limit: string;
  offset: string;
}

/** Adds `--limit N` (default `defaultLimit`) and `--offset N` to a list command. */
export function addPageOptions(command: Command, defaultLimit: number, noun: string): Command {
  return command
    .option('--limit <n>', `show at most this many ${noun}`, String(defaultLimit))
    .option('--offset <n>', `skip this many ${noun} first`, '0');
}

/** The page the flags ask for; a bad number is an error naming its flag. */
export function pageSelection(flags: PageFlags): { limit: number; offset: number } {
  const parsed = PageQuerySchema.safeParse({ limit: flags.limit, offset: flags.offset });
  if (!parsed.success) {
    const flag = String(parsed.error.issues[0]?.path[0] ?? 'limit');
    throw new TesseraError('invalid_input', `--${flag} ${flag === 'offset' ? flags.offset : flags.limit}: ${parsed.error.issues[0]?.message ?? 'not a page'}`, { field: flag });
  }
  return parsed.data;
}

/** One page of a list the command holds whole, and where it stands. */
export function pageOf<T>(items: readonly T[], flags: PageFlags): { items: T[]; position: PagePosition } {
  const { limit, offset } = pageSelection(flags);
  return { items: items.slice(offset, offset + limit), position: { limit, offset, total: items.length } };
}

/**
 * The line after a page of a ranked list whose length is not counted (search hits, duplicate
 * pairs): "duplicates 1–100; more: --offset 100", known from one item asked beyond the page.
 */
export function describeOpenPage(offset: number, shown: number, hasMore: boolean, noun: string): string {
  const range = shown === 0 ? `no ${noun}` : `${noun} ${offset + 1}–${offset + shown}`;
  return hasMore ? `${range}; more: --offset ${offset + shown}` : `${range}; no more`;
}

/**
 * Paging over rows a command streams (screen matches, scored pairs): every row is still computed
 * and counted, only the page is written, and the footer says how many there were. Without
 * `--limit` every row from `--offset` on is written.
 */
export function streamPage(flags: { limit?: string; offset?: string }): { take(): boolean; footer(noun: string): string } {
  const { limit, offset } = pageSelection({ limit: flags.limit ?? '10000', offset: flags.offset ?? '0' });
  const end = flags.limit === undefined ? Infinity : offset + limit;
  let seen = 0;
  let shown = 0;
  return {
    take() {
      const index = seen++;
      const isShown = index >= offset && index < end;
      if (isShown) shown += 1;
      return isShown;
    },
    footer(noun) {
      return describePage({ limit, offset, total: seen }, shown, noun);
    },
  };
}
