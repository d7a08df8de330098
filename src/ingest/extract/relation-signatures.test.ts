import { describe, expect, it } from 'vitest';
import { RELATION_TYPES } from '../../model/index.js';
import { fitsSignature, orientRelation, RELATION_SIGNATURES } from './relation-signatures.js';

describe('relation signatures', () => {
  it('covers every relation type', () => {
    expect(Object.keys(RELATION_SIGNATURES).sort()).toEqual([...RELATION_TYPES].sort());
  });

  it('keeps, swaps or drops the ends of a relation by its type', () => {
    expect(orientRelation('leader_of', 'person', 'group')).toBe('keep');
    expect(orientRelation('leader_of', 'group', 'person')).toBe('swap');
    expect(orientRelation('published_by', 'group', 'media')).toBe('swap');
    expect(orientRelation('located_in', 'location', 'group')).toBe('swap');
    expect(orientRelation('member_of', 'location', 'group')).toBeNull();
    expect(orientRelation('recruited', 'group', 'group')).toBeNull();
  });

  it('lets anything be located in a place, and only places be where things are', () => {
    expect(fitsSignature('located_in', 'person', 'location')).toBe(true);
    expect(fitsSignature('located_in', 'person', 'group')).toBe(false);
  });
});
