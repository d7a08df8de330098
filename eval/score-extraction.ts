// Scores one extraction (the JSON `tessera extract FILE --format json` prints) against one gold
// annotation, by the rules of the shared scorer (../shared/eval/GOLD-FORMAT.md, "Scoring"), so
// that our own held-out corpus can be scored on a machine without the shared folder:
// - entities: one-to-one, same type, a shared name once lower-cased, diacritics and punctuation gone;
// - events: one-to-one on type, month (the year when gold gives only a year) and country;
// - relations: type and both ends (ends resolved to gold entities through their names).
// Two figures the shared scorer does not print (ours only):
// - events with roles: one-to-one on type, month, country and perpetrator (a predicted actor that
//   resolves to one of the gold event's actors; an event whose gold names no actor needs none predicted).
//   The gold format has no targets: for a killing or a designation its actors may be the person killed
//   or designated, so there a predicted target counts too;
// - date accuracy: predicted events paired one-to-one with a gold event of the same type and country
//   (the nearest date first); the share whose month (year when gold gives only a year) is right.

export interface GoldEntity { key: string; type: string; name: string; aliases?: string[] }
export interface GoldEvent { type: string; date: string | null; country: string | null; actors?: string[] }
export interface GoldRelation { source: string; type: string; target: string }
export interface GoldAnnotation { entities?: GoldEntity[]; events?: GoldEvent[]; relations?: GoldRelation[] }

export interface PredictedExtraction {
  entities?: { type: string; name: string; aliases?: string[] }[];
  events?: { type: string; date: string | null; country: string | null; actors?: string[]; targets?: string[] }[];
  relations?: { source: string; type: string; target: string }[];
}

export interface AreaCounts { hits: number; pred: number; gold: number }
export interface ExtractionScore {
  entities: AreaCounts;
  events: AreaCounts;
  relations: AreaCounts;
  eventsWithRoles: AreaCounts;
  /** Predicted events paired with a gold event of the same type and country, and how many of those are dated right. */
  dates: { paired: number; right: number; wrongYear: number };
  missedEntities: string[];
  spuriousEntities: string[];
  missedEvents: string[];
  /** Predicted events no gold event matched on type, month and country. */
  spuriousEvents: string[];
  missedRelations: string[];
  spuriousRelations: string[];
}

const SYMMETRIC = new Set(['merged_with', 'allied_with', 'rival_of', 'communicated_with', 'affiliated_with']);

/** A name as the scorer compares it. */
export function normaliseName(value: unknown): string {
  return String(value ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[‘’ʿʾ`'"“”]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/^the /, '')
    .trim();
}

const namesOf = (e: { name: string; aliases?: string[] }): Set<string> =>
  new Set([e.name, ...(e.aliases ?? [])].map(normaliseName).filter((n) => n !== ''));

/**
 * The entities paired one-to-one (same type, a shared name), and the gold entity each name stands for: a gold
 * entity's names and aliases, then the names of the predicted entity paired with it (how relation and event
 * ends are resolved to gold entities).
 */
export function pairEntities(gold: GoldAnnotation, pred: PredictedExtraction): { predToGold: Map<number, string>; keyOf: (name: string) => string | undefined } {
  const gEnts = gold.entities ?? [];
  const pEnts = pred.entities ?? [];
  const gNames = gEnts.map(namesOf);
  const usedGold = new Set<number>();
  const predToGold = new Map<number, string>();
  pEnts.forEach((p, i) => {
    const pn = namesOf(p);
    for (let j = 0; j < gEnts.length; j++) {
      const g = gEnts[j] as GoldEntity;
      if (usedGold.has(j) || g.type !== p.type) continue;
      if ([...pn].some((n) => (gNames[j] as Set<string>).has(n))) {
        usedGold.add(j);
        predToGold.set(i, g.key);
        break;
      }
    }
  });
  const nameToKey = new Map<string, string>();
  gEnts.forEach((g, j) => (gNames[j] as Set<string>).forEach((n) => { if (!nameToKey.has(n)) nameToKey.set(n, g.key); }));
  pEnts.forEach((p, i) => {
    const key = predToGold.get(i);
    if (key !== undefined) namesOf(p).forEach((n) => { if (!nameToKey.has(n)) nameToKey.set(n, key); });
  });
  return { predToGold, keyOf: (name: string): string | undefined => nameToKey.get(normaliseName(name)) };
}

export function scoreExtraction(gold: GoldAnnotation, pred: PredictedExtraction): ExtractionScore {
  const gEnts = gold.entities ?? [];
  const pEnts = pred.entities ?? [];
  const { predToGold, keyOf } = pairEntities(gold, pred);
  const pairedGold = new Set(predToGold.values());

  const month = (d: string | null): string => (d ? String(d).slice(0, 7) : '');
  const sameWhen = (g: GoldEvent, p: GoldEvent): boolean => {
    if (!g.date || !p.date) return false;
    return String(g.date).length === 4 ? String(p.date).slice(0, 4) === g.date : month(p.date) === month(g.date);
  };
  const gEv = gold.events ?? [];
  const pEv = pred.events ?? [];
  const usedEv = new Set<number>();
  const spuriousEvents: string[] = [];
  for (const p of pEv) {
    let hit = false;
    for (let j = 0; j < gEv.length; j++) {
      const g = gEv[j] as GoldEvent;
      if (usedEv.has(j) || g.type !== p.type || !sameWhen(g, p)) continue;
      if ((g.country ?? null) !== (p.country ?? null)) continue;
      usedEv.add(j);
      hit = true;
      break;
    }
    if (!hit) spuriousEvents.push(`${p.type} ${p.date ?? '-'} ${p.country ?? '-'} [${(p.actors ?? []).join(', ')}]`);
  }

  // events with roles: the same, and the perpetrator too
  const usedRoles = new Set<number>();
  for (const p of pEv) {
    const parties = [...(p.actors ?? []), ...(p.type === 'killing' || p.type === 'designation' ? (p.targets ?? []) : [])];
    const keys = new Set(parties.map(keyOf).filter((k): k is string => k !== undefined));
    for (let j = 0; j < gEv.length; j++) {
      const g = gEv[j] as GoldEvent;
      if (usedRoles.has(j) || g.type !== p.type || !sameWhen(g, p) || (g.country ?? null) !== (p.country ?? null)) continue;
      const gActors = g.actors ?? [];
      const agrees = gActors.length === 0 ? (p.actors ?? []).length === 0 : gActors.some((a) => keys.has(a));
      if (!agrees) continue;
      usedRoles.add(j);
      break;
    }
  }

  // date accuracy: pair on type and country, nearest date first, then judge the date
  const dayNumber = (d: string | null): number => (d ? Date.parse(`${d}${d.length === 4 ? '-07-01' : d.length === 7 ? '-15' : ''}T00:00:00Z`) / 86_400_000 : NaN);
  const candidates: { i: number; j: number; gap: number }[] = [];
  pEv.forEach((p, i) => gEv.forEach((g, j) => {
    if (g.type !== p.type || (g.country ?? null) !== (p.country ?? null) || !g.date) return;
    const gap = Math.abs(dayNumber(g.date) - dayNumber(p.date));
    candidates.push({ i, j, gap: Number.isNaN(gap) ? Infinity : gap });
  }));
  candidates.sort((a, b) => a.gap - b.gap);
  const pairedP = new Set<number>();
  const pairedG = new Set<number>();
  const dates = { paired: 0, right: 0, wrongYear: 0 };
  for (const { i, j } of candidates) {
    if (pairedP.has(i) || pairedG.has(j)) continue;
    pairedP.add(i);
    pairedG.add(j);
    const g = gEv[j] as GoldEvent;
    const p = pEv[i] as GoldEvent;
    dates.paired += 1;
    if (sameWhen(g, p)) dates.right += 1;
    else if (!p.date || String(p.date).slice(0, 4) !== String(g.date).slice(0, 4)) dates.wrongYear += 1;
  }

  const gEntKeys = new Set(gEnts.map((g) => g.key));
  const gRel = (gold.relations ?? []).filter((r) => gEntKeys.has(r.source) && gEntKeys.has(r.target));
  const pRel = pred.relations ?? [];
  const usedRel = new Set<number>();
  const spuriousRelations: string[] = [];
  for (const p of pRel) {
    const s = keyOf(p.source);
    const t = keyOf(p.target);
    let hit = false;
    if (s && t) {
      for (let j = 0; j < gRel.length; j++) {
        const g = gRel[j] as GoldRelation;
        if (usedRel.has(j) || g.type !== p.type) continue;
        if ((g.source === s && g.target === t) || (SYMMETRIC.has(g.type) && g.source === t && g.target === s)) {
          usedRel.add(j);
          hit = true;
          break;
        }
      }
    }
    if (!hit) spuriousRelations.push(`${p.source} ${p.type} ${p.target}`);
  }

  return {
    entities: { hits: predToGold.size, pred: pEnts.length, gold: gEnts.length },
    events: { hits: usedEv.size, pred: pEv.length, gold: gEv.length },
    relations: { hits: usedRel.size, pred: pRel.length, gold: gRel.length },
    eventsWithRoles: { hits: usedRoles.size, pred: pEv.length, gold: gEv.length },
    dates,
    missedEntities: gEnts.filter((g) => !pairedGold.has(g.key)).map((g) => `${g.type}:${g.name}`),
    spuriousEntities: pEnts.filter((_, i) => !predToGold.has(i)).map((p) => `${p.type}:${p.name}`),
    missedEvents: gEv.filter((_, j) => !usedEv.has(j)).map((g) => `${g.type} ${g.date ?? '-'} ${g.country ?? '-'}`),
    spuriousEvents,
    missedRelations: gRel.filter((_, j) => !usedRel.has(j)).map((r) => `${r.source} ${r.type} ${r.target}`),
    spuriousRelations,
  };
}
