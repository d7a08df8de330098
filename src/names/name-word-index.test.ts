import { describe, it, expect } from 'vitest';
import { NameWordIndex, searchWords } from './name-word-index.js';

describe('searchWords', () => {
  it('reads runs of letters, marks and digits of any script, in lower case', () => {
    expect(searchWords('ISIS-K')).toEqual(['isis', 'k']);
    expect(searchWords('Абу Усама, 2019')).toEqual(['абу', 'усама', '2019']);
    expect(searchWords("%_' & |")).toEqual([]);
  });
});

describe('NameWordIndex', () => {
  const entries = ['Abu Usama Noraki', 'Abu Abu Osama', 'Jamaat Ansarullah', 'Ansarullah', 'Абу Усама Нораки'].map((name) => ({ name }));
  const build = () => {
    const index = new NameWordIndex<{ name: string }>();
    for (const entry of entries) index.add(entry);
    return index;
  };
  const names = (found: { name: string }[]) => found.map((e) => e.name).sort();

  it('finds names that have, for every typed word, a word starting with it, each once', () => {
    const index = build();
    expect(names(index.find('ab'))).toEqual(['Abu Abu Osama', 'Abu Usama Noraki']);
    expect(names(index.find('nor ABU'))).toEqual(['Abu Usama Noraki']);
    expect(names(index.find('ansar'))).toEqual(['Ansarullah', 'Jamaat Ansarullah']);
    expect(names(index.find('усама н'))).toEqual(['Абу Усама Нораки']);
    // inside a word is not a word's start; nothing typed finds nothing
    expect(index.find('sarullah')).toEqual([]);
    expect(index.find('- %')).toEqual([]);
  });

  it('leaves out what the caller does not keep, and names removed; takes names added later', () => {
    const index = build();
    expect(names(index.find('ab', (e) => e.name !== 'Abu Abu Osama'))).toEqual(['Abu Usama Noraki']);
    index.remove(entries[0]!);
    expect(names(index.find('abu'))).toEqual(['Abu Abu Osama']);
    index.add({ name: 'Abdulla Abdurahmon' });
    index.add(entries[0]!);
    expect(names(index.find('abu'))).toEqual(['Abu Abu Osama', 'Abu Usama Noraki']);
    expect(names(index.find('abd'))).toEqual(['Abdulla Abdurahmon']);
  });
});
