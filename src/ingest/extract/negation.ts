/**
 * Negation and modality around an event's trigger: "no attacks were recorded", "did not attack",
 * "denied reports that militants had bombed", "failed to storm", "without incident or attack",
 * "plans to attack", "will likely attack", "looked set to strike". Such a statement reports no
 * event that happened.
 */
const NEGATOR = /\b(?:no|not|never|neither|nor|none|denied|denies|deny|denying|refuted|rejected (?:reports|claims)|dismissed (?:reports|claims)|without|failed to|fails to|fail to|unable to|n[’']t|rather than|instead of|absence of|free of|zero)\b(?! (?:fewer|less|more than|longer|doubt|only|least|far|sooner|exception|later|earlier)\b)/i;
const FUTURE = /\b(?:will|would|could|might|plans? to|planning to|planned to|intends? to|intended to|aims? to|aimed to|expected to|(?:looks?|looked|seems?|seemed|is|was|are|were) set to|threaten(?:s|ed)? to|vow(?:s|ed)? to|prepar(?:es|ed|ing) to|poised to|going to|likely to)\s+(?:[\w-]+\s+){0,2}$/i;
/** "may attack" (the verb; "9 May 2024" is the month). */
const MAY = /\bmay\s+(?:[\w-]+\s+){0,2}$/;

/** The words before a trigger in its own clause (back to the last ";", ":", "—", ", but" or sentence start). */
function clauseBefore(sentence: string, index: number): string {
  const before = sentence.slice(Math.max(0, index - 120), index);
  const cut = Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('—'), before.lastIndexOf(' – '),
    before.search(/,\s+(?:but|while|whereas|although|though)\s+[^,]*$/i));
  return cut >= 0 ? before.slice(cut + 1) : before;
}

/** Whether the trigger at `index` of `sentence` is negated, denied or not yet real. */
export function isNegatedOrUnreal(sentence: string, index: number): boolean {
  const clause = clauseBefore(sentence, index);
  if (/\b(?:denied|denies|deny|denying|refuted)\b/i.test(clause)) return true;
  const negator = NEGATOR.exec(clause);
  // "not far from the border, gunmen attacked": a negation a comma closes off negates nothing after it
  if (negator && clause.lastIndexOf(',') < negator.index) return true;
  return FUTURE.test(clause) || MAY.test(clause);
}
