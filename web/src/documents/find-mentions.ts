import type { EntityType, ReviewItem } from '../../../src/model/index.js';

export interface Mention {
  start: number;
  end: number;
  type: EntityType;
  entityId: string;
}

/**
 * Where a sentence names the entities its claims are about: every occurrence of a claimed
 * entity's label or claimed name, longest first, never overlapping.
 */
export function findMentions(text: string, claims: ReviewItem[]): Mention[] {
  const terms = new Map<string, { type: EntityType; entityId: string }>();
  for (const claim of claims) {
    for (const ref of [claim.subject, claim.target]) if (ref) terms.set(ref.label, { type: ref.type, entityId: ref.id });
    if (claim.kind === 'name' && claim.subject && claim.object) terms.set(claim.object, { type: claim.subject.type, entityId: claim.subject.id });
  }
  const lower = text.toLocaleLowerCase();
  const taken: Mention[] = [];
  for (const [term, ref] of [...terms].sort((a, b) => b[0].length - a[0].length)) {
    if (term.length < 2) continue;
    const needle = term.toLocaleLowerCase();
    for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + needle.length)) {
      const end = at + needle.length;
      const isWordStart = at === 0 || !/[\p{L}\p{N}]/u.test(text[at - 1] ?? '');
      const isWordEnd = end >= text.length || !/[\p{L}\p{N}]/u.test(text[end] ?? '');
      if (!isWordStart || !isWordEnd) continue;
      if (taken.some((m) => at < m.end && end > m.start)) continue;
      taken.push({ start: at, end, ...ref });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}
