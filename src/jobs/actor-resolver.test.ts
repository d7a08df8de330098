import { describe, it, expect } from 'vitest';
import { actorNameOf } from './actor-resolver.js';

describe('dataset actor names', () => {
  it("drops ACLED's bracketed country or period", () => {
    expect(actorNameOf('Islamic State (Afghanistan)')).toBe('Islamic State');
    expect(actorNameOf('Military Forces of Afghanistan (2004-2021)')).toBe('Military Forces of Afghanistan');
    expect(actorNameOf('Tehreek-e-Taliban Pakistan (TTP)')).toBe('Tehreek-e-Taliban Pakistan');
    expect(actorNameOf('(Unknown)')).toBe('(Unknown)');
  });
});
