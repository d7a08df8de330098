import { describe, expect, it } from 'vitest';
import { KNOWLEDGE_PACK } from './knowledge-pack.js';
import { lookupKey } from './lookup-key.js';
import { loadReferenceMatcher } from './reference-matcher.js';

const matchOf = (surface: string): string | null => {
  const keys = lookupKey(surface).split(' ');
  const hit = loadReferenceMatcher().matchAt(keys, 0, () => true);
  return hit && hit.length === keys.length ? hit.name.entry.id : null;
};

describe('the reference knowledge pack', () => {
  it.each(['Islamic State Khorasan', 'ISK', 'ISKP', 'IS-K', 'ISIS-K', 'Islamic State Khorasan Province', 'Wilayat Khurasan'])(
    'links %s to Islamic State Khorasan Province',
    (name) => expect(matchOf(name)).toBe('isk'),
  );

  it('links spellings of one group to one entry', () => {
    expect(matchOf('al-Qa`ida')).toBe('al-qaida');
    expect(matchOf('al-Qaeda')).toBe('al-qaida');
    expect(matchOf('Tehrik-e-Taliban Pakistan')).toBe('ttp');
    expect(matchOf('East Turkestan Islamic Movement')).toBe('tip');
  });

  it('reads the ISIS- and ISIL- spellings of a province the pack writes with IS-', () => {
    expect(matchOf('ISIL-Somalia')).toBe('is-somalia');
    expect(matchOf('ISIS-Somalia')).toBe('is-somalia');
    expect(matchOf('ISIL')).toBe('islamic-state');
  });

  it('knows outlets and who publishes them', () => {
    const amaq = KNOWLEDGE_PACK.find((e) => e.id === 'amaq');
    expect(amaq?.type).toBe('media');
    expect(amaq?.links).toContainEqual({ type: 'published_by', target: 'islamic-state' });
  });

  it('has unique ids and links that point at entries', () => {
    const ids = new Set(KNOWLEDGE_PACK.map((e) => e.id));
    expect(ids.size).toBe(KNOWLEDGE_PACK.length);
    for (const e of KNOWLEDGE_PACK) for (const l of e.links ?? []) expect(ids.has(l.target), `${e.id} → ${l.target}`).toBe(true);
  });

  it('matches nothing for ordinary words', () => {
    expect(matchOf('the weather')).toBeNull();
  });
});

describe('the pack\u2019s state bodies, parties and companies', () => {
  it('keeps the Treasury\u2019s sanctions office an entry of its own, and reads the Treasury Department as the Treasury', () => {
    expect(matchOf('OFAC')).toBe('ofac');
    expect(matchOf('Office of Foreign Assets Control')).toBe('ofac');
    expect(matchOf('U.S. Treasury Department')).toBe('us-treasury');
  });

  it('reads a Pakistani religious party and a stablecoin issuer as organisations', () => {
    expect(matchOf('JUI-F')).toBe('jui-f');
    expect(matchOf('Jamiat Ulema-e-Islam-Fazl')).toBe('jui-f');
    expect(KNOWLEDGE_PACK.find((e) => e.id === 'jui-f')?.type).toBe('organization');
    expect(KNOWLEDGE_PACK.find((e) => e.id === 'tether')?.type).toBe('organization');
  });
});

