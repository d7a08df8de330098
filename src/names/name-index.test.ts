import { describe, it, expect } from 'vitest';
import { NameIndex, isBodyForm } from './name-index.js';
import { prepareName } from './prepare-name.js';
import { matchNames } from './match-names.js';

const noraki = '11111111-1111-4111-8111-111111111111';
const isk = '22222222-2222-4222-8222-222222222222';
const sadoi = '33333333-3333-4333-8333-333333333333';
const imu = '44444444-4444-4444-8444-444444444444';
const other = '55555555-5555-4555-8555-555555555555';

function buildIndex(): NameIndex {
  return new NameIndex([
    // the recruiter, under the aliases the documents used
    { id: noraki, name: 'Abu Usama Noraki', type: 'person' },
    { id: noraki, name: 'Abu Usadoor Noraki', type: 'person' },
    { id: noraki, name: 'Tojiddin Nazarov', type: 'person' },
    { id: other, name: 'Abu Muhammad al-Tajiki', type: 'person' },
    { id: other, name: 'Nazar Tojiev', type: 'person' },
    { id: isk, name: 'Islamic State Khorasan Province', type: 'group' },
    { id: isk, name: 'ISKP', type: 'group' },
    { id: imu, name: 'Islamic Movement of Uzbekistan', type: 'group' },
    { id: sadoi, name: 'Sadoi Khuroson', type: 'media' },
    { id: sadoi, name: 'Voice of Khurasan', type: 'media' },
  ]);
}

describe('NameIndex', () => {
  it.each([
    'Abu Usama Noraki',
    'Abu Osama Noraki',
    'Abu Usadoor Noraki',
    'Tojiddin Nazarov',
    'Tajiddin Nazarov',
    'Абу Усама Нораки',
    'Тоҷиддин Назаров',
  ])('links "%s" to the recruiter', (mention) => {
    const [best] = buildIndex().lookup(mention);
    expect(best?.id).toBe(noraki);
    expect(best?.isMatch).toBe(true);
  });

  it.each(['ISK', 'ISKP', 'IS-K', 'ISIS-K', 'Islamic State Khorasan Province', 'Wilayat Khurasan', 'Islamic State Khorasan'])(
    'links "%s" to the group',
    (mention) => {
      const [best] = buildIndex().lookup(mention, { type: ['group', 'organization'] });
      expect(best?.id).toBe(isk);
      expect(best?.isMatch).toBe(true);
    },
  );

  it.each(['Исламское государство Хорасан', 'ولاية خراسان', 'Davlati Islomii Khuroson'])(
    'links "%s" to the group across languages',
    (mention) => {
      const [best] = buildIndex().lookup(mention, { type: ['group', 'organization'] });
      expect(best?.id).toBe(isk);
      expect(best?.isMatch).toBe(true);
    },
  );

  it('links reversed words and a typo in a long index', () => {
    const index = buildIndex();
    for (let i = 0; i < 3000; i += 1) index.add({ id: `filler-${i}`, name: `Abu Filler${i} Noraki`, type: 'person' });
    expect(index.lookup('Noraki Usama Abu', { type: 'person' })[0]?.id).toBe(noraki);
    expect(index.lookup('Tojidin Nazarov', { type: 'person' })[0]?.id).toBe(noraki);
  });

  it.each(['Sadoi Khorasan', 'Sadoi Khuroson', 'Садои Хуросон'])('links "%s" to the outlet', (mention) => {
    const [best] = buildIndex().lookup(mention, { type: 'media' });
    expect(best?.id).toBe(sadoi);
    expect(best?.isMatch).toBe(true);
  });

  it('returns one candidate per entity, best first, with explanations', () => {
    const results = buildIndex().lookup('Abu Usama Noraki', { minScore: 0 });
    const ids = results.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(results[0]?.explanation.length).toBeGreaterThan(0);
    for (let i = 1; i < results.length; i += 1) expect(results[i]!.score).toBeLessThanOrEqual(results[i - 1]!.score);
  });

  it('filters by type and respects limit and minScore', () => {
    const index = buildIndex();
    expect(index.lookup('Abu Usama Noraki', { type: 'group' }).every((r) => r.type === 'group')).toBe(true);
    expect(index.lookup('Islamic', { limit: 1, minScore: 0 }).length).toBeLessThanOrEqual(1);
    expect(index.lookup('Angela Merkel')).toEqual([]);
  });

  it('forgets removed names and entities', () => {
    const index = buildIndex();
    expect(index.remove(noraki, 'Tojiddin Nazarov')).toBe(1);
    expect(index.lookup('Tojiddin Nazarov')[0]?.id).not.toBe(noraki);
    expect(index.lookup('Abu Usama Noraki')[0]?.id).toBe(noraki);
    index.remove(noraki);
    expect(index.lookup('Abu Usama Noraki').some((r) => r.id === noraki)).toBe(false);
    expect(index.has(noraki)).toBe(false);
    index.add({ id: noraki, name: 'Tojiddin Nazarov', type: 'person' });
    expect(index.lookup('Tajiddin Nazarov')[0]?.id).toBe(noraki);
  });

  it('counts names', () => {
    const index = buildIndex();
    expect(index.size).toBe(10);
    index.add({ id: isk, name: 'ISKP', type: 'group' });
    expect(index.size).toBe(10);
  });
  it.each(['Abu Osama Noraki', 'Islamic State', 'NAZAROV, Tojiddin', 'Voice of Khurasan', 'Sadoi', 'Tojid'])(
    'finds the same candidates and scores for "%s" without explaining them',
    (mention) => {
      const index = buildIndex();
      const plain = (c: { id: string; name: string; score: number; isMatch: boolean }) => ({ id: c.id, name: c.name, score: c.score, isMatch: c.isMatch });
      const explained = index.lookup(mention, { minScore: 0 });
      const unexplained = index.lookup(mention, { minScore: 0, isExplained: false });
      expect(explained.length).toBeGreaterThan(0);
      expect(unexplained.map(plain)).toEqual(explained.map(plain));
      expect(unexplained.every((c) => c.explanation.length === 0)).toBe(true);
    },
  );
});

describe('NameIndex: two words of a mention written as one in the name', () => {
  it('finds "Gholamreza" for "Ghulam Reza" among names sharing each word apart', () => {
    const entries = [
      { id: 'want', name: 'MAHMOUDI, Gholamreza', type: 'person' },
      { id: 'm2', name: 'MAHMOUDI, Mohammad', type: 'person' },
      { id: 'm3', name: 'AL BAGHDADI, Ali Al-Mahmoudi', type: 'person' },
      { id: 'g1', name: "ETA'ATI, Gholam Reza", type: 'person' },
      { id: 'g2', name: 'ZARGARI, Ghodrat', type: 'person' },
      { id: 'g3', name: 'SHAKURI, Gholam', type: 'person' },
      { id: 'g4', name: 'RASHID, Gholam Ali', type: 'person' },
      ...Array.from({ length: 30 }, (_, i) => ({ id: `r${i}`, name: `Mohammad Reza ${String.fromCharCode(97 + (i % 26))}zadeh${i}`, type: 'person' })),
      ...Array.from({ length: 8000 }, (_, i) => ({ id: `f${i}`, name: `${i % 17 === 0 ? 'Muhammad ' : ''}Filler${i} Person${i}`, type: 'person' })),
    ];
    const index = new NameIndex(entries);
    expect(index.lookup('MAHMOUDI, Ghulam Reza Khodrat', { limit: 1, minScore: 0 })[0]?.id).toBe('want');
  });
});

describe('NameIndex: a long word of the mention that is two indexed words written as one', () => {
  it('finds "Kyrgyz Tams" for "Kyrgyztams Airlines"', () => {
    const index = new NameIndex([
      { id: 'other', name: 'AEROCARIBBEAN AIRLINES' },
      // names sharing the query word's first letters (its prefix key), found before the one wanted
      ...Array.from({ length: 30 }, (_, i) => ({ id: `k${i}`, name: `KYRGYZNEFT${'abcdefghijklmnopqrstuvwxyz'[i % 26]} ${'abcdefghijklmnopqrstuvwxyz'[(i * 7) % 26]}LPHA` })),
      ...Array.from({ length: 2000 }, (_, i) => ({ id: `f${i}`, name: `Filler${i} Airlines` })),
      { id: 'want', name: 'KYRGYZ TAMS' },
    ]);
    expect(index.lookup('KYRGYZTAMS AIRLINES', { limit: 1, minScore: 0 })[0]?.id).toBe('want');
  });
});

describe('NameIndex: a mention word counts once for a name, whichever of its keys found it', () => {
  it('finds "Nasr al Din, Eid" for "Nasserddine, Eid" among many Nassers the long word reaches by its start twice', () => {
    const index = new NameIndex([
      // "nasserddine" is nowhere as written: its prefix (nase) and its first half (naser) both reach these
      ...Array.from({ length: 12 }, (_, i) => ({ id: `n${i}`, name: `NASSER ${'BCDFGHKLMPRT'[i]}ORALES, Jorge`, type: 'person' })),
      { id: 'e1', name: 'KANAAN, Eid', type: 'person' },
      { id: 'e2', name: 'AL-HAWAMIDA, Eid', type: 'person' },
      { id: 'want', name: 'NASR AL DIN, Eid', type: 'person' },
      ...Array.from({ length: 3000 }, (_, i) => ({ id: `f${i}`, name: `FILLER${i}, Dine${i % 3 === 0 ? '' : i}`, type: 'person' })),
    ]);
    // found (the Nassers counted twice for the one word filled the shortlist before)
    expect(index.lookup('NASSERDDINE, Eid', { limit: 10, minScore: 0 }).map((c) => c.id)).toContain('want');
  });
});

describe('NameIndex: words that differ only in their vowels', () => {
  it('finds "Javaid, Nasir" for "Javed, Naser" among names with "Javed" or "Naser" as written', () => {
    const index = new NameIndex([
      { id: 'j1', name: 'KHANANI, Hozaifa Javed', type: 'person' },
      { id: 'j2', name: 'KHANANI, Muhammad Javed', type: 'person' },
      ...Array.from({ length: 12 }, (_, i) => ({ id: `n${i}`, name: `${'BCDFGHKLMPRT'[i]}ELMENDI, Naser`, type: 'person' })),
      { id: 'want', name: 'JAVAID, Nasir', type: 'person' },
      ...Array.from({ length: 3000 }, (_, i) => ({ id: `f${i}`, name: `FILLER${i}, Person${i}`, type: 'person' })),
    ]);
    const [best] = index.lookup('JAVED, Naser', { limit: 1, minScore: 0 });
    expect(best?.id).toBe('want');
    expect(best?.isMatch).toBe(true);
  });
});

describe('NameIndex: names the matcher scores alike', () => {
  it('ranks first the one sharing the rarer word with the mention', () => {
    const index = new NameIndex([
      { id: 'common', name: 'QUASTEL KILMONT', type: 'organization' },
      { id: 'want', name: 'ZORBAX PELTRINE', type: 'organization' },
      // bodies named Kilmont make it the commoner word of the two
      ...Array.from({ length: 20 }, (_, i) => ({ id: `k${i}`, name: `KILMONT TRADING ${i}`, type: 'company' })),
      ...Array.from({ length: 2000 }, (_, i) => ({ id: `f${i}`, name: `FILLER${i} PERSON${i}`, type: 'organization' })),
    ]);
    const [first, second] = index.lookup('ZORBAX KILMONT', { limit: 2, minScore: 0, type: 'organization' });
    expect(second?.id).toBe('common');
    expect(first?.score).toBe(second?.score);
    expect(first?.id).toBe('want');
  });
});

describe('NameIndex: initials', () => {
  const bodies = [
    { id: 'want', name: 'AL-AQSA FOUNDATION' },
    // bodies of three words whose initials are the mention's (a, c, o)
    ...Array.from({ length: 40 }, (_, i) => ({ id: `c${i}`, name: `AMEZ${i} CONTRERAS${i} ORGANIZATION` })),
  ];

  it('does not rank bodies first for sharing the mention\'s initials', () => {
    const index = new NameIndex(bodies);
    expect(index.lookup('AL-AQSA CHARITABLE ORGANIZATION', { limit: 3, minScore: 0 })[0]?.id).toBe('want');
  });

  it('finds an acronym by a name\'s initials, and a name by an acronym', () => {
    const index = new NameIndex([...bodies, { id: 'acronym', name: 'ACO' }]);
    expect(index.lookup('AL-AQSA CHARITABLE ORGANIZATION', { limit: 1, minScore: 0 })[0]?.id).toBe('acronym');
    expect(index.lookup('ACO', { limit: 1 })[0]?.id).toBe('acronym');
    expect(index.lookup('AAF', { limit: 1 })[0]?.id).toBe('want');
  });
});

describe('NameIndex: the article written on to a word', () => {
  it('finds "Al-Haramain Islamic Foundation" for "Alharamein Foundation" among other foundations', () => {
    const index = new NameIndex([
      ...Array.from({ length: 60 }, (_, i) => ({ id: `f${i}`, name: `AL-QASR${i} FOUNDATION` })),
      { id: 'want', name: 'AL-HARAMAIN ISLAMIC FOUNDATION' },
    ]);
    expect(index.lookup('ALHARAMEIN FOUNDATION', { limit: 1, minScore: 0 })[0]?.id).toBe('want');
  });
});

describe('NameIndex: a mention written as a list writes a person\'s name (family, given)', () => {
  const index = new NameIndex([
    { id: 'network', name: 'HAQQANI NETWORK' },
    { id: 'man', name: 'HAQQANI, Nasiruddin', type: 'person' },
    { id: 'org', name: 'DAWOOD IBRAHIM ORGANIZATION' },
    { id: 'dawood', name: 'IBRAHIM, Dawood', type: 'person' },
    { id: 'jamal-network', name: 'MUHAMMAD JAMAL NETWORK' },
  ]);

  it.each([
    ['HAQQANI, Naseer', 'man'],
    ['SABRI, Dawood', 'dawood'],
  ])('ranks the people before the bodies named after them for "%s"', (mention, want) => {
    const [best] = index.lookup(mention, { minScore: 0 });
    expect(best?.id).toBe(want);
  });

  it('does not link the body, and says why', () => {
    expect(matchNames('JAMAL, Muhammad', 'MUHAMMAD JAMAL NETWORK').isMatch).toBe(true);
    const network = index.lookup('JAMAL, Muhammad', { minScore: 0 }).find((c) => c.id === 'jamal-network');
    expect(network?.isMatch).toBe(false);
    expect(network?.explanation.join(' ')).toMatch(/written as a person's name/);
  });

  it('leaves a body written with its legal form after a comma, and a typed lookup, as they were', () => {
    expect(index.lookup('HAQQANI NETWORK, LLC', { minScore: 0 })[0]?.explanation.join(' ')).not.toMatch(/person's name/);
    expect(index.lookup('HAQQANI, Network', { minScore: 0, kind: 'organization' })[0]?.explanation.join(' ')).not.toMatch(/person's name/);
  });
});

describe('NameIndex: a short word no indexed name has, among other words, read as an acronym', () => {
  const index = new NameIndex([
    { id: 'society', name: 'NORTHERN RELIEF WELFARE SOCIETY' },
    { id: 'kosovo-trade', name: 'KOSOVO TRADING COMPANY' },
    { id: 'relief', name: 'RELIEF INTERNATIONAL' },
  ]);

  it.each(['NRWS-KOSOVO', 'NRWS COMMITTEE FOR KOSOVO'])('finds the body whose initials "%s" gives first', (mention) => {
    expect(index.lookup(mention, { minScore: 0 })[0]?.id).toBe('society');
  });

  it('reads no indexed word as an acronym', () => {
    const words = new NameIndex([
      { id: 'trust', name: 'OCEAN ROUTE TRUST' },
      { id: 'ort', name: 'ORT TRADING' },
    ]);
    expect(words.lookup('ORT TRADING', { minScore: 0 })[0]?.id).toBe('ort');
  });
});

describe('NameIndex: a misspelt word gains a candidate once', () => {
  it('does not count a neighbour word and its shared ending twice against two agreeing names', () => {
    // "Zaudry" is found nowhere: "Zoudry" is a letter away and ends alike, but that is one word, not two
    const index = new NameIndex([
      { id: 'same', name: 'ZAUDHRY, Aamir Ali', type: 'person' },
      { id: 'other', name: 'WARAICH, Zoudry Ikram', type: 'person' },
    ]);
    expect(index.lookup('ZAUDRY, Amir Ali', { minScore: 0 })[0]?.id).toBe('same');
  });
});

describe('NameIndex: a mention written as a body\'s name (legal form, kind of body)', () => {
  const index = new NameIndex([
    { id: 'man', name: 'NOURI, Salah Karim', type: 'person' },
    { id: 'society', name: 'AL-SALAH SOCIETY' },
  ]);

  it('ranks the body before a person for "AL-SALAH ASSOCIATION", and says why', () => {
    const found = index.lookup('AL-SALAH ASSOCIATION', { minScore: 0 });
    expect(found[0]?.id).toBe('society');
    expect(found.find((c) => c.id === 'man')?.explanation.join(' ')).toMatch(/written as a body's name/);
  });

  it.each([
    ['NOUR TRADING COMPANY', true],
    ['KATIBAT AL-NOUR', true],
    ['Hamid Ag Tahar', false],
    ['PAK SE JIN', false],
    ['Sadoi Nur', false],
  ])('reads "%s" as written as a body\'s: %s', (mention, want) => {
    expect(isBodyForm(mention, prepareName(mention))).toBe(want);
  });
});

describe('NameIndex: two short words of the mention written as one in the name', () => {
  it('finds "NORVICO SAL OFFSHORE" for "NORVICO SAL (OFF SHORE)" among many bodies written "OFF-SHORE"', () => {
    const index = new NameIndex([
      ...Array.from({ length: 12 }, (_, i) => ({ id: `o${i}`, name: `${'BCDFGHKLMPRT'[i]}ARINEX SAL OFF-SHORE` })),
      { id: 'want', name: 'NORVICO SAL OFFSHORE' },
      ...Array.from({ length: 3000 }, (_, i) => ({ id: `f${i}`, name: `FILLER${i} TRADING` })),
    ]);
    expect(index.lookup('NORVICO SAL (OFF SHORE)', { minScore: 0 })[0]?.id).toBe('want');
  });
});

describe('NameIndex: a compound name (X al-Din, X Allah) written apart or as one word', () => {
  const distractors = [
    ...Array.from({ length: 12 }, (_, i) => ({ id: `k${i}`, name: `${'BCDFGHKLMPRT'[i]}ORALES, Karim`, type: 'person' })),
    ...Array.from({ length: 3000 }, (_, i) => ({ id: `f${i}`, name: `FILLER${i}, Jorge`, type: 'person' })),
  ];

  it.each([
    ['TAJ AL DIN, Karim', 'TAJIDEEN, Karim'],
    ['NUR UD DIN, Karim', 'NURUDDIN, Karim'],
    ['SAYF ALLAH, Karim', 'SAYFULLAH, Karim'],
    ['NASREDDINE, Karim', 'NASR AL-DIN, Karim'],
  ])('finds "%s" as "%s"', (mention, name) => {
    const index = new NameIndex([...distractors, { id: 'want', name, type: 'person' }]);
    expect(index.lookup(mention, { minScore: 0 })[0]?.id).toBe('want');
  });
});
