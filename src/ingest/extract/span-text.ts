import type { Token } from './tokenize.js';

export function spanText(text: string, tokens: readonly Token[], a: number, b: number): string {
  return text.slice((tokens[a] as Token).start, (tokens[b - 1] as Token).end);
}
