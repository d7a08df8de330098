import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matchNames, NameIndex, parseAliasSets, ReferenceAliases } from '../../src/names/index.js';
import { KNOWLEDGE_PACK, parseKnowledgePack } from '../../src/ingest/index.js';
import { knowledgePackAliasSets, loadReferenceAliases, loadStoreKnowledgeBase } from '../../src/jobs/index.js';
import { insertClaims, insertEntity, openStore, type Store } from '../../src/store/index.js';
import { buildEntity, buildNameClaim } from '../factories.js';

const reference = new ReferenceAliases(knowledgePackAliasSets());

/** A knowledge base as an analyst pastes it: canonical names, no types. */
const KB: [string, string][] = [
  ['isk', 'Islamic State of Khorasan'],
  ['is', 'Islamic State'],
  ['aq', 'al-Qaeda'],
  ['ktj', 'Katibat al-Tawhid wal-Jihad'],
  ['ttp', 'Tehrik-i-Taliban Pakistan'],
  ['hts', 'Hayat Tahrir al-Sham'],
  ['kib', 'Katibat Imam al-Bukhari'],
  ['imu', 'Islamic Movement of Uzbekistan'],
  ['vok', 'Voice of Khorasan'],
  ['rferl', 'Radio Free Europe/Radio Liberty'],
  ['ozodi', 'Radio Ozodi'],
  ['noraki', 'Abu Osama Noraki'],
  ['azzam', 'Al-Azaim Foundation'],
];

function kbIndex(withReference: boolean): NameIndex {
  return new NameIndex(
    KB.map(([id, name]) => ({ id, name })),
    withReference ? { reference } : {},
  );
}

describe('acronyms without types', () => {
  const index = kbIndex(false);
  it.each([
    ['ISK', 'isk'],
    ['ISKP', 'isk'],
    ['ISIS-K', 'isk'],
    ['AQ', 'aq'],
    ['KTJ', 'ktj'],
    ['TTP', 'ttp'],
    ['HTS', 'hts'],
    ['KIB', 'kib'],
    ['RFE/RL', 'rferl'],
  ])('links %s to its expansion by the matcher alone', (query, id) => {
    const [best] = index.lookup(query, { limit: 1 });
    expect(best?.id).toBe(id);
    expect(best?.isMatch).toBe(true);
  });

  it('says which function words were skipped and which letter stood for Province', () => {
    expect(matchNames('KTJ', 'Katibat al-Tawhid wal-Jihad').explanation.join(' ')).toMatch(/stopword "wal"/);
    expect(matchNames('ISKP', 'Islamic State of Khorasan').explanation.join(' ')).toMatch(/Province/);
  });

  it('a type column sharpens, its absence does not disable organisation rules', () => {
    expect(matchNames('TTP', 'Tehrik-i-Taliban Pakistan', { kind: 'organization' }).isMatch).toBe(true);
    expect(matchNames('TTP', 'Tehrik-i-Taliban Pakistan').isMatch).toBe(true);
    expect(matchNames('Davlat Nazarov', 'State Nazarov').isMatch).toBe(false);
  });
});

describe('translations of organisation and outlet words', () => {
  it.each([
    ['Voice of Khorasan', 'Sadoi Khuroson', /"sadoi" as "voice" \(Tajik\)/],
    ['Радио Озоди', 'Radio Ozodi', null],
    ['Khurasan Wilayah', 'Wilayat Khurasan', /"khurasan wilayah" as "islamic state khurasan province"/],
    ['Golos Khorasana', 'Voice of Khorasan', /"golos" as "voice" \(Russian\)/],
    ['Wilayat Khorasan', 'Islamic State of Khorasan', /"wilayat khorasan"/],
  ])('%s ↔ %s', (a, b, says) => {
    const result = matchNames(a, b);
    expect(result.isMatch).toBe(true);
    if (says) expect(result.explanation.join('; ')).toMatch(says);
  });
});

describe('parent against child', () => {
  it('a child name never resolves to its parent when its own entry exists', () => {
    for (const withReference of [false, true]) {
      const [best] = kbIndex(withReference).lookup('ISIS-K', { limit: 1 });
      expect(best?.id).toBe('isk');
    }
  });

  it.each(['ISIS-K', 'ISIS-Somalia', 'IS Pakistan Province'])('%s against only the parent: below the threshold, says "parent"', (child) => {
    const result = matchNames(child, 'Islamic State');
    expect(result.isMatch).toBe(false);
    expect(result.explanation.join(' ')).toMatch(/parent/);
    const index = new NameIndex([{ id: 'is', name: 'Islamic State' }], { reference });
    expect(index.lookup(child, { limit: 1, minScore: 0 })[0]?.isMatch ?? false).toBe(false);
  });
});

describe('known aliases as data', () => {
  it('the pack is a validated data file with a source on every entry', () => {
    expect(KNOWLEDGE_PACK.length).toBeGreaterThan(200);
    expect(KNOWLEDGE_PACK.every((e) => e.source.length > 0)).toBe(true);
    expect(() => parseKnowledgePack([{ id: 'x', type: 'group', name: 'X', aliases: [] }], 'bad.json')).toThrow(
      expect.objectContaining({ code: 'invalid_input' }),
    );
  });

  it.each([
    ['Khorasan Province', 'isk'],
    ['Tajiddin Nazarov', 'noraki'],
  ])('%s links through a reference entry, and not without it', (query, id) => {
    const [best] = kbIndex(true).lookup(query, { limit: 1 });
    expect(best).toMatchObject({ id, score: 1, isMatch: true });
    expect(best?.explanation.join(' ')).toMatch(/reference entry .*source:/);
    const [without] = kbIndex(false).lookup(query, { limit: 1 });
    expect(without?.id === id && without.isMatch).toBe(false);
  });

  it('matchNames takes the reference too (pairs, screening)', () => {
    expect(matchNames('Tajiddin Nazarov', 'Abu Osama Noraki', { reference }).isMatch).toBe(true);
    expect(matchNames('Tajiddin Nazarov', 'Abu Osama Noraki').isMatch).toBe(false);
  });

  describe('an analyst\'s own file', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'tessera-aliases-'));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('adds alias sets; a bad file is an invalid_input error', async () => {
      const good = join(dir, 'mine.json');
      writeFileSync(good, JSON.stringify([{ id: 'x', name: 'Shadow Cell', aliases: ['Cell 7'], source: 'our report 2024-3' }]));
      const loaded = await loadReferenceAliases({ files: [good] });
      expect(loaded?.shared('Cell 7', 'Shadow Cell')?.id).toBe('x');
      expect(loaded?.shared('ISKP', 'Wilayat Khorasan')?.id).toBe('isk');
      const bad = join(dir, 'bad.json');
      writeFileSync(bad, JSON.stringify([{ id: 'y', name: 'No Source', aliases: [] }]));
      await expect(loadReferenceAliases({ files: [bad] })).rejects.toMatchObject({ code: 'invalid_input' });
      expect(() => parseAliasSets({}, 'x.json')).toThrow(expect.objectContaining({ code: 'invalid_input' }));
      expect(await loadReferenceAliases({ builtIn: false })).toBeNull();
    });
  });
});

describe('learning from the store', () => {
  let store: Store;
  beforeAll(async () => {
    store = await openStore({ dataDir: null });
  });
  afterAll(async () => {
    await store?.close();
  });

  it('an accepted kunya links the real name in names link --kb store', async () => {
    const person = buildEntity({ type: 'person', label: 'Kamol Sharipov' });
    await store.transaction(async (tx) => {
      await insertEntity(tx, person);
      await insertClaims(tx, [
        buildNameClaim(person.id, { status: 'accepted', name: { value: 'Kamol Sharipov', kind: 'primary', script: 'latin', language: null } }),
        buildNameClaim(person.id, { status: 'accepted', name: { value: 'Abu Dovud Kulobi', kind: 'alias', script: 'latin', language: null } }),
      ]);
    });
    const kb = await loadStoreKnowledgeBase(store, null);
    const [best] = kb.lookup('Abu Davud Kulobi', { limit: 1 });
    expect(best).toMatchObject({ id: person.id, isMatch: true });
  });
});

describe('reference alias keys (issue 13, second pass)', () => {
  it.each([
    ['Hizbut Tahrir al-Islami', 'Hizb ut-Tahrir'],
    ['Eastern Turkistan Islamic Movement', 'Turkistan Islamic Party'],
    ['UzA', 'National News Agency of Uzbekistan'],
    ['NIAT Khovar', 'National Information Agency of Tajikistan'],
    ['Party of God', 'Hizballah'],
  ])('%s and %s are one reference entry', (a, b) => {
    expect(reference.shared(a, b), `${a} / ${b}`).toBeDefined();
  });

  it('keeps an article at the end of a name, and a short stem, as written', () => {
    expect(reference.resolve('Kabul')).toEqual([]);
    expect(reference.shared('Hizbul Mujahideen', 'Hizb ut-Tahrir')).toBeUndefined();
  });
});
