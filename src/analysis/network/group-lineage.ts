import {
  LINEAGE_RELATION_TYPES,
  SYMMETRIC_RELATION_TYPES,
  type FuzzyDate,
  type GraphEdgeClaim,
  type GraphNode,
  type LineageEntry,
  type RelationType,
} from '../../model/index.js';

const VERBS: Record<string, string> = {
  merged_with: 'merged with',
  split_from: 'split from',
  pledged_allegiance_to: 'pledged allegiance to',
  affiliated_with: 'is affiliated with',
  allied_with: 'allied with',
  rival_of: 'is a rival of',
  leader_of: 'led',
};

function earliest(dates: (FuzzyDate | null)[]): FuzzyDate | null {
  return dates.reduce<FuzzyDate | null>((best, d) => (d !== null && (best === null || d.start < best.start) ? d : best), null);
}

function latest(dates: (FuzzyDate | null)[]): FuzzyDate | null {
  return dates.reduce<FuzzyDate | null>((best, d) => (d !== null && (best === null || d.end > best.end) ? d : best), null);
}

/**
 * A group's genealogy: its mergers, splits, pledges, affiliations, alliances, rivalries and leaders,
 * one entry per (relation, counterpart, direction) with the earliest start and latest end its claims
 * give and every claim kept as evidence. Dated entries come first, by start.
 *
 * `nodeOf` maps an entity id (any merged member) to its node; the group is `group`.
 */
export function groupLineage(
  group: GraphNode,
  claims: readonly GraphEdgeClaim[],
  nodeOf: (id: string) => GraphNode | null,
): LineageEntry[] {
  const members = new Set(group.memberIds);
  const entries = new Map<string, LineageEntry>();
  for (const claim of claims) {
    const type = claim.relationType as RelationType | null;
    if (type === null || !(LINEAGE_RELATION_TYPES as readonly string[]).includes(type)) continue;
    const isSubject = members.has(claim.sourceEntityId);
    const isObject = members.has(claim.targetEntityId);
    if (isSubject === isObject) continue;
    const counterpart = nodeOf(isSubject ? claim.targetEntityId : claim.sourceEntityId);
    if (counterpart === null || counterpart.id === group.id) continue;
    const isSymmetric = SYMMETRIC_RELATION_TYPES.includes(type);
    const role = isSubject || isSymmetric ? 'subject' : 'object';
    const key = `${type}|${counterpart.id}|${role}`;
    let entry = entries.get(key);
    if (entry === undefined) {
      const [a, b] = role === 'subject' ? [group.label, counterpart.label] : [counterpart.label, group.label];
      entry = { relationType: type, role, statement: `${a} ${VERBS[type] ?? type} ${b}`, counterpart, start: null, end: null, claims: [] };
      entries.set(key, entry);
    }
    entry.claims.push(claim);
  }
  for (const entry of entries.values()) {
    entry.start = earliest(entry.claims.map((c) => c.validFrom));
    entry.end = latest(entry.claims.map((c) => c.validTo));
  }
  return [...entries.values()].sort((a, b) => {
    if (a.start === null || b.start === null) return a.start === null ? (b.start === null ? a.statement.localeCompare(b.statement) : 1) : -1;
    return a.start.start.localeCompare(b.start.start) || a.statement.localeCompare(b.statement);
  });
}
