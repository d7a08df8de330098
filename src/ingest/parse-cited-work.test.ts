import { describe, it, expect } from 'vitest';
import { findNoteDates, parseCitedWork } from './parse-cited-work.js';

describe('parseCitedWork', () => {
  it('reads authors, quoted title, outlet, day date and language', () => {
    const work = parseCitedWork(
      4,
      'Parviz Karimov and Lola Sattorova, “Recruiters Target Migrant Workers in Kaluga,” Asia-Plus, March 3, 2021 (in Russian).',
    );
    expect(work).toMatchObject({
      noteNumber: 4,
      authors: ['Parviz Karimov', 'Lola Sattorova'],
      title: 'Recruiters Target Migrant Workers in Kaluga',
      outlet: 'Asia-Plus',
      language: 'Russian',
      url: null,
    });
    expect(work.date).toMatchObject({ start: '2021-03-03', end: '2021-03-03', precision: 'day' });
  });

  it('reads a note without authors, with a URL and a month date', () => {
    const work = parseCitedWork(
      9,
      '“Khorasan Province Claims Bombing in Kerman,” Reuters, January 2024, https://example.org/news/kerman-claim.',
    );
    expect(work.authors).toEqual([]);
    expect(work.title).toBe('Khorasan Province Claims Bombing in Kerman');
    expect(work.outlet).toBe('Reuters');
    expect(work.url).toBe('https://example.org/news/kerman-claim');
    expect(work.date).toMatchObject({ start: '2024-01-01', end: '2024-01-31', precision: 'month' });
  });

  it('reads the first of several works and a journal with volume and year', () => {
    const work = parseCitedWork(
      2,
      'Jane Doe, “Networks of the North,” Journal of Conflict Notes 12:3 (2019): pp. 4-9; John Roe, “Other Work,” BBC, May 1, 2020 (in Uzbek).',
    );
    expect(work.authors).toEqual(['Jane Doe']);
    expect(work.outlet).toBe('Journal of Conflict Notes');
    expect(work.date).toMatchObject({ start: '2019-01-01', precision: 'year' });
    expect(work.language).toBeNull();
  });

  it('reads a season date, a bare language and a lead-in before the author', () => {
    const work = parseCitedWork(
      11,
      'For background, see Amina Yusufi, “The Southern Route,” Akhbor in Tajik, Summer 2022.',
    );
    expect(work.authors).toEqual(['Amina Yusufi']);
    expect(work.outlet).toBe('Akhbor');
    expect(work.language).toBe('Tajik');
    expect(work.date).toMatchObject({ start: '2022-06-01', end: '2022-08-31', precision: 'season' });
  });

  it('reads a book cited without quotes and a short form', () => {
    const book = parseCitedWork(1, 'Sam Writer, A History of the Frontier Jihad (London: Example Press, 2018), p. 12.');
    expect(book.authors).toEqual(['Sam Writer']);
    expect(book.title).toBe('A History of the Frontier Jihad');
    expect(parseCitedWork(6, 'Writer, pp. 40-41.').authors).toEqual(['Writer']);
  });

  it('reads an author–date (APA) reference', () => {
    const work = parseCitedWork(
      7,
      'Yusufi, A., & Writer, S. J. (2021, May 4). Recruitment of labour migrants by Khorasan Province. Example Policy Institute. https://example.org/p/7',
    );
    expect(work.authors).toEqual(['A. Yusufi', 'S. J. Writer']);
    expect(work.title).toBe('Recruitment of labour migrants by Khorasan Province');
    expect(work.outlet).toBe('Example Policy Institute');
    expect(work.date).toMatchObject({ start: '2021-05-04', precision: 'day' });
    expect(work.url).toBe('https://example.org/p/7');
  });

  it('does not take the date the citer accessed a page for its publication date', () => {
    const work = parseCitedWork(8, '“Cell Dismantled,” Example News, June 2022, https://example.org/x, accessed March 3, 2024.');
    expect(work.date).toMatchObject({ start: '2022-06-01', precision: 'month' });
  });

  it('keeps pointer and comment notes as text only', () => {
    for (const text of ['Ibid.', 'Ibid., p. 4.', 'See note 12.', 'Translated from the Dari original by the author.']) {
      const work = parseCitedWork(3, text);
      expect(work.text).toBe(text);
      expect(work).toMatchObject({ authors: [], title: null, outlet: null, date: null, url: null });
    }
  });
});

describe('findNoteDates', () => {
  it('finds day, month and year dates in order without overlap', () => {
    const hits = findNoteDates('BBC, 30 July 2018; CTC (2015); Reuters, Feb. 2019; 2020-03-04');
    expect(hits.map((h) => [h.date.start, h.date.precision])).toEqual([
      ['2018-07-30', 'day'],
      ['2015-01-01', 'year'],
      ['2019-02-01', 'month'],
      ['2020-03-04', 'day'],
    ]);
  });

  it('rejects impossible days', () => {
    expect(findNoteDates('February 30, 2021').map((h) => h.date.precision)).not.toContain('day');
  });
});
