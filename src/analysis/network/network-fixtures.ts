import type { FuzzyDate, GraphEdgeClaim, Id } from '../../model/index.js';
import type { GraphEntityRow } from '../../store/index.js';

/** Invented entities and claims for the network tests: ids are readable uuids built from a number. */
export function fixtureId(n: number): Id {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

export function fixtureEntity(n: number, label: string, type: GraphEntityRow['type'] = 'person'): GraphEntityRow {
  return { id: fixtureId(n), label, type };
}

let claimCounter = 0;

export function fixtureClaim(
  a: number,
  b: number,
  relationType: string,
  overrides: Partial<GraphEdgeClaim> = {},
): GraphEdgeClaim {
  claimCounter += 1;
  return {
    claimId: fixtureId(900_000 + claimCounter),
    layer: 'relations',
    relationType,
    sourceEntityId: fixtureId(a),
    targetEntityId: fixtureId(b),
    status: 'accepted',
    sourceReliability: 'B',
    informationCredibility: 2,
    hedge: null,
    marking: 'TLP:CLEAR',
    validFrom: null,
    validTo: null,
    quote: `Invented sentence linking ${a} and ${b}.`,
    source: null,
    ...overrides,
  };
}

export function year(y: number): FuzzyDate {
  return { start: `${y}-01-01`, end: `${y}-12-31`, precision: 'year', text: String(y) };
}

/**
 * Three cells of four members each (every member tied to every other), and a recruiter (1) who
 * recruited one member of each cell and directed another: the recruiter is the only link between cells.
 */
export function recruiterNetwork(): { entities: GraphEntityRow[]; claims: GraphEdgeClaim[] } {
  const entities = [fixtureEntity(1, 'Recruiter')];
  const claims: GraphEdgeClaim[] = [];
  for (let cell = 0; cell < 3; cell += 1) {
    const members = [0, 1, 2, 3].map((m) => 10 + cell * 10 + m);
    for (const m of members) entities.push(fixtureEntity(m, `Cell ${cell + 1} member ${m % 10 + 1}`));
    for (let i = 0; i < members.length; i += 1) {
      for (let j = i + 1; j < members.length; j += 1) claims.push(fixtureClaim(members[i]!, members[j]!, 'communicated_with', { validFrom: year(2016 + cell) }));
    }
    claims.push(fixtureClaim(1, members[0]!, 'recruited', { validFrom: year(2016 + cell) }));
    claims.push(fixtureClaim(1, members[1]!, 'directed', { validFrom: year(2016 + cell) }));
  }
  return { entities, claims };
}
