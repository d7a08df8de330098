import { describe, it, expect } from 'vitest';
import { actorSideOfRole, normaliseActorRole, rolesOfSide } from './actor-side.js';

describe('actor sides', () => {
  it('normalises roles as the datasets write them', () => {
    expect(normaliseActorRole('assoc_actor_1')).toBe('assoc_actor1');
    expect(normaliseActorRole(' Side A ')).toBe('side_a');
    expect(normaliseActorRole('Perpetrator')).toBe('perpetrator');
    expect(normaliseActorRole('  ')).toBeNull();
    expect(normaliseActorRole(null)).toBeNull();
  });
  it('puts every dataset role on one side', () => {
    for (const role of ['actor1', 'assoc_actor1', 'side_a', 'perpetrator']) expect(actorSideOfRole(role)).toBe('initiator');
    for (const role of ['actor2', 'assoc_actor2', 'side_b', 'target']) expect(actorSideOfRole(role)).toBe('target');
    expect(actorSideOfRole('claimant')).toBeNull();
    expect(actorSideOfRole(null)).toBeNull();
    expect(rolesOfSide('any')).toBeNull();
    expect(rolesOfSide('target')).toContain('side_b');
  });
});
