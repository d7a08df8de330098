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

/**
 * A resolver from an actor's text to the entity it names, over the workspace's groups,
 * organisations and people (labels and non-rejected name claims), through the names layer's
 * NameIndex; only a confident match links. Null when the workspace has no such entities.
 */
export async function buildActorResolver(
  store: Store,
  reference: ReferenceAliases | null = null,
): Promise<((text: string) => string | null) | null> {
  const entities = (await Promise.all(ACTOR_TYPES.map((type) => listEntities(store, { type, limit: 200_000 })))).flat();
  if (entities.length === 0) return null;
  const types = new Map(entities.map((e) => [e.id, e.type]));
  const index = new NameIndex(
    entities.map((e) => ({ id: e.id, name: e.label, type: e.type })),
    reference ? { reference } : {},
  );
  for (const claim of await listClaims(store, { kind: 'name', limit: 500_000 })) {
    if (claim.kind !== 'name' || claim.status === 'rejected') continue;
    const type = types.get(claim.entityId);
    if (type !== undefined) index.add({ id: claim.entityId, name: claim.name.value, type });
  }
  return (text: string) => {
    const [best] = index.lookup(actorNameOf(text), { limit: 1, minScore: 0.5 });
    return best?.isMatch ? best.id : null;
  };
}
