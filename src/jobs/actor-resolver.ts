import { NameIndex, type ReferenceAliases } from '../names/index.js';
import { listClaims, listEntities, type Store } from '../store/index.js';

const ACTOR_TYPES = ['group', 'organization', 'person'] as const;

/**
 * How a dataset writes an actor, reduced to the name: ACLED qualifies names with a country or
 * period in brackets ("Islamic State (Afghanistan)", "Military Forces of Afghanistan (2004-2021)").
 */
export function actorNameOf(text: string): string {
  return text.replace(/\s*\([^()]*\)\s*$/, '').trim() || text.trim();
}

/** The names a resolver matches actors against, as plain values (so a worker thread can build one too). */
export interface ActorNames {
  /** Each entity's label and each of its names that is not rejected. */
  names: { id: string; name: string; type: (typeof ACTOR_TYPES)[number] }[];
}

/**
 * The workspace's groups, organisations and people with their labels and non-rejected name
 * claims; null when it has none.
 */
export async function readActorNames(store: Store): Promise<ActorNames | null> {
  const entities = (await Promise.all(ACTOR_TYPES.map((type) => listEntities(store, { type, limit: 200_000 })))).flat();
  if (entities.length === 0) return null;
  const types = new Map(entities.map((e) => [e.id, e.type as (typeof ACTOR_TYPES)[number]]));
  const names: ActorNames['names'] = entities.map((e) => ({ id: e.id, name: e.label, type: e.type as (typeof ACTOR_TYPES)[number] }));
  for (const claim of await listClaims(store, { kind: 'name', limit: 500_000 })) {
    if (claim.kind !== 'name' || claim.status === 'rejected') continue;
    const type = types.get(claim.entityId);
    if (type !== undefined) names.push({ id: claim.entityId, name: claim.name.value, type });
  }
  return { names };
}

/**
 * A resolver from an actor's text to the entity it names, through the names layer's NameIndex
 * over `actorNames` (labels first, then name claims); only a confident match links. Null when
 * there are no names.
 */
export function actorResolverOf(
  actorNames: ActorNames | null,
  reference: ReferenceAliases | null = null,
): ((text: string) => string | null) | null {
  if (actorNames === null || actorNames.names.length === 0) return null;
  const index = new NameIndex([], reference ? { reference } : {});
  for (const name of actorNames.names) index.add(name);
  return (text: string) => {
    const [best] = index.lookup(actorNameOf(text), { limit: 1, minScore: 0.5 });
    return best?.isMatch ? best.id : null;
  };
}

/**
 * A resolver from an actor's text to the entity it names, over the workspace's groups,
 * organisations and people (labels and non-rejected name claims), through the names layer's
 * NameIndex; only a confident match links. Null when the workspace has no such entities.
 */
export async function buildActorResolver(
  store: Store,
  reference: ReferenceAliases | null = null,
): Promise<((text: string) => string | null) | null> {
  return actorResolverOf(await readActorNames(store), reference);
}
