/**
 * Which side of an event an actor is on. Datasets name the roles differently (ACLED actor1 and
 * actor2, UCDP side_a and side_b, GTD perpetrator and target); analyses ask one question:
 * did the actor act (initiator) or was it acted on (target)?
 */
export const ACTOR_SIDES = ['initiator', 'target', 'any'] as const;
export type ActorSide = (typeof ACTOR_SIDES)[number];

/** Roles on the initiating side: ACLED actor1 and its associates, UCDP side A, GTD perpetrators. */
export const INITIATOR_ROLES = ['actor1', 'assoc_actor1', 'side_a', 'perpetrator', 'initiator'] as const;
/** Roles on the receiving side: ACLED actor2 and its associates, UCDP side B, GTD targets. */
export const TARGET_ROLES = ['actor2', 'assoc_actor2', 'side_b', 'target'] as const;

/**
 * A role as stored: lower-case, words joined by "_", ACLED's column names without their
 * second underscore ("assoc_actor_1" → "assoc_actor1", "Side A" → "side_a").
 */
export function normaliseActorRole(role: string | null): string | null {
  if (role === null) return null;
  const words = role.trim().toLowerCase().replace(/[\s-]+/g, '_');
  if (words === '') return null;
  return words.replace(/^assoc_actor_([12])$/, 'assoc_actor$1');
}

/** The side a stored role is on, or null for a role on neither (or none). */
export function actorSideOfRole(role: string | null): Exclude<ActorSide, 'any'> | null {
  if (role === null) return null;
  if ((INITIATOR_ROLES as readonly string[]).includes(role)) return 'initiator';
  if ((TARGET_ROLES as readonly string[]).includes(role)) return 'target';
  return null;
}

/** The stored roles on a side; null for "any" (every role, and none). */
export function rolesOfSide(side: ActorSide): readonly string[] | null {
  if (side === 'initiator') return INITIATOR_ROLES;
  if (side === 'target') return TARGET_ROLES;
  return null;
}
