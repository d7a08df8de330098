import { describe, it, expect } from 'vitest';
import { matchNames, MATCH_THRESHOLD } from './match-names.js';

describe('matchNames: people of the region', () => {
  it.each([
    ['Abu Usama Noraki', 'Abu Osama Noraki'],
    ['Abu Usama Noraki', 'Абу Усама Нораки'],
    ['Tojiddin Nazarov', 'Tajiddin Nazarov'],
    ['Тоҷиддин Назаров', 'Tojiddin Nazarov'],
    ['Тоҷиддин Назаров', 'Todzhiddin Nazarov'],
    ['أسامة بن لادن', 'Usama bin Laden'],
    ['Mullah Abdul Ghani Baradar', 'Abdul Ghani Baradar'],
    ['Mawlawi Abdul Aziz', 'Mavlavi Abd al-Aziz'],
    ['Abdulaziz Yusupov', 'Abdul Aziz Yusupov'],
    ['Sheikh Abu Muhammad al-Tajiki', 'Abu Mohammed Tajiki'],
    ['Oʻtkir Gʻafurov', 'Ўткир Ғафуров'],
    ['Qori Salimjon Urganchiy', 'Kori Salimdzhon Urganchiy'],
  ])('%s = %s', (a, b) => {
    const result = matchNames(a, b, { kind: 'person' });
    expect(result.isMatch, `${result.score} ${result.explanation.join('; ')}`).toBe(true);
    expect(result.score).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
  });

  it.each([
    ['Abu Usama Noraki', 'Tojiddin Nazarov'],
    ['Abu Usama Noraki', 'Abu Usadoor Noraki'],
    ['Sergey Viktorovich Lavrov', 'Sergey Ivanovich Lavrov'],
    ['Oleksandr Zelenskyy', 'Volodymyr Oleksandrovych Zelenskyy'],
    ['Mohammed Ali', 'Mohammed Hussein'],
    ['Abdul Hakim Basir', 'Abdul Basir Hakimi Zarkari'],
  ])('%s ≠ %s', (a, b) => {
    const result = matchNames(a, b, { kind: 'person' });
    expect(result.isMatch, `${result.score} ${result.explanation.join('; ')}`).toBe(false);
  });

  it('explains which parts agreed and how', () => {
    const result = matchNames('Mullah Abu Usama Noraki', 'Абу Осама Нораки');
    expect(result.explanation.join('\n')).toMatch(/usama.*osama.*spelling variant/);
    expect(result.explanation.join('\n')).toMatch(/honorific "mullah"/);
  });

  it('scores identical names 1 and unrelated names near 0', () => {
    expect(matchNames('Tojiddin Nazarov', 'Tojiddin Nazarov').score).toBe(1);
    expect(matchNames('Tojiddin Nazarov', 'Angela Merkel').score).toBeLessThan(0.3);
  });
});

describe('matchNames: groups and outlets', () => {
  it.each([
    ['ISK', 'Islamic State Khorasan Province'],
    ['ISKP', 'Islamic State Khorasan Province'],
    ['IS-K', 'ISK'],
    ['ISIS-K', 'Islamic State Khorasan'],
    ['ISIS-K', 'ISKP'],
    ['Wilayat Khurasan', 'Islamic State Khorasan Province'],
    ['Islamic State of Iraq and the Levant – Khorasan', 'Islamic State Khorasan'],
    ['Sadoi Khuroson', 'Sadoi Khorasan'],
    ['Katibat Imam al-Bukhari', 'Imam Bukhari Battalion'],
    ["Hay'at Tahrir al-Sham (formerly Jabhat al-Nusra)", 'Jabhat al-Nusra'],
    ['Al-Qaida', "Al-Qa'ida"],
    ['Gazprom Neft JSC', 'Gazprom Neft OAO'],
  ])('%s = %s', (a, b) => {
    const result = matchNames(a, b, { kind: 'organization' });
    expect(result.isMatch, `${result.score} ${result.explanation.join('; ')}`).toBe(true);
  });

  it.each([
    ['ISK', 'Islamic Jihad Union'],
    ['Islamic Movement of Uzbekistan', 'Islamic Jihad Union'],
    ['Deutsche Bank AG', 'Deutsche Bank GmbH'],
    ['Management Company 23', 'Management Company'],
  ])('%s ≠ %s', (a, b) => {
    const result = matchNames(a, b, { kind: 'organization' });
    expect(result.isMatch, `${result.score} ${result.explanation.join('; ')}`).toBe(false);
  });

  it('names the acronym rule in its explanation', () => {
    expect(matchNames('ISK', 'Islamic State Khorasan').explanation.join(' ')).toMatch(/acronym/);
  });
});
