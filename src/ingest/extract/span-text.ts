import type { Token } from './tokenize.js';

/** The text the tokens a to b (b excluded) span, from the first's start to the last's end. */
export function spanText(text: string, tokens: readonly Token[], a: number, b: number): string {
  return text.slice((tokens[a] as Token).start, (tokens[b - 1] as Token).end);
}
