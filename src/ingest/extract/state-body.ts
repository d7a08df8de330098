import type { ExtractedEntity } from '../extraction.js';

/** Words that make an organisation's name a government body: police, ministries, security services, armed forces. */
const STATE_WORDS =
  /\b(?:authorities|police|officials|government|ministry|ministries|forces|army|military|troops|soldiers|security|intelligence|directorate|department|prosecutors?|courts?|border guards?|regime|gendarmerie|command|committee for national security|state committee|investigative committee|counter[- ]?terrorism)\b/i;
/** Non-state bodies that a state word can hide in ("Crisis Group", "Human Rights Watch"). */
const NOT_STATE = /\b(?:crisis group|watch|amnesty|institute|center|centre|university|foundation|monitoring team|party|project)\b/i;
/** Pack entries of state security bodies (besides those whose name says so). */
const STATE_REFERENCE_IDS = new Set(['ref:gknb-kg', 'ref:fsb', 'ref:nac-ru', 'ref:sgb-uz', 'ref:knb-kz', 'ref:nds', 'ref:gdi', 'ref:isi', 'ref:ctd-pk', 'ref:nia-in', 'ref:fbi', 'ref:cia', 'ref:dhs', 'ref:nctc', 'ref:us-state-department', 'ref:us-treasury', 'ref:pentagon', 'ref:centcom', 'ref:omon', 'ref:irgc']);

/**
 * Whether an entity is a state body (authorities, police, officials, security services,
 * armed forces): such bodies arrest, designate and fight armed groups, they are rarely
 * members or affiliates of them.
 */
export function isStateBody(entity: Pick<ExtractedEntity, 'key' | 'type' | 'name' | 'referenceId'>): boolean {
  if (entity.type !== 'organization') return false;
  if (/^org:[A-Z]{2}:/.test(entity.key)) return true;
  if (entity.referenceId && STATE_REFERENCE_IDS.has(entity.referenceId)) return true;
  return STATE_WORDS.test(entity.name) && !NOT_STATE.test(entity.name);
}
